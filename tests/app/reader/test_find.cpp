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

TEST_CASE("find folds typographic apostrophes, quotes and dashes") {
  const std::string t = "Israel’s envoy said “yes” on 1990–2000 terms.";
  FoldedText ft = fold_with_offsets(t);
  auto hits = find_all(ft, "Israel's");
  REQUIRE(hits.size() == 1);
  CHECK(t.substr(hits[0].begin, hits[0].size()) == "Israel’s");
  CHECK(find_all(ft, "\"yes\"").size() == 1);
  CHECK(find_all(ft, "1990-2000").size() == 1);
  CHECK(find_all(ft, "Israel’s").size() == 1);  // the typographic form still finds itself
}
