#include "app/text/arabic_shaping.h"

#include "app/text/unicode_tables.h"

namespace lede::app {
namespace {

bool joins_forward(Joining j) { return j == Joining::D || j == Joining::L || j == Joining::C; }   // to the next letter
bool joins_backward(Joining j) { return j == Joining::D || j == Joining::R || j == Joining::C; }  // to the previous one

}  // namespace

void shape_arabic(const char32_t* in, size_t n, char32_t* out) {
  // prev: the joining type of the last non-transparent code point (U at the start: nothing to join to).
  Joining prev = Joining::U;
  for (size_t i = 0; i < n; ++i) {
    const char32_t cp = in[i];
    out[i] = cp;
    const Joining j = is_arabic_block(cp) || cp == 0x200D ? joining_type(cp) : Joining::U;
    if (j == Joining::T) continue;  // marks: transparent, keep prev
    size_t k = i + 1;               // next non-transparent code point
    while (k < n && is_arabic_block(in[k]) && joining_type(in[k]) == Joining::T) ++k;
    const Joining next = k < n && (is_arabic_block(in[k]) || in[k] == 0x200D) ? joining_type(in[k]) : Joining::U;
    const bool back = joins_backward(j) && joins_forward(prev);
    if (cp == 0x0644 && k == i + 1 && k < n) {  // lam + alef: one ligature glyph
      if (const char32_t lig = lam_alef(in[k], back)) {
        out[i] = lig;
        out[k] = 0;
        ++i;
        prev = Joining::R;  // the ligature ends with the alef, which joins only backwards
        continue;
      }
    }
    const bool fwd = joins_forward(j) && joins_backward(next);
    if (const ArabicForms* f = arabic_forms(cp)) {
      char32_t form = back && fwd ? f->medial : back ? f->final : fwd ? f->initial : f->isolated;
      if (form == 0 && back && fwd) form = f->final;  // a letter without a medial form still joins backwards
      if (form == 0) form = f->isolated;
      if (form) out[i] = form;
    }
    prev = j;
  }
}

}  // namespace lede::app
