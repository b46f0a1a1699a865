// unicode_tables.h — the Unicode properties right-to-left text needs, generated at build time from Debian's
// unicode-data package (scripts/gen/text_tables.py); lookups are binary searches over sorted ranges.
//
//     bidi_class(U'א') == BidiClass::R;  bidi_class(U'1') == BidiClass::EN
//     bidi_mirror(U'(') == U')'          // the glyph to show inside right-to-left text; 0 when none
//     joining_type(U'ب') == Joining::D   // joins on both sides; Joining::T = transparent (marks)
//     arabic_forms(U'ب')->initial        // U+FE91, the Presentation Form a font can draw by code point
//     lam_alef(U'ا', false) == U+FEFB    // lam + alef ligature (true: the final form, after a joining letter)
//
// Pure C++17; linked into the app and tests/app.
#pragma once
#include <cstddef>
#include <cstdint>

namespace lede::app {

enum class BidiClass : uint8_t { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
                                 LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI };
enum class Joining : uint8_t { U, R, D, L, C, T };  // ArabicShaping.txt joining types (U = non-joining)

struct ArabicForms {
  char32_t isolated, final, initial, medial;  // 0 where Unicode has no presentation form
};

BidiClass bidi_class(char32_t cp);
char32_t bidi_mirror(char32_t cp);
Joining joining_type(char32_t cp);
const ArabicForms* arabic_forms(char32_t cp);  // nullptr for code points without presentation forms
char32_t lam_alef(char32_t alef, bool final_form);  // 0 when alef is no alef that ligates with lam

}  // namespace lede::app
