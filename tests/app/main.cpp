// Unit tests for the app's pure parts (reader layout, highlights, find), built to wasm and run under node
// by ctest in the web build tree (cmake/web_app.cmake, scripts/test-browser.sh).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
