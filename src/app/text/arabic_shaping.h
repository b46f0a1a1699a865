// arabic_shaping.h — Arabic letters joined: each letter becomes its contextual Presentation Form
// (isolated, final, initial, medial; lam + alef a ligature), so a codepoint-based renderer (ImGui draws one
// glyph per code point, without OpenType shaping) shows connected script. Tables: unicode_tables.h.
//
//     std::u32string in = U"سلام", out(in.size(), 0);
//     shape_arabic(in.data(), in.size(), out.data());   // out: initial sin, medial lam+alef ligature, 0, final mim
//
// Works on logical order (before bidi reordering). out[i] == 0 means "drawn by an earlier code point"
// (the alef of a lam-alef ligature); callers give it no width. Code points that do not join are copied.
// Why not HarfBuzz: ImGui's atlas and text calls take code points, not glyph ids; presentation forms need
// no new library, cost a few KB of tables, and Noto Sans Arabic maps them. Gaps: no mark positioning
// (harakat draw with their own advance), no other ligatures than lam-alef, no Syriac/N'Ko joining forms.
#pragma once
#include <cstddef>

namespace lede::app {

inline bool is_arabic_block(char32_t cp) { return cp >= 0x0600 && cp <= 0x08FF; }
void shape_arabic(const char32_t* in, size_t n, char32_t* out);

}  // namespace lede::app
