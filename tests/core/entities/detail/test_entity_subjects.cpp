// type_person_subjects: a one-word guess whose verb only people do is a person; other evidence stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_subjects.h"
#include "test_util.h"

using namespace lede;

namespace {

// Each word of `names` a one-word span of `type` and `strength` (at its first occurrence), then the step: the
// spans as "word/TYPE/strength ".
std::string subjects(const std::string& text, std::initializer_list<std::string_view> names, EntityType type,
                     Strength strength) {
  const Document d = test::in_sentences(text);
  std::vector<NameSpan> spans;
  for (const std::string_view name : names) {
    NameSpan s;
    s.first = test::token_index(d, name);
    REQUIRE(s.first < d.tokens.size());
    s.end = s.first + 1;
    s.type = type;
    s.strength = strength;
    s.unbacked = strength == Strength::Guess;
    spans.push_back(s);
  }
  type_person_subjects(d, spans);
  std::string out;
  for (const NameSpan& s : spans)
    out += std::string(d.token_text(s.first)) + "/" + to_string(s.type) + "/" + std::to_string(int(s.strength)) +
           (s.unbacked ? "/U " : " ");
  return out;
}

}  // namespace

TEST_CASE("person subjects: a guess that marries, dies, is born or studies is a person, backed") {
  // before: the organisation guesses stood, unbacked (and were dropped)
  CHECK(subjects("In 2004, Kest married the painter. Orrin was born in Oslo. Then Brekka died.",
                 {"Kest", "Orrin", "Brekka"}, EntityType::Org, Strength::Guess) ==
        "Kest/PERSON/1 Orrin/PERSON/1 Brekka/PERSON/1 ");
}

TEST_CASE("person subjects: a firm's verb, a verb not right after, a cue's or a list's type stay") {
  CHECK(subjects("Halvex reported a loss. Kest later married.", {"Halvex", "Kest"}, EntityType::Org,
                 Strength::Guess) == "Halvex/ORG/0/U Kest/ORG/0/U ");
  CHECK(subjects("Brekka died out as a port.", {"Brekka"}, EntityType::Loc, Strength::Lexical) ==
        "Brekka/LOC/2 ");
}
