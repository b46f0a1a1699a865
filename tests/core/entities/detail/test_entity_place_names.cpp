// type_place_short_forms: a place's name without its kind ("Socotra Island" … "Socotra"), and where it stays.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/entities/detail/entity_place_names.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"

using namespace lede;

namespace {

struct Given {
  std::string words;  // the span's words as the text writes them, found at or after the previous span
  EntityType type;
  Strength strength;
};

// The spans `given` over `text` after the step, "words/TYPE/strength " each.
std::string place_forms(const std::string& text, const std::vector<Given>& given) {
  Document d = test::in_sentences(text);
  TokenFeatures f;
  f.build(d);
  std::vector<NameSpan> spans;
  uint32_t from = 0;
  for (const Given& g : given) {
    const size_t n = size_t(std::count(g.words.begin(), g.words.end(), ' ')) + 1;
    for (uint32_t i = from; i + n <= d.tokens.size(); ++i) {
      const std::string_view at(d.text.data() + d.tokens[i].span.begin,
                                d.tokens[i + n - 1].span.end - d.tokens[i].span.begin);
      if (at != g.words) continue;
      NameSpan s;
      s.first = i;
      s.end = uint32_t(i + n);
      s.type = g.type;
      s.strength = g.strength;
      spans.push_back(s);
      from = s.end;
      break;
    }
  }
  REQUIRE(spans.size() == given.size());
  type_place_short_forms(d, f, spans);
  std::string out;
  for (const NameSpan& s : spans)
    out += std::string(d.slice({d.tokens[s.first].span.begin, d.tokens[s.end - 1].span.end})) + "/" +
           to_string(s.type) + "/" + std::to_string(int(s.strength)) + " ";
  return out;
}

constexpr EntityType kLoc = EntityType::Loc, kPerson = EntityType::Person, kOrg = EntityType::Org;
constexpr Strength kGuess = Strength::Guess, kCue = Strength::Cue, kLexical = Strength::Lexical;

}  // namespace

TEST_CASE("place short forms: the first word of a place named with its kind is that place alone") {
  // before: the tagger's person and organisation stood
  CHECK(place_forms("Socotra Island lies off Yemen. Socotra has no airport, and Brekka Islands trips reach the "
                    "Brekkas by boat.",
                    {{"Socotra Island", kLoc, kLexical}, {"Yemen", kLoc, kLexical}, {"Socotra", kPerson, kGuess},
                     {"Brekka Islands", kLoc, kLexical}, {"Brekkas", kOrg, kGuess}}) ==
        "Socotra Island/LOC/2 Yemen/LOC/2 Socotra/LOC/1 Brekka Islands/LOC/2 Brekkas/LOC/1 ");
}

TEST_CASE("place short forms: a cue's or a list's type, a surname, a first name and a dictionary word stay") {
  // a rule's cue ("Socotra said") and a list's verdict are read from the context or the lists: they stay
  CHECK(place_forms("Socotra Island is far. Mr Socotra said so.",
                    {{"Socotra Island", kLoc, kLexical}, {"Socotra", kPerson, kCue}}) ==
        "Socotra Island/LOC/2 Socotra/PERSON/1 ");
  // the surname of someone the document names in full
  CHECK(place_forms("Henry Tessvik sailed up the Tessvik River. Tessvik mapped it.",
                    {{"Henry Tessvik", kPerson, kCue}, {"Tessvik River", kLoc, kLexical}, {"Tessvik", kPerson, kGuess}})
        == "Henry Tessvik/PERSON/1 Tessvik River/LOC/2 Tessvik/PERSON/0 ");
  // a dictionary's word ("Red") and a first name ("Victoria") open many names
  CHECK(place_forms("The Red River flooded. Red won. Victoria Island is cold. Victoria smiled.",
                    {{"Red River", kLoc, kLexical}, {"Red", kOrg, kGuess}, {"Victoria Island", kLoc, kLexical},
                     {"Victoria", kPerson, kGuess}}) ==
        "Red River/LOC/2 Red/ORG/0 Victoria Island/LOC/2 Victoria/PERSON/0 ");
  // a city's, a street's or a park's noun is no kind the name alone bears ("Hyde Park" … "Hyde")
  CHECK(place_forms("Hyde Park was full. Hyde spoke.", {{"Hyde Park", kLoc, kLexical}, {"Hyde", kPerson, kGuess}}) ==
        "Hyde Park/LOC/2 Hyde/PERSON/0 ");
}
