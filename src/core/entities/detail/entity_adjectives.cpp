// entity_adjectives.cpp — see entity_adjectives.h.
#include "core/entities/detail/entity_adjectives.h"

#include "core/lexicon/gazetteer.h"

namespace lede {

void type_country_adjectives(const Document& doc, std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans) {
    // (a list's name is none: "Israel", "Gaza" need no look-up)
    if (s.end == s.first + 1 && s.type != EntityType::Group && s.strength != Strength::Lexical &&
        gazetteer::country_adjective(doc.token_text(s.first)))
      settle(s, EntityType::Group, Strength::Lexical);
  }
}

}  // namespace lede
