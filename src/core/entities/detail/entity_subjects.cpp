// entity_subjects.cpp — see entity_subjects.h.
#include "core/entities/detail/entity_subjects.h"

#include <string_view>

#include "core/detail/word_match.h"

namespace lede {
namespace {

// The word at token i (in lower case, right after the name) is a verb of a person's life; "was" before "born".
bool life_verb_at(const Document& doc, uint32_t i) {
  static constexpr std::string_view kLifeVerbs[] = {"attended", "died", "divorced", "graduated", "married",
                                                    "resigned", "retired", "starred", "studied", "testified"};
  const auto& tk = doc.tokens;
  if (i + 1 >= tk.size() || tk[i].kind != TokenKind::Word || tk[i].has(kCapitalised)) return false;
  const std::string_view w = doc.token_text(i);
  return one_of(w, kLifeVerbs) || (w == "was" && doc.token_text(i + 1) == "born");
}

}  // namespace

void type_person_subjects(const Document& doc, std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans) {
    if (s.end != s.first + 1 || s.strength != Strength::Guess || s.type == EntityType::Group ||
        !life_verb_at(doc, s.end))
      continue;
    s.type = EntityType::Person;
    s.strength = Strength::Cue;
    s.tagged = false;
    s.unbacked = false;
  }
}

}  // namespace lede
