#include "app/reader/reader_layout.h"

#include <algorithm>
#include <cmath>

#include "core/text/utf8.h"

namespace lede::app {
namespace {

bool is_break_after(char32_t cp) {
  return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '/';
}

// Wraps one hard line text[b, e) and appends its lines.
void wrap_block(std::string_view text, uint32_t b, uint32_t e, const LayoutFont& font, float wrap,
                uint32_t paragraph, float& y, std::vector<LayoutLine>& out) {
  uint32_t pos = b;
  while (pos < e) {
    while (pos < e && text[pos] == ' ') ++pos;  // no spaces at a line start
    if (pos >= e) break;
    uint32_t line_begin = pos, i = pos;
    float x = 0;
    uint32_t cand_end = 0, cand_next = 0;  // best break so far: line ends at cand_end, next starts at cand_next
    float cand_width = 0;
    bool have_cand = false, broke = false;
    LayoutLine line;
    while (i < e) {
      char32_t cp;
      int n = utf8::decode(text, i, cp);
      float w = font.advance_of(cp);
      if (cp == ' ') {
        if (!have_cand || cand_next != i) { cand_end = i; cand_width = x; }
        cand_next = i + uint32_t(n);
        have_cand = true;
        x += w; i += uint32_t(n);
        continue;
      }
      if (x + w > wrap && i > line_begin) {
        if (have_cand) { line.end = cand_end; line.width = cand_width; pos = cand_next; }
        else { line.end = i; line.width = x; pos = i; }
        broke = true;
        break;
      }
      x += w; i += uint32_t(n);
      if (is_break_after(cp) && i < e && text[i] != ' ') {
        cand_end = i; cand_next = i; cand_width = x; have_cand = true;
      }
    }
    if (!broke) {
      uint32_t end = e;
      float width = x;
      while (end > line_begin && text[end - 1] == ' ') { --end; width -= font.advance_of(' '); }
      line.end = end; line.width = width; pos = e;
    }
    line.begin = line_begin;
    line.y = y;
    line.height = font.line_height;
    line.scale = font.scale;
    line.paragraph = paragraph;
    out.push_back(line);
    y += font.line_height;
  }
}

}  // namespace

float x_of_byte(std::string_view text, const LayoutLine& line, const LayoutFont& font, uint32_t b) {
  b = std::clamp(b, line.begin, line.end);
  const float k = line.scale / font.scale;  // a heading line is laid out larger than the body font
  float x = 0;
  for (uint32_t i = line.begin; i < b;) {
    char32_t cp;
    i += uint32_t(utf8::decode(text, i, cp));
    x += font.advance_of(cp) * k;
  }
  return x;
}

namespace {
// The first character whose advance, times `part` (1: its whole width, 0.5: its left half), reaches past x.
uint32_t index_at_x(std::string_view text, const LayoutLine& line, const LayoutFont& font, float x, float part) {
  const float k = line.scale / font.scale;
  float cur = 0;
  for (uint32_t i = line.begin; i < line.end;) {
    char32_t cp;
    int n = utf8::decode(text, i, cp);
    float w = font.advance_of(cp) * k;
    if (x < cur + w * part) return i;
    cur += w;
    i += uint32_t(n);
  }
  return line.end;
}
}  // namespace

uint32_t byte_at_x(std::string_view text, const LayoutLine& line, const LayoutFont& font, float x) {
  return index_at_x(text, line, font, x, 1.0f);
}

uint32_t caret_at_x(std::string_view text, const LayoutLine& line, const LayoutFont& font, float x) {
  return index_at_x(text, line, font, x, 0.5f);  // the nearer edge of the character under x
}

size_t first_line_at(const ReaderLayout& layout, float y) {
  auto it = std::lower_bound(layout.lines.begin(), layout.lines.end(), y,
                             [](const LayoutLine& l, float v) { return l.y + l.height <= v; });
  return size_t(it - layout.lines.begin());
}

size_t line_of_byte(const ReaderLayout& layout, uint32_t b) {
  auto it = std::upper_bound(layout.lines.begin(), layout.lines.end(), b,
                             [](uint32_t v, const LayoutLine& l) { return v < l.begin; });
  return it == layout.lines.begin() ? 0 : size_t(it - layout.lines.begin()) - 1;
}

ReaderLayout layout_text(std::string_view text, const std::vector<LayoutSpan>& spans, const LayoutFont& font,
                         float wrap_width, uint32_t heading_end) {
  ReaderLayout L;
  L.wrap_width = wrap_width;
  L.line_height = font.line_height;
  float y = 0;
  uint32_t paragraph = 0;
  bool seen_text = false, gap_pending = false;
  const uint32_t n = uint32_t(text.size());
  // Text with no blank line at all is written one paragraph per line (as many sites' copy-paste gives):
  // then every line break starts a paragraph, so the reader still shows where paragraphs begin.
  const bool lines_are_paragraphs = text.find("\n\n") == std::string_view::npos;
  LayoutFont heading = font;
  heading.scale *= font.heading_scale;
  heading.line_height = std::round(font.line_height * font.heading_scale);
  for (uint32_t b = 0; b <= n;) {
    uint32_t e = b;
    while (e < n && text[e] != '\n') ++e;
    uint32_t content_end = e;
    if (content_end > b && text[content_end - 1] == '\r') --content_end;
    bool blank = true;
    for (uint32_t i = b; i < content_end; ++i)
      if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') { blank = false; break; }
    if (blank) {
      if (seen_text) gap_pending = true;
    } else {
      if (gap_pending) { y += font.paragraph_gap; ++paragraph; gap_pending = false; }
      if (b < heading_end) {  // the headline, part of the text: its own larger lines, then a paragraph gap
        const uint32_t he = std::min(heading_end, content_end);
        wrap_block(text, b, he, heading, wrap_width, paragraph, y, L.lines);
        if (he < content_end) wrap_block(text, he, content_end, font, wrap_width, paragraph, y, L.lines);
        gap_pending = true;
      } else {
        wrap_block(text, b, content_end, font, wrap_width, paragraph, y, L.lines);
        gap_pending = lines_are_paragraphs;
      }
      seen_text = true;
    }
    if (e >= n) break;
    b = e + 1;
  }
  L.height = y;

  // Highlight rectangles: one per (span, line) the span touches, then grouped by line.
  struct Placed { uint32_t line; LayoutRect rect; };
  std::vector<Placed> placed;
  placed.reserve(spans.size() + spans.size() / 4);
  uint8_t max_kind = 0;
  for (const LayoutSpan& s : spans) max_kind = std::max(max_kind, s.kind);
  L.spans_placed.assign(spans.empty() ? 0 : size_t(max_kind) + 1, 0);
  for (uint32_t si = 0; si < spans.size(); ++si) {
    const LayoutSpan& s = spans[si];
    if (s.end <= s.begin || L.lines.empty()) continue;
    bool any = false;
    for (size_t li = line_of_byte(L, s.begin); li < L.lines.size() && L.lines[li].begin < s.end; ++li) {
      const LayoutLine& line = L.lines[li];
      uint32_t b = std::max(s.begin, line.begin), e = std::min(s.end, line.end);
      if (e <= b) continue;
      LayoutRect r;
      r.x0 = x_of_byte(text, line, font, b);
      r.x1 = x_of_byte(text, line, font, e);
      r.span = si; r.id = s.id; r.kind = s.kind;
      r.first = b == s.begin;
      r.last = e == s.end;
      placed.push_back({uint32_t(li), r});
      any = true;
    }
    if (any) ++L.spans_placed[s.kind];
  }
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.line < b.line; });
  L.rects.reserve(placed.size());
  size_t k = 0;
  for (uint32_t li = 0; li < L.lines.size(); ++li) {
    L.lines[li].first_rect = uint32_t(L.rects.size());
    while (k < placed.size() && placed[k].line == li) L.rects.push_back(placed[k++].rect);
    L.lines[li].end_rect = uint32_t(L.rects.size());
  }
  return L;
}

}  // namespace lede::app
