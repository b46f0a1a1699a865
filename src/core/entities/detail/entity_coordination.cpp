// entity_coordination.cpp — see entity_coordination.h.
#include "core/entities/detail/entity_coordination.h"

#include <string_view>

namespace lede {
namespace {

// ", " "and" "or" ", and": at most this many tokens between two names of one list.
constexpr uint32_t kMaxListGap = 3;

enum class Link { None, Comma, Conjunction };

// How the tokens between two names join them: only a comma, a conjunction (with or without a comma), or not.
Link link_between(const Document& doc, uint32_t from, uint32_t to) {
  if (to <= from || to - from > kMaxListGap) return Link::None;
  int commas = 0, conjunctions = 0;
  for (uint32_t t = from; t < to; ++t) {
    const std::string_view w = doc.token_text(t);
    if (w == ",") ++commas;
    else if (w == "and" || w == "or") ++conjunctions;
    else return Link::None;
  }
  if (commas > 1 || conjunctions > 1) return Link::None;
  return conjunctions ? Link::Conjunction : Link::Comma;
}

bool evidenced(const NameSpan& s, EntityType t) { return s.type == t && s.strength != Strength::Guess; }
// A word only firms are named ("Unilever", "Danone": gazetteer.h's company words) is a guess to the rules, but
// in a list it says what the list names as surely as a cue does.
bool listed_firm(const Document& doc, const TokenFeatures& f, const NameSpan& s) {
  return s.type == EntityType::Org && s.end == s.first + 1 && firm_word(doc, f, s.first);
}
bool shape_only_word(const NameSpan& s) {
  return s.strength == Strength::Guess && s.end == s.first + 1 && s.type != EntityType::Group;
}

}  // namespace

void type_coordinated_names(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const size_t n = spans.size();
  size_t i = 0;
  while (i < n) {
    // The list [i, j): names joined by commas, ended by its conjunction ("A, B and C").
    size_t j = i + 1;
    bool comma = false, conjunction = false;
    while (j < n) {
      const Link l = link_between(doc, spans[j - 1].end, spans[j].first);
      if (l == Link::None) break;
      ++j;
      if (l == Link::Comma) comma = true;
      if (l == Link::Conjunction) { conjunction = true; break; }
    }
    if (!comma || !conjunction || j - i < 3) { i = j; continue; }  // (most names are in no list: asked first)
    // A list of places with one word only its shape proposed ("Galway, Mayo and Clare", where "Mayo" is also a
    // dictionary word): when every other name of it is a place with evidence, so is that word.
    size_t places = 0, guesses = 0;
    bool org = false;
    for (size_t k = i; k < j; ++k) {
      const bool firm = listed_firm(doc, f, spans[k]);
      org = org || evidenced(spans[k], EntityType::Org) || firm;
      places += evidenced(spans[k], EntityType::Loc);
      guesses += shape_only_word(spans[k]) && !firm;
    }
    const bool all_places = guesses == 1 && places + 1 == j - i;
    if (org || all_places)
      for (size_t k = i; k < j; ++k)
        if (shape_only_word(spans[k]) && !listed_firm(doc, f, spans[k])) {
          spans[k].type = all_places ? EntityType::Loc : EntityType::Org;
          spans[k].strength = Strength::Cue;
          spans[k].unbacked = false;
        }
    i = j;
  }
}

}  // namespace lede
