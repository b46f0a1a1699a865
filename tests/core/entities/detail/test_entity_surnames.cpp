// add_surname_repeats: a person's surname alone where it is also an ordinary word, and where it stays unread.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_surnames.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"

using namespace lede;

namespace {

// The repeats added, "text@token " each, to one full name "first last" (backed by a cue) found in the text.
std::string repeats(const std::string& text, const std::string& first, const std::string& last,
                    Strength strength = Strength::Cue) {
  Document d = test::in_sentences(text);
  TokenFeatures f;
  f.build(d);
  std::vector<NameSpan> spans;
  for (uint32_t i = 0; i + 1 < d.tokens.size(); ++i)
    if (d.token_text(i) == first && d.token_text(i + 1) == last) {
      NameSpan s;
      s.first = i;
      s.end = i + 2;
      s.type = EntityType::Person;
      s.strength = strength;
      spans.push_back(s);
      break;
    }
  const size_t before = spans.size();
  add_surname_repeats(d, f, spans);
  std::string out;
  for (const NameSpan& s : spans)
    if (s.end == s.first + 1) out += std::string(d.token_text(s.first)) + "@" + std::to_string(s.first) + " ";
  CHECK(spans.size() >= before);
  for (size_t k = 1; k < spans.size(); ++k) CHECK(spans[k - 1].first <= spans[k].first);  // still sorted
  return out;
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
