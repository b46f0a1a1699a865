#include "app/text/visual_text.h"

#include <vector>

#include "app/text/arabic_shaping.h"
#include "app/text/bidi.h"
#include "app/text/unicode_tables.h"
#include "core/text/utf8.h"

namespace lede::app {
namespace {

bool is_mark(char32_t cp) { return cp >= 0x0300 && bidi_class(cp) == BidiClass::NSM; }

void append_visual(std::string_view line, std::string& out) {
  std::u32string cps;
  for (size_t i = 0; i < line.size();) {
    char32_t cp;
    i += size_t(utf8::decode(line, i, cp));
    cps.push_back(cp);
  }
  if (!has_rtl(cps.data(), cps.size())) {
    out.append(line);
    return;
  }
  const size_t n = cps.size();
  std::u32string shaped(n, 0);
  shape_arabic(cps.data(), n, shaped.data());
  std::vector<uint8_t> levels(n);
  resolve_levels(cps.data(), n, paragraph_level(cps.data(), n), levels.data());
  for (size_t k = 0; k < n; ++k)
    if (levels[k] & 1)
      if (const char32_t m = bidi_mirror(shaped[k])) shaped[k] = m;
  std::vector<BidiRun> runs;
  visual_runs(levels.data(), 0, uint32_t(n), runs);
  for (const BidiRun& r : runs) {
    if (r.level & 1) append_rtl_run(cps.data(), shaped.data(), r.begin, r.end, out);
    else
      for (uint32_t k = r.begin; k < r.end; ++k)
        if (shaped[k]) utf8::append(out, shaped[k]);
  }
}

}  // namespace

bool may_hold_rtl(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0xD6) return true;  // a lead byte of U+0580 or above
  return false;
}

void append_rtl_run(const char32_t* cps, const char32_t* shaped, size_t begin, size_t end, std::string& out) {
  for (size_t k = end; k > begin;) {
    size_t c = k - 1;
    while (c > begin && is_mark(cps[c])) --c;
    for (size_t j = c; j < k; ++j)
      if (shaped[j]) utf8::append(out, shaped[j]);
    k = c;
  }
}

std::string visual_line(std::string_view s) {
  if (!may_hold_rtl(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  size_t b = 0;
  while (b <= s.size()) {
    const size_t e = std::min(s.find('\n', b), s.size());
    append_visual(s.substr(b, e - b), out);
    if (e >= s.size()) break;
    out += '\n';
    b = e + 1;
  }
  return out;
}

}  // namespace lede::app
