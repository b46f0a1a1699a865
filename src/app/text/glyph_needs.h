// glyph_needs.h — which fallback fonts the text on screen needs, so the atlas gets those glyphs (and the page
// downloads those font files) only when a script first appears. Pure C++17 (tests/app/text).
//
//     GlyphNeeds& g = st.glyphs;
//     g.need_text(article.text);                  // each code point the UI font lacks -> its face (fallback_faces.h)
//     for (size_t f : g.take_wanted()) fetch(f);   // platform: fonts/<file>, then g.face_loaded(f, bytes)
//     if (g.atlas_stale) rebuild the atlas with g.ranges(f) of every ready face (app.cpp build_fonts)
//
// Arabic letters also need their joined forms (arabic_shaping.h draws those code points), so a letter seen
// brings its presentation forms along. Code points no face covers are remembered once and drawn as ImGui's
// fallback glyph. Linear in the text; a code point is looked up once per session.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lede::app {

struct GlyphNeeds {
  enum class Face : uint8_t { Unneeded, Wanted, Loading, Ready, Failed };
  // The per-face vectors are sized on the first code point looked up (need()), not by the constructor, so an
  // AppState can be made without the generated face table: the native app-logic build (tests/app/userdata)
  // has no fonts and links none of src/app/text. Until then they are empty: every face is Unneeded.
  std::vector<Face> state;                         // per fallback face
  std::vector<std::vector<char32_t>> cps;          // per face: code points text needs, in the order seen
  std::vector<std::vector<unsigned char>> data;    // per face: the font file once loaded (the atlas borrows it)
  std::unordered_set<char32_t> seen;
  char32_t recent[64] = {};                        // code points just looked up, by their low bits: a news
                                                   // text repeats ’ “ ” — thousands of times (no hash each time)
  bool atlas_stale = false;                        // a ready face has code points the atlas lacks
  // The UI font's own less common letters (Latin Extended-B, Greek, Cyrillic) were seen: the atlas adds them.
  // Until then it holds Latin, Latin-1 and Extended-A and the punctuation, half the glyphs: the first atlas
  // was a long part of the first frame (rasterised on the page's thread).
  bool ui_extended = false;

  void need_text(std::string_view utf8);
  void need(char32_t cp);
  std::vector<size_t> take_wanted();               // faces to fetch now (marked Loading)
  void face_loaded(size_t face, std::vector<unsigned char> bytes);
  void face_failed(size_t face);
  // ImGui-style glyph ranges (pairs, 0-terminated) for the code points of one face, sorted and merged
  // ({0} for a face no text needed yet).
  std::vector<uint32_t> ranges(size_t face) const;
};

}  // namespace lede::app
