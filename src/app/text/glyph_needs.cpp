#include "app/text/glyph_needs.h"

#include <algorithm>

#include "app/text/arabic_shaping.h"
#include "app/text/fallback_faces.h"
#include "app/text/unicode_tables.h"
#include "core/text/utf8.h"

namespace lede::app {

void GlyphNeeds::need(char32_t cp) {
  if (cp < 0x0180) return;  // Latin, Latin-1, Latin Extended-A: in the first atlas
  if (cp < 0x0500 && !ui_extended) {  // Latin Extended-B to Cyrillic: in the UI font, not in the first atlas
    ui_extended = atlas_stale = true;
    return;
  }
  if (cp < 0x0370 || recent[cp & 63] == cp) return;  // Latin and IPA are in the UI font
  recent[cp & 63] = cp;
  if (!seen.insert(cp).second) return;
  if (state.empty()) {  // first code point beyond the UI font: size the per-face vectors (see the header)
    state.assign(fallback_face_count(), Face::Unneeded);
    cps.resize(fallback_face_count());
    data.resize(fallback_face_count());
  }
  const int f = fallback_face_of(cp);
  if (f < 0) return;
  cps[size_t(f)].push_back(cp);
  Face& s = state[size_t(f)];
  if (s == Face::Unneeded) s = Face::Wanted;
  else if (s == Face::Ready) atlas_stale = true;
  if (is_arabic_block(cp)) {
    if (const ArabicForms* forms = arabic_forms(cp))
      for (char32_t c : {forms->isolated, forms->final, forms->initial, forms->medial})
        if (c) need(c);
    for (bool fin : {false, true})
      if (const char32_t lig = lam_alef(cp, fin)) need(lig);
  }
}

void GlyphNeeds::need_text(std::string_view s) {
  const unsigned char* const b = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    if (b[i] < 0xC6) {  // below U+0180: ASCII, Latin-1, Latin Extended-A (in the first atlas)
      ++i;
      continue;
    }
    char32_t cp;
    i += size_t(utf8::decode(s, i, cp));
    need(cp);
  }
}

std::vector<size_t> GlyphNeeds::take_wanted() {
  std::vector<size_t> out;
  for (size_t f = 0; f < state.size(); ++f)
    if (state[f] == Face::Wanted) {
      state[f] = Face::Loading;
      out.push_back(f);
    }
  return out;
}

void GlyphNeeds::face_loaded(size_t face, std::vector<unsigned char> bytes) {
  if (face >= state.size()) return;
  data[face] = std::move(bytes);
  state[face] = data[face].empty() ? Face::Failed : Face::Ready;
  if (state[face] == Face::Ready) atlas_stale = true;
}

void GlyphNeeds::face_failed(size_t face) {
  if (face < state.size()) state[face] = Face::Failed;
}

std::vector<uint32_t> GlyphNeeds::ranges(size_t face) const {
  if (face >= cps.size()) return {0};
  std::vector<char32_t> v = cps[face];
  std::sort(v.begin(), v.end());
  std::vector<uint32_t> out;
  for (char32_t c : v) {
    if (!out.empty() && out.back() + 1 >= c) out.back() = std::max<uint32_t>(out.back(), c);
    else { out.push_back(c); out.push_back(c); }
  }
  out.push_back(0);
  return out;
}

}  // namespace lede::app
