// entity_place_names.cpp — see entity_place_names.h.
#include "core/entities/detail/entity_place_names.h"

#include <string_view>

#include "core/detail/sv_map.h"
#include "core/lexicon/token_features.h"

namespace lede {
namespace {

using SV = std::string_view;

// The nouns of a place's kind that follow its name: the name alone is the place (not "City", "Park", "Street":
// "Kansas City" alone is a state, "Hyde" of "Hyde Park" a person). 1 for a group named in the plural.
int kind_noun(SV w) {
  static constexpr SV kOne[] = {"Archipelago", "Atoll", "Desert", "Governorate", "Island", "Isle", "Oblast",
                                "Peninsula", "Prefecture", "Province", "Region", "River", "Valley"};
  static constexpr SV kGroups[] = {"Islands", "Isles", "Mountains"};
  for (const SV k : kOne)
    if (w == k) return 0;
  for (const SV k : kGroups)
    if (w == k) return 1;
  return -1;
}

}  // namespace

void type_place_short_forms(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const auto& tk = doc.tokens;
  // (most documents name no place with its kind: no table)
  size_t named = 0;
  for (const NameSpan& s : spans)
    named += s.type == EntityType::Loc && s.end == s.first + 2 && kind_noun(doc.token_text(s.first + 1)) >= 0;
  if (named == 0) return;
  SvMap places(named), groups(named);
  const SvMap surnames = full_name_surnames(doc, spans);
  for (const NameSpan& s : spans) {
    if (s.type != EntityType::Loc || s.end != s.first + 2 || s.unbacked || !capitalised_word(tk[s.first]) ||
        tk[s.first].has(kAllCaps))
      continue;
    const int kind = kind_noun(doc.token_text(s.first + 1));
    if (kind < 0 || f.gz(s.first, TokenFeatures::kCommon | TokenFeatures::kFirst)) continue;
    (kind == 1 ? groups : places).get_or_add(doc.token_text(s.first), 1);
  }
  for (NameSpan& s : spans) {
    if (s.end != s.first + 1 || s.type == EntityType::Loc || s.strength != Strength::Guess ||
        !capitalised_word(tk[s.first]))
      continue;
    const SV w = doc.token_text(s.first);
    // "Socotra"; "Chathams" of "Chatham Islands"
    const bool place = places.find(w) || (w.size() > 3 && w.back() == 's' && groups.find(w.substr(0, w.size() - 1)));
    if (!place || surnames.find(w)) continue;
    settle(s, EntityType::Loc, Strength::Cue);
  }
}

}  // namespace lede
