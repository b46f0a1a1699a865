#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/reader/reader_layout.h"
#include "core/text/utf8.h"

using namespace lede::app;

namespace {
// A monospace fake: every printable character is 10 px wide, lines 20 px, paragraph gap 8 px.
struct Mono {
  std::vector<float> adv = std::vector<float>(0x3000, 10.0f);
  LayoutFont font() const {
    LayoutFont f;
    f.advance = adv.data();
    f.count = adv.size();
    f.fallback = 10;
    f.line_height = 20;
    f.paragraph_gap = 8;
    return f;
  }
};
std::string line_text(const std::string& t, const LayoutLine& l) { return t.substr(l.begin, l.end - l.begin); }
}  // namespace

TEST_CASE("wraps at spaces, drops wrap spaces, keeps byte offsets") {
  Mono m;
  const std::string t = "aaa bbb ccc ddd";
  ReaderLayout L = layout_text(t, {}, m.font(), 75);  // 7 characters fit
  REQUIRE(L.lines.size() == 2);
  CHECK(line_text(t, L.lines[0]) == "aaa bbb");
  CHECK(line_text(t, L.lines[1]) == "ccc ddd");
  CHECK(L.lines[1].y == 20);
  CHECK(L.lines[0].width == 70);
  CHECK(L.height == 40);
}

TEST_CASE("blank lines start paragraphs with a gap; single newlines break lines") {
  Mono m;
  const std::string t = "one\ntwo\n\n\nthree";
  ReaderLayout L = layout_text(t, {}, m.font(), 1000);
  REQUIRE(L.lines.size() == 3);
  CHECK(L.lines[1].y == 20);
  CHECK(L.lines[2].y == 48);
  CHECK(L.lines[2].paragraph == 1);
  CHECK(line_text(t, L.lines[2]) == "three");
}

TEST_CASE("multi-byte characters: widths per code point, offsets in bytes") {
  Mono m;
  const std::string t = "“Sørensen” — é";
  ReaderLayout L = layout_text(t, {}, m.font(), 1000);
  REQUIRE(L.lines.size() == 1);
  CHECK(L.lines[0].width == 10.0f * float(lede::utf8::count_codepoints(t)));
  const uint32_t s = uint32_t(t.find("Sørensen"));
  CHECK(x_of_byte(t, L.lines[0], m.font(), s) == 10);
  CHECK(byte_at_x(t, L.lines[0], m.font(), 15) == s);
  CHECK(byte_at_x(t, L.lines[0], m.font(), 25) == s + 1);  // 'ø' starts at s+1 and is 2 bytes
  CHECK(byte_at_x(t, L.lines[0], m.font(), 35) == s + 3);
}

TEST_CASE("a word wider than the column breaks between characters") {
  Mono m;
  const std::string t = "abcdefghij";
  ReaderLayout L = layout_text(t, {}, m.font(), 45);
  REQUIRE(L.lines.size() == 3);
  CHECK(line_text(t, L.lines[0]) == "abcd");
  CHECK(line_text(t, L.lines[2]) == "ij");
}

TEST_CASE("highlight rects follow their span across lines") {
  Mono m;
  const std::string t = "aaa bbb ccc ddd";
  std::vector<LayoutSpan> spans = {{4, 11, 2, 7}, {0, 3, 0, 8}};  // "bbb ccc" crosses the wrap; "aaa"
  ReaderLayout L = layout_text(t, spans, m.font(), 75);
  REQUIRE(L.lines.size() == 2);
  REQUIRE(L.lines[0].end_rect - L.lines[0].first_rect == 2);
  const LayoutRect& a = L.rects[L.lines[0].first_rect];
  CHECK(a.id == 7);
  CHECK(a.x0 == 40);
  CHECK(a.x1 == 70);
  CHECK(a.first);
  CHECK_FALSE(a.last);
  CHECK(L.rects[L.lines[0].first_rect + 1].id == 8);  // span order within the line, though placed after line 1's
  const LayoutRect& b = L.rects[L.lines[1].first_rect];
  CHECK(b.id == 7);
  CHECK(b.x0 == 0);
  CHECK(b.x1 == 30);
  CHECK(b.last);
  REQUIRE(L.spans_placed.size() == 3);
  CHECK(L.spans_placed[0] == 1);
  CHECK(L.spans_placed[2] == 1);
}

TEST_CASE("visible-line lookup and line of a byte") {
  Mono m;
  std::string t;
  for (int i = 0; i < 100; ++i) t += "word" + std::to_string(i) + "\n";
  ReaderLayout L = layout_text(t, {}, m.font(), 1000);
  REQUIRE(L.lines.size() == 100);
  CHECK(first_line_at(L, 0) == 0);
  CHECK(first_line_at(L, 19.9f) == 0);
  CHECK(first_line_at(L, 20) == 1);
  CHECK(first_line_at(L, 1e9f) == 100);
  CHECK(line_of_byte(L, uint32_t(t.find("word50"))) == 50);
}

TEST_CASE("a text without blank lines is one paragraph per line, with gaps") {
  Mono m;
  const std::string t = "one\ntwo\nthree";
  ReaderLayout L = layout_text(t, {}, m.font(), 1000);
  REQUIRE(L.lines.size() == 3);
  CHECK(L.lines[1].y == 28);
  CHECK(L.lines[2].y == 56);
  CHECK(L.lines[2].paragraph == 2);
}

TEST_CASE("the caret goes to the nearer edge of the character under the mouse") {
  Mono m;
  const std::string t = "Edan Alexander said";
  ReaderLayout L = layout_text(t, {}, m.font(), 1000);
  const uint32_t end = uint32_t(t.find(" said"));
  CHECK(caret_at_x(t, L.lines[0], m.font(), end * 10.0f - 4) == end);      // right half of the last 'r'
  CHECK(caret_at_x(t, L.lines[0], m.font(), end * 10.0f - 6) == end - 1);  // its left half
  CHECK(byte_at_x(t, L.lines[0], m.font(), end * 10.0f - 4) == end - 1);   // the character under x
}

TEST_CASE("a headline is laid out larger and is still text with highlights") {
  Mono m;
  LayoutFont f = m.font();
  f.heading_scale = 1.5f;
  const std::string t = "Big news\n\nBody text here";
  ReaderLayout L = layout_text(t, {{0, 3, 1, 0}, {10, 14, 2, 1}}, f, 1000, 8);
  REQUIRE(L.lines.size() == 2);
  CHECK(L.lines[0].scale == 1.5f);
  CHECK(L.lines[0].height == 30);
  CHECK(L.lines[0].width == 8 * 15.0f);
  CHECK(L.lines[1].y == 38);  // 30 + the paragraph gap
  CHECK(L.lines[1].scale == 1.0f);
  REQUIRE(L.rects.size() == 2);
  CHECK(L.rects[0].x1 == 45);  // "Big" at 15 px a character
  CHECK(x_of_byte(t, L.lines[0], f, 4) == 60);
  CHECK(first_line_at(L, 29) == 0);
  CHECK(first_line_at(L, 31) == 1);
}

TEST_CASE("a layout resumed in small slices equals the layout done at once") {
  Mono m;
  std::string t = "Headline here\n\n";
  for (int p = 0; p < 40; ++p) {
    for (int w = 0; w < 30; ++w) t += "word" + std::to_string(p * 30 + w) + (w % 7 == 6 ? "-dash " : " ");
    t += p % 5 == 4 ? "\n" : "\n\n";
  }
  t += "שלום עולם and more\n\n\nlast line";
  std::vector<LayoutSpan> spans;
  for (uint32_t b = 0; b + 9 < t.size(); b += 37) spans.push_back({b, b + 9, uint8_t(b % 3), b});
  const ReaderLayout whole = layout_text(t, spans, m.font(), 200, 13);
  for (size_t budget : {size_t(1), size_t(50), size_t(700), size_t(100000)}) {
    LayoutJob job;
    ReaderLayout L;
    layout_begin(job, L, spans, 200, 13);
    int calls = 0;
    float height_seen = 0;
    while (!layout_continue(t, m.font(), job, L, budget)) {
      ++calls;
      CHECK(L.height >= height_seen);  // grows; lines so far can be drawn
      height_seen = L.height;
      REQUIRE(calls < 100000);
    }
    CHECK(job.done);
    CHECK((budget >= t.size()) == (calls == 0));
    REQUIRE(L.lines.size() == whole.lines.size());
    REQUIRE(L.rects.size() == whole.rects.size());
    CHECK(L.height == whole.height);
    CHECK(L.spans_placed == whole.spans_placed);
    for (size_t i = 0; i < L.lines.size(); ++i) {
      CHECK(L.lines[i].begin == whole.lines[i].begin);
      CHECK(L.lines[i].end == whole.lines[i].end);
      CHECK(L.lines[i].y == whole.lines[i].y);
      CHECK(L.lines[i].paragraph == whole.lines[i].paragraph);
      CHECK(L.lines[i].first_rect == whole.lines[i].first_rect);
      CHECK(L.lines[i].end_rect == whole.lines[i].end_rect);
      CHECK(L.lines[i].runs.size() == whole.lines[i].runs.size());
    }
    for (size_t i = 0; i < L.rects.size(); ++i) {
      CHECK(L.rects[i].x0 == whole.rects[i].x0);
      CHECK(L.rects[i].x1 == whole.rects[i].x1);
      CHECK(L.rects[i].id == whole.rects[i].id);
    }
  }
  // A default job has nothing to do.
  LayoutJob none;
  ReaderLayout empty;
  CHECK(layout_continue(t, m.font(), none, empty, 10));
}
