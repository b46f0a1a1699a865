// add_last_word_repeats: a team's or a body's last word after "the", and where it stays unread.
#include <doctest/doctest.h>

#include <string>

#include "core/entities/detail/entity_last_words.h"
#include "one_name_step.h"

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
