#include <doctest/doctest.h>

#include <string>

#include "app/reader/find.h"

using namespace lede::app;

TEST_CASE("find is case- and diacritic-insensitive and answers in source bytes") {
  const std::string t = "Marta Kovačić met KOVACIC and kovačić.";
  FoldedText ft = fold_with_offsets(t);
  auto hits = find_all(ft, "Kovacic");
  REQUIRE(hits.size() == 3);
  CHECK(t.substr(hits[0].begin, hits[0].size()) == "Kovačić");
  CHECK(t.substr(hits[1].begin, hits[1].size()) == "KOVACIC");
  CHECK(t.substr(hits[2].begin, hits[2].size()) == "kovačić");
  CHECK(find_all(ft, "KOVAČIĆ").size() == 3);
  CHECK(find_all(ft, "").empty());
  CHECK(find_all(ft, "zzz").empty());
}

TEST_CASE("find: non-overlapping, in order") {
  FoldedText ft = fold_with_offsets("aaaa");
  CHECK(find_all(ft, "aa").size() == 2);
}
