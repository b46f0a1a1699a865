// fallback_faces.h — which fallback font file ("face") draws a code point the UI font (Noto Sans: Latin,
// Greek, Cyrillic) lacks. The table and the files are made at build time from Debian's Noto fonts
// (scripts/gen/fallback_fonts.py: Arabic, Hebrew, symbols, emoji, CJK in frequency tiers); the page fetches a
// file only when text on screen needs it (glyph_needs.h, src/platform/font_loader.cpp).
//
//     int f = fallback_face_of(U'中');                 // -1: no fallback face has it
//     fallback_face(size_t(f)).file                    // "cjk-0.otf", served beside the page under fonts/
//     px * fallback_face(f).height_per_em / ui_font_height_per_em()   // its size next to a UI font of px
#pragma once
#include <cstddef>
#include <cstdint>

namespace lede::app {

struct FallbackFace {
  const char* name;     // "arabic", "cjk-0", …
  const char* file;     // file name under fonts/ (multi-file build) or in the offline page's inline data
  uint32_t bytes;       // file size (the download a user pays when the face is first needed)
  uint32_t glyphs;      // code points it covers
  float height_per_em;  // (ascent - descent) / em: ImGui sizes fonts by this height, not by the em
};

size_t fallback_face_count();
const FallbackFace& fallback_face(size_t i);
int fallback_face_of(char32_t cp);  // index of the face drawing cp, or -1
// The UI font's (Noto Sans) height per em. A face merged into a font of px pixels gets
// px / ui_font_height_per_em() * face.height_per_em, so both have the same em (letters of one size).
float ui_font_height_per_em();

}  // namespace lede::app
