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

// Round 43: a passage of a line names someone by the surname alone, and what is done to the name or what it became
// says a person ("Hauser was arrested", "Hitzig became a professor at the University of Halle").
TEST_CASE("person subjects: a guess that is arrested, sentenced or buried, or becomes an occupation, is a person") {
  CHECK(subjects("Hauser was arrested by the coroner. Then Kest was sentenced to a year.", {"Hauser", "Kest"},
                 EntityType::Org, Strength::Guess) == "Hauser/PERSON/1 Kest/PERSON/1 ");
  CHECK(subjects("In 1885 Hitzig became a professor at the University of Halle.", {"Hitzig"}, EntityType::Org,
                 Strength::Guess) == "Hitzig/PERSON/1 ");
  CHECK(subjects("Then Nida became a founding charter member.", {"Nida"}, EntityType::Org, Strength::Guess) ==
        "Nida/PERSON/1 ");
  // what a country, a firm or a team may be or become stays the tagger's to type
  CHECK(subjects("Then Tessa was elected to the council. Halvex became the largest company.", {"Tessa", "Halvex"},
                 EntityType::Org, Strength::Guess) == "Tessa/ORG/0/U Halvex/ORG/0/U ");
  // an occupation that only qualifies another noun ("a professor's assistant", "a teacher training college")
  CHECK(subjects("Then Nida became a professor's assistant. Orrin became a teacher training college.",
                 {"Nida", "Orrin"}, EntityType::Org, Strength::Guess) == "Nida/ORG/0/U Orrin/ORG/0/U ");
}

// Round 44: a line that names someone by the surname alone at its start and a man's or a woman's pronoun after
// ("Moreau made her theatrical debut in 1947"): the tagger, with nothing else of the document, saw no name.
TEST_CASE("person subjects: an unbacked guess opening its sentence, its verb, then 'he', 'her' …, is a person") {
  CHECK(subjects("Moreau made her theatrical debut in 1947. Galois returned to mathematics after his expulsion.",
                 {"Moreau", "Galois"}, EntityType::Org, Strength::Guess) == "Moreau/PERSON/1 Galois/PERSON/1 ");
  // not mid-sentence, not a dictionary word ("Hope"), not before a thing's pronoun or another capitalised word
  CHECK(subjects("In 1947 Moreau made her debut. Hope made her day. Tessvik sold its plant to his son.",
                 {"Moreau", "Hope", "Tessvik"}, EntityType::Org, Strength::Guess) ==
        "Moreau/ORG/0/U Hope/ORG/0/U Tessvik/ORG/0/U ");
  CHECK(subjects("Halvex hired Jones and his team. Brekka, he said, was closed.", {"Halvex", "Brekka"},
                 EntityType::Org, Strength::Guess) == "Halvex/ORG/0/U Brekka/ORG/0/U ");
  // nor a cue's or a list's type
  CHECK(subjects("Kelby lost his way.", {"Kelby"}, EntityType::Loc, Strength::Cue) == "Kelby/LOC/1 ");
}

TEST_CASE("person subjects: the next sentence opening on 'He' or 'She' refers back to the guess ('Okafor joined …')") {
  // before: the guess stood unbacked (dropped): the pronoun opened the next sentence
  CHECK(subjects("Okafor joined the ministry in 2019. He previously worked for a bank.", {"Okafor"}, EntityType::Org,
                 Strength::Guess) == "Okafor/PERSON/1 ");
  CHECK(subjects("Tessvik opened a plant in 2019. It employs 40 people.", {"Tessvik"}, EntityType::Org,
                 Strength::Guess) == "Tessvik/ORG/0/U ");
}

// Round 49: a wiki's opening gives a life's dates in brackets after the name ("Benedikt Aurel Strand (1820–1891)
// was a German chemist"), where the tagger, knowing a town "Benedikt" and a "Strand", saw a place.
TEST_CASE("person subjects: a name opening its sentence, then a life's dates in brackets and 'was', is a person") {
  // The first sentence's opening name of `words` words, typed `type` by the tagger (a guess), after the step.
  auto opening = [](const std::string& text, uint32_t words, EntityType type) {
    const Document d = test::in_sentences(text);
    std::vector<NameSpan> spans(1);
    spans[0].end = words;
    spans[0].type = type;
    type_person_subjects(d, spans);
    return std::string(to_string(spans[0].type)) + "/" + std::to_string(int(spans[0].strength));
  };
  // before: LOC/0 (the tagger's place stood)
  CHECK(opening("Benedikt Aurel Strand (1820–1891) was a German chemist.", 3, EntityType::Loc) == "PERSON/1");
  CHECK(opening("Tomas Vell (c. 1240 -- c. 1300) was a poet.", 2, EntityType::Org) == "PERSON/1");
  CHECK(opening("Kestvik (born 4 May 1950) is a Canadian painter.", 1, EntityType::Loc) == "PERSON/1");
  // a body's or a state's years, no first name before them; one year alone; a body's word; no "is" or "was"
  CHECK(opening("Nordvik Rail (1890–1931) was a railway.", 2, EntityType::Org) == "ORG/0");
  CHECK(opening("Anna Varn (1938) is a novel.", 2, EntityType::Loc) == "LOC/0");
  CHECK(opening("Anna Varn Company (1902–1950) was a coal firm.", 3, EntityType::Org) == "ORG/0");
  CHECK(opening("Anna Varn (1902–1950) had a coal firm.", 2, EntityType::Loc) == "LOC/0");
}
