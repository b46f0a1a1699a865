// One doctest main for all core unit tests. Tests that read ../shared skip with a message when absent.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
