#include "app/text/bidi.h"

#include <algorithm>

#include "app/text/unicode_tables.h"

namespace lede::app {
namespace {

using C = BidiClass;

bool is_neutral(C c) { return c == C::B || c == C::S || c == C::WS || c == C::ON; }

}  // namespace

bool is_rtl_letter(char32_t cp) {
  if (cp < 0x0590) return false;  // fast path: Latin, Greek, Cyrillic, Armenian
  const C c = bidi_class(cp);
  return c == C::R || c == C::AL;
}

bool has_rtl(const char32_t* cps, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (is_rtl_letter(cps[i])) return true;
  return false;
}

uint8_t paragraph_level(const char32_t* cps, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const C c = bidi_class(cps[i]);
    if (c == C::L) return 0;
    if (c == C::R || c == C::AL) return 1;
  }
  return 0;
}

void resolve_levels(const char32_t* cps, size_t n, uint8_t paragraph, uint8_t* levels) {
  const C sos = (paragraph & 1) ? C::R : C::L;
  std::vector<C> t(n);
  for (size_t i = 0; i < n; ++i) {
    C c = bidi_class(cps[i]);
    if (c >= C::LRE || c == C::BN) c = C::ON;  // explicit formatting: not covered, a neutral here
    t[i] = c;
  }
  // W1: a mark takes the type of the character before it.
  for (size_t i = 0; i < n; ++i)
    if (t[i] == C::NSM) t[i] = i == 0 ? sos : (t[i - 1] == C::B || t[i - 1] == C::S || t[i - 1] == C::WS ? C::ON : t[i - 1]);
  // W2: European digits after Arabic letters are Arabic numbers. W3: AL -> R.
  C last_strong = sos;
  for (size_t i = 0; i < n; ++i) {
    if (t[i] == C::L || t[i] == C::R || t[i] == C::AL) last_strong = t[i];
    else if (t[i] == C::EN && last_strong == C::AL) t[i] = C::AN;
  }
  for (size_t i = 0; i < n; ++i)
    if (t[i] == C::AL) t[i] = C::R;
  // W4: one separator between two numbers of the same kind joins them ("1,000", "3.5").
  for (size_t i = 1; i + 1 < n; ++i) {
    if (t[i] == C::ES && t[i - 1] == C::EN && t[i + 1] == C::EN) t[i] = C::EN;
    else if (t[i] == C::CS && t[i - 1] == C::EN && t[i + 1] == C::EN) t[i] = C::EN;
    else if (t[i] == C::CS && t[i - 1] == C::AN && t[i + 1] == C::AN) t[i] = C::AN;
  }
  // W5: terminators next to European numbers ("$5", "5%") are numbers.
  for (size_t i = 0; i < n;) {
    if (t[i] != C::ET) { ++i; continue; }
    size_t j = i;
    while (j < n && t[j] == C::ET) ++j;
    const bool touches = (i > 0 && t[i - 1] == C::EN) || (j < n && t[j] == C::EN);
    if (touches) std::fill(t.begin() + long(i), t.begin() + long(j), C::EN);
    i = j;
  }
  // W6: what is left of separators and terminators is neutral.
  for (size_t i = 0; i < n; ++i)
    if (t[i] == C::ES || t[i] == C::ET || t[i] == C::CS) t[i] = C::ON;
  // W7: European numbers after a left-to-right letter are left-to-right.
  last_strong = sos;
  for (size_t i = 0; i < n; ++i) {
    if (t[i] == C::L || t[i] == C::R) last_strong = t[i];
    else if (t[i] == C::EN && last_strong == C::L) t[i] = C::L;
  }
  // N1/N2: a run of neutrals between two strong types of one direction takes it (numbers count as R),
  // otherwise the paragraph's direction.
  auto dir = [](C c) { return c == C::L ? C::L : C::R; };  // for strong, EN, AN
  for (size_t i = 0; i < n;) {
    if (!is_neutral(t[i])) { ++i; continue; }
    size_t j = i;
    while (j < n && is_neutral(t[j])) ++j;
    const C before = i == 0 ? sos : dir(t[i - 1]);
    const C after = j == n ? sos : dir(t[j]);
    const C fill = before == after ? before : sos;
    std::fill(t.begin() + long(i), t.begin() + long(j), fill);
    i = j;
  }
  // I1/I2: implicit levels.
  for (size_t i = 0; i < n; ++i) {
    uint8_t lv = paragraph;
    if ((paragraph & 1) == 0) {
      if (t[i] == C::R) lv += 1;
      else if (t[i] == C::AN || t[i] == C::EN) lv += 2;
    } else if (t[i] == C::L || t[i] == C::EN || t[i] == C::AN) {
      lv += 1;
    }
    levels[i] = lv;
  }
}

void visual_runs(const uint8_t* levels, uint32_t begin, uint32_t end, std::vector<BidiRun>& out) {
  const size_t first = out.size();
  uint8_t hi = 0, lo_odd = 255;
  for (uint32_t i = begin; i < end;) {
    uint32_t j = i;
    while (j < end && levels[j] == levels[i]) ++j;
    out.push_back({i, j, levels[i]});
    hi = std::max(hi, levels[i]);
    if (levels[i] & 1) lo_odd = std::min(lo_odd, levels[i]);
    i = j;
  }
  if (lo_odd == 255) return;
  // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at or above it.
  for (int lv = hi; lv >= lo_odd; --lv) {
    for (size_t i = first; i < out.size();) {
      if (out[i].level < lv) { ++i; continue; }
      size_t j = i;
      while (j < out.size() && out[j].level >= lv) ++j;
      std::reverse(out.begin() + long(i), out.begin() + long(j));
      i = j;
    }
  }
}

}  // namespace lede::app
