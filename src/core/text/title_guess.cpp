// title_guess.cpp — see title_guess.h. One pass over the first lines: linear in what it reads, and it reads
// at most the first two lines and the first sentence (capped at 4 KB).
#include "core/text/title_guess.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace lede {
namespace {

constexpr size_t kScanBytes = 4096;  // a title never needs more of the text than this

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The line starting at byte b: [b, end) without its '\n'.
std::string_view line_at(std::string_view text, size_t b) {
  const size_t nl = text.find('\n', b);
  return text.substr(b, (nl == std::string_view::npos ? text.size() : nl) - b);
}

size_t words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "[Getty]", "(Photo: AFP)", "(Reuters/Jane Doe)": a photo caption's credit at the end of a line.
bool ends_with_credit(std::string_view line) {
  line = trim(line);
  if (line.size() < 4) return false;
  const char close = line.back();
  if (close != ']' && close != ')') return false;
  const size_t open = line.rfind(close == ']' ? '[' : '(');
  if (open == std::string_view::npos || open == 0 || line.size() - open > 60) return false;
  if (close == ']') return true;  // square brackets at a line's end are credits in news copy
  const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
  for (const char* w : {"Photo", "photo", "Image", "image", "Getty", "AFP", "Reuters", "AP", "EPA", "Credit", "File"})
    if (inner.find(w) != std::string_view::npos) return true;
  return false;
}

// A dateline opens a story: "GAZA, March 4 (Reuters) —", "HALVARD, March 4 (Lede Wire) —", or a line
// that is only a date ("4 March 2025", "March 4, 2025", "2025-03-04").
bool looks_like_dateline(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  // An upper-case place name followed by a comma.
  size_t i = 0, upper = 0;
  while (i < line.size() && line[i] != ',') {
    const char c = line[i];
    if (c >= 'a' && c <= 'z') { upper = 0; break; }
    if (c >= 'A' && c <= 'Z') ++upper;
    ++i;
  }
  if (i < line.size() && upper >= 2 && i <= 40) return true;
  // A line that is only a date: few words, a digit, and a month name or ISO form.
  if (line.size() > 40) return false;
  if (line.size() >= 10 && is_digit(line[0]) && is_digit(line[3]) && line[4] == '-' && line[7] == '-') return true;
  static const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"};
  const bool digit = std::any_of(line.begin(), line.end(), is_digit);
  if (!digit) return false;
  for (const char* m : kMonths)
    if (line.find(m) != std::string_view::npos) return true;
  return false;
}

// The first sentence of s: up to ". ", "? ", "! " (or their closing quote) or the line's end.
std::string_view first_sentence(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n') return s.substr(0, i);
    if ((c == '.' || c == '?' || c == '!') && s[i + 1] == ' ' && i > 2) {
      // "U.S. envoy", "Mr. Smith": a full stop after one or two letters is an abbreviation.
      size_t w = i;
      while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '.') --w;
      if (c == '.' && i - w <= 2) continue;
      return s.substr(0, i + 1);
    }
  }
  const size_t nl = s.find('\n');
  return nl == std::string_view::npos ? s : s.substr(0, nl);
}

// At most `max` code points, cut at a word boundary, with "…" when anything was cut.
std::string shorten(std::string_view s, size_t max) {
  s = trim(s);
  if (utf8::count_codepoints(s) <= max) return std::string(s);
  size_t bytes = 0, cps = 0;
  while (bytes < s.size() && cps < max) {
    char32_t cp;
    bytes += size_t(utf8::decode(s, bytes, cp));
    ++cps;
  }
  size_t cut = s.rfind(' ', bytes);
  if (cut == std::string_view::npos || cut < bytes / 2) cut = bytes;
  std::string_view head = trim(s.substr(0, cut));
  while (!head.empty() && (head.back() == ',' || head.back() == ';' || head.back() == ':' || head.back() == '-'))
    head = trim(head.substr(0, head.size() - 1));
  return std::string(head) + "\u2026";
}

}  // namespace

TitleGuess guess_title(std::string_view text) {
  TitleGuess g;
  text = text.substr(0, std::min(text.size(), kScanBytes));
  size_t b = 0;
  while (b < text.size() && trim(line_at(text, b)).empty()) {  // leading blank lines
    const size_t nl = text.find('\n', b);
    if (nl == std::string_view::npos) return g;
    b = nl + 1;
  }
  if (b >= text.size()) return g;
  const std::string_view first_raw = line_at(text, b);
  const std::string_view first = trim(first_raw);
  const size_t next = b + first_raw.size() + 1;
  const std::string_view second = next < text.size() ? line_at(text, next) : std::string_view();
  const bool blank_after = next < text.size() && trim(second).empty();
  const char last = first.empty() ? 0 : first.back();
  const bool short_line = utf8::count_codepoints(first) <= kMaxHeadlineChars && words(first) <= 20;
  if (short_line && last != '.' && !ends_with_credit(first) && (blank_after || looks_like_dateline(second))) {
    g.headline = true;
    g.headline_begin_bytes = b + size_t(first.data() - first_raw.data());
    g.headline_end_bytes = g.headline_begin_bytes + first.size();
    g.title = std::string(first);
    return g;
  }
  // Not a headline: the first sentence of the story, skipping a photo caption above it.
  size_t s = b;
  if (ends_with_credit(first) && next < text.size()) {
    s = next;
    while (s < text.size() && trim(line_at(text, s)).empty()) {
      const size_t nl = text.find('\n', s);
      if (nl == std::string_view::npos) break;
      s = nl + 1;
    }
    if (s >= text.size() || trim(line_at(text, s)).empty()) s = b;
  }
  g.title = shorten(first_sentence(text.substr(s)), kShortTitleChars);
  // A sentence that ends in a full stop reads better as a title without it.
  if (!g.title.empty() && g.title.back() == '.') g.title.pop_back();
  return g;
}

}  // namespace lede
