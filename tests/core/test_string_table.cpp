// string_table.h: interning gives one id per distinct string, ids survive growth, copies and moves.
#include <doctest/doctest.h>

#include <string>

#include "core/string_table.h"

using namespace lede;

TEST_CASE("string_table: one id per distinct string, \"\" is kNoString") {
  StringTable t;
  CHECK(t.intern("") == kNoString);
  CHECK(t[kNoString].empty());
  CHECK(t[kNoString].data() != nullptr);  // printable as it is
  const StrId usd = t.intern("USD");
  CHECK(usd != kNoString);
  CHECK(t.intern(std::string("US") + "D") == usd);
  CHECK(t[usd] == "USD");
  CHECK(t.intern("day") != usd);
  CHECK(t.size() == 3);
  CHECK(t[999].empty());  // an id the table does not hold reads as ""
}

TEST_CASE("string_table: ids stay valid as the table grows; a copy is independent") {
  StringTable t;
  for (int i = 0; i < 5000; ++i) CHECK(t.intern("n" + std::to_string(i)) == StrId(i + 1));
  for (int i = 0; i < 5000; i += 7) CHECK(t.intern("n" + std::to_string(i)) == StrId(i + 1));
  CHECK(t[4321] == "n4320");
  StringTable copy = t;
  CHECK(copy.intern("fresh") == 5001);
  CHECK(t.size() == 5001);
  CHECK(copy[4321] == "n4320");
  StringTable moved = std::move(copy);
  CHECK(moved.intern("n17") == 18);
}
