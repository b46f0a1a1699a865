// Native unit tests of the app's logic over the user's data (src/app/userdata; CMakeLists.txt's
// lede_app_logic_tests): imports, edits, undo, the write queue, two tabs, crashes. No ImGui, no browser.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
