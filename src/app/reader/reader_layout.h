// reader_layout.h — word-wrap UTF-8 text into lines and place highlight rectangles on them, by byte offset.
//
// Pure C++17: no ImGui, no Emscripten. The caller supplies glyph advances (ImGui: ImFont::IndexAdvanceX),
// so the same code runs in the browser and in native unit tests with a fake monospace font.
//
//     lede::app::LayoutFont font;                  // advances per code point, line height, paragraph gap
//     font.advance = imfont->IndexAdvanceX.Data; font.count = imfont->IndexAdvanceX.Size;
//     font.fallback = imfont->FallbackAdvanceX; font.line_height = imfont->FontSize * 1.5f;
//     std::vector<lede::app::LayoutSpan> spans = {{begin_byte, end_byte, kind, id}, ...};
//     lede::app::ReaderLayout L = lede::app::layout_text(text, spans, font, wrap_width);
//     for (const LayoutLine& line : L.lines)                 // draw text[line.begin, line.end) at (0, line.y)
//       for (uint32_t r = line.first_rect; r < line.end_rect; ++r) draw L.rects[r] (x0..x1 on that line)
//
// Right-to-left text (bidi.h, arabic_shaping.h): a hard line holding Hebrew or Arabic letters is a bidi
// paragraph (its direction from its first strong letter; right-to-left ones are right-aligned). Its lines
// get `runs`: pieces of one direction in visual order, each with its x; Arabic is measured and drawn in its
// joined forms. Lines without runs are plain left-to-right text drawn from x = 0 (the fast, common case).
// All positions stay UTF-8 byte offsets into the logical text, so selection, find, highlights and copy work
// unchanged: x_ranges() gives the (possibly several) x pieces a byte range covers on a line.
//
// Rules: '\n' ends a line; a blank line (two or more '\n') starts a new paragraph, adding paragraph_gap;
// in a text without any blank line, every '\n' starts a paragraph (one paragraph per line).
// Lines break after spaces, hyphens and dashes; a word wider than the column is broken between characters.
// Spaces at a wrapped line's start and end are not part of the line. '\r' and other controls have no width.
// Lay out once per (text, spans, font, width) and draw only the visible lines (first_line_at()).
//
// Resumable, so a long article never holds up a frame (issue 15: a 20 MB article took 0.8-1.7 s in one):
//     lede::app::LayoutJob job;
//     lede::app::layout_begin(job, L, spans, wrap_width, heading_end);        // L is emptied
//     while (!lede::app::layout_continue(text, font, job, L, 256 * 1024)) { draw L.lines so far; next frame }
// Each call lays out whole hard lines until about budget_bytes of text are done, then places the highlight
// rectangles (spans in the same budget), then groups them by line. Lines laid out so far may be drawn
// meanwhile (L.height grows; no line has rects until the last call). The result equals layout_text()'s.
// Pass the same text and font every call (the caller restarts the job when either changes).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::app {

struct LayoutFont {
  const float* advance = nullptr;  // advance[cp] in pixels for cp < count
  size_t count = 0;
  float fallback = 0;              // advance for code points outside the table
  float scale = 1;                 // multiplies every advance
  float line_height = 0;           // baseline-to-baseline distance
  float paragraph_gap = 0;         // extra space before a paragraph after a blank line
  float heading_scale = 1.4f;      // the headline's size (layout_text's heading_end) relative to the body
  float advance_of(char32_t cp) const {
    if (cp < 0x20) return 0;
    return (cp < count ? advance[cp] : fallback) * scale;
  }
};

struct LayoutSpan {
  uint32_t begin = 0, end = 0;  // UTF-8 byte offsets, end exclusive
  uint8_t kind = 0;             // caller's kind (colour/style)
  uint32_t id = 0;              // caller's index, copied into rects
};

struct LayoutRect {
  float x0 = 0, x1 = 0;         // horizontal extent on its line
  uint32_t span = 0;            // index into the spans passed to layout_text
  uint32_t id = 0;              // LayoutSpan::id
  uint8_t kind = 0;
  bool first = false;           // this rect holds the span's first character
  bool last = false;            // ... its last character
};

// A piece of a line in one direction. Right-to-left runs carry what to draw (shaped, mirrored, reversed).
struct LayoutRun {
  uint32_t begin = 0, end = 0;  // UTF-8 bytes of the logical text, end exclusive
  float x = 0, width = 0;       // left edge relative to the line start, and width
  bool rtl = false;
  std::u32string shaped;        // rtl: per code point of [begin, end), logical order, the code point drawn (0: none)
  std::string visual;           // rtl: UTF-8 to draw left to right from x
};

struct LayoutLine {
  uint32_t begin = 0, end = 0;  // bytes of text drawn on this line (no leading/trailing wrap spaces)
  float y = 0;                  // top of the line
  float height = 0;             // its line height (a heading line is taller)
  float scale = 1;              // glyph scale it was laid out with (LayoutFont::scale, × heading_scale)
  float width = 0;
  uint32_t first_rect = 0, end_rect = 0;  // rects on this line: ReaderLayout::rects[first_rect, end_rect)
  uint32_t paragraph = 0;       // paragraph number, from 0
  std::vector<LayoutRun> runs;  // empty: left-to-right text from x = 0; else runs in visual order
};

struct ReaderLayout {
  std::vector<LayoutLine> lines;
  std::vector<LayoutRect> rects;       // grouped by line, in span order within a line
  std::vector<uint32_t> spans_placed;  // per kind (index = LayoutSpan::kind): spans with at least one rect
  float height = 0;
  float wrap_width = 0;
  float line_height = 0;
};

struct LayoutJob {
  std::vector<LayoutSpan> spans;
  float wrap_width = 0;
  uint32_t heading_end = 0;
  uint32_t next = 0;             // byte where the next hard line starts
  uint32_t paragraph = 0;
  float y = 0;
  bool lines_started = false, seen_text = false, gap_pending = false, lines_are_paragraphs = false, lines_done = false;
  uint32_t next_span = 0;        // spans placed so far (after the lines)
  std::vector<uint32_t> rect_lines;  // the line of each of L.rects while they are placed (span order)
  bool done = true;              // L is complete (a default job has nothing to do)
  size_t bytes_done() const { return next; }
};
void layout_begin(LayoutJob& job, ReaderLayout& L, std::vector<LayoutSpan> spans, float wrap_width,
                  uint32_t heading_end = 0);
bool layout_continue(std::string_view text, const LayoutFont& font, LayoutJob& job, ReaderLayout& L,
                     size_t budget_bytes);

// heading_end > 0: text[0, heading_end) is the article's headline (part of the text, so it has highlights
// too), laid out at font.heading_scale, with a paragraph gap after it.
ReaderLayout layout_text(std::string_view text, const std::vector<LayoutSpan>& spans, const LayoutFont& font,
                         float wrap_width, uint32_t heading_end = 0);

// x of byte b (clamped into the line) relative to the line start: the leading edge of its character
// (its right edge inside right-to-left runs).
float x_of_byte(std::string_view text, const LayoutLine& line, const LayoutFont& font, uint32_t b);
// The x pieces [x0, x1) that bytes [b, e) cover on the line, left to right (one for left-to-right lines).
struct XRange { float x0, x1; bool has_begin, has_end; };  // has_begin: holds byte b (has_end: the last character)
void x_ranges(std::string_view text, const LayoutLine& line, const LayoutFont& font, uint32_t b, uint32_t e,
              std::vector<XRange>& out);
// The byte offset of the character under x on the line (line.end when past the end).
uint32_t byte_at_x(std::string_view text, const LayoutLine& line, const LayoutFont& font, float x);
// The caret position nearest to x: the boundary before or after the character under x, whichever edge is
// closer (a drag that ends on a word's last letter's right half selects that letter).
uint32_t caret_at_x(std::string_view text, const LayoutLine& line, const LayoutFont& font, float x);
// Index of the first line whose bottom is below y (lines.size() when none): start drawing here.
size_t first_line_at(const ReaderLayout& layout, float y);
// Index of the line holding byte b (the last line starting at or before b).
size_t line_of_byte(const ReaderLayout& layout, uint32_t b);

}  // namespace lede::app
