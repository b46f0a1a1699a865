// add_last_word_repeats: a team's or a body's last word after "the", and where it stays unread.
#include <doctest/doctest.h>

#include <string>

#include "core/entities/detail/entity_last_words.h"
#include "core/lexicon/token_features.h"
#include "one_name_step.h"
#include "test_util.h"

using namespace lede;

namespace {

// The repeats added, "text@token " each, to one name "first last" (backed by a cue) found in the text.
std::string repeats(const std::string& text, const std::string& first, const std::string& last,
                    EntityType type = EntityType::Org) {
  return test::one_word_names_added(text, first, last, type, Strength::Cue, add_last_word_repeats);
}

}  // namespace

TEST_CASE("entity_last_words: 'the' and a team's last word repeat the team, at a sentence's start too") {
  CHECK(repeats("The Miami Heat won. The Heat led from the start.", "Miami", "Heat") == "Heat@6 ");
  CHECK(repeats("The Miami Heat won, and the Heat's coach smiled.", "Miami", "Heat") == "Heat@7 ");
}

TEST_CASE("entity_last_words: no repeat without 'the', before a capital, or of no organisation") {
  CHECK(repeats("The Miami Heat won. Heat rose inside the arena.", "Miami", "Heat").empty());
  CHECK(repeats("The Miami Heat won. The Heat Index rose to 40.", "Miami", "Heat").empty());
  CHECK(repeats("Ada Heat won. The Heat family cheered, and the Heat won.", "Ada", "Heat", EntityType::Person)
            .empty());
}

TEST_CASE("entity_last_words: only a name a place opens, and no body's kind, place or all-capital word last") {
  CHECK(repeats("The Tamil Tigers fought. The Tigers lost.", "Tamil", "Tigers").empty());
  CHECK(repeats("The Boston Globe reported it. The Globe said so.", "Boston", "Globe") == "Globe@7 ");
  CHECK(repeats("The Boston Journal reported it. The Journal said so.", "Boston", "Journal").empty());
  CHECK(repeats("The Boston Harbor froze. The Harbor thawed.", "Boston", "Harbor").empty());
  CHECK(repeats("The Boston NBC won. The NBC lost.", "Boston", "NBC").empty());
}

TEST_CASE("entity_last_words: a name of the last word alone after 'the' is retyped the organisation") {
  // before: "for the Magic, who have won" stayed a person (the ", who" cue)
  Document d = test::in_sentences("The Miami Magic won. Ada Kest scored for the Magic, who have won four.");
  TokenFeatures f;
  f.build(d);
  std::vector<NameSpan> spans;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (d.token_text(i) == "Miami") spans.push_back({i, i + 2, EntityType::Org, Strength::Cue});
    if (d.token_text(i) == "Magic" && d.token_text(i - 1) == "the")
      spans.push_back({i, i + 1, EntityType::Person, Strength::Cue});
  }
  REQUIRE(spans.size() == 2);
  add_last_word_repeats(d, f, spans);
  REQUIRE(spans.size() == 2);
  CHECK(spans[1].type == EntityType::Org);
}
