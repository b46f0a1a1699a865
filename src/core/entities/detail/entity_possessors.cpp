// entity_possessors.cpp — see entity_possessors.h.
#include "core/entities/detail/entity_possessors.h"

#include "core/detail/sv_map.h"

namespace lede {

void type_possessors(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  // The surnames of the people the document names in full: "Fillmore's Santa Cruz Lectures" below "Charles J.
  // Fillmore" is the person's, whatever the words after the possessive are taken for. (Filled on the first
  // possessive that asks: most documents have none.)
  SvMap surnames(0);
  bool surnames_known = false;
  auto surname = [&](std::string_view w) {
    if (!surnames_known) {
      surnames = full_name_surnames(doc, spans);
      surnames_known = true;
    }
    return surnames.find(w) != nullptr;
  };
  for (size_t k = 0; k + 1 < spans.size(); ++k) {
    NameSpan& owner = spans[k];
    const NameSpan& person = spans[k + 1];
    if (owner.type != EntityType::Person || owner.end != owner.first + 1 || person.first != owner.end + 1) continue;
    if (!doc.tokens[owner.end].has(kPossessive) || person.type != EntityType::Person) continue;
    // the person named in full: a first name, then at least a surname
    if (person.end < person.first + 2 || !f.gz(person.first, TokenFeatures::kFirst)) continue;
    if (f.gz(owner.first, TokenFeatures::kFirst) || surname(doc.token_text(owner.first))) continue;
    settle(owner, f.gz(owner.first, TokenFeatures::kPlaceMask) ? EntityType::Loc : EntityType::Org, Strength::Cue);
  }
}

}  // namespace lede
