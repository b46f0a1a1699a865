// add_surname_repeats: a person's surname alone where it is also an ordinary word, and where it stays unread.
#include <doctest/doctest.h>

#include <string>

#include "core/entities/detail/entity_surnames.h"
#include "one_name_step.h"

using namespace lede;

namespace {

// The repeats added, "text@token " each, to one full name "first last" (backed by a cue) found in the text.
std::string repeats(const std::string& text, const std::string& first, const std::string& last,
                    Strength strength = Strength::Cue) {
  return test::one_word_names_added(text, first, last, EntityType::Person, strength, add_surname_repeats);
}

}  // namespace

TEST_CASE("entity_surnames: a surname that is a word, alone inside a sentence, repeats the full name") {
  CHECK(repeats("Ben Player won. The judges were awarding Player the points.", "Ben", "Player") == "Player@8 ");
  CHECK(repeats("Ben Player won. \"It grows,\" Player says.", "Ben", "Player") == "Player@9 ");
}

TEST_CASE("entity_surnames: no repeat at a sentence's start, beside a capital, after an article or 'of'") {
  CHECK(repeats("Ben Player won. Player returned home.", "Ben", "Player").empty());
  CHECK(repeats("Ben Player won. He reads Player Magazine daily.", "Ben", "Player").empty());
  CHECK(repeats("Ben Player won the Player of the Year award.", "Ben", "Player").empty());
  CHECK(repeats("Ben Player won the World Series of Player today.", "Ben", "Player").empty());
  CHECK(repeats("Ben Player read it under Player 2 and Player: none.", "Ben", "Player").empty());
}

TEST_CASE("entity_surnames: only a full name a first name opens and a list, a cue or the tagger backs") {
  CHECK(repeats("Ben Player won. The judges were awarding Player the points.", "Ben", "Player", Strength::Guess)
            .empty());
  CHECK(repeats("Print Title here. The judges were awarding Title the points.", "Print", "Title").empty());
}
