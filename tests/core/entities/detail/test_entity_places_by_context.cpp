// type_compound_places, type_destinations, type_places_in_the: a guess the words right around it make a place;
// other evidence stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_places_by_context.h"
#include "test_util.h"

using namespace lede;

namespace {

// A span of `words` words from `first`, of `type` (a guess the tagger did not back), after `step`.
template <class Step>
NameSpan after_step(const std::string& text, std::string_view first, uint32_t words, EntityType type, Step step) {
  const Document d = test::in_sentences(text);
  std::vector<NameSpan> spans(1);
  spans[0].first = test::token_index(d, first);
  REQUIRE(spans[0].first < d.tokens.size());
  spans[0].end = spans[0].first + words;
  spans[0].type = type;
  spans[0].unbacked = true;
  step(d, spans);
  return spans[0];
}

// One one-word span of `type` over `name`, then `step`: its "TYPE/strength[/U]".
template <class Step>
std::string one_guess(const std::string& text, std::string_view name, EntityType type, Step step) {
  const NameSpan s = after_step(text, name, 1, type, step);
  return std::string(to_string(s.type)) + "/" + std::to_string(int(s.strength)) + (s.unbacked ? "/U" : "");
}

}  // namespace

// Round 49: "The Kelby-based startup was founded by Priya Raman": the tagger made "Kelby" a person.
TEST_CASE("compound places: a guess no list knows before '-based', '-born' or '-headquartered' is a place") {
  auto before_compound = [](const std::string& text, std::string_view name, EntityType type) {
    return one_guess(text, name, type, type_compound_places);
  };
  // before: PERSON/0/U, ORG/0/U
  CHECK(before_compound("The Kelby-based startup was sold.", "Kelby", EntityType::Person) == "LOC/1");
  CHECK(before_compound("A Varnholm-born poet spoke.", "Varnholm", EntityType::Org) == "LOC/1");
  // what a thing runs on ("Intel-based", "UNIX-based"), a word apart from its hyphen, another compound
  CHECK(before_compound("A new Intel-based laptop.", "Intel", EntityType::Org) == "ORG/0/U");
  CHECK(before_compound("A new UNIX-based system.", "UNIX", EntityType::Org) == "ORG/0/U");
  CHECK(before_compound("Kelby - based on the film.", "Kelby", EntityType::Person) == "PERSON/0/U");
  CHECK(before_compound("The Kelby-led coalition.", "Kelby", EntityType::Person) == "PERSON/0/U");
}

// Round 50: "He flew to Crete on Monday" showed no name (the rules guessed a body, the tagger saw none).
TEST_CASE("destinations: a guess after a word of going and 'to' is a place ('flew to Crete', 'a trip to Kos')") {
  auto gone_to = [](const std::string& text, std::string_view name, EntityType type) {
    return one_guess(text, name, type, type_destinations);
  };
  // before: ORG/0/U, PERSON/0/U, ORG/0/U
  CHECK(gone_to("He flew to Crete on Monday.", "Crete", EntityType::Org) == "LOC/1");
  CHECK(gone_to("She fled back to Corfu.", "Corfu", EntityType::Person) == "LOC/1");
  CHECK(gone_to("They planned a trip to Kos.", "Kos", EntityType::Org) == "LOC/1");
  // a first name, a dictionary's word, an owner, no word of going
  CHECK(gone_to("He flew to Kelby on Monday.", "Kelby", EntityType::Person) == "PERSON/0/U");
  CHECK(gone_to("I want to go to Daddy.", "Daddy", EntityType::Person) == "PERSON/0/U");
  CHECK(gone_to("I want to go to Kelvo's concert.", "Kelvo", EntityType::Person) == "PERSON/0/U");
  CHECK(gone_to("He spoke to Crete on Monday.", "Crete", EntityType::Org) == "ORG/0/U");
  CHECK(gone_to("Students travel to CSHL every year.", "CSHL", EntityType::Org) == "ORG/0/U");
}

// Round 50: "It lies in the Outer Hebrides" showed no name (the rules' guess a person, the tagger saw none).
TEST_CASE("places in the: a guess of two words a person by its shape, after 'in the', is a place") {
  auto in_the = [](const std::string& text, std::string_view first, uint32_t words) {
    const NameSpan s = after_step(text, first, words, EntityType::Person, type_places_in_the);
    return std::string(to_string(s.type)) + (s.unbacked ? "/U" : "");
  };
  // before: PERSON/U
  CHECK(in_the("It lies in the Outer Hebrides.", "Outer", 2) == "LOC");
  CHECK(in_the("The road runs across the Tessvik Flats.", "Tessvik", 2) == "LOC");
  // a first name opens it, one word, no "in the"
  CHECK(in_the("Letters in the John Murray archive.", "John", 2) == "PERSON/U");
  CHECK(in_the("It lies in the Hebrides.", "Hebrides", 1) == "PERSON/U");
  CHECK(in_the("She met the Outer Hebrides.", "Outer", 2) == "PERSON/U");
}
