#include <doctest/doctest.h>

#include <string>

#include "app/state/prefs.h"

using namespace lede::app;

TEST_CASE("prefs: round trip") {
  Prefs p;
  p.side_width = 412;
  p.theme = 2;
  p.reader_px = 24;
  p.shown[0] = false;
  p.shown[4] = false;
  p.tab = "Quotes";
  p.article = "imp:3-20261201T220000Z";
  p.examples_hidden = true;
  const Prefs q = parse_prefs(prefs_json(p));
  CHECK(q == p);
  CHECK(q.article == "imp:3-20261201T220000Z");
  CHECK(q.examples_hidden);
  CHECK(q.side_width == 412);
  CHECK(q.theme == 2);
  CHECK(q.tab == "Quotes");
  CHECK_FALSE(q.shown[0]);
  CHECK(q.shown[1]);
}

TEST_CASE("prefs: damaged or missing text gives the defaults, never a throw") {
  const Prefs d;
  for (const char* bad : {"", "{", "null", "[1,2]", "\"text\"", "42", "{\"side_width\": }", "\xff\xfe{}",
                          "{\"kinds\": \"\xc3\x28\"}"})
    CHECK(parse_prefs(bad) == d);
}

TEST_CASE("prefs: each wrong field falls back alone") {
  const Prefs p = parse_prefs(
      R"({"side_width": -5, "theme": 7, "text_px": "big", "kinds": {"person": 0, "quote": false}, "tab": ["x"]})");
  const Prefs d;
  CHECK(p.side_width == d.side_width);
  CHECK(p.theme == d.theme);
  CHECK(p.reader_px == d.reader_px);
  CHECK(p.shown[0]);         // 0 is not a boolean
  CHECK_FALSE(p.shown[3]);   // a good field next to bad ones is kept
  CHECK(p.tab == d.tab);
  CHECK(parse_prefs(R"({"text_px": 1e308, "side_width": 1e9})").reader_px == d.reader_px);
  CHECK(parse_prefs(R"({"text_px": 20.4, "theme": "dark"})").reader_px == 20);
  CHECK(parse_prefs(R"({"theme": "dark"})").theme == 1);
}
