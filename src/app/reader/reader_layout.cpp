#include "app/reader/reader_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "app/text/arabic_shaping.h"
#include "app/text/bidi.h"
#include "app/text/unicode_tables.h"
#include "app/text/visual_text.h"
#include "core/text/utf8.h"

namespace lede::app {
namespace {

bool is_break_after(char32_t cp) {
  return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '/';
}

// Wraps one hard line text[b, e) and appends its lines. byte_w (when given) holds each character's
// width at its first byte, relative to b (shaped Arabic is narrower or wider than its isolated letters).
void wrap_block(std::string_view text, uint32_t b, uint32_t e, const LayoutFont& font, float wrap,
                uint32_t paragraph, float& y, std::vector<LayoutLine>& out, const float* byte_w = nullptr) {
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
      float w = byte_w ? byte_w[i - b] : font.advance_of(cp);
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

// A hard line with right-to-left letters: its code points, their joined forms and bidi levels.
struct BidiBlock {
  std::vector<uint32_t> offs;  // byte offset of each code point, plus the block end
  std::u32string cps, shaped;
  std::vector<uint8_t> levels;
  std::vector<float> byte_w;   // width at each code point's first byte (relative to the block start)
  uint8_t paragraph = 0;
};

bool make_bidi_block(std::string_view text, uint32_t b, uint32_t e, const LayoutFont& font, BidiBlock& B) {
  for (uint32_t i = b; i < e;) {
    char32_t cp;
    B.offs.push_back(i);
    i += uint32_t(utf8::decode(text, i, cp));
    B.cps.push_back(cp);
  }
  B.offs.push_back(e);
  if (!has_rtl(B.cps.data(), B.cps.size())) return false;
  const size_t n = B.cps.size();
  B.shaped.assign(n, 0);
  shape_arabic(B.cps.data(), n, B.shaped.data());
  B.levels.assign(n, 0);
  B.paragraph = paragraph_level(B.cps.data(), n);
  resolve_levels(B.cps.data(), n, B.paragraph, B.levels.data());
  for (size_t k = 0; k < n; ++k)
    if (B.levels[k] & 1)
      if (const char32_t m = bidi_mirror(B.shaped[k])) B.shaped[k] = m;
  B.byte_w.assign(e - b, 0);
  for (size_t k = 0; k < n; ++k) B.byte_w[B.offs[k] - b] = font.advance_of(B.shaped[k]);
  return true;
}

// Visual runs for one line of a bidi block; right-to-left paragraphs are right-aligned in the column.
void place_runs(const BidiBlock& B, const LayoutFont& font, float wrap, LayoutLine& line) {
  const size_t kb = size_t(std::lower_bound(B.offs.begin(), B.offs.end(), line.begin) - B.offs.begin());
  const size_t ke = size_t(std::lower_bound(B.offs.begin(), B.offs.end(), line.end) - B.offs.begin());
  bool any_rtl = false;
  for (size_t k = kb; k < ke; ++k) any_rtl |= (B.levels[k] & 1) != 0;
  if (!any_rtl && B.paragraph == 0) return;
  std::vector<BidiRun> runs;
  visual_runs(B.levels.data(), uint32_t(kb), uint32_t(ke), runs);
  float x = B.paragraph & 1 ? std::max(0.0f, wrap - line.width) : 0;
  for (const BidiRun& br : runs) {
    LayoutRun r;
    r.begin = B.offs[br.begin];
    r.end = B.offs[br.end];
    r.rtl = (br.level & 1) != 0;
    r.x = x;
    for (uint32_t k = br.begin; k < br.end; ++k) r.width += font.advance_of(B.shaped[k]);
    if (r.rtl) {
      r.shaped.assign(B.shaped.begin() + br.begin, B.shaped.begin() + br.end);
      append_rtl_run(B.cps.data(), B.shaped.data(), br.begin, br.end, r.visual);
    }
    x += r.width;
    line.runs.push_back(std::move(r));
  }
}

float run_advance(std::string_view text, const LayoutRun& r, const LayoutFont& font, uint32_t from, uint32_t to, float k) {
  float w = 0;
  size_t j = 0;
  for (uint32_t i = r.begin; i < to;) {
    char32_t cp;
    const uint32_t n = uint32_t(utf8::decode(text, i, cp));
    if (i >= from) w += font.advance_of(r.rtl ? (j < r.shaped.size() ? r.shaped[j] : 0) : cp) * k;
    i += n;
    ++j;
  }
  return w;
}

// x of the leading edge of byte b inside run r (b in [r.begin, r.end]); k: the line's scale over the font's.
float run_x(std::string_view text, const LayoutRun& r, const LayoutFont& font, uint32_t b, float k) {
  const float w = run_advance(text, r, font, r.begin, b, k);
  return r.rtl ? r.x + r.width - w : r.x + w;
}

}  // namespace

void x_ranges(std::string_view text, const LayoutLine& line, const LayoutFont& font, uint32_t b, uint32_t e,
              std::vector<XRange>& out) {
  b = std::max(b, line.begin);
  e = std::min(e, line.end);
  if (e <= b) return;
  if (line.runs.empty()) {
    out.push_back({x_of_byte(text, line, font, b), x_of_byte(text, line, font, e), true, true});
    return;
  }
  for (const LayoutRun& r : line.runs) {
    const uint32_t lo = std::max(b, r.begin), hi = std::min(e, r.end);
    if (hi <= lo) continue;
    const float k = line.scale / font.scale;
    const float xa = run_x(text, r, font, lo, k), xb = run_x(text, r, font, hi, k);
    out.push_back({std::min(xa, xb), std::max(xa, xb), lo == b, hi == e});
  }
}

float x_of_byte(std::string_view text, const LayoutLine& line, const LayoutFont& font, uint32_t b) {
  b = std::clamp(b, line.begin, line.end);
  const float k = line.scale / font.scale;  // a heading line is laid out larger than the body font
  if (!line.runs.empty()) {
    const LayoutRun* last = &line.runs.front();
    for (const LayoutRun& r : line.runs) {
      if (b >= r.begin && b < r.end) return run_x(text, r, font, b, k);
      if (r.end > last->end) last = &r;
    }
    return last->rtl ? last->x : last->x + last->width;  // the line's logical end
  }
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
  if (!line.runs.empty()) {
    const LayoutRun* r = &line.runs.front();
    for (const LayoutRun& c : line.runs)
      if (x >= c.x) r = &c;
    if (!r->rtl) {
      float cur = r->x;
      for (uint32_t i = r->begin; i < r->end;) {
        char32_t cp;
        const int n = utf8::decode(text, i, cp);
        const float w = font.advance_of(cp) * k;
        if (x < cur + w * part) return i;
        cur += w;
        i += uint32_t(n);
      }
      return r->end;
    }
    float cur = r->x + r->width;  // right to left: the first character is at the right edge
    size_t j = 0;
    for (uint32_t i = r->begin; i < r->end; ++j) {
      char32_t cp;
      const int n = utf8::decode(text, i, cp);
      const float w = font.advance_of(j < r->shaped.size() ? r->shaped[j] : cp) * k;
      if (x >= cur - w * part && w > 0) return i;
      cur -= w;
      i += uint32_t(n);
    }
    return r->end;
  }
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

void layout_begin(LayoutJob& job, ReaderLayout& L, std::vector<LayoutSpan> spans, float wrap_width,
                  uint32_t heading_end) {
  job = LayoutJob();
  job.spans = std::move(spans);
  job.wrap_width = wrap_width;
  job.heading_end = heading_end;
  job.done = false;
  L = ReaderLayout();
  L.wrap_width = wrap_width;
}

namespace {

// Lays out hard lines from job.next until about `budget` bytes are done; true when the text is finished.
bool continue_lines(std::string_view text, const LayoutFont& font, LayoutJob& job, ReaderLayout& L, size_t budget) {
  const uint32_t n = uint32_t(text.size());
  if (!job.lines_started) {
    job.lines_started = true;
    // Text with no blank line at all is written one paragraph per line (as many sites' copy-paste gives):
    // then every line break starts a paragraph, so the reader still shows where paragraphs begin.
    job.lines_are_paragraphs = text.find("\n\n") == std::string_view::npos;
    L.line_height = font.line_height;
  }
  LayoutFont heading = font;
  heading.scale *= font.heading_scale;
  heading.line_height = std::round(font.line_height * font.heading_scale);
  const float wrap_width = job.wrap_width;
  const uint32_t heading_end = job.heading_end;
  const uint32_t stop = budget >= size_t(n - job.next) ? n : job.next + uint32_t(budget);
  float& y = job.y;
  for (uint32_t b = job.next; b <= n;) {
    if (b > stop) { job.next = b; L.height = y; return false; }  // whole hard lines only: resume at b
    uint32_t e = b;
    while (e < n && text[e] != '\n') ++e;
    uint32_t content_end = e;
    if (content_end > b && text[content_end - 1] == '\r') --content_end;
    bool blank = true;
    for (uint32_t i = b; i < content_end; ++i)
      if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') { blank = false; break; }
    if (blank) {
      if (job.seen_text) job.gap_pending = true;
    } else {
      if (job.gap_pending) { y += font.paragraph_gap; ++job.paragraph; job.gap_pending = false; }
      // One block of lines: the bidi path when it holds right-to-left letters, else plain left to right.
      auto wrap_any = [&](uint32_t bb, uint32_t ee, const LayoutFont& f) {
        BidiBlock bidi;
        if (may_hold_rtl(text.substr(bb, ee - bb)) && make_bidi_block(text, bb, ee, f, bidi)) {
          const size_t first = L.lines.size();
          wrap_block(text, bb, ee, f, wrap_width, job.paragraph, y, L.lines, bidi.byte_w.data());
          for (size_t li = first; li < L.lines.size(); ++li) place_runs(bidi, f, wrap_width, L.lines[li]);
        } else {
          wrap_block(text, bb, ee, f, wrap_width, job.paragraph, y, L.lines);
        }
      };
      if (b < heading_end) {  // the headline, part of the text: its own larger lines, then a paragraph gap
        const uint32_t he = std::min(heading_end, content_end);
        wrap_any(b, he, heading);
        if (he < content_end) wrap_any(he, content_end, font);
        job.gap_pending = true;
      } else {
        wrap_any(b, content_end, font);
        job.gap_pending = job.lines_are_paragraphs;
      }
      job.seen_text = true;
    }
    if (e >= n) break;
    b = e + 1;
  }
  job.next = n;
  L.height = y;
  return true;
}

// Highlight rectangles: one per (span, line) the span touches, `budget` spans at most; true when all are placed.
// They go straight into L.rects in span order, with their line numbers beside them (job.rect_lines), and are
// grouped by line once all are placed (group_rects).
bool continue_spans(std::string_view text, const LayoutFont& font, LayoutJob& job, ReaderLayout& L, size_t budget) {
  const std::vector<LayoutSpan>& spans = job.spans;
  if (job.next_span == 0) {
    uint8_t max_kind = 0;
    for (const LayoutSpan& s : spans) max_kind = std::max(max_kind, s.kind);
    L.spans_placed.assign(spans.empty() ? 0 : size_t(max_kind) + 1, 0);
    L.rects.reserve(spans.size() + spans.size() / 4);
    job.rect_lines.reserve(L.rects.capacity());
  }
  std::vector<XRange> xs;
  const uint32_t end = uint32_t(std::min<size_t>(spans.size(), size_t(job.next_span) + budget));
  for (uint32_t si = job.next_span; si < end; ++si) {
    const LayoutSpan& s = spans[si];
    if (s.end <= s.begin || L.lines.empty()) continue;
    bool any = false;
    for (size_t li = line_of_byte(L, s.begin); li < L.lines.size() && L.lines[li].begin < s.end; ++li) {
      const LayoutLine& line = L.lines[li];
      uint32_t b = std::max(s.begin, line.begin), e = std::min(s.end, line.end);
      if (e <= b) continue;
      xs.clear();
      x_ranges(text, line, font, b, e, xs);
      for (const XRange& x : xs) {
        LayoutRect r;
        r.x0 = x.x0;
        r.x1 = x.x1;
        r.span = si; r.id = s.id; r.kind = s.kind;
        r.first = x.has_begin && b == s.begin;
        r.last = x.has_end && e == s.end;
        L.rects.push_back(r);
        job.rect_lines.push_back(uint32_t(li));
        any = true;
      }
    }
    if (any) ++L.spans_placed[s.kind];
  }
  job.next_span = end;
  return end == spans.size();
}

// Groups L.rects by line, span order kept within a line. Spans come in text order, so the rects usually
// already are (only a span over several lines, such as a quote, puts rects of later lines before those of
// spans that start after it): then nothing moves. Otherwise a counting sort by line, stable. Why not a
// std::stable_sort of (line, rect) pairs as before: a text of figures has a span every two bytes, and the
// pairs, the sort's buffer and the rects were ~70 bytes per span at once on the page (issue 14).
void group_rects(LayoutJob& job, ReaderLayout& L) {
  std::vector<uint32_t>& line_of = job.rect_lines;
  const size_t n_lines = L.lines.size();
  std::vector<uint32_t> start(n_lines + 1, 0);  // rects before each line, once grouped
  for (uint32_t li : line_of) ++start[li + 1];
  for (size_t li = 0; li < n_lines; ++li) start[li + 1] += start[li];
  if (!std::is_sorted(line_of.begin(), line_of.end())) {
    std::vector<LayoutRect> grouped(L.rects.size());
    std::vector<uint32_t> at(start.begin(), start.end() - 1);
    for (size_t k = 0; k < L.rects.size(); ++k) grouped[at[line_of[k]]++] = L.rects[k];
    L.rects.swap(grouped);
  }
  for (size_t li = 0; li < n_lines; ++li) {
    L.lines[li].first_rect = start[li];
    L.lines[li].end_rect = start[li + 1];
  }
  line_of.clear();
  line_of.shrink_to_fit();
}

// A span costs about as much as this many bytes of lines (its line's x positions are measured again).
constexpr size_t kSpanBytes = 64;

}  // namespace

bool layout_continue(std::string_view text, const LayoutFont& font, LayoutJob& job, ReaderLayout& L,
                     size_t budget_bytes) {
  if (job.done) return true;
  if (!job.lines_done) {
    const size_t from = job.next;
    job.lines_done = continue_lines(text, font, job, L, budget_bytes);
    if (!job.lines_done) return false;
    const size_t used = job.next - from;
    budget_bytes = used >= budget_bytes ? 0 : budget_bytes - used;
    if (budget_bytes == 0 && !job.spans.empty()) return false;
  }
  if (!continue_spans(text, font, job, L, std::max<size_t>(1, budget_bytes / kSpanBytes))) return false;
  group_rects(job, L);
  job.done = true;
  return true;
}

ReaderLayout layout_text(std::string_view text, const std::vector<LayoutSpan>& spans, const LayoutFont& font,
                         float wrap_width, uint32_t heading_end) {
  ReaderLayout L;
  LayoutJob job;
  layout_begin(job, L, spans, wrap_width, heading_end);
  layout_continue(text, font, job, L, SIZE_MAX);
  return L;
}

}  // namespace lede::app
