// add_lowercase_names on texts with no other spans: places and firms written in lower case, and what stays unread.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_lowercase.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"

using namespace lede;

namespace {

const char* type_name(EntityType t) {
  return t == EntityType::Loc ? "LOC" : t == EntityType::Org ? "ORG" : t == EntityType::Person ? "PERSON" : "GROUP";
}

// The names found, "text/TYPE " each, in text order; `taken` marks one word another reader already holds.
std::string lowercase_names(const std::string& text, const std::string& taken = "") {
  Document d = test::in_sentences(text);
  TokenFeatures f;
  f.build(d);
  std::vector<NameSpan> spans;
  for (uint32_t i = 0; i < d.tokens.size() && !taken.empty(); ++i)
    if (d.token_text(i) == taken) {
      NameSpan s;
      s.first = i;
      s.end = i + 1;
      s.type = EntityType::Person;
      spans.push_back(s);
    }
  const size_t before = spans.size();
  add_lowercase_names(d, f, spans);
  std::string out;
  for (const NameSpan& s : spans) {
    if (before && s.type == EntityType::Person) continue;  // (the span handed in)
    const uint32_t b = d.tokens[s.first].span.begin, e = d.tokens[s.end - 1].span.end;
    out += d.text.substr(b, e - b) + "/" + type_name(s.type) + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("lower-case names: countries, capitals, regions and big cities the lists know, and firms' words") {
  CHECK(lowercase_names("we moved from chicago to maryland, then to france.") ==
        "chicago/LOC maryland/LOC france/LOC ");
  CHECK(lowercase_names("the best pizza in new york is cheap.") == "new york/LOC ");
  CHECK(lowercase_names("why did i put it on facebook?") == "facebook/ORG ");
}

TEST_CASE("lower-case names: a dictionary's word, a people's word, a region that is a first name stay unread") {
  CHECK(lowercase_names("we bought a china cabinet and a turkey for the party.") == "");
  CHECK(lowercase_names("the best tutors in town are somali, she said.") == "");
  CHECK(lowercase_names("we drove down to florida last week.") == "");  // ("Florida", a first name too)
}

TEST_CASE("lower-case names: a tag, a handle, a web address and another tongue's sentence are no place") {
  CHECK(lowercase_names("so proud of the team # chicago") == "");
  CHECK(lowercase_names("follow @ chicago for more") == "");
  CHECK(lowercase_names("see www.chicago.gov for the times.") == "");
  CHECK(lowercase_names("como um anjo, voce apareceu na minha vida") == "");
}

TEST_CASE("lower-case names: a word another reader holds is left to it") {
  CHECK(lowercase_names("we met in chicago and in paris.", "chicago") == "paris/LOC ");
}
