#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/reader/reader_layout.h"
#include "app/text/arabic_shaping.h"
#include "app/text/bidi.h"
#include "app/text/fallback_faces.h"
#include "app/text/glyph_needs.h"
#include "app/text/visual_text.h"
#include "core/text/utf8.h"

using namespace lede::app;

namespace {
std::u32string shaped(const std::u32string& in) {
  std::u32string out(in.size(), 0);
  shape_arabic(in.data(), in.size(), out.data());
  return out;
}
std::u32string decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    i += size_t(lede::utf8::decode(s, i, cp));
    out.push_back(cp);
  }
  return out;
}
// Every code point 10 px wide (Arabic presentation forms included), lines 20 px.
struct Mono {
  std::vector<float> adv = std::vector<float>(0x10000, 10.0f);
  LayoutFont font() const {
    LayoutFont f;
    f.advance = adv.data();
    f.count = adv.size();
    f.fallback = 10;
    f.line_height = 20;
    return f;
  }
};
}  // namespace

TEST_CASE("Arabic letters take their joined forms; lam + alef is one ligature") {
  // بيت: beh initial, yeh medial, teh final
  CHECK(shaped(U"\u0628\u064A\u062A") == std::u32string(U"\uFE91\uFEF4\uFE96"));
  // سلام: seen initial, lam-alef (final: it joins the seen), alef drawn by the ligature, meem isolated
  CHECK(shaped(U"\u0633\u0644\u0627\u0645") == std::u32string({0xFEB3, 0xFEFC, 0, 0xFEE1}));
  // a right-joining letter (dal) breaks the word: the beh after it starts again (initial)
  CHECK(shaped(U"\u062F\u0628\u062A") == std::u32string(U"\uFEA9\uFE91\uFE96"));
  // marks are transparent: beh + fatha + teh still join
  CHECK(shaped(U"\u0628\u064E\u062A") == std::u32string(U"\uFE91\u064E\uFE96"));
  // Latin and Hebrew pass through
  CHECK(shaped(U"ab \u05E9") == std::u32string(U"ab \u05E9"));
}

TEST_CASE("bidi: a Hebrew run inside English, numbers inside Hebrew") {
  const std::u32string t = U"abc \u05D0\u05D1\u05D2 def";
  std::vector<uint8_t> lv(t.size());
  CHECK(paragraph_level(t.data(), t.size()) == 0);
  resolve_levels(t.data(), t.size(), 0, lv.data());
  CHECK(lv == std::vector<uint8_t>{0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0});
  std::vector<BidiRun> runs;
  visual_runs(lv.data(), 0, uint32_t(t.size()), runs);
  REQUIRE(runs.size() == 3);
  CHECK(runs[1].begin == 4);
  CHECK(runs[1].level == 1);

  const std::u32string r = U"\u05E9\u05DC\u05D5\u05DD 1,000 abc.";  // RTL paragraph: "1,000" stays one number
  CHECK(paragraph_level(r.data(), r.size()) == 1);
  std::vector<uint8_t> rl(r.size());
  resolve_levels(r.data(), r.size(), 1, rl.data());
  CHECK(rl[5] == 2);
  CHECK(rl[6] == 2);  // the comma between digits
  CHECK(rl[9] == 2);
  CHECK(rl[10] == 1);  // space between the number and "abc": the paragraph's direction
  CHECK(rl[11] == 2);
  runs.clear();
  visual_runs(rl.data(), 0, uint32_t(r.size()), runs);
  REQUIRE(runs.size() == 5);
  CHECK(runs.front().begin == 14);  // the full stop is leftmost
  CHECK(runs.back().begin == 0);    // the Hebrew word rightmost
}

TEST_CASE("visual_line: reversed, joined, brackets mirrored; plain text unchanged") {
  CHECK(visual_line("plain text, é") == "plain text, é");
  CHECK(visual_line("abc \u05D0\u05D1\u05D2") == "abc \u05D2\u05D1\u05D0");
  CHECK(visual_line("\u05D0(\u05D1)") == "(\u05D1)\u05D0");  // read right to left: alef, opening bracket, bet
  CHECK(decode(visual_line("\u0628\u064A\u062A")) == std::u32string(U"\uFE96\uFEF4\uFE91"));
}

TEST_CASE("reader layout: a right-to-left run keeps byte offsets for hits, highlights and selection") {
  Mono m;
  const std::string t = "He said \u0633\u0644\u0627\u0645 today";  // Arabic word: 8 bytes, 4 code points, 3 glyphs
  const uint32_t ab = 8, ae = 16;
  ReaderLayout L = layout_text(t, {{ab, ae, 1, 7}}, m.font(), 1000);
  REQUIRE(L.lines.size() == 1);
  const LayoutLine& line = L.lines[0];
  REQUIRE(line.runs.size() == 3);
  CHECK(line.width == 8 * 10 + 3 * 10 + 6 * 10);  // the lam-alef ligature is one glyph
  CHECK(line.runs[1].rtl);
  CHECK(line.runs[1].x == 80);
  CHECK(line.runs[1].width == 30);
  CHECK(decode(line.runs[1].visual) == std::u32string(U"\uFEE1\uFEFC\uFEB3"));
  // The highlight covers the word's three glyphs.
  REQUIRE(L.rects.size() == 1);
  CHECK(L.rects[0].x0 == 80);
  CHECK(L.rects[0].x1 == 110);
  // The first letter (seen) is drawn rightmost.
  CHECK(x_of_byte(t, line, m.font(), ab) == 110);
  CHECK(byte_at_x(t, line, m.font(), 105) == ab);
  CHECK(byte_at_x(t, line, m.font(), 95) == ab + 2);  // lam (its ligature)
  CHECK(byte_at_x(t, line, m.font(), 85) == ab + 6);  // meem
  CHECK(byte_at_x(t, line, m.font(), 115) == ae);     // the space after the word
  // A selection from inside the Arabic word into the English one is two pieces on screen.
  std::vector<XRange> xs;
  x_ranges(t, line, m.font(), ab + 2, ae + 3, xs);
  REQUIRE(xs.size() == 2);
  CHECK(xs[0].x0 == 80);
  CHECK(xs[0].x1 == 100);
  CHECK(xs[1].x0 == 110);
  CHECK(xs[1].x1 == 140);  // " to"
}

TEST_CASE("reader layout: a right-to-left paragraph is right-aligned; plain text has no runs") {
  Mono m;
  const std::string t = "\u05E9\u05DC\u05D5\u05DD\n\nplain";
  ReaderLayout L = layout_text(t, {}, m.font(), 200);
  REQUIRE(L.lines.size() == 2);
  REQUIRE(L.lines[0].runs.size() == 1);
  CHECK(L.lines[0].runs[0].x == 160);
  CHECK(L.lines[1].runs.empty());
}

TEST_CASE("glyph needs: a script's face is wanted once, Arabic brings its joined forms") {
  GlyphNeeds g;
  CHECK(g.ranges(0) == std::vector<uint32_t>{0});  // nothing needed yet: the per-face vectors are still empty
  g.need_text("plain English, Zürich, Łódź, Dvořák");
  CHECK_FALSE(g.ui_extended);  // all in the first atlas
  CHECK_FALSE(g.atlas_stale);
  g.need_text("plain English, Ελληνικά, русский");
  CHECK(g.take_wanted().empty());  // the UI font has them: no fallback face
  CHECK(g.ui_extended);            // but the atlas adds them
  CHECK(g.atlas_stale);
  g.atlas_stale = false;  // rebuilt (app.cpp build_fonts)
  g.need_text("Ǆ ф");  // more of them: nothing new to build
  CHECK_FALSE(g.atlas_stale);
  g.need_text("\u0633\u0644\u0627\u0645 \u4E2D\u6587 \u2713");
  const std::vector<size_t> wanted = g.take_wanted();
  std::vector<std::string> names;
  for (size_t f : wanted) names.push_back(fallback_face(f).name);
  CHECK(std::find(names.begin(), names.end(), "arabic") != names.end());
  CHECK(std::find(names.begin(), names.end(), "cjk-0") != names.end());
  CHECK(std::find(names.begin(), names.end(), "symbols") != names.end());
  CHECK(g.take_wanted().empty());  // asked once
  const size_t ar = size_t(fallback_face_of(0x0633));
  const auto& cps = g.cps[ar];
  CHECK(std::find(cps.begin(), cps.end(), char32_t(0xFEB3)) != cps.end());  // seen initial
  CHECK(std::find(cps.begin(), cps.end(), char32_t(0xFEFC)) != cps.end());  // lam-alef final
  CHECK_FALSE(g.atlas_stale);
  g.face_loaded(ar, {1, 2, 3});
  CHECK(g.atlas_stale);
  const std::vector<uint32_t> r = g.ranges(ar);
  CHECK(r.back() == 0);
  CHECK(r.size() % 2 == 1);
}
