// line_wraps.cpp — see line_wraps.h.
#include "core/text/line_wraps.h"

#include <algorithm>
#include <string_view>

namespace lede {
namespace {

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The width in code points of [b, e) without its trailing blanks; past kMaxWrapWidth only "wider" (a line of more
// bytes than four a code point could hold is not counted: most lines of an unwrapped text are paragraphs).
uint32_t width_of(std::string_view s, size_t b, size_t e) {
  if (e - b > 4 * kMaxWrapWidth + 8) return kMaxWrapWidth + 1;  // (+ 8: trailing blanks)
  while (e > b && blank(s[e - 1])) --e;
  uint32_t w = 0;
  for (size_t i = b; i < e; ++i) w += continuation_byte(s[i]) ? 0 : 1;
  return w;
}
// The width of the first word of the line at b (after its leading blanks; 0 for a blank line).
uint32_t first_word_width(std::string_view s, size_t b) {
  while (b < s.size() && blank(s[b])) ++b;
  uint32_t w = 0;
  for (; b < s.size() && !blank(s[b]) && s[b] != '\n'; ++b) w += continuation_byte(s[b]) ? 0 : 1;
  return w;
}
bool ends_in_digit(std::string_view s, size_t b, size_t e) {
  while (e > b && blank(s[e - 1])) --e;
  return e > b && s[e - 1] >= '0' && s[e - 1] <= '9';
}

}  // namespace

void mark_soft_wraps(Document& doc) {
  const std::string_view s = doc.text;
  if (s.find('\n') == std::string_view::npos) return;  // (most pasted snippets: one line)
  // The width the text is wrapped at: its widest line that could be a wrapped one; and how many could be.
  uint32_t wrap = 0, short_lines = 0;
  for (size_t b = 0; b <= s.size();) {
    const size_t e = std::min(s.find('\n', b), s.size());
    const uint32_t w = width_of(s, b, e);
    if (w > 0 && w <= kMaxWrapWidth) {
      ++short_lines;
      wrap = std::max(wrap, w);
    }
    b = e + 1;
  }
  if (wrap < 40 || short_lines < 4) return;  // (a table, a list of short lines; a paragraph a line)
  auto wrapped = [&](uint32_t w, size_t line_end, bool digit_last) {
    return w * 2 >= wrap && w <= wrap && w + 1 + first_word_width(s, line_end + 1) > wrap && !digit_last;
  };
  // Each line that another non-blank line follows: is it wrapped? (one pass, each line measured once)
  uint32_t pairs = 0, wraps = 0, prev_width = 0;
  bool prev_digit = false;
  size_t prev_end = std::string_view::npos;
  for (size_t b = 0; b <= s.size();) {
    const size_t e = std::min(s.find('\n', b), s.size());
    const uint32_t w = width_of(s, b, e);
    if (w > 0 && prev_width > 0 && prev_width <= wrap) {
      ++pairs;
      wraps += wrapped(prev_width, prev_end, prev_digit) ? 1 : 0;
    }
    prev_width = w;
    prev_end = e;
    prev_digit = ends_in_digit(s, b, e);
    b = e + 1;
  }
  if (wraps < 3 || wraps * 10 < pairs * 6) return;
  // The breaks: each token that opens a line (not a paragraph) after a line that wraps.
  for (Token& t : doc.tokens) {
    if (!t.has(kNewlineBefore) || t.has(kParagraphBefore)) continue;
    // (the break just before the token: a '\n' and blanks; U+2028 and the like are no wrapping's breaks)
    size_t nl = t.span.begin;
    while (nl > 0 && blank(s[nl - 1])) --nl;
    if (nl == 0 || s[nl - 1] != '\n') continue;
    --nl;
    const size_t line = nl == 0 ? std::string_view::npos : s.rfind('\n', nl - 1);
    const size_t b = line == std::string_view::npos ? 0 : line + 1;
    if (!wrapped(width_of(s, b, nl), nl, ends_in_digit(s, b, nl))) continue;
    t.flags = uint16_t((t.flags & ~kNewlineBefore) | kWrapBefore);
  }
}

}  // namespace lede
