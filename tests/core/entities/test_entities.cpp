// Entity recognition and clustering: our own sentences first, then the seed articles (read from ../shared).
#include <doctest/doctest.h>
#include <algorithm>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

#include "core/analyse.h"
#include "core/text/tokenizer.h"
#include "core/text/sentences.h"
#include "core/lexicon/token_features.h"
#include "core/entities/detail/entity_articles.h"
#include "core/entities/detail/entity_capitals.h"
#include "core/entities/detail/entity_coordination.h"
#include "core/entities/detail/entity_spans.h"
#include "core/entities/tagger/ner_model.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "test_util.h"

using namespace lede;

namespace {

// The entity that has a mention written exactly as `text`, or nullptr.
const Entity* entity_of(const Document& d, const std::string& text) {
  for (const Mention& m : d.mentions)
    if (d.slice(m.span) == text && m.entity >= 0) return &d.entities[size_t(m.entity)];
  return nullptr;
}
// Mentions written as `a` and as `b` name one entity.
bool same_entity(const Document& d, const std::string& a, const std::string& b) {
  const Entity* e = entity_of(d, a);
  return e && e == entity_of(d, b);
}

// A span from the first token written `first` to the first written `last` (a span a tagger may give).
NameSpan span_over(const Document& d, std::string_view first, std::string_view last, EntityType type) {
  NameSpan s;
  s.first = test::token_index(d, first);
  s.end = test::token_index(d, last) + 1;
  s.type = type;
  return s;
}
// The spans that start at or after token `from`.
std::vector<NameSpan> spans_from(const std::vector<NameSpan>& spans, uint32_t from) {
  std::vector<NameSpan> out;
  for (const NameSpan& s : spans)
    if (s.first >= from) out.push_back(s);
  return out;
}

// The entity that has a mention written exactly as `text`, checked to be there and of `type`.
const Entity* typed_entity(const Document& d, const std::string& text, EntityType type) {
  const Entity* e = entity_of(d, text);
  CHECK_MESSAGE(e != nullptr, text);
  if (e) CHECK(e->type == type);
  return e;
}
// How many mentions are written as one of `texts`; each of them must name `entity`.
size_t mentions_naming(const Document& d, std::initializer_list<std::string_view> texts, const Entity* entity) {
  size_t n = 0;
  for (const Mention& m : d.mentions)
    for (std::string_view t : texts)
      if (d.slice(m.span) == t) {
        ++n;
        CHECK(&d.entities[size_t(m.entity)] == entity);
      }
  return n;
}

bool has_mention(const Document& d, const std::string& text, EntityType type) {
  for (const Mention& m : d.mentions)
    if (d.slice(m.span) == text && m.type == type) return true;
  return false;
}

bool any_mention(const Document& d, const std::string& text) {
  for (const Mention& m : d.mentions)
    if (d.slice(m.span) == text) return true;
  return false;
}

std::string canonical(const Document& d, const std::string& text) {
  const Entity* e = entity_of(d, text);
  return e ? e->canonical : "";
}

void check_invariants(const Document& d) {
  for (size_t i = 0; i < d.mentions.size(); ++i) {
    const Mention& m = d.mentions[i];
    CHECK(m.span.end <= d.text.size());
    CHECK(m.span.begin < m.span.end);
    if (i > 0) CHECK(d.mentions[i - 1].span.end <= m.span.begin);  // sorted, never overlapping
    REQUIRE(m.entity >= 0);
    REQUIRE(size_t(m.entity) < d.entities.size());
    const std::string_view s = d.slice(m.span);
    // possessive ’s stays outside (inside a name it stays: "Korean People’s Army")
    CHECK(s.substr(s.size() >= 4 ? s.size() - 4 : 0) != "\xE2\x80\x99s");
    CHECK(s.substr(s.size() >= 2 ? s.size() - 2 : 0) != "'s");
  }
  for (const Entity& e : d.entities) {
    CHECK(!e.canonical.empty());
    for (size_t k = 1; k < e.mentions.size(); ++k) CHECK(e.mentions[k - 1] < e.mentions[k]);  // text order
    for (uint32_t mi : e.mentions) CHECK(d.mentions[mi].type == e.type);
  }
}

}  // namespace

TEST_CASE("entities: gazetteer tables are generated and searchable") {
  CHECK((gazetteer::place("Saudi Arabia") & gazetteer::kCountry) != 0);
  CHECK((gazetteer::place("Doha") & gazetteer::kCity) != 0);
  CHECK(gazetteer::place("Netanyahu") == 0);
  // a wire's capitals, looked up as the lists write the name
  CHECK(gazetteer::place_in_capitals("NEW YORK") != 0);
  CHECK(gazetteer::place_in_capitals("Doha") != 0);
  CHECK(gazetteer::place_in_capitals("ORLINDE") == 0);
  CHECK(gazetteer::first_name("Steve"));
  CHECK(!gazetteer::first_name("Witkoff"));
  // first names of other languages, also without accents; no place, English word or firm's word among them
  CHECK(gazetteer::first_name("Helmut"));
  CHECK(gazetteer::first_name("Recep"));
  CHECK(gazetteer::first_name("Jürgen"));
  CHECK(gazetteer::first_name("Jurgen"));
  // and those of the languages those lists miss (npm @faker-js/faker's locales; before: no first names)
  CHECK(gazetteer::first_name("Jukka"));
  CHECK(gazetteer::first_name("Kjell"));
  CHECK(gazetteer::first_name("Kazimierz"));
  CHECK(gazetteer::first_name("Bohumil"));
  CHECK(gazetteer::first_name("Ayodeji"));
  CHECK(gazetteer::first_name("Per"));  // (an English preposition only: never before a surname)
  CHECK(!gazetteer::first_name("Mats"));  // (an English noun: left out)
  // a name the lists hold only without its accents is found with them (before: "Ra\u00FAl", "Se\u00E1n" no names)
  CHECK(gazetteer::first_name("Ra\u00FAl"));
  CHECK(gazetteer::first_name("Se\u00E1n"));
  CHECK(gazetteer::first_name("J\u00E9r\u00F4me"));
  CHECK(gazetteer::first_name("\u0141ukasz"));
  CHECK(!gazetteer::first_name("Madr\u00EDd"));
  CHECK(!gazetteer::first_name("\u00C6sa"));  // (no one letter bare: no look-up)
  CHECK(!gazetteer::first_name("Madrid"));
  CHECK(!gazetteer::first_name("London"));
  CHECK(gazetteer::demonym("Palestinians"));
  CHECK(gazetteer::demonym("Israeli"));
  CHECK(gazetteer::common_word("talks"));
  CHECK(!gazetteer::common_word("netanyahu"));
  CHECK(gazetteer::proper_word("Apple"));
  // company words: none that is an English word, a place (or a word of one) or a nationality; a person's name
  // too is tagged so
  CHECK(gazetteer::company_word("Commerzbank") == gazetteer::kFirmOnly);
  CHECK(gazetteer::company_word("Siemens") == gazetteer::kAlsoPersonName);
  CHECK(gazetteer::company_word("Jones") == gazetteer::kAlsoPersonName);
  CHECK(gazetteer::company_word("The") == 0);     // a word of "The Home Depot" in the list, a word first
  CHECK(gazetteer::company_word("London") == 0);  // a place
  CHECK(gazetteer::company_word("Kong") == 0);    // a word of "Hong Kong"
  CHECK(gazetteer::company_word("Toyota") == gazetteer::kAlsoTown);  // a town in Aichi, and the carmaker
  // short names inside long forms ("Republic of Turkey", "Great Britain") and bracketed second names of
  // subdivisions ("Wales [Cymru GB-CYM]"), which the generator once left out
  CHECK((gazetteer::place("Britain") & gazetteer::kCountry) != 0);
  CHECK((gazetteer::place("Turkey") & gazetteer::kCountry) != 0);
  CHECK((gazetteer::place("Wales") & gazetteer::kCountry) != 0);
  CHECK(gazetteer::place("Cymru") != 0);
  CHECK(gazetteer::place("Wales [Cymru GB-CYM]") == 0);
  // cities' English names, which the city lists write as their countries do ("Frankfurt am Main", "Al Başrah"):
  // not a first name, nor a word that would split a listed place ("Novgorod" of "Nizhny Novgorod")
  CHECK((gazetteer::place("Frankfurt") & gazetteer::kCity) != 0);
  CHECK((gazetteer::place("Basra") & gazetteer::kCity) != 0);
  CHECK((gazetteer::place("Kharkov") & gazetteer::kBigCity) != 0);
  CHECK(gazetteer::place("Geneva") == 0);
  CHECK(gazetteer::place("Novgorod") == 0);
  // the lands a country's name joins ("Bosnia and Herzegovina", "Svalbard and Jan Mayen"), each a region; not a
  // people's plural ("Turks" of "Turks and Caicos Islands") nor a first name ("Wallis", "Jan Mayen")
  CHECK((gazetteer::place("Bosnia") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Herzegovina") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Svalbard") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Caicos Islands") & gazetteer::kRegion) != 0);
  CHECK(gazetteer::place("Turks") == 0);
  CHECK(gazetteer::place("Wallis") == 0);
  // a subdivision whose words are all in the dictionary is the place, unless its words only say where or it is
  // a saint
  CHECK((gazetteer::place("New Jersey") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("New South Wales") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Isle of Wight") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Eastern Cape") & gazetteer::kRegion) != 0);
  CHECK(gazetteer::place("North East") == 0);
  CHECK(gazetteer::place("Western Province") == 0);
  CHECK(gazetteer::place("Saint Peter") == 0);
}

TEST_CASE("entities: hand-written lists answer, their last entries too (a missing comma glues two)") {
  CHECK(lexicon::known_place("Xinjiang"));
  CHECK(lexicon::known_place("America"));
  CHECK(lexicon::known_place("Zambezi"));
  CHECK(lexicon::known_place("Tigray"));  // regions the ISO lists spell otherwise ("Tigrai") or leave out
  CHECK(lexicon::known_place("Zaporizhzhia"));
  CHECK(lexicon::seat_of_government("Élysée"));
  CHECK(lexicon::seat_of_government("Oval Office"));
  CHECK(lexicon::known_org("Deutsche Welle"));
  CHECK(lexicon::known_org("Le Monde"));  // a newspaper named with a particle ("an interview with Le Monde")
  CHECK(lexicon::known_org("Asharq Al-Awsat"));
  CHECK(lexicon::known_org("Labour"));
  CHECK(lexicon::is_title("Minister"));
  CHECK(lexicon::is_title("Sheikh"));
  CHECK(lexicon::is_org_word("Ministry"));
  CHECK(lexicon::is_org_word("Institute"));
  CHECK(lexicon::is_place_word("Corridor"));
  CHECK(lexicon::known_place("West Bank"));
  CHECK(lexicon::known_org("Hamas"));
  CHECK(lexicon::country_code("U.S."));
  CHECK(lexicon::function_word("The"));
  CHECK(lexicon::not_name("Thursday"));
  CHECK(!lexicon::is_title("Netanyahu"));
  CHECK(lexicon::known_place("Zaire"));
}

TEST_CASE("entities: full names, surname repeats, possessives and titles") {
  const Document d = analyse(
      "Prime Minister Benjamin Netanyahu met US envoy Steve Witkoff in Doha on Thursday. "
      "Netanyahu\xE2\x80\x99s office said the talks went well, and Witkoff told reporters Mr Netanyahu was ready.");
  check_invariants(d);
  CHECK(has_mention(d, "Benjamin Netanyahu", EntityType::Person));
  CHECK(has_mention(d, "Netanyahu", EntityType::Person));
  CHECK(canonical(d, "Netanyahu") == "Benjamin Netanyahu");
  CHECK(canonical(d, "Witkoff") == "Steve Witkoff");
  const Entity* e_netanyahu = entity_of(d, "Netanyahu");
  REQUIRE(e_netanyahu != nullptr);
  CHECK(e_netanyahu->mentions.size() == 3);
  CHECK(has_mention(d, "Doha", EntityType::Loc));
  CHECK(has_mention(d, "US", EntityType::Loc));
  CHECK(!any_mention(d, "Thursday"));
  CHECK(!any_mention(d, "Prime Minister Benjamin Netanyahu"));  // the title is not part of the name
}

TEST_CASE("entities: organisations by keyword, acronyms defined in the text") {
  const Document d = analyse(
      "The Israel Defense Forces (IDF) said troops left the Netzarim Corridor. An IDF spokesperson said the "
      "Gaza Health Ministry had not commented. Analysts at the Quincy Institute were sceptical.");
  check_invariants(d);
  CHECK(has_mention(d, "Israel Defense Forces", EntityType::Org));
  CHECK(has_mention(d, "IDF", EntityType::Org));
  CHECK(entity_of(d, "IDF") == entity_of(d, "Israel Defense Forces"));
  const Entity* e_idf = entity_of(d, "IDF");
  REQUIRE(e_idf != nullptr);
  CHECK(e_idf->mentions.size() == 3);
  CHECK(has_mention(d, "Netzarim Corridor", EntityType::Loc));
  CHECK(has_mention(d, "Gaza Health Ministry", EntityType::Org));
  CHECK(has_mention(d, "Quincy Institute", EntityType::Org));
  CHECK(!any_mention(d, "The"));
  CHECK(!any_mention(d, "An"));
}

TEST_CASE("entities: a place as a first name, hyphenated pairs, demonyms") {
  const Document d = analyse(
      "Defence Minister Israel Katz said Israel would not withdraw. The Israel-Hamas truce holds in the Gaza Strip "
      "and the West Bank, Palestinians and Israelis said. Hussein Al-Sheikh met Saudi officials in Riyadh.");
  check_invariants(d);
  CHECK(has_mention(d, "Israel Katz", EntityType::Person));
  CHECK(has_mention(d, "Israel", EntityType::Loc));
  CHECK(entity_of(d, "Israel") != entity_of(d, "Israel Katz"));
  CHECK(has_mention(d, "Hamas", EntityType::Org));
  CHECK(has_mention(d, "Gaza Strip", EntityType::Loc));
  CHECK(has_mention(d, "West Bank", EntityType::Loc));
  CHECK(has_mention(d, "Palestinians", EntityType::Group));
  CHECK(has_mention(d, "Hussein Al-Sheikh", EntityType::Person));
  CHECK(has_mention(d, "Riyadh", EntityType::Loc));
}

namespace {
// The rules' own spans (entity_spans.h), before the tagger and the clustering see them.
std::vector<NameSpan> rule_spans(Document& d, TokenFeatures& f, const std::string& text) {
  d.text = text;
  tokenize(d);
  split_sentences(d);
  f.build(d);
  return find_name_spans(d, f);
}
// "Commerzbank/ORG Jones/PERSON ", with the strength when asked ("Commerzbank/ORG/0 ")
std::string typed_spans(const Document& d, const std::vector<NameSpan>& spans, bool strength = false) {
  std::string out;
  for (const NameSpan& s : spans)
    out += std::string(d.slice({d.tokens[s.first].span.begin, d.tokens[s.end - 1].span.end})) + "/" +
           to_string(s.type) + (strength ? "/" + std::to_string(int(s.strength)) : "") + " ";
  return out;
}
// The rules' spans of `text` with their types and strengths: "Kelvar/ORG/1 Oslo/LOC/2 "
std::string rule_types(const std::string& text) {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans = rule_spans(d, f, text);
  return typed_spans(d, spans, true);
}
}  // namespace

TEST_CASE("entities: a first name that a town also bears is a place only as a guess") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans =
      rule_spans(d, f, "Later that week Tracy phoned the office in Jordan, and David answered.");
  auto strength_of = [&](const std::string& w) {
    for (const NameSpan& s : spans)
      if (s.end == s.first + 1 && d.token_text(s.first) == w) return int(s.strength);
    return -1;
  };
  CHECK(strength_of("Tracy") == int(Strength::Guess));    // a town in California, and a first name
  CHECK(strength_of("David") == int(Strength::Guess));
  CHECK(strength_of("Jordan") == int(Strength::Lexical));  // a country stays a place whatever names it bears
}

TEST_CASE("entities: a word only firms bear is an organisation guess, also after 'in' and before 'said'") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans =
      rule_spans(d, f, "Shares in Commerzbank fell. Commerzbank said it would cut jobs. Jones said the bank had erred.");
  // before: LOC, then PERSON; the first is now a market cue's ("Shares in"), the second the word's end's ("-bank":
  // a cue, stronger than the company list's guess)
  CHECK(typed_spans(d, spans, true) == "Commerzbank/ORG/1 Commerzbank/ORG/1 Jones/PERSON/0 ");
  CHECK(firm_word(d, f, 2));
  CHECK(!firm_word(d, f, uint32_t(spans.back().first)));  // "Jones": a person's name too, left to the context
}

TEST_CASE("entities: the titles of leaders, counsel and prosecutors are no part of the name") {
  const Document d = analyse(
      "Senate Majority Leader Tomas Berg said the bill would pass. Special Counsel Ada Okafor and Chief "
      "Prosecutor Lena Varga declined to comment. Opposition Leader Ruth Amsel spoke later.");
  check_invariants(d);
  CHECK(has_mention(d, "Tomas Berg", EntityType::Person));  // before: one organisation from "Senate" to "Berg"
  CHECK(has_mention(d, "Senate", EntityType::Org));
  CHECK(has_mention(d, "Ada Okafor", EntityType::Person));
  CHECK(has_mention(d, "Lena Varga", EntityType::Person));
  CHECK(has_mention(d, "Ruth Amsel", EntityType::Person));
  CHECK(!any_mention(d, "Opposition"));
}

TEST_CASE("entities: one ordinary word and two more joined by 'and' name one body ('Food and Drug Administration')") {
  const Document d = analyse(
      "Officials of the Timber and Fisheries Board met. Marsh and Co said nothing. Tomas Berg and Partners Group "
      "declined.");
  check_invariants(d);
  CHECK(has_mention(d, "Timber and Fisheries Board", EntityType::Org));  // before: "Fisheries Board"
  CHECK(!any_mention(d, "Marsh and Co"));          // one word after "and": no joining
  CHECK(!any_mention(d, "Tomas Berg and Partners Group"));  // a person before "and"
  // a couple's first names and their surname before a body's word, after "the", name one body; the first name
  // alone is still the person's (before: "Bill" a person and "Melinda Gates Foundation" a body, then "Bill" of
  // "The Ada and …" and "Melinda" below the body's short form)
  const Document c = analyse("He gave most of it to the Bill and Melinda Gates Foundation. The Ada and Tomas Berg "
                             "Trust paid too. He worried that Bill or Melinda would die.");
  check_invariants(c);
  CHECK(has_mention(c, "Bill and Melinda Gates Foundation", EntityType::Org));
  CHECK(has_mention(c, "Ada and Tomas Berg Trust", EntityType::Org));
  CHECK(has_mention(c, "Bill", EntityType::Person));
  CHECK(!has_mention(c, "Melinda", EntityType::Org));
}

TEST_CASE("entities: a place that is a side of a match with its score is the team, even outside a sports report") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans = rule_spans(
      d, f,
      "Bolton beat Coventry 2-1 on Saturday. Atlanta lost to Boston 110-102. Leeds drew 1-1 with Bristol. "
      "She moved to Houston, Texas 77030-2707 last year.");
  // before: every place a place; a ZIP code is no score
  CHECK(typed_spans(d, spans) ==
        "Bolton/ORG Coventry/ORG Atlanta/ORG Boston/ORG Leeds/ORG Bristol/ORG Houston/LOC Texas/LOC ");
}

TEST_CASE("entities: a state that no longer is, is a place like any country ('Soviet Union', 'Yugoslavia')") {
  // before: "Soviet Union" a body by its "Union", "Yugoslavia" a shape's guess
  CHECK(rule_types("When the Soviet Union collapsed, Yugoslavia split.") == "Soviet Union/LOC/2 Yugoslavia/LOC/2 ");
}

TEST_CASE("entities: a town after a school's name and its comma is where the school is ('College, Oxford')") {
  // before: "Berkeley" a place only as a guess (a first name too), "Oxford" a body's guess (a dictionary's word);
  // a name that goes on after the comma stays a guess ("Tracy and I met")
  CHECK(rule_types("She taught at the University of California, Berkeley, until 1994. He studied at Balliol "
                   "College, Oxford. Back at Kelby College, Tracy and I met.") ==
        "University of California/ORG/2 Berkeley/LOC/1 Balliol College/ORG/2 Oxford/LOC/1 Kelby College/ORG/2 "
        "Tracy/LOC/0 ");
}

TEST_CASE("entities: an address's codes: a postcode's district is no part of its town, a state's is a place") {
  // before: "London E17/ORG/0", "Ontario M5J/ORG/0"; a model's number after a firm stays ("Airbus A380")
  CHECK(rule_types("The shop is at 12 Kelby Road, London E17 5QT. Write to Box 9, Toronto, Ontario M5J 2N8. He flew "
                   "an Airbus A380 to Leeds.") ==
        "Kelby Road/LOC/2 London/LOC/2 Toronto/LOC/2 Ontario/LOC/2 Airbus A380/ORG/0 Leeds/LOC/2 ");
  // a US state's two capitals between a town's comma and a ZIP code are a place (before: "MA" none, "TX" a
  // body's guess)
  CHECK(rule_types("Write to 1 Kelby Road, Holyoke, MA 01040-2841. She moved to Houston, TX 77030 last year.") ==
        "Kelby Road/LOC/2 Holyoke/LOC/1 MA/LOC/1 Houston/LOC/2 TX/LOC/1 ");
  // a town or a region, then a country or its letters with no comma between, are two places (before: one body's
  // guess, "Texas USA/ORG/0"); a firm's branch stays whole ("Ford Australia")
  CHECK(rule_types("Location: Houston, Texas USA. She lives in Lyon France. Ford Australia cut jobs.") ==
        "Houston/LOC/2 Texas/LOC/2 USA/LOC/2 Lyon/LOC/2 France/LOC/2 Ford Australia/ORG/0 ");
}

TEST_CASE("entities: a legislator's seat after 'for' and a land's lie before 'of' name places") {
  // before: each a body's guess (0)
  CHECK(rule_types("She was MP for Tessvik until 2010. He sits as the member for Brekka. Ada Kest was the MPP for "
                   "Halvex.") ==
        "Tessvik/LOC/1 Brekka/LOC/1 Ada Kest/PERSON/1 Halvex/LOC/1 ");
  CHECK(rule_types("The army reached the prairie of Orvik and the coast of Varnholm.") ==
        "Orvik/LOC/1 Varnholm/LOC/1 ");
}

TEST_CASE("entities: a railroad's, a scouting body's, a tribe's word end no person's name ('Sandy River Railroad')") {
  // before: "Sandy River Railroad/PERSON/1", "Boy Scouts/PERSON/1" and "America/LOC/2" apart (first names open both)
  CHECK(rule_types("The design was based on the Sandy River Railroad. The Boy Scouts of America support units.") ==
        "Sandy River Railroad/LOC/2 Boy Scouts of America/ORG/2 ");
  // a people's government is a body (before: "Ute Mountain/LOC/2" by "Mountain" and "Ute Tribe" a person's guess)
  CHECK(rule_types("The judge sided with the Ute Mountain Ute Tribe and the Navajo Nation.") ==
        "Ute Mountain Ute Tribe/ORG/2 Navajo Nation/ORG/2 ");
}

TEST_CASE("entities: an epithet after a first name is part of the name ('Peter the Great', 'Ivan the Terrible')") {
  // before: "Peter", "Alfred" and "Catherine" alone, guesses; a full name, a sentence's verb, a body stay apart
  CHECK(rule_types("Tsar Peter the Great founded the city. Alfred the Great ruled. Catherine the Great died. He told "
                   "Ada the Times had it. Ada Kest the Musical opened.") ==
        "Peter the Great/PERSON/1 Alfred the Great/PERSON/1 Catherine the Great/PERSON/1 Ada/PERSON/0 "
        "Times/ORG/0 Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a lone word on a side of a court case's 'v.' is a party, a person ('Roe v. Wade')") {
  // before: "Roe" no span (a dictionary's word), "Wade" and "Tessaly" shape guesses (ORG/0); a place the lists
  // know stays a place, and a sports report's "v" names teams
  CHECK(rule_types("The court overturned Roe v. Wade in 2022. It cited Marsk v. Tessaly and Kest v. Ohio.") ==
        "Roe/PERSON/1 Wade/PERSON/1 Marsk/PERSON/1 Tessaly/PERSON/1 Kest/PERSON/1 Ohio/LOC/2 ");
}

TEST_CASE("entities: an author cited by the surname and a year is a person ('(Porte, 2012)', 'Biggs et al. (2009)')") {
  // before: every author a shape guess (ORG/0); a body, a place and a name alone before a year in brackets (a
  // work's title as often, "the film Stoker (2013)") stay what they were
  CHECK(rule_types("Earlier work (Dalvik, Orrin, & Kelby, 2011; Halvex Group, 2019; London 2012) disagreed. Tessvik "
                   "et al. (2014) agreed, as did Kest (2006). It was (Brekka and Varn 2017) too.") ==
        "Dalvik/PERSON/1 Orrin/PERSON/1 Kelby/PERSON/1 Halvex Group/ORG/2 London/LOC/2 Tessvik/PERSON/1 Kest/ORG/0 "
        "Brekka/PERSON/1 Varn/PERSON/1 ");
}

TEST_CASE("entities: a chain or a group of shops or firms defines a body ('a Danish chain of hypermarkets')") {
  // before: Tessvik and Varnholm shape guesses (ORG/0), as "a group of islands" leaves Skerry
  CHECK(rule_types("Tessvik is a Danish chain of hypermarkets. Skerry is a group of islands. Varnholm is a group of "
                   "companies based in Oslo. Kelvor is a chain of discount stores.") ==
        "Tessvik/ORG/1 Danish/GROUP/2 Skerry/ORG/0 Varnholm/ORG/1 Oslo/LOC/2 Kelvor/ORG/1 ");
}

TEST_CASE("entities: a name the sentence calls a kind of place of somewhere is a place ('is a suburb of Blackburn')") {
  // before: a shape guess (ORG/0) and a person's (PERSON/0); "is a group of islands" still names no place
  CHECK(rule_types("Brekkavik Hey is a suburb of Blackburn. Tessholm Mill is a village of 300 people.") ==
        "Brekkavik Hey/LOC/1 Blackburn/LOC/1 Tessholm Mill/LOC/1 ");
  // land, water and what is built on them (before: shape guesses)
  CHECK(rule_types("Brekkavik Dock is a dock in Liverpool. Tessholm Water is a reservoir in Cumbria.") ==
        "Brekkavik Dock/LOC/1 Liverpool/LOC/2 Tessholm Water/LOC/1 Cumbria/LOC/2 ");
}

TEST_CASE("entities: a land feature named in full ends before 'of' and the place it is in ('the Cascade Range of …')") {
  // before: one span "Cascade Range of Washington", "Tessvik River of Norway"; a feature's word with no name before
  // it keeps its "of" ("Gulf of Mexico", "Isle of Man")
  CHECK(rule_types("The Cascade Range of Washington is wet. The Tessvik River of Norway floods. The Gulf of Mexico and "
                   "the Isle of Man.") ==
        "Cascade Range/LOC/2 Washington/LOC/2 Tessvik River/LOC/2 Norway/LOC/2 Gulf of Mexico/LOC/2 "
        "Isle of Man/LOC/2 ");
}

TEST_CASE("entities: a castle or a fortress is a place ('Tessvik Castle', 'Edinburgh Castle')") {
  // before: "Tessvik Castle" a shape guess (ORG/0), "Edinburgh Castle" a place and a word
  CHECK(rule_types("Tessvik Castle is a medieval fortress near Bergen. Edinburgh Castle drew crowds. Tessvik Fortress "
                   "fell.") == "Tessvik Castle/LOC/2 Bergen/LOC/1 Edinburgh Castle/LOC/2 Tessvik Fortress/LOC/2 ");
}

TEST_CASE("entities: a first name and a place's word that speaks or has an age is a person ('Ada Park said')") {
  // before: LOC/2 each (the place's word decided); a first name before a lake that does nothing stays the lake
  CHECK(rule_types("Ada Park said the plan would fail. Jenny Lake is a lake. Barbara Castle, 62, spoke first.") ==
        "Ada Park/PERSON/1 Jenny Lake/LOC/2 Barbara Castle/PERSON/1 ");
}

TEST_CASE("entities: the name after a river's part and 'of' is the river ('a tributary of the Glomma')") {
  // before: shape guesses (ORG/0) each
  CHECK(rule_types("It is a tributary of the Glomma. Boats moored at the mouth of the Orrin and on the banks of the "
                   "Tessa.") == "Glomma/LOC/1 Orrin/LOC/1 Tessa/LOC/1 ");
}

TEST_CASE("entities: a place the lists hold without accents is a place with them ('in Perú')") {
  // before: "Perú" a shape guess (LOC/0 after "in"); "Québec" the lists hold as written; a word with accents no
  // list holds stays a guess
  CHECK(rule_types("Chamicuro is spoken in Perú. Kest flew to Québec. Orrin met Tessálo.") ==
        "Chamicuro/ORG/0 Perú/LOC/2 Kest/ORG/0 Québec/LOC/2 Orrin/ORG/0 Tessálo/ORG/0 ");
}

TEST_CASE("entities: after 'the', a first name before a word's plural names a team or a band ('the Kelby Tigers')") {
  // before: PERSON/1 each (a first name and a surname); a person named in full with no "the" stays one
  CHECK(rule_types("Fans of the Kelby Tigers cheered. The fans of the Orrin Eagles sang. Fans of the Dana Hawks left. "
                   "Ada Rivers said no.") ==
        "Kelby Tigers/ORG/1 Orrin Eagles/ORG/1 Dana Hawks/ORG/1 Ada Rivers/PERSON/1 ");
}

TEST_CASE("entities: a name a comma and 'speaking' follow is a person ('Kestrenko, speaking in his address,')") {
  // before: a shape guess (ORG/0)
  CHECK(rule_types("Kestrenko, speaking in his nightly video address, urged allies to hurry.") ==
        "Kestrenko/PERSON/1 ");
}

TEST_CASE("entities: a name a comma and 'founded', 'established' or 'headquartered' follow is a body") {
  // before: shape guesses (ORG/0), which the tagger typed PERSON or dropped; a town founded so stays a guess
  CHECK(rule_types("Halvex, founded there in 2019 by two engineers, now employs 140 people. Brekka, established in "
                   "1887, makes bicycles. Tessvik, founded in 1650, is a small town. Orvik, headquartered in Oslo, "
                   "said so.") == "Halvex/ORG/1 Brekka/ORG/1 Tessvik/ORG/0 Orvik/ORG/1 Oslo/LOC/2 ");
}

TEST_CASE("entities: a league is named with its tier and its own words ('League Two', 'Serie A', 'La Liga')") {
  // before: "League Two" no span, "Serie" and "Bundesliga" shape guesses, "Bundesliga and La Liga" nothing; a
  // code's "Division 9" stays no name
  CHECK(rule_types("The club was bottom of League Two. Juventus lead Serie A, and Orvik top Ligue 1. The Bundesliga "
                   "and La Liga resume. It is defined in Article or Division 9 of the code.") ==
        "League Two/ORG/2 Juventus/ORG/0 Serie A/ORG/2 Orvik/ORG/0 Ligue 1/ORG/2 Bundesliga/ORG/1 La Liga/ORG/2 "
        "Article/LOC/0 ");
}

TEST_CASE("entities: a Swedish surname in '-qvist' is no follower's noun ('held at Blomqvist', 'Lindqvist')") {
  // before: GROUP/0 each, as "a former Calvinist" is
  CHECK(rule_types("He met a former Calvinist and spoke with Lindqvist and Almqvist.") ==
        "Calvinist/GROUP/0 Lindqvist/ORG/0 Almqvist/ORG/0 ");
}

TEST_CASE("entities: a place's name before a body's word that speaks is the place's body ('Somerset Council said')") {
  // before: PERSON/1 (a first name and a body's word that is a surname too, as "Lars Press said" was)
  CHECK(rule_types("Somerset Council said roads were shut. Lars Press, 62, said no.") ==
        "Somerset Council/ORG/2 Lars Press/PERSON/1 ");
}

TEST_CASE("entities: a word that says what kind of member is no party ('Local MP Sarah Dyke', 'Former MP')") {
  // before: "Local" ORG/1 (a party, as "Labour" before "MP" is)
  CHECK(rule_types("Local MP Sarah Dyke said so. Labour MP Jess Kelby agreed. Former MP Ada Kest left.") ==
        "Sarah Dyke/PERSON/2 Labour/ORG/1 Jess Kelby/PERSON/2 Ada Kest/PERSON/2 ");
}

TEST_CASE("entities: a junction is a place ('Kelby Junction', 'Clapham Junction')") {
  // before: "Kelby Junction" a first name and a surname (PERSON/1), "Clapham Junction" a shape guess
  CHECK(rule_types("The train left Kelby Junction and Clapham Junction.") ==
        "Kelby Junction/LOC/2 Clapham Junction/LOC/2 ");
}

TEST_CASE("entities: a saint's church is the building, a place ('St Mary's Church'); a land's Church the body") {
  // before: ORG/2 each (a body's word ends it)
  CHECK(rule_types("The service was held at St Mary's Church. Saint Tessaly's Cathedral is old. The Church of England "
                   "met.") == "St Mary's Church/LOC/2 Saint Tessaly's Cathedral/LOC/2 Church of England/ORG/2 ");
}

TEST_CASE("entities: after a country's possessive, an unknown word and a surname are a person ('Jamaica's …')") {
  // before: PERSON/0, a shape guess the tagger typed LOC ("Jackson" is a city); a firm keeps its body's word
  CHECK(rule_types("She beat Jamaica's Tessvika Jackson in the final. Japan's Nippon Steel rose.") ==
        "Jamaica/LOC/2 Tessvika Jackson/PERSON/1 Japan/LOC/2 Nippon Steel/ORG/2 ");
}

TEST_CASE("entities: a name whose possessive owns kin, a life or writings is a person ('Fillmore's wife')") {
  // before: "Fillmore" the town the lists know (LOC/2), "Higuchi" a shape guess; a country's possessive and a
  // firm's plant stay
  CHECK(rule_types("Fillmore's wife died. Higuchi's fiction sold well. Britain's son returned. Halvex's plant "
                   "closed.") == "Fillmore/PERSON/1 Higuchi/PERSON/1 Britain/LOC/2 Halvex/ORG/0 ");
}

TEST_CASE("entities: a definition's descriptor types its subject ('Halvard is a Norwegian shipping company')") {
  const std::string text =
      "Halvard is a Norwegian shipping company based in Oslo. Tomas Berg is the singer of the band. Marden was "
      "a band. Skerry is a group of islands.";
  // a cue (1) where the descriptor heads the phrase; "singer of the band", "group of islands" say nothing (Skerry
  // stays a shape guess, 0)
  CHECK(rule_types(text) ==
        "Halvard/ORG/1 Norwegian/GROUP/2 Oslo/LOC/2 Tomas Berg/PERSON/1 Marden/ORG/1 Skerry/ORG/0 ");
  // the definition outweighs a place's word that ends the name, and a participle may follow the descriptor
  // (before: "Velvet Harbour" a place by "Harbour", LOC/2)
  CHECK(rule_types("The Velvet Harbour are an indie rock band formed in Kelby in 2009.") ==
        "Velvet Harbour/ORG/1 Kelby/LOC/0 ");
  // a trade's noun heads its phrase before "of" too: a maker of things (before: a shape guess, 0, and in the
  // whole analysis every "Brennex" below a person, the surname of its founder)
  CHECK(rule_types("Brennex is a major Swedish manufacturer of bicycles, based in Malmö.") ==
        "Brennex/ORG/1 Swedish/GROUP/2 Malmö/LOC/2 ");
  const Document d = analyse(
      "Brennex is a major Swedish manufacturer of bicycles, based in Malmö.\nBrennex was founded in 1898 by "
      "engineer Lars Brennex. In 1972, Brennex introduced its first racing bicycle.");
  check_invariants(d);
  CHECK(mentions_naming(d, {"Brennex"}, typed_entity(d, "Brennex", EntityType::Org)) == 3);
  CHECK(has_mention(d, "Lars Brennex", EntityType::Person));
}

TEST_CASE("entities: a firm's legal form or its trade ends its name ('Kvarsten Petroleum ASA', 'Marlow Electric')") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans = rule_spans(
      d, f,
      "Shares in Kvarsten Petroleum ASA rose. Tomas Berg Oyj and Marlow Electric cut jobs. Dalby Mining Bhd fell.");
  // before: shape guesses (ORG/0) the tagger overrode ("Kvarsten Petroleum ASA" a place, "Marlow Electric" a person)
  CHECK(typed_spans(d, spans, true) ==
        "Kvarsten Petroleum ASA/ORG/2 Tomas Berg Oyj/ORG/2 Marlow Electric/ORG/2 Dalby Mining Bhd/ORG/2 ");
  // a partnership's dotted letters after the comma are no name of their own (before: "L.P./ORG/0", which a tagger
  // made a place)
  CHECK(rule_types("Crown Halvex Partners, L.P. was a traded partnership. Orrin Capital, L.L.C. said so.") ==
        "Crown Halvex Partners/ORG/2 Orrin Capital/ORG/2 ");
}

TEST_CASE("entities: a post or a part of a body, then 'of', then a name: the body ('head of Alameda Research')") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans = rule_spans(
      d, f,
      "Ada Voss, the former head of Alameda Research, testified. The son of Tomas Berg spoke for a unit of Kelvar.");
  CHECK(typed_spans(d, spans, true) ==
        "Ada Voss/PERSON/1 Alameda Research/ORG/1 Tomas Berg/PERSON/1 Kelvar/ORG/1 ");  // before: ORG/0, ORG/0
}

TEST_CASE("entities: a place and a capitalised plural name a team ('the Chicago Bulls'), not a first name's") {
  Document d;
  TokenFeatures f;
  const std::vector<NameSpan> spans =
      rule_spans(d, f, "He played for the Chicago Bulls and the Halvard Rovers, then coached Tyler Lewis.");
  // ("Rovers" closes a club's name anywhere: a cue, not a guess)
  CHECK(typed_spans(d, spans, true) == "Chicago Bulls/ORG/1 Halvard Rovers/ORG/1 Tyler Lewis/PERSON/1 ");
}

TEST_CASE("entities: wire datelines with a state or country, and the story after the wire's dash") {
  const Document d = analyse(
      "NAIROBI, Kenya (AP) \xE2\x80\x94 Talks stalled.\n\nLONDON, June 12 (Reuters) - Officials said the plan "
      "would work.");
  check_invariants(d);
  CHECK(has_mention(d, "NAIROBI", EntityType::Loc));  // before: an organisation (or a person)
  CHECK(has_mention(d, "Kenya", EntityType::Loc));    // before: an organisation, "AP" its short form
  CHECK(canonical(d, "AP") == "AP");
  CHECK(!any_mention(d, "Officials"));                 // before: a person ("Officials said")
}

TEST_CASE("entities: a dateline that only a dash ends ('SPRINGFIELD, Ill. â', 'NEW YORK â')") {
  // before: with no agency's bracket, no date, the city and its state were shape-only guesses (organisations)
  CHECK(rule_types("SPRINGFIELD, Ill. \xE2\x80\x94 Mayor Ada Voss on Thursday defended her budget.")
            .find("SPRINGFIELD/LOC/1 Ill/LOC/1") == 0);
  CHECK(rule_types("KELBY, Tessaly - Officials said the bridge would reopen.").find("KELBY/LOC/1") == 0);
  // a city alone before the dash is a dateline only where the place lists know it
  CHECK(rule_types("NEW YORK \xE2\x80\x94 Stocks rose on Friday.") == "NEW YORK/LOC/1 ");
  CHECK(rule_types("ORLINDE \xE2\x80\x94 The firm said profits rose.").find("/LOC/") == std::string::npos);
}

TEST_CASE("entities: the wire in a dateline's brackets is an organisation, known to the lists or not ('(Bernama)')") {
  // before: a shape-only guess, which the tagger, reading a dateline, made a place
  CHECK(rule_types("KUALA LUMPUR (Bernama) -- The ringgit rose.") == "KUALA LUMPUR/LOC/1 Bernama/ORG/1 ");
  const Document d = analyse("MUNICH, Germany (Lede) - Harry Kane scored twice as Bayern beat Dortmund 3-1.");
  check_invariants(d);
  CHECK(has_mention(d, "Lede", EntityType::Org));
  // a country in brackets after a name is no wire's, nor a word in brackets in a sentence in capitals
  CHECK(rule_types("Ada Kest (Tessaly) won the race.").find("Tessaly/ORG/1") == std::string::npos);
  CHECK(rule_types("LET AGGRESSIVE (AMERICAN) LEADERS KNOW IT.").find("AMERICAN/ORG/1") == std::string::npos);
  // nor is a line of names in capitals before a comma and a dash a dateline
  CHECK(rule_types("THANKS!\nADA KEST RICHARDSON KELVAR NET WORKS, LLC - GLOBAL CONTRACTS").find("/LOC/1") ==
        std::string::npos);
}

TEST_CASE("entities: sentence-initial words need evidence to be names") {
  const Document d = analyse(
      "Talks resumed in Cairo. Under the deal, hostages go home. Witkoff arrived late. Later, Steve Witkoff left.");
  check_invariants(d);
  CHECK(!any_mention(d, "Talks"));
  CHECK(!any_mention(d, "Under"));
  CHECK(!any_mention(d, "Later"));
  CHECK(has_mention(d, "Witkoff", EntityType::Person));  // not a word, so a name even at a sentence start
  CHECK(canonical(d, "Witkoff") == "Steve Witkoff");
  CHECK(has_mention(d, "Cairo", EntityType::Loc));
}

TEST_CASE("entities: cues type unknown names") {
  const Document d = analyse(
      "The Zorblatt administration denied it. Officials in Quxville said Mr Vandermolen would visit the town of "
      "Plimsby. Zorblatt said he agreed.");
  check_invariants(d);
  CHECK(has_mention(d, "Zorblatt", EntityType::Person));  // "X administration" and "X said"
  const Entity* e_zorblatt = entity_of(d, "Zorblatt");
  REQUIRE(e_zorblatt != nullptr);
  CHECK(e_zorblatt->mentions.size() == 2);
  CHECK(has_mention(d, "Quxville", EntityType::Loc));   // "in X"
  CHECK(has_mention(d, "Vandermolen", EntityType::Person));  // "Mr X"
  CHECK(has_mention(d, "Plimsby", EntityType::Loc));    // "the town of X"
}

TEST_CASE("entities: no names in plain lower-case or number-only text") {
  const Document d = analyse("no punctuation at all just words and 1,000 more words 3.5 percent");
  CHECK(d.mentions.empty());
  CHECK(d.entities.empty());
}

LEDE_SHARED_TEST_CASE("entities: seed 002 — every surname repeat is linked to its full name") {
  const Document d = analyse(lede::test::seed("002"));
  check_invariants(d);
  CHECK(canonical(d, "Netanyahu") == "Benjamin Netanyahu");
  CHECK(canonical(d, "Witkoff") == "Steve Witkoff");
  CHECK(canonical(d, "Trump") == "Donald Trump");
  CHECK(canonical(d, "Hanna") == "Mike Hanna");
  CHECK(canonical(d, "Odeh") == "Nour Odeh");
  CHECK(canonical(d, "Sheline") == "Annelle Sheline");
  for (const char* surname : {"Netanyahu", "Witkoff", "Trump", "Hanna", "Odeh", "Sheline"}) {
    const Entity* e = entity_of(d, surname);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Person);
    CHECK(e->mentions.size() >= 2);
  }
  CHECK(has_mention(d, "Hamas", EntityType::Org));
  CHECK(has_mention(d, "Quincy Institute", EntityType::Org));
  CHECK(has_mention(d, "Al Jazeera", EntityType::Org));
  // The seeds' gold accepts the White House as organisation or place; the news corpora call it a place.
  CHECK((has_mention(d, "White House", EntityType::Org) || has_mention(d, "White House", EntityType::Loc)));
  CHECK(has_mention(d, "Gaza", EntityType::Loc));
  CHECK(has_mention(d, "Israel", EntityType::Loc));
  CHECK(has_mention(d, "Doha", EntityType::Loc));
  CHECK(has_mention(d, "Israel Katz", EntityType::Person));
  const Entity* e_gaza = entity_of(d, "Gaza");
  REQUIRE(e_gaza != nullptr);
  CHECK(e_gaza->mentions.size() >= 10);
}

LEDE_SHARED_TEST_CASE("entities: seed 000 — people, parties and places") {
  const Document d = analyse(lede::test::seed("000"));
  check_invariants(d);
  CHECK(canonical(d, "Netanyahu") == "Benjamin Netanyahu");
  CHECK(canonical(d, "Witkoff") == "Steve Witkoff");
  CHECK(has_mention(d, "Trump", EntityType::Person));  // "the Trump administration"
  CHECK(has_mention(d, "Bezalel Smotrich", EntityType::Person));
  CHECK(has_mention(d, "Hamas", EntityType::Org));
  CHECK(has_mention(d, "Gaza Health Ministry", EntityType::Org));
  CHECK(has_mention(d, "Netzarim Corridor", EntityType::Loc));
  CHECK(has_mention(d, "Gaza Strip", EntityType::Loc));
  CHECK(has_mention(d, "Saudi Arabia", EntityType::Loc));
  CHECK(has_mention(d, "Middle East", EntityType::Loc));
  CHECK(!any_mention(d, "The Trump"));
}

LEDE_SHARED_TEST_CASE("entities: every seed analyses with consistent layers") {
  for (const char* id : {"000", "001", "002", "003", "004"}) {
    const Document d = analyse(lede::test::seed(id));
    check_invariants(d);
    CHECK(!d.entities.empty());
  }
}

TEST_CASE("entities: walls of capitals and names stay linear and bounded") {
  std::string wall;
  for (int i = 0; i < 40000; ++i) wall += (i % 3 == 0) ? "Ministry " : (i % 3 == 1 ? "John " : "Al-Sheikh ");
  const Document d = analyse(wall);
  check_invariants(d);
  CHECK(!d.mentions.empty());
  std::string shout;
  for (int i = 0; i < 20000; ++i) shout += "RELEASE THE HOSTAGES ";
  const Document s = analyse(shout);
  check_invariants(s);
}

TEST_CASE("entities: a headline in title case is read like sentence starts") {
  const Document d = analyse(
      "Trump Meets Netanyahu As Talks Resume In Doha\n\nDonald Trump met Benjamin Netanyahu on Monday.");
  check_invariants(d);
  CHECK(!any_mention(d, "Trump Meets Netanyahu"));
  CHECK(!any_mention(d, "Talks"));
  CHECK(!any_mention(d, "Talks Resume"));
  CHECK(has_mention(d, "Netanyahu", EntityType::Person));
  CHECK(canonical(d, "Trump") == "Donald Trump");
  CHECK(has_mention(d, "Doha", EntityType::Loc));
}

TEST_CASE("entities: names inside names are extra mentions of their own entities") {
  const Document d = analyse(
      "She studied at the University of Texas Arlington. The Andy Warhol Foundation gave 100 prints. "
      "Andy Warhol took them. The match was at the Volgograd Arena in Russia.");
  check_invariants(d);
  auto inner = [&](const std::string& text, EntityType type) {
    for (const Mention& m : d.inner_mentions)
      if (d.slice(m.span) == text && m.type == type) return true;
    return false;
  };
  CHECK(has_mention(d, "University of Texas Arlington", EntityType::Org));
  CHECK(inner("Texas", EntityType::Loc));
  CHECK(inner("Arlington", EntityType::Loc));
  CHECK(inner("Volgograd", EntityType::Loc));
  REQUIRE(inner("Andy Warhol", EntityType::Person));
  // the person named in the foundation is the person named on their own
  const Entity* warhol = entity_of(d, "Andy Warhol");
  REQUIRE(warhol != nullptr);
  CHECK(warhol->inner_mentions.size() == 1);
  for (const Mention& m : d.inner_mentions) {
    REQUIRE(m.entity >= 0);
    REQUIRE(size_t(m.entity) < d.entities.size());
  }
  // a first name and a nationality open no person's name ("Royal" is a first name too)
  const Document academy = analyse("He studied at the Royal Danish Academy of Music in Copenhagen.");
  CHECK(academy.inner_mentions.empty());
  // nor a compass word ("West" is a first name too): before, "West Kelmshire" was a person inside the force
  const Document force = analyse("A spokesman for West Kelmshire Police said two men were held.");
  for (const Mention& m : force.inner_mentions) CHECK(m.type != EntityType::Person);
}

TEST_CASE("entities: a city that is someone's surname, occupations, pro- prefixes") {
  const Document d = analyse(
      "Odile Lyon, a French nurse, has filed a complaint. Lyon was born in Belgium. Later, Lyon "
      "left the clinic and moved to Lyon. The show features sketches by fashion designer Ravelli. "
      "The pro-Moscow camp won, and Tomas Herrera replaced Ivo Brandl.");
  check_invariants(d);
  CHECK(canonical(d, "Lyon") == "Odile Lyon");  // "Lyon was born", "Lyon left"
  CHECK(has_mention(d, "Ravelli", EntityType::Person));
  CHECK(has_mention(d, "Tomas Herrera", EntityType::Person));
  CHECK_FALSE(any_mention(d, "Moscow"));
  // the town of an address stays the town (before: "for Washington, D.C." joined "George Washington")
  const Document a = analyse("George Washington asked Ivo Marsk to design the capital. Marsk drew the plan for "
                             "Washington, D.C. in 1791. Ada Leeds later visited Leeds, England.");
  check_invariants(a);
  CHECK(canonical(a, "Washington") == "Washington");
  CHECK(has_mention(a, "Washington", EntityType::Loc));
  CHECK(canonical(a, "Leeds") == "Leeds");
  CHECK(has_mention(a, "Leeds", EntityType::Loc));
  // nor the surname of a headline's guess that opens on a dictionary's word (before: "Key Mumbai" a person, and
  // "Mumbai" below its surname)
  const Document h = analyse("Key Mumbai bomb suspect held\nPolice in the Indian city Mumbai say they have "
                             "arrested a man. Mumbai police chief Ivo Marsk named him.");
  check_invariants(h);
  CHECK(mentions_naming(h, {"Mumbai"}, typed_entity(h, "Mumbai", EntityType::Loc)) == 2);
  // a town's or region's name that is the first name of the one person named in full with it is that person,
  // where no context makes it the place (before: every "Isabel" alone a place, a list's)
  const Document f = analyse("I'm Tomas Berg, and this is Isabel Varga. Isabel and I met in college. I wanted to "
                             "work with Isabel on games.");
  check_invariants(f);
  CHECK(mentions_naming(f, {"Isabel"}, typed_entity(f, "Isabel Varga", EntityType::Person)) == 2);
  const Document p = analyse("Isabel Varga and I met in college. We held our first fair in Isabel in 2019.");
  CHECK(has_mention(p, "Isabel", EntityType::Loc));  // "in Isabel": the place
}

TEST_CASE("entities: datelines, kinds of place after a name, organisation descriptors") {
  const Document d = analyse(
      "HALVARD, March 4 (Lede Wire) — Dockworkers walked out after the Sarn river burst its banks.\n\n"
      "The Halvard Chamber of Commerce estimated losses. Farmers’ association Agrivalle estimated the damage.");
  check_invariants(d);
  CHECK(has_mention(d, "HALVARD", EntityType::Loc));
  CHECK(has_mention(d, "Sarn", EntityType::Loc));
  CHECK(has_mention(d, "Halvard Chamber of Commerce", EntityType::Org));
  CHECK(has_mention(d, "Agrivalle", EntityType::Org));
  CHECK_FALSE(any_mention(d, "Dockworkers"));

  const Document ap = analyse(
      "WASHINGTON (AP) — The Federal Reserve held rates. Sen. Elizabeth Warren, a Massachusetts Democrat, "
      "spoke to Bloomberg Businessweek. Labour has a plan, said Goldman Sachs economists.");
  check_invariants(ap);
  CHECK(has_mention(ap, "WASHINGTON", EntityType::Loc));
  CHECK(has_mention(ap, "AP", EntityType::Org));
  CHECK(canonical(ap, "AP") == "AP");  // the agency, not a short form of the dateline
  CHECK(has_mention(ap, "Massachusetts", EntityType::Loc));
  CHECK(has_mention(ap, "Bloomberg Businessweek", EntityType::Org));
  CHECK(has_mention(ap, "Labour", EntityType::Org));
  CHECK(has_mention(ap, "Goldman Sachs", EntityType::Org));

  // a place in capitals, then only a date on its line (no comma, no agency), as some wires file them
  for (const char* line : {"BRENTWICK 1996-08-30", "BRENTWICK 30 Aug 1996", "PORT AMERY 1996-08-30"}) {
    const Document w = analyse(std::string("HARBOUR TALKS STALL\n\n") + line +
                               "\n\nDockworkers walked out on Monday after talks stalled.");
    check_invariants(w);
    const std::string place = std::string(line).substr(0, std::string(line).find(line[0] == 'P' ? " 1" : " "));
    CHECK_MESSAGE(has_mention(w, place, EntityType::Loc), line);
  }
  // a line that goes on after the number is no dateline: the rules guess an organisation, as for any one word
  // in capitals (the rules alone: the combination may type it from context)
  set_entity_source(EntitySource::Rules);
  const Document no = analyse("KENDRICK 2 Ashby 0 and more words after the score line.");
  set_entity_source(EntitySource::Combined);
  CHECK(has_mention(no, "KENDRICK", EntityType::Org));
}

TEST_CASE("entities: a description links to the person it stands for, when the text agrees") {
  const Document d = analyse(
      "Kenyan President Amina Odhiambo said the reform would resume. The Kenyan leader has faced "
      "pressure from unions. US envoy Martin Hale met her. Hale reportedly told the Kenyan "
      "president that Washington expected a deal. Later the US president spoke.");
  check_invariants(d);
  std::vector<const Mention*> aliases;
  for (const Mention& m : d.mentions)
    if (m.is_alias) aliases.push_back(&m);
  REQUIRE(aliases.size() == 2);
  CHECK(d.slice(aliases[0]->span) == "The Kenyan leader");
  CHECK(d.slice(aliases[1]->span) == "the Kenyan president");  // role and nationality agree
  for (const Mention* a : aliases) {
    REQUIRE(a->entity >= 0);
    CHECK(d.entities[size_t(a->entity)].canonical == "Amina Odhiambo");
  }
  CHECK(has_mention(d, "US", EntityType::Loc));  // "the US president": the place stays, no alias over it
}

// Each description linked to a person, as "description -> canonical name".
static std::vector<std::string> linked_aliases(const Document& d) {
  std::vector<std::string> linked;
  for (const Mention& m : d.mentions)
    if (m.is_alias) linked.push_back(std::string(d.slice(m.span)) + " -> " + d.entities[size_t(m.entity)].canonical);
  return linked;
}

TEST_CASE("entities: a description of a class or a predicate links to no one (a wrong link is worse than none)") {
  // "the first African leader" is said of the visitor, not of the host named just before it.
  const Document d = analyse(
      "Kenyan President Amina Odhiambo arrived in London. Later on Friday, Odhiambo is due "
      "to meet with Prime Minister Martin Hale, making her the first African leader to visit this year. "
      "Hale is the prime minister who invited her. The youngest minister stayed home. The Kenyan leader spoke.");
  check_invariants(d);
  const std::vector<std::string> linked = linked_aliases(d);
  REQUIRE(linked.size() == 1);
  CHECK(linked[0] == "The Kenyan leader -> Amina Odhiambo");  // an ordinary back-reference still links
}

// Round 49: once "2nd DAY" was no age (numbers.cpp), the rules read the capitalised "DAY" as a name of its own.
TEST_CASE("entities: the time unit an ordinal counts is no name ('the 2nd DAY of 2015', 'First Day of Autumn')") {
  // (the rules' spans, which the tagger reads: a change there retrains the model)
  CHECK(rule_types("WHEN YOU REALIZE IT'S THE 2nd DAY Of 2015 and the fandom is slaying.").find("DAY") ==
        std::string::npos);
  CHECK(rule_types("The First Day of Autumn fair opens.").find("Day/") == std::string::npos);
}

// Round 49: a name in capitals above "the U.S. Senate", keyed "United States Senate" (a string of its own, not a
// slice of the text), read the key as a slice of the folded text: out of bounds (AddressSanitizer; a crash on a
// training text in capitals).
TEST_CASE("entities: a key with its country written out beside names in capitals is no slice of the text") {
  for (const EntitySource source : {EntitySource::Combined, EntitySource::Rules}) {
    set_entity_source(source);
    const Document d = analyse("KELBY HARBOUR TRUSTS\n\nThe U.S. Senate voted. Kelby Harbour Trusts said no.\n");
    check_invariants(d);
    CHECK(has_mention(d, "U.S. Senate", EntityType::Org));
  }
  set_entity_source(EntitySource::Combined);
}

// Round 49: "The Kelby-based startup" was a person (the tagger's; entity_subjects.h, type_compound_places).
TEST_CASE("entities: an unknown name before '-based' is a place") {
  const Document d = analyse("The Kelby-based startup was founded by Priya Raman in 2016.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelby", EntityType::Loc));
}

// Round 49: "The city's mayor, Ana Lund, said" linked the description to the mayor named a paragraph before.
TEST_CASE("entities: a description with a person's name in apposition after its comma links to no one before") {
  const Document d = analyse("Mayor Andy Kest called the attack \"shocking\".\n\nThe city's mayor, Ana Lund, said the "
                             "plan was \"a disgrace\".\n\nThe city's mayor said more.");
  check_invariants(d);
  const std::vector<std::string> linked = linked_aliases(d);
  REQUIRE(linked.size() == 1);
  CHECK(linked[0] == "The city's mayor -> Ana Lund");  // the last description: the last mayor named
}

TEST_CASE("entities: organisations named with 'of' and 'and', hyphenated titles") {
  const Document d = analyse(
      "A spokesperson for Qatar's Ministry of Foreign Affairs said talks went well. The United Nations Relief "
      "and Works Agency (UNRWA) said 1.7 million people had fled. UN Secretary-General Antonio Guterres "
      "agreed. Israel and Hamas traded blame.");
  check_invariants(d);
  CHECK(has_mention(d, "Ministry of Foreign Affairs", EntityType::Org));
  CHECK(has_mention(d, "United Nations Relief and Works Agency", EntityType::Org));
  CHECK(canonical(d, "UNRWA") == "United Nations Relief and Works Agency");
  CHECK(has_mention(d, "Antonio Guterres", EntityType::Person));
  CHECK(has_mention(d, "Israel", EntityType::Loc));  // "Israel and Hamas" stay two
  const Document p = analyse("He joined the Korean People’s Army in May, then New People's Party. Israel’s army said so.");
  check_invariants(p);
  CHECK(has_mention(p, "Korean People’s Army", EntityType::Org));
  CHECK(has_mention(p, "New People's Party", EntityType::Org));
  CHECK(has_mention(p, "Israel", EntityType::Loc));  // an ordinary possessive stays outside
  CHECK(has_mention(d, "Hamas", EntityType::Org));
}

TEST_CASE("entities: an organisation without its generic last word is the same organisation") {
  const Document d = analyse(
      "The governing Civic Alliance finished ahead of the Green Renewal Party on Thursday. Green Renewal took 24 "
      "seats. The Coastal Transport Workers’ Union said its members would strike. Ford Motors Co. posted a "
      "profit. Ford says it made money.");
  check_invariants(d);
  CHECK(canonical(d, "Green Renewal") == "Green Renewal Party");
  CHECK(has_mention(d, "Coastal Transport Workers’ Union", EntityType::Org));
  CHECK(has_mention(d, "Ford", EntityType::Org));  // the firm's first word, still the firm
  // round 49: a body's name that ends on a body's word is no short form of a longer one (before: the railway's
  // canonical name was the society's)
  const Document r = analyse("The Orrin Valley Railway is run by volunteers of the Orrin Valley Railway Society. The "
                             "Green Renewal Party won. Green Renewal took 24 seats.");
  check_invariants(r);
  CHECK(canonical(r, "Orrin Valley Railway") == "Orrin Valley Railway");
  CHECK(canonical(r, "Green Renewal") == "Green Renewal Party");
  // a firm's legal or generic ending dropped is the same firm, a body's word before it or not
  const Document t = analyse("The Halvex Trust Company said profits rose. The Halvex Trust has 40 branches.");
  check_invariants(t);
  CHECK(canonical(t, "Halvex Trust") == "Halvex Trust Company");
}

TEST_CASE("entities: a numbered unit is one organisation and its ordinal no figure") {
  const Document d = analyse(
      "Troops of the 101st Mountain Division and the 14th Brigade arrived, as the 31st Harbour Jazz Festival opened.");
  check_invariants(d);
  CHECK(has_mention(d, "101st Mountain Division", EntityType::Org));
  CHECK(has_mention(d, "14th Brigade", EntityType::Org));
  bool edition = false;
  for (const NumberMention& n : d.numbers) {
    CHECK(d.slice(n.span) != "101st");
    CHECK(d.slice(n.span) != "14th");
    if (d.slice(n.span) == "31st") edition = d.str(n.normalized) == "31st";
  }
  CHECK(edition);  // an edition stays an ordinal, with its own suffix
}

TEST_CASE("entities: credits, followers, plural compounds, a person named after an organisation") {
  const Document d = analyse(
      "A view of the harbour at dawn. Image: Tavrovsky.\n\nOdile Lyon, a former Calvinist, spoke. "
      "Cheerful Lifeguards wave from the pier. Head of the Housing Trust Tomasz Brik told Radio North the plan "
      "would fail, and President Maria Santos posted on her @SANTOSPH account.");
  check_invariants(d);
  CHECK(has_mention(d, "Tavrovsky", EntityType::Person));
  CHECK(has_mention(d, "Calvinist", EntityType::Group));
  CHECK_FALSE(any_mention(d, "Lifeguards"));
  CHECK(has_mention(d, "Housing Trust", EntityType::Org));
  CHECK(has_mention(d, "Tomasz Brik", EntityType::Person));
  CHECK_FALSE(any_mention(d, "SANTOSPH"));
}

TEST_CASE("entities: a middle initial stays inside the name") {
  // Before, the rules' run stopped at the initial's full stop: "George W" a person and "Bush" a place.
  const Document d = analyse(
      "President George W. Bush met J. K. Rowling and Frederick H. Buck in London. Bush said the talks went "
      "well. The annex is in Section B. The rest followed on Monday.");
  check_invariants(d);
  CHECK(has_mention(d, "George W. Bush", EntityType::Person));
  CHECK(has_mention(d, "J. K. Rowling", EntityType::Person));
  CHECK(has_mention(d, "Frederick H. Buck", EntityType::Person));
  CHECK(canonical(d, "Bush") == "George W. Bush");
  CHECK(!any_mention(d, "George W"));
  CHECK(!any_mention(d, "Section B. The"));  // a function word after the full stop starts a sentence
}

TEST_CASE("entities: a title word after a first name is a surname, a first name ending in s no plural") {
  // Before: "Stephen King" was cut at the title word ("Stephen" alone), and "Tom James" lost "James" as the
  // plural of a product name ("Jame").
  const Document d = analyse(
      "Stephen King wrote the book. Larry King interviewed him. Martin Luther King Jr. spoke in Memphis. Fans "
      "cheered as Tom James scored. Chrysler Chief Executive Bob Nardelli left.");
  check_invariants(d);
  CHECK(has_mention(d, "Stephen King", EntityType::Person));
  CHECK(has_mention(d, "Larry King", EntityType::Person));
  CHECK(any_mention(d, "Martin Luther King Jr."));
  CHECK(has_mention(d, "Tom James", EntityType::Person));
  CHECK(!any_mention(d, "Chrysler Chief"));  // a title before a name stays a title
}

TEST_CASE("entities: a title before a name, a party and state, a first name that is a month's short form") {
  const Document d = analyse(
      "CNN asked Sen. Mitch McConnell, R-Ky., about it. Rep. Nancy Pelosi (D-Calif.) declined. Goldman Sachs "
      "analyst Jan Hatzius cut his forecast. On Jan. 6 the talks resumed.");
  check_invariants(d);
  CHECK(has_mention(d, "Mitch McConnell", EntityType::Person));
  CHECK(!any_mention(d, "Sen"));
  CHECK(!any_mention(d, "R-Ky"));
  CHECK(!any_mention(d, "D-Calif"));
  CHECK(has_mention(d, "Jan Hatzius", EntityType::Person));
  CHECK(!any_mention(d, "Jan"));
}

TEST_CASE("entities: storms and ships are no persons; 'the Netanyahu government' names a person") {
  const Document d = analyse(
      "Hurricane Ian hit Florida. Residents fled as Typhoon Haiyan approached. Tropical Storm Alberto weakened. "
      "The Pentagon said the USS Carney shot down drones. The Netanyahu government faced protests.");
  check_invariants(d);
  CHECK(!any_mention(d, "Ian"));
  CHECK(!any_mention(d, "Typhoon Haiyan"));
  CHECK(!any_mention(d, "Haiyan"));
  CHECK(!any_mention(d, "Storm Alberto"));
  CHECK(!any_mention(d, "USS Carney"));
  CHECK(!any_mention(d, "Carney"));
  CHECK(has_mention(d, "Florida", EntityType::Loc));
  CHECK(has_mention(d, "Netanyahu", EntityType::Person));
}

TEST_CASE("entities: an acronym that opens a longer name is another body; a plural title opens names") {
  const Document d = analyse(
      "The U.N. Security Council met on Friday. U.N. spokesman Stephane Dujarric spoke. IBM Corp. said profit "
      "rose. IBM shares fell. Sotomayor dissented, joined by Justices Elena Kagan and Ketanji Brown Jackson. The "
      "United States abstained.");
  check_invariants(d);
  CHECK(canonical(d, "U.N.") != "U.N. Security Council");  // the parent body, not the council
  CHECK(canonical(d, "IBM") == "IBM Corp.");  // the company's full name, its abbreviation's stop included
  CHECK(has_mention(d, "Elena Kagan", EntityType::Person));
  CHECK(!any_mention(d, "Justices"));
  CHECK(!any_mention(d, "Justices Elena Kagan"));
  CHECK(has_mention(d, "United States", EntityType::Loc));
}

TEST_CASE("entities: two titles before a name ('Former US President …'); a title after an organisation") {
  const Document d = analyse(
      "Former US President Barack Obama endorsed her. Bank of England Governor Andrew Bailey warned of "
      "inflation.");
  check_invariants(d);
  CHECK(has_mention(d, "Barack Obama", EntityType::Person));
  CHECK(!any_mention(d, "US President Barack Obama"));
  CHECK(has_mention(d, "Bank of England", EntityType::Org));
  CHECK(!any_mention(d, "Bank of England Governor"));
  CHECK(has_mention(d, "Andrew Bailey", EntityType::Person));
}

TEST_CASE("entities: a carmaker's model named after it leaves the carmaker a company (no person 'Brennan Falcon')") {
  const Document d = analyse(
      "The British carmaker Brennan, hit hard by falling sales, said on Tuesday that it would cut 2,000 jobs. "
      "Brennan will also stop making the Brennan Falcon. A spokesman for Brennan said the plan was final.");
  check_invariants(d);
  CHECK(has_mention(d, "Brennan", EntityType::Org));
  CHECK(!has_mention(d, "Brennan", EntityType::Person));
  CHECK(!any_mention(d, "Brennan Falcon"));
  CHECK(canonical(d, "Brennan") == "Brennan");
}

TEST_CASE("entities: an appositive that calls a name a company types it ('Halvard, a Seattle-based retailer,')") {
  const Document d = analyse(
      "Halvard, a Seattle-based online retailer, said sales rose. Marden, the bank that owns the stadium, declined "
      "to comment. Opel, a company spokesman said, will not comment. Jones, a firm believer in markets, spoke. "
      "Kelvar, Norway's largest shipping company, said profits rose.");
  check_invariants(d);
  CHECK(has_mention(d, "Halvard", EntityType::Org));
  CHECK(has_mention(d, "Marden", EntityType::Org));
  CHECK(has_mention(d, "Kelvar", EntityType::Org));  // a name's possessive opens the phrase instead of an article
  CHECK(!has_mention(d, "Jones", EntityType::Org));  // "firm" only modifies "believer"
}

TEST_CASE("entities: a processor, a distributor, a wholesaler is a firm ('fish processor Tessvik said')") {
  // before: a person (a trade noun before a name that says something), and "TESSVIK" above it too
  CHECK(rule_types("Norwegian fish processor Tessvik said on Monday it would buy a rival.") ==
        "Norwegian/GROUP/2 Tessvik/ORG/1 ");
  CHECK(rule_types("Orrin, a food distributor based in Leeds, said sales rose.") == "Orrin/ORG/1 Leeds/LOC/2 ");
}

TEST_CASE("entities: the appositive's head goes on with a verb's -ing form ('Unifor, the union representing …')") {
  // (what the body or the person does follows the head; a noun so formed, "the company building", does not)
  CHECK(rule_types("Unifor, the union representing autoworkers, called it a betrayal.") == "Unifor/ORG/1 ");
  CHECK(rule_types("He met Vendrel, a lawyer representing the family, on Monday.") == "Vendrel/PERSON/1 ");
  CHECK(rule_types("Tarsa, a firm making valves, said sales rose.") == "Tarsa/ORG/1 ");
  const Document d = analyse("Unifor, the union representing Canadian autoworkers, called the decision a betrayal.");
  check_invariants(d);
  CHECK(has_mention(d, "Unifor", EntityType::Org));
}

TEST_CASE("entities: an appositive may open with the body's own possessive ('Velsa, its mobile unit,')") {
  CHECK(rule_types("Velsa, its mobile unit, said output rose.") == "Velsa/ORG/1 ");
  CHECK(rule_types("Norvik, its joint venture with Statoil, said output rose.").rfind("Norvik/ORG/1 ", 0) == 0);
  // an office or a service heads the phrase as a body's word ("Eurostat, the EU statistics office,")
  CHECK(rule_types("Velsa, the national statistics office, said prices fell.") == "Velsa/ORG/1 ");
  CHECK(rule_types("Meteo, the weather service of the observatory, warned of winds.") == "Meteo/ORG/1 ");
  // a consortium or a cartel is a body too ("Orrin Kelby, a consortium of banks,")
  CHECK(rule_types("Orrin Kelby, a consortium of banks, bid for the line.") == "Orrin Kelby/ORG/1 ");
  // or with a titled person's possessive: "Fidesz, Prime Minister Viktor Orbán's party,"
  CHECK(rule_types("Velsa, Prime Minister Ada Kest's party, said so.").rfind("Velsa/ORG/1 ", 0) == 0);
}

TEST_CASE("entities: a leader's seat that speaks is the seat, as the Kremlin is ('the Chancellery said')") {
  CHECK(rule_types("Berlin and Beijing signed 20 agreements, the Chancellery said.") ==
        "Berlin/LOC/2 Beijing/LOC/2 Chancellery/LOC/2 ");
  const Document d = analyse("Berlin and Beijing signed 20 agreements, the Chancellery said on Friday.");
  CHECK(!has_mention(d, "Chancellery", EntityType::Person));  // before: the tagger's person
}

TEST_CASE("entities: a laboratory is a body, as laboratories are ('the Jet Propulsion Laboratory')") {
  CHECK(rule_types("said Katie Morgan of the Jet Propulsion Laboratory in Pasadena.") ==
        "Katie Morgan/PERSON/1 Jet Propulsion Laboratory/ORG/2 Pasadena/LOC/2 ");
  const Document d = analyse("\"This is the most exciting rock,\" said Katie Stack Morgan of NASA's Jet Propulsion "
                             "Laboratory in Pasadena, California.");
  check_invariants(d);
  CHECK(has_mention(d, "Jet Propulsion Laboratory", EntityType::Org));
}

TEST_CASE("entities: a firm after a route's 'from' is the seller, not a stop ('buses from Volvo')") {
  CHECK(rule_types("The city should buy electric buses from Volvo.") == "Volvo/ORG/0 ");
  CHECK(rule_types("Ferries from Calais resumed.") == "Calais/LOC/1 ");
}

TEST_CASE("entities: a country's letters before a dollar sign name the currency ('US$700 billion', 'NZ $ 26 m')") {
  const Document d = analyse("The fund holds US$700 billion, NZ $ 26 million and HK$5 in cash. The US and NZ agreed.");
  check_invariants(d);
  int us = 0;
  for (const Mention& m : d.mentions) us += d.slice(m.span) == "US" || d.slice(m.span) == "NZ" ? 1 : 0;
  CHECK(us == 2);  // only "The US and NZ agreed"
  CHECK(!any_mention(d, "HK"));
}

TEST_CASE("entities: names in a list of three with a known company are companies; two names joined by 'and' are not") {
  const Document d = analyse(
      "The three carmakers, Brindle, Marsk, and General Motors, cut jobs. Brindle said sales fell. Marsk agreed.");
  check_invariants(d);
  CHECK(has_mention(d, "Brindle", EntityType::Org));
  CHECK(has_mention(d, "Marsk", EntityType::Org));
  CHECK(has_mention(d, "General Motors", EntityType::Org));
  // Two names joined by "and" make no list: the unknown word stays a shape guess (strength 0), whose type is the
  // tagger's to give (it varies from one training to the next), not an organisation by context (strength 1)
  Document t;
  TokenFeatures f;
  std::vector<NameSpan> spans =
      rule_spans(t, f, "After outreach from Google and Tamsin was invited to visit, Tamsin smiled.");
  type_coordinated_names(t, f, spans);
  CHECK(typed_spans(t, spans, true) == "Google/ORG/2 Tamsin/ORG/0 Tamsin/ORG/0 ");
}

TEST_CASE("entities: in a sports report a town that plays is a team, one where play happens stays a place") {
  const Document d = analyse(
      "SOCCER - LEAGUE RESULTS .\n\nLONDON 1996-08-31\n\nResults of league soccer matches on Saturday :\n\n"
      "Arsenal 2 Leeds 0\n\nBlackburn 1 Coventry 1\n\nNewcastle 2 Southampton 1\n\n"
      "The match in Coventry drew a crowd; the referee and both goalkeepers came from Manchester and Leeds "
      "scored first in the league.");
  check_invariants(d);
  CHECK(has_mention(d, "Blackburn", EntityType::Org));
  CHECK(has_mention(d, "Newcastle", EntityType::Org));
  CHECK(has_mention(d, "LONDON", EntityType::Loc));  // the dateline
  CHECK(has_mention(d, "Manchester", EntityType::Loc));
}

TEST_CASE("entities: a table of results or standings names teams, apart from the dateline's town of the same name") {
  const Document d = analyse(
      "BASEBALL - RESULTS.\n\nTORONTO 1997-05-11\n\nResults of games on Saturday:\n\nTORONTO 5 Oakland 3\n"
      "Brann 2 (Tomas Berg 10th) Molde 1\nStandings:\nRosenborg 8 6 1 1 20 7 19\nNils Berg 70 68 71 209\n"
      "He lives in Oakland.");
  check_invariants(d);
  CHECK(has_mention(d, "TORONTO", EntityType::Loc));  // the dateline: where the story was filed
  CHECK(has_mention(d, "TORONTO", EntityType::Org));  // the home team
  CHECK(has_mention(d, "Oakland", EntityType::Org));
  CHECK(has_mention(d, "Brann", EntityType::Org));    // before: every side a place
  CHECK(has_mention(d, "Molde", EntityType::Org));
  CHECK(has_mention(d, "Rosenborg", EntityType::Org));
  CHECK(has_mention(d, "Tomas Berg", EntityType::Person));  // a scorer in brackets
  CHECK(has_mention(d, "Nils Berg", EntityType::Person));   // a golfer's row of rounds
  CHECK(has_mention(d, "Oakland", EntityType::Loc));  // "in Oakland": the town, another entity than the team
  // rows of a table that are no results (the slug "BASEBALL -" makes the one above a sports report, where a
  // town that plays is a team anyway)
  const Document m = analyse("Results of trading on Friday:\n\nBrent 20.50 20.75\nTable 2 Figure 3\n");
  CHECK(!has_mention(m, "Brent", EntityType::Org));  // prices: no small whole numbers
  CHECK(!any_mention(m, "Table"));
}

TEST_CASE("entities: a side in a table of results keeps its ordinary words ('Sporting Kelby 0 Halden United 2')") {
  // before: every word of a results line is capitalised, so the line read as a headline in Title Case, whose
  // capitals prove nothing: "Halden United" gave "Halden" and "United" apart, "Sporting Kelby" lost "Sporting"
  const Document d = analyse(
      "SOCCER - TESSALIAN LEAGUE RESULTS.\n\nKELBY 1996-09-01\n\nResults of matches played on Sunday:\n\n"
      "Sporting Kelby 0 Halden United 2\nDalvik Rovers 3 Voss Athletic 1\n\nStandings:\n\n"
      "Halden United 5 4 1 0 12 3 13\n");
  check_invariants(d);
  CHECK(has_mention(d, "Sporting Kelby", EntityType::Org));
  CHECK(has_mention(d, "Halden United", EntityType::Org));
  CHECK(has_mention(d, "Dalvik Rovers", EntityType::Org));
  CHECK(has_mention(d, "Voss Athletic", EntityType::Org));
  CHECK(!has_mention(d, "United", EntityType::Org));
  CHECK(has_mention(d, "KELBY", EntityType::Loc));  // the dateline stays the town
}

TEST_CASE("entities: a summary's results line ends at its full stop; its brackets name the scorers") {
  // before: the line's other sentences ("Halftime 0-1. Attendance 12,400.") hid the results: "Dalvik Rovers" a
  // person, "Ivo Marsk" a firm (guesses the tagger typed), "Sporting Kelby" lost "Sporting"
  const Document d = analyse(
      "Summary of a league match played on Saturday:\n\nDalvik Rovers 2 (Ivo Marsk 81st, 90th) Orrin 1 (Jens Ulf "
      "34th penalty). Halftime 0-1. Attendance 12,400.\nSporting Kelby 0 Voss Athletic 0. Attendance 8,100.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Dalvik Rovers", EntityType::Org));
  CHECK(has_mention(d, "Orrin", EntityType::Org));
  CHECK(has_mention(d, "Sporting Kelby", EntityType::Org));
  CHECK(has_mention(d, "Voss Athletic", EntityType::Org));
  CHECK(has_mention(d, "Ivo Marsk", EntityType::Person));
  CHECK(has_mention(d, "Jens Ulf", EntityType::Person));
}

TEST_CASE("entities: in a sports report, where a player was born or a match is played is a place, not the team") {
  const Document d = analyse(
      "The quarterback scored twice as Texas defeated Oklahoma in the league match at the stadium. The coach said "
      "the defender, born in Houston, Texas, played in Dallas. Ada Voss of the United States beat Lena Varga 6-3.");
  check_invariants(d);
  CHECK(has_mention(d, "Texas", EntityType::Org));   // the team
  CHECK(has_mention(d, "Texas", EntityType::Loc));   // before: the address typed as the team (one entity)
  CHECK(has_mention(d, "Houston", EntityType::Loc));
  CHECK(has_mention(d, "United States", EntityType::Loc));  // before: a side of "beat … 6-3"
  CHECK(has_mention(d, "Ada Voss", EntityType::Person));
}

TEST_CASE("entities: in a sports report a country whose player follows is where the player is from") {
  // before: "Sweden" the team (a country in a sports report plays), though it says where Ivo Marsk comes from
  CHECK(rule_types("TENNIS - MARSK BEATS BERG.\nSTOCKHOLM 1996-10-09\nSweden's Ivo Marsk beat Tomas Berg 6-4 7-5 on "
                   "Wednesday. Germany's second goal came late. Norway's coach was pleased.") ==
        "STOCKHOLM/LOC/1 Sweden/LOC/2 Ivo Marsk/PERSON/1 Tomas Berg/PERSON/1 Germany/ORG/2 Norway/ORG/2 ");
}

TEST_CASE("entities: a preposition of where, a name and a state or country the lists know: a town ('in Mojave, "
          "California')") {
  // before: a shape guess the tagger had to back (a model trained without the text's kind dropped it)
  CHECK(rule_types("The kitplane maker was founded in Mojave, California to market its planes. He moved to "
                   "Brekka, Norway. She sent it to Kest, California's governor.") ==
        "Mojave/LOC/1 California/LOC/2 Brekka/LOC/1 Norway/LOC/2 Kest/PERSON/1 California/LOC/2 ");
}

TEST_CASE("entities: a byline's second reporter is a person, whatever the headline above says ('stake in Halvex')") {
  // before: "Ada Kest" an organisation: the cue of "stake in Halvex" went on over the line's start to the name
  // after "and"
  CHECK(rule_types("Fund sells stake in Halvex\nBy Tomas Berg and Ada Kest\nOSLO - The fund sold shares in Kelvar "
                   "and Orrin Mining.") ==
        "Halvex/ORG/1 Tomas Berg/PERSON/1 Ada Kest/PERSON/1 OSLO/LOC/1 Kelvar/ORG/1 Orrin Mining/ORG/2 ");
}

TEST_CASE("entities: in a report of a team sport, whom a side meets or a player joins from is a side") {
  // before: shape guesses the tagger typed persons ("Brann", "Galatasaray")
  CHECK(rule_types("Molde have signed the striker Kwame Dalvik, a midfielder, who joins from Galatasaray. He will "
                   "make his debut against Brann on Sunday, and the club will host Rosenborg next week. Ivo Marsk "
                   "played against Ada Kest.") ==
        "Molde/ORG/0 Kwame Dalvik/PERSON/1 Galatasaray/ORG/1 Brann/ORG/1 Rosenborg/ORG/1 Ivo Marsk/PERSON/1 "
        "Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: peoples and faiths the country lists lack are groups ('Moslem rebels', 'Hutu', 'Mormon')") {
  // before: shape guesses (a web post's "predominantly Moslem" was a place to the tagger)
  CHECK(rule_types("Moslem rebels attacked a Hutu village, and Tutsi soldiers fled. Mormon leaders met at Southern "
                   "Methodist University.") ==
        "Moslem/GROUP/2 Hutu/GROUP/2 Tutsi/GROUP/2 Mormon/GROUP/2 Southern Methodist University/ORG/2 ");
}

TEST_CASE("entities: a name that ends on an abbreviation keeps its full stop ('Kelvar Inc.', 'Tomas Berg Jr.')") {
  const Document d = analyse(
      "Kelvar Inc. said sales rose at Marden Corp. Tomas Berg Jr. spoke.");
  check_invariants(d);
  CHECK(any_mention(d, "Kelvar Inc."));   // before: "Kelvar Inc", as the tokens split it
  CHECK(any_mention(d, "Marden Corp."));  // the stop that also ends the sentence
  CHECK(any_mention(d, "Tomas Berg Jr."));
  CHECK(!any_mention(d, "spoke."));
}

TEST_CASE("entities: a name before a comma and a country or state is a place ('Ravelby, England, 4 June 1943')") {
  const std::string text =
      "The squadron flew from Ravelby, England, on 4 June and marched to Sandy Crook, Maryland, from where it "
      "left.\n--Tomas, Norway\nKelvar Inc., Norway, said so.";
  // before: an organisation guess (ORG/0) and a person (a first name opens "Sandy Crook"); a reader's signature
  // and a firm with its country stay what they were
  CHECK(rule_types(text) ==
        "Ravelby/LOC/1 England/LOC/2 Sandy Crook/LOC/1 Maryland/LOC/2 Tomas/ORG/0 Norway/LOC/2 Kelvar Inc/ORG/2 "
        "Norway/LOC/2 ");
}

TEST_CASE("entities: an age or an occupation after a name says a person, a kind of place or 'residents of' a place") {
  const std::string text =
      "Later Vendrel, 45, was arrested. Then Kavrin, a lawyer for the family, spoke. Troops entered Tessaly, a "
      "town of 20,000 people, and residents of Ulvang fled. Dalby, a company spokesman, said so.";
  // before: every one an organisation guess (ORG/0); the cue (1) now says what each is
  CHECK(rule_types(text) ==
        "Vendrel/PERSON/1 Kavrin/PERSON/1 Tessaly/LOC/1 Ulvang/LOC/1 Dalby/PERSON/1 ");
  // a preposition ends the head's part of the phrase: "farmer" heads it, not "village" (before: LOC by cue)
  CHECK(rule_types("Ada Otieno, a farmer in the village of Baraka, said the water came fast.") ==
        "Ada Otieno/PERSON/1 Baraka/LOC/1 ");
  CHECK(rule_types("Kelvar, a bank in the north, said profit fell.") == "Kelvar/ORG/1 ");  // (the head came first)
  CHECK(rule_types("Officials said the people of Halden would vote.") == "Halden/LOC/1 ");  // (before: ORG/0)
  // the second name after "and" shares the first's "of" (before: ORG/0 and a PERSON/0 guess)
  CHECK(rule_types("The residents of Kelby and Orvik fled, as did the people of Varna or Nea Makri.") ==
        "Kelby/LOC/1 Orvik/LOC/1 Varna/LOC/1 Nea Makri/LOC/1 ");
  // so do villagers and parishioners (before: shape guesses)
  CHECK(rule_types("It opened on the petition of the villagers of Brekkavik and the parishioners of Holmsund.") ==
        "Brekkavik/LOC/1 Holmsund/LOC/1 ");
  // a post, a comma, then the name that holds it (before: a shape guess the tagger typed a place)
  CHECK(rule_types("\"It is an attack,\" said the group's regional director, Tigere Chagutah.") ==
        "Tigere Chagutah/PERSON/1 ");
}

TEST_CASE("entities: what a name's possessive owns says what it is ('Tessaly's mayor', 'Vendrel's chief executive')") {
  const std::string text =
      "He met Tessaly's prime minister. Later Vendrel's chief executive quit. Then Kavrin's wife spoke. Ulvang's "
      "army and Dalby's shares said nothing.";
  // before: organisation guesses (ORG/0); a warlord has an army and anyone may hold shares: those stay guesses
  CHECK(rule_types(text) ==
        "Tessaly/LOC/1 Vendrel/ORG/1 Kavrin/PERSON/1 Ulvang/ORG/0 Dalby/ORG/0 ");
}

TEST_CASE("entities: two people named in full joined by '&' are two people; firms joined by '&' stay one") {
  const Document d = analyse("Ada Voss & Tomas Berg met Marks & Spencer and Ernst & Young in Oslo.");
  check_invariants(d);
  CHECK(has_mention(d, "Ada Voss", EntityType::Person));  // before: "Ada Voss & Tomas Berg", one person
  CHECK(has_mention(d, "Tomas Berg", EntityType::Person));
  CHECK(any_mention(d, "Marks & Spencer"));
  CHECK(any_mention(d, "Ernst & Young"));
}

TEST_CASE("entities: a word that only opens a title is no title before a name ('Air France', 'Health Canada')") {
  const std::string text =
      "He flew Air France. Officials at Health Canada agreed. Minister of Defense Hazem Shaalan spoke. Foreign "
      "Minister Ada Voss and Air Marshal Tomas Berg came.";
  // before: "France" and "Canada" persons by a title (PERSON/2)
  CHECK(rule_types(text) ==
        "Air France/ORG/1 Health Canada/ORG/0 Hazem Shaalan/PERSON/2 Ada Voss/PERSON/2 Tomas Berg/PERSON/2 ");
}

TEST_CASE("entities: an acronym before 'and' names a body of its own; a descriptor types a name that ends plainly") {
  const std::string text =
      "Analysts at DNB Markets and Pareto Securities agreed. The U.S. Fish and Wildlife Service and shipping "
      "group Tvedt Tankers did not.";
  // before: "DNB Markets and Pareto Securities" one firm; "Tvedt Tankers" a shape guess (ORG/0; a trade's word now)
  CHECK(rule_types(text) ==
        "DNB Markets/ORG/0 Pareto Securities/ORG/2 U.S. Fish and Wildlife Service/ORG/2 Tvedt Tankers/ORG/2 ");
}

TEST_CASE("entities: 'Former Halden mayor' names a town; 'Per-Olav' a first name; 'AS' a Norwegian firm's form") {
  const std::string text =
      "Former Halden mayor jailed.\nPer-Olav Strand took money from Bjerke Bygg AS. Bjerke Bygg's former chief "
      "executive, Rune Bjerke, spoke. SHARES FALL AS OIL SLUMPS.";
  // before: "Halden" a person by the title "Former" (PERSON/2); "Olav Strand" (a sentence-initial "Per" skipped);
  // "Bjerke Bygg AS" and "Bjerke Bygg" persons. Now Per-Olav Strand is a person by its first name (PERSON/1: "Per"
  // is one since round 37; a shape guess the tagger typed before), and Halden a town by its mayor (LOC/1), Rune
  // Bjerke a person by the post before his name's comma (PERSON/1).
  // The headline's runs either side of its "AS" are shape guesses (0): the combination keeps a guess in a sentence
  // in capitals only where the tagger sees a name.
  CHECK(rule_types(text) ==
        "Halden/LOC/1 Per-Olav Strand/PERSON/1 Bjerke Bygg AS/ORG/2 Bjerke Bygg/ORG/1 Rune Bjerke/PERSON/1 "
        "SHARES FALL/ORG/0 OIL SLUMPS/ORG/0 ");
}

TEST_CASE("entities: 'Copenhagen-based Zentropa' is a body; 'Chechnya-based Kavrin fighters' a modifier") {
  // before: Zentropa a shape guess (ORG/0) the tagger dropped
  CHECK(rule_types("The film was made by Copenhagen-based Zentropa and shown in Oslo. Chechnya-based Kavrin "
                   "fighters left.") == "Copenhagen/LOC/2 Zentropa/ORG/1 Oslo/LOC/2 Chechnya/LOC/2 Kavrin/ORG/1 ");
  // (the fighters after "Kavrin" say a body: see 'Greenpeace activists' below)
}

TEST_CASE("entities: clubs named with a town are teams in a match report; a dateline's country stays a country") {
  // before: "Germany" the team (ORG/2); the clubs shape guesses, persons (PERSON/0) the tagger made places
  CHECK(rule_types("MUNICH, Germany (Reuters) - Harry Kane scored twice as Bayern Munich beat Borussia Dortmund 3-1 "
                   "on Saturday. The coach said the striker had scored. Bayer Leverkusen drew 1-1 at Stuttgart, "
                   "while RB Leipzig lost 2-0 to Eintracht Frankfurt.") ==
        "MUNICH/LOC/1 Germany/LOC/2 Reuters/ORG/2 Harry Kane/PERSON/1 Bayern Munich/ORG/1 Borussia Dortmund/ORG/1 "
        "Bayer Leverkusen/ORG/1 Stuttgart/LOC/2 RB Leipzig/ORG/0 Eintracht Frankfurt/ORG/1 ");
}

TEST_CASE("entities: more kinds of body head an appositive ('Tine, the dairy cooperative,'); 'the board of' a body") {
  // before: shape guesses (ORG/0)
  CHECK(rule_types("He chaired the board of Kavrin from 2012. He joined Tine, the dairy cooperative, in 2001.") ==
        "Kavrin/ORG/1 Tine/ORG/1 ");
}

TEST_CASE("entities: a one-word name in a headline in capitals is the name below it ('BOLTON' … 'Bolton')") {
  const Document d = analyse(
      "SOCCER - VOSS DOUBLE FIRES LEEDS PAST BOLTON\n\nThe striker Ada Voss scored twice in the league match as "
      "Leeds beat Bolton 3-1 at the stadium. The coach praised the defender. Bolton stay fifth.");
  check_invariants(d);
  CHECK(has_mention(d, "Bolton", EntityType::Org));
  CHECK(has_mention(d, "BOLTON", EntityType::Org));  // before: a person (the tagger's guess in a headline)
  CHECK(same_entity(d, "BOLTON", "Bolton"));
  CHECK(same_entity(d, "LEEDS", "Leeds"));  // where the tagger saw no name in the headline, the name below says
  // a longer name in the headline stays whole
  const Document w = analyse("BOLTON WANDERERS SIGN KEST\n\nBolton Wanderers signed Ada Kest on Monday.");
  CHECK(has_mention(w, "BOLTON WANDERERS", EntityType::Org));
  CHECK(!any_mention(w, "BOLTON"));
  // a guess over two such names and the verb between them is the two names (before: a person "BOLTON HOLD
  // CHELSEA")
  const Document h = analyse("SOCCER - BOLTON HOLD CHELSEA TO GOALLESS DRAW.\n\nBolton held Chelsea to a goalless "
                             "draw on Saturday. Chelsea's striker hit the post twice. Bolton stay fifth.");
  check_invariants(h);
  CHECK(has_mention(h, "BOLTON", EntityType::Org));
  CHECK(has_mention(h, "CHELSEA", EntityType::Org));
  CHECK(!any_mention(h, "BOLTON HOLD CHELSEA"));
}

TEST_CASE("entities: a town's name with an age between commas is a person ('Richardson, 54,')") {
  CHECK(rule_types("Richardson, 54, has led the party since 2019.") == "Richardson/PERSON/1 ");
  CHECK(rule_types("Fires in Richardson, 54, and Plano, 12, were put out.") == "Richardson/LOC/2 Plano/LOC/2 ");
}

TEST_CASE("entities: a sports report known by a sentence's first word too ('Striker Kofi Mensah')") {
  const Document d = analyse(
      "Dalvik stun Orrin City to reach cup final\n\nDalvik Rovers reached the cup final after a 2-1 win over Orrin "
      "City on Wednesday.\n\nStriker Kofi Mensah gave Dalvik the lead. Orrin levelled before the break, but "
      "substitute Yusuf Demir scored the winner.\n\nOrrin coach Hans Vogel said his side had been unlucky.");
  check_invariants(d);
  CHECK(has_mention(d, "Orrin City", EntityType::Org));  // before: a place, the headline's "City" a list's word
  CHECK(!has_mention(d, "Orrin City", EntityType::Loc));
}

TEST_CASE("entities: a short club story is a sports report by three of its words ('held Aberdeen to a draw')") {
  // before: "Aberdeen" the town twice and "Killie" a person (a goalkeeper and a goalless draw: three hits of four)
  const Document d = analyse(
      "Kilmarnock manager Derek Halloran praised his players after they held Aberdeen to a goalless draw at Rugby "
      "Park. Aberdeen had most of the possession but rarely troubled the Killie goalkeeper.");
  check_invariants(d);
  CHECK(has_mention(d, "Aberdeen", EntityType::Org));
  CHECK(!has_mention(d, "Aberdeen", EntityType::Loc));
  // a late goal is a match's word ("equalised"): with a coach and a score, three hits (before: no names but persons)
  const Document late = analyse(
      "Hibernian coach Derek Halloran said his side had been unlucky after a 1-1 draw with Hearts. Tom Brindle "
      "equalised in the 88th minute.");
  CHECK(has_mention(late, "Hearts", EntityType::Org));
  // three ranges alone make no sports report: an e-mail's town stays a place
  const Document mail = analyse(
      "Can we meet for 1-2 hours on Tuesday at 3:30 Houston time? Plan 3-4 sessions. A hire costs 75-80k.");
  CHECK(has_mention(mail, "Houston", EntityType::Loc));
}

TEST_CASE("entities: a regiment named for its arm is a body ('the Royal Welch Fusiliers', 'the Royal Artillery')") {
  // before: persons ("Royal" and "Welch" are first names in the lists)
  const Document d = analyse(
      "The 4th Battalion, Royal Welch Fusiliers was a unit of the British Army. He later served with the 11th "
      "Hussars and the Royal Artillery in Egypt.");
  check_invariants(d);
  CHECK(has_mention(d, "Royal Welch Fusiliers", EntityType::Org));
  CHECK(has_mention(d, "Royal Artillery", EntityType::Org));
  CHECK(!has_mention(d, "Royal Artillery", EntityType::Person));
}

TEST_CASE("entities: a house 'for the' party a member sits for is two bodies ('Scottish Parliament for the SNP')") {
  // before: one body "Flemish Parliament for the New Flemish Alliance"
  CHECK(rule_types("She was a member of the Flemish Parliament for the New Flemish Alliance.") ==
        "Flemish Parliament/ORG/2 New Flemish Alliance/ORG/2 ");
  CHECK(rule_types("He was elected to the National Assembly for the Democratic Alliance.") ==
        "National Assembly/ORG/2 Democratic Alliance/ORG/2 ");
  // no house, or no party after it: one body
  CHECK(rule_types("The Coalition for the International Criminal Court met.") ==
        "Coalition for the International Criminal Court/ORG/2 ");
}

TEST_CASE("entities: what a treaty, a battle or a siege is 'of' is a place, no person ('the Treaty of Roskilde')") {
  // before: persons, as the tagger reads a town it does not know
  const Document d = analyse("The Treaty of Roskilde was signed in 1658. The Siege of Leningrad began in 1941.");
  check_invariants(d);
  CHECK(has_mention(d, "Roskilde", EntityType::Loc));
  CHECK(!has_mention(d, "Roskilde", EntityType::Person));
  CHECK(!has_mention(d, "Leningrad", EntityType::Person));
}

TEST_CASE("entities: a combining form and a people are an adjective of both ('Franco-German', 'Greco-Roman')") {
  // before: "Franco-German" a person ("Franco" is a first name), "Austro-Hungarian" and "Greco-Roman" places
  CHECK(rule_types("Franco-German relations improved, the Austro-Hungarian army retreated and she won the "
                   "Greco-Roman final.") ==
        "Franco-German/GROUP/2 Austro-Hungarian/GROUP/2 Greco-Roman/GROUP/2 ");
  // a name that goes on, or a place after the hyphen, is not the adjective
  CHECK(rule_types("The Austro-Hungarian Empire fell.").find("GROUP") == std::string::npos);
  CHECK(rule_types("Navies met in the Indo-Pacific on Monday.").find("GROUP") == std::string::npos);
}

TEST_CASE("entities: the names of a list before 'shares fall' are firms ('Kelvar, Rio Tinto shares fall')") {
  // before: "Rio Tinto" a person ("Rio" is a first name), whose shares alone were no cue (and a headline's
  // present tense no move)
  CHECK(rule_types("Kelvar, Rio Tinto shares fall\n\nShares in mining firms fell.") ==
        "Kelvar/ORG/1 Rio Tinto/ORG/1 ");
  CHECK(rule_types("Yesterday Dalvik and Rio Tinto shares slipped.") == "Dalvik/ORG/1 Rio Tinto/ORG/1 ");
}

TEST_CASE("entities: a name that speaks after a 'which' clause is a body ('Kelvar, which …, said')") {
  // before: a person (the tagger's), no mention (the rules' guess of a double-barrelled surname, which the tagger
  // saw no name in) and a person
  const Document d = analyse("Kelvar, which holds half of the voting shares, said it backed the plan.\n"
                             "Tessfield-Marr, which made the engines, said it was working with investigators.\n"
                             "Dunmore-Kask, which built the wing, said it was working with investigators.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelvar", EntityType::Org));
  CHECK(has_mention(d, "Tessfield-Marr", EntityType::Org));
  CHECK(has_mention(d, "Dunmore-Kask", EntityType::Org));
  // ("which" after a person's name that no speech verb follows stands for more than the name)
  CHECK(has_mention(analyse("They mourned the death of Ada Kestrel, which was widely seen as a blow."), "Ada Kestrel",
                    EntityType::Person));
}

TEST_CASE("entities: a headline in capitals runs a known body into its verb ('EU REJECTS GERMAN CALL')") {
  // before: "EU REJECTS GERMAN CALL", "NATO WARNS SERBS", "UN RESOLUTIONS" and "IRAQ WARNS" were bodies
  auto mentions = [](const char* text) {
    const Document d = analyse(text);
    check_invariants(d);
    std::string out;
    for (const Mention& m : d.mentions)
      out += std::string(d.slice(m.span)) + "/" + std::string(to_string(m.type)) + " ";
    return out;
  };
  CHECK(mentions("EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB\n\nThe talks went on.").find("EU/ORG ") == 0);
  CHECK(mentions("NATO WARNS SERBS\n\nThe talks went on.").find("NATO/ORG ") == 0);
  CHECK(mentions("CLINTON SAYS IRAQ MUST COMPLY WITH UN RESOLUTIONS\n\nThe talks went on.").find("UN/ORG") !=
        std::string::npos);
  CHECK(mentions("IRAQ WARNS\n\nThe talks went on.") == "IRAQ/LOC ");
  // (a name that goes on to a body's word stays whole)
  CHECK(mentions("UN SECURITY COUNCIL MEETS\n\nThe talks went on.").find("UN SECURITY COUNCIL") == 0);
}

TEST_CASE("entities: in a shouted run of capitals, what the lists name is a mention ('RUSSIAN TROOPS LEAVE GROZNY')") {
  // before: nothing (a run of three words or more in capitals is shouting), and the tagger made "RUSSIAN" a place
  CHECK(rule_types("RUSSIAN TROOPS LEAVE GROZNY AS CEASEFIRE HOLDS\n\nThe talks went on.").find("RUSSIAN/GROUP/2") ==
        0);
  CHECK(rule_types("PROTESTS SPREAD ACROSS SAUDI ARABIA AND CHINA\n\nThe talks went on.")
            .find("SAUDI ARABIA/LOC/2 CHINA/LOC/2") != std::string::npos);
  // (not a pronoun that is a country's letters, nor a word of a body's name)
  CHECK(rule_types("GOD HELP US ALL TONIGHT\n\nThe talks went on.") == "");
  CHECK(rule_types("BRITISH AIRWAYS SEES HIGHER PROFIT\n\nThe talks went on.") == "");
}

TEST_CASE("entities: a family name of two letters alone is the person the document names in full ('Xi')") {
  const Document d = analyse(
      "Xi and Modi meet on border row\n\nChinese President Xi Jinping and Indian Prime Minister Narendra Modi met "
      "on Wednesday. Modi said Xi was open to talks.");
  check_invariants(d);
  CHECK(same_entity(d, "Xi", "Xi Jinping"));  // before: no mention ("xi" a dictionary's word, the Greek letter)
  CHECK(has_mention(d, "Xi", EntityType::Person));
  // without the full name a two-letter dictionary word capitalised stays no name
  CHECK(!any_mention(analyse("Go and see, he said. Ma was out."), "Go"));
}

TEST_CASE("entities: in a sports report's results a side of ordinary words or a first name is a team") {
  CHECK(rule_types("SOCCER - TESSALY LEAGUE RESULTS.\n\nResults of Tessaly league matches on Saturday:\n\n"
                   "Harbour 2 West Meadow 0\nDalvik 0 Orrin 2\n") ==
        "Tessaly/ORG/0 Harbour/ORG/1 West Meadow/ORG/1 Dalvik/ORG/1 Orrin/ORG/1 ");  // before: no Harbour, a person
  CHECK(rule_types("See the tables.\n\nTable 2 Figure 3\n") == "");  // no sports report: ordinary words
}

TEST_CASE("entities: a line ending on a colon with a word in lower case opens a table, it is no headline") {
  // before: "Norvian" alone (a headline's capitals prove nothing, and "Premier" reads as a title's word)
  CHECK(rule_types("SOCCER - NORVIAN PREMIER LEAGUE RESULTS\n\nResults of Norvian Premier League matches on "
                   "Saturday:\n\nBrekka 2 Holm 1\n") ==
        "Norvian Premier League/ORG/2 Brekka/ORG/1 Holm/ORG/1 ");
  // a headline in Title Case may end on a colon: every word of four letters or more is capitalised there
  CHECK(rule_types("Kelby Harbour Moves Ahead With Plans For New Ferry Terminal:\n\nThe council said so.\n") ==
        "Kelby/ORG/0 ");
}

TEST_CASE("entities: a team's nickname right before the score is a side, no word numbering a thing ('the Cubs 5-3')") {
  // before: nothing ("Cubs 5" read as "Chapter 11"), and outside a sports report no nickname at all
  CHECK(rule_types("The Hawks beat the Cubs 5-3 on Friday night.") == "Hawks/ORG/1 Cubs/ORG/1 ");
  CHECK(rule_types("Dalvik lost to the Ravens 24-17.") == "Dalvik/ORG/0 Ravens/ORG/1 ");
  CHECK(rule_types("See the Chapters 3-5 of the report.") == "");  // no match's verb before it: a range
}

TEST_CASE("entities: a dictionary word right after the match's verb and before the score is a side ('beat Sporting')") {
  // before: "Sporting 78" read as a word numbering something, as "Chapter 11" is
  CHECK(rule_types("Dalvik beat Sporting 78-71 on Saturday.").find("Sporting/ORG/1") != std::string::npos);
  CHECK(rule_types("The figures are given according to Table 2-1.") == "");
}

TEST_CASE("entities: a police force or council named for two areas is one body ('Avon and Somerset Police')") {
  // before: the first area alone (a body's guess, or a place) and the second with the body's word
  CHECK(rule_types("Detectives arrested a woman, Avon and Somerset Police said.") == "Avon and Somerset Police/ORG/2 ");
  CHECK(rule_types("The Tessvik and Orrin Council meeting was cancelled.") == "Tessvik and Orrin Council/ORG/2 ");
  // two names of their own: "and" parts them
  CHECK(rule_types("Kovacs and Brekke Police Chief Ola Strand said so.").find("Kovacs and") == std::string::npos);
}

TEST_CASE("entities: a London price in pence moves a firm's shares ('Abbey National fell 6p')") {
  // before: persons ("Abbey", "Kelby" first names; "General" a title's word before "Accident")
  CHECK(rule_types("Kelby Power gained 5p and Orvalon added 4p.") == "Kelby Power/ORG/1 Orvalon/ORG/1 ");
  CHECK(rule_types("Abbey National fell 6p, dealers said.") == "Abbey National/ORG/1 ");
  CHECK(rule_types("Rival General Accident slipped 3p to 480p.") == "General Accident/ORG/1 ");
  // a person's poll share stays a person's
  CHECK(rule_types("President Tom Vance rose 3 percent in the polls.").find("Tom Vance/PERSON") != std::string::npos);
}

TEST_CASE("entities: a name that ends on 'Athletic' is a club, though a first name opens it ('Kelby Athletic')") {
  // before: a person ("Kelby" a first name; "Athletic" said a club only in a sports report)
  CHECK(rule_types("The defeat by Kelby Athletic left the club bottom.") == "Kelby Athletic/ORG/1 ");
}

TEST_CASE("entities: 'rival' says nothing of a person: firms have rivals, and 'to rival' is a verb") {
  CHECK(rule_types("Orvik unveiled a chip to rival Nvidia. His rival Tom Vance finished second.") ==
        "Orvik/ORG/0 Nvidia/ORG/0 Tom Vance/PERSON/1 ");  // before: Nvidia/PERSON/1
}

TEST_CASE("entities: an occupation opening a sentence makes the full name after it a person ('Striker Kofi Mensah')") {
  // before: a shape guess (PERSON/0) the tagger had to back; "Member States" names no person
  CHECK(rule_types("Striker Kofi Mensah gave Dalvik the lead. Member States agreed.") ==
        "Kofi Mensah/PERSON/2 Dalvik/ORG/0 ");
}

TEST_CASE("entities: a dateline's dash opens the story without the wire's name too ('May 14 - Chipmaker')") {
  CHECK(rule_types("KELBY, May 14 - Chipmaker Orvik Systems on Tuesday unveiled a processor.") ==
        "KELBY/LOC/1 Orvik Systems/ORG/2 ");  // before: "Chipmaker Orvik Systems", the trade word kept
}

TEST_CASE("entities: a word that ends in 'bank' names a bank ('Bayerische Vereinsbank', 'Sparebanken')") {
  CHECK(rule_types("Shares in Kelvarer Vereinsbank rose, while Tessaly Sparebanken fell. Ulvangbank said so.") ==
        "Kelvarer Vereinsbank/ORG/1 Tessaly Sparebanken/ORG/1 Ulvangbank/ORG/1 ");  // before: shape guesses
}

TEST_CASE("entities: a club's word and a town is the club, in a sports report or not ('Sporting Braga')") {
  CHECK(rule_types("He now coaches at Sporting Braga. He left Real Madrid in 2019. The United States agreed.") ==
        "Sporting Braga/ORG/1 Real Madrid/ORG/1 United States/LOC/2 ");  // before: guesses the tagger made places
  CHECK(rule_types("Real Madrid beat Barcelona on Sunday.").rfind("Real Madrid/ORG/1 ", 0) == 0);  // (not "Madrid")
}

TEST_CASE("entities: a listed body on either side of 'and' is a name of its own; a word before an amount is a name") {
  // before: "Amnesty International and Human Rights Watch" one organisation
  CHECK(rule_types("Amnesty International and Human Rights Watch called for their release.") ==
        "Amnesty International/ORG/2 Human Rights Watch/ORG/2 ");
  // before: no Google ("an ordinary word numbering something", as "Chapter 11" is)
  CHECK(rule_types("The European Commission fined Google 2.4 billion euros. Read Chapter 11.") ==
        "European Commission/ORG/2 Google/ORG/2 ");
}

TEST_CASE("entities: a first name that is also an organisation's word goes on the body ('District Court')") {
  CHECK(rule_types("He sued in the U.S. District Court for the Eastern District of Tessaly on Monday.") ==
        "U.S. District Court for the Eastern District of Tessaly/ORG/2 ");  // before: "U.S. District" a place
  CHECK(rule_types("He met the Farmers Union Tomas Herrera.") == "Farmers Union/ORG/2 Tomas Herrera/PERSON/1 ");
}

TEST_CASE("entities: a town's name that speaks and is then 'she' is a person; one that is 'it' is no one") {
  CHECK(rule_types("Richardson said that she would run again.") == "Richardson/PERSON/1 ");
  CHECK(rule_types("Officials said Richardson told them he would resign.") == "Richardson/PERSON/1 ");
  CHECK(rule_types("Plano said it would raise taxes.") == "Plano/LOC/2 ");
  CHECK(rule_types("Moscow said he must step down.") == "Moscow/LOC/2 ");  // a capital speaks for a state
}

TEST_CASE("entities: two first names open one person ('Mary Lou McDonald'); ', who' follows a person") {
  // before: "Mary" a place (a province of that name) and "Lou McDonald"; "Voss" a shape guess (ORG/0)
  CHECK(rule_types("Sinn Fein leader Mary Lou McDonald spoke. Voss, who chairs the committee, agreed. The envoy "
                   "in Washington Ada Rocca was told.") ==
        "Sinn Fein/ORG/2 Mary Lou McDonald/PERSON/1 Voss/PERSON/1 Washington/LOC/2 Ada Rocca/PERSON/2 ");
}

TEST_CASE("entities: 'The Hague' keeps its article; an occupation before a name the lists lack says a person") {
  // before: "Hague" alone; "Elon Musk" a firm (a town called Elon, and "musk" a plain noun)
  CHECK(rule_types("The court in The Hague ruled. Tesla chief Elon Musk sold shares.") ==
        "The Hague/LOC/2 Tesla/ORG/0 Elon Musk/PERSON/1 ");
}

TEST_CASE("entities: 'the leader of' a body names the body ('the leader of Hayat Kavrin al-Dalby')") {
  // before: a person (PERSON/0)
  CHECK(rule_types("Ada Voss, the leader of Hayat Kavrin al-Dalby, spoke.") ==
        "Ada Voss/PERSON/1 Hayat Kavrin al-Dalby/ORG/2 ");
}

TEST_CASE("entities: a run seen inside a sentence keeps its first word at a sentence start ('Standard Chartered')") {
  // before: "Chartered" alone (a person guess) and "Suisse" alone: the sentence-initial ordinary word was skipped
  CHECK(rule_types("Standard Chartered said profit rose. Analysts at Standard Chartered agreed. Credit Suisse "
                   "fell. Shares of Credit Suisse slumped.") ==
        "Standard Chartered/ORG/0 Standard Chartered/ORG/1 Credit Suisse/ORG/0 Credit Suisse/ORG/0 ");
}

TEST_CASE("entities: more occupations before a name ('the Norwegian explorer Halvard Berg')") {
  // before: a shape guess (PERSON/0) the tagger made a place beside "Halvard Glacier"
  CHECK(rule_types("It was named after the Norwegian explorer Halvard Berg in 1898.") ==
        "Norwegian/GROUP/2 Halvard Berg/PERSON/1 ");
}

TEST_CASE("entities: a body named after its country keeps its name ('Kenya Boy Scouts Association')") {
  // before: "Kenya" a place and "Boy Scouts Association" a person ("Boy", "Red" are first names too), as in
  // "the Philippines Maria Santos"
  CHECK(rule_types("The Kenya Boy Scouts Association and the Ghana Red Cross Society sent aid.") ==
        "Kenya Boy Scouts Association/ORG/2 Ghana Red Cross Society/ORG/2 ");
}

TEST_CASE("entities: a district that runs a service and a hall of fame are bodies ('Harlan Water District')") {
  // before: places (LOC/2), as "Tessaly District" stays
  CHECK(rule_types("The Coronado Unified School District, the Harlan Water District and the Tessaly District "
                   "met. He entered the Hockey Hall of Fame.") ==
        "Coronado Unified School District/ORG/2 Harlan Water District/ORG/2 Tessaly District/LOC/2 "
        "Hockey Hall of Fame/ORG/2 ");
  // a police district is the force's (before: a place)
  CHECK(rule_types("Inspector Liv Harstad of the Varnholm Police District spoke.") ==
        "Liv Harstad/PERSON/2 Varnholm Police District/ORG/2 ");
}

TEST_CASE("entities: a place by its context is not the body named after it ('in Coronado, California')") {
  // before: "Coronado" joined the district as its short name and became an organisation
  const Document d = analyse("The Coronado Unified School District is the school district in Coronado, California. "
                             "It has four schools.");
  check_invariants(d);
  CHECK(has_mention(d, "Coronado Unified School District", EntityType::Org));
  CHECK(has_mention(d, "Coronado", EntityType::Loc));
  CHECK(entity_of(d, "Coronado") != entity_of(d, "Coronado Unified School District"));
}

TEST_CASE("entities: a place the tagger names is not the body named after it ('in Frankfurt' … 'Frankfurt Newsroom')") {
  // before: "Frankfurt" (a shape guess the tagger makes a place; the lists know "Frankfurt am Main" only) joined
  // the newsroom's sign-off as its first word and became an organisation
  const Document d = analyse("\"Nobody expected a cut,\" said a trader at Kelvar Bank in Frankfurt.\n\n"
                             "-- Frankfurt Newsroom, +49 69 1234 5678\n");
  check_invariants(d);
  CHECK(has_mention(d, "Frankfurt", EntityType::Loc));
  CHECK(entity_of(d, "Frankfurt") != entity_of(d, "Frankfurt Newsroom"));
}

TEST_CASE("entities: a newspaper's title word ends its name; the office of a post is a body ('Sheriff's Office')") {
  // before: "Kelvar Courier" and "Tessaly Sentinel" shape guesses (ORG/0) the tagger did not back, so no entities;
  // "Harlan County" a place and "Office" dropped
  CHECK(rule_types("It was reported by the Kelvar Courier and the Tessaly Sentinel. The Harlan County Sheriff's "
                   "Office said two men were held.") ==
        "Kelvar Courier/ORG/2 Tessaly Sentinel/ORG/2 Harlan County Sheriff's Office/ORG/2 ");
}

TEST_CASE("entities: a treasury is a body ('the U.S. Treasury')") {
  // before: a place (the country's name opens it)
  CHECK(rule_types("The company told the U.S. Treasury it would repay the loan.") == "U.S. Treasury/ORG/2 ");
}

TEST_CASE("entities: a band, an orchestra, a choir; 'the rock band Kelvar Road'; 'played football for Brann'") {
  // before: "Kelvar Road" a place (twice: the place word decided both mentions), "Halden Philharmonic" a guess,
  // "Bergen Big Band" a place, "Brann" a person guess
  CHECK(rule_types("He joined the rock band Kelvar Road in 1984. Kelvar Road played with the Halden Philharmonic "
                   "and the Bergen Big Band. He played football for Brann.") ==
        "Kelvar Road/ORG/2 Kelvar Road/LOC/2 Halden Philharmonic/ORG/2 Bergen Big Band/ORG/2 Brann/ORG/1 ");
  const Document d = analyse("He joined the rock band Kelvar Road in 1984. Kelvar Road split in 1990.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelvar Road", EntityType::Org));
  CHECK(!has_mention(d, "Kelvar Road", EntityType::Loc));  // one type per entity: the descriptor's
  // where a player was signed from or is on loan from is a team too (before: shape guesses, 0); land
  // "transferred from" a district stays the place
  CHECK(rule_types("Kest, signed from Rosenborg in January, scored. Berg is on loan from Molde. The parish was "
                   "transferred from Flensburg in 1920.") ==
        "Kest/ORG/0 Rosenborg/ORG/1 Berg/ORG/0 Molde/ORG/1 Flensburg/LOC/2 ");
  // and with the new team between the verb and "from" (round 43; before: the town a place, "from" being where)
  CHECK(rule_types("Tolver joined Leeds from Norwich in June. Kest signed Berg from Molde.") ==
        "Tolver/ORG/0 Leeds/LOC/2 Norwich/ORG/1 Kest/ORG/0 Berg/ORG/0 Molde/ORG/1 ");
}

TEST_CASE("entities: 'and' inside a body's 'of' phrase ('Department of Health and Human Services')") {
  // before: "Department of Health" and "Human Services", "Ministry of Trade" alone; a place, a known name or a
  // name right after keeps two apart
  CHECK(rule_types("The Department of Health and Human Services and the Ministry of Trade and Industry agreed. "
                   "The Bank of England and Barclays fell. The Ministry of Health and Education Minister Ada Voss "
                   "spoke.") ==
        "Department of Health and Human Services/ORG/2 Ministry of Trade and Industry/ORG/2 Bank of England/ORG/2 "
        "Barclays/ORG/0 Ministry of Health/ORG/2 Ada Voss/PERSON/2 ");
  // a people's word may open the phrase; "Confederation" is a body's word (before: "Norwegian Business and
  // Industry" alone)
  CHECK(rule_types("The Confederation of Norwegian Business and Industry objected.") ==
        "Confederation of Norwegian Business and Industry/ORG/2 ");
}

TEST_CASE("entities: a body's 'for' phrase goes on over a prefix's compound and the continent it works in") {
  // before: "Council for Fisheries" alone, and "Africa" a place of its own; "Institute for Trade and
  // Cooperation" cut before "in Asia"
  CHECK(rule_types("The Council for Fisheries and Co-operation in Africa met. The Institute for Trade and "
                   "Cooperation in Asia objected.") ==
        "Council for Fisheries and Co-operation in Africa/ORG/2 Institute for Trade and Cooperation in Asia/ORG/2 ");
  // a city after "in" is where the body is
  CHECK(rule_types("The Centre for Policy Studies in Oslo objected.") ==
        "Centre for Policy Studies/ORG/2 Oslo/LOC/2 ");
}

TEST_CASE("entities: a place opening a body's name is no person inside it ('El Paso Police'); a jail is a place") {
  // before: "El Paso" an inner person ("El" is a first name too); "El Paso County Jail" a person
  const Document d = analyse("El Paso Police Chief Greg Allen said the suspect, Daniel Kross, was held at the "
                             "El Paso County Jail. Kross was charged on Tuesday.");
  check_invariants(d);
  for (const Mention& m : d.inner_mentions) CHECK(m.type != EntityType::Person);
  CHECK(has_mention(d, "El Paso County Jail", EntityType::Loc));
  CHECK(has_mention(d, "Daniel Kross", EntityType::Person));
}

TEST_CASE("entities: where someone of a trade works is a firm ('analysts at Jefferies and Citi')") {
  // before: shape guesses (ORG/0) that the tagger made a place and a person
  CHECK(rule_types("Analysts at Kelvarsen and Tessco said the plan was bold. A lawyer at Vendrel declined to "
                   "comment.") == "Kelvarsen/ORG/1 Tessco/ORG/1 Vendrel/ORG/1 ");
}

TEST_CASE("entities: a team in the text is the team in its table of results; a name is shown as the text writes it") {
  // before: "Chelsea" in the text and "Chelsea 1" in the table were two entities, and "CHELSEA" (the headline's)
  // named the first
  const Document d = analyse("SOCCER - ARSENAL HOLD ON TO BEAT CHELSEA\n\nLONDON 1996-08-30\n\nArsenal beat Chelsea "
                             "2-1 at Highbury on Saturday.\n\nResults on Saturday:\n\nArsenal 2 Chelsea 1\n"
                             "Everton 1 Newcastle 3\n");
  check_invariants(d);
  const Entity* text = entity_of(d, "Chelsea");
  REQUIRE(text);
  CHECK(text->type == EntityType::Org);
  CHECK(text->canonical == "Chelsea");
  CHECK(mentions_naming(d, {"Chelsea", "CHELSEA"}, text) == 3);
}

TEST_CASE("entities: a one-word side of a match in a sports report is a team ('drew 0-0 with Celtic')") {
  // before: a shape guess (ORG/0; "Celtic" is a dictionary word) that the tagger did not back, so no entity
  const std::string text = "SOCCER - ARSENAL HOLD ON TO BEAT CHELSEA\n\nLONDON 1996-08-30\n\nArsenal beat Chelsea "
                           "2-1 at Highbury, the striker scoring after 12 minutes of the league match. In Scotland, "
                           "Rangers drew 0-0 with Celtic at Ibrox.";
  CHECK(rule_types(text).find("Celtic/ORG/1 ") != std::string::npos);
  const Document d = analyse(text);
  check_invariants(d);
  CHECK(has_mention(d, "Celtic", EntityType::Org));
}

TEST_CASE("entities: a place for a purpose is an institution ('Centers for Disease Control and Prevention')") {
  // before: "Africa Centres" a person, "Disease Control" a body, "Prevention" a person; "Center for Science" a
  // place without "and Culture"
  CHECK(rule_types("The Africa Centres for Disease Control and Prevention called for funding. He joined the Center "
                   "for Science and Culture.") ==
        "Africa Centres for Disease Control and Prevention/ORG/2 Center for Science and Culture/ORG/2 ");
}

TEST_CASE("entities: a body's name without the place it opens with is that body ('U.S. Senate' … 'Senate')") {
  // before: two entities each
  const Document d = analyse("The U.S. Senate passed the bill on Thursday. The Senate vote was 70-29. The Bergen "
                             "Pirates lost again; the Pirates have won one game.");
  check_invariants(d);
  CHECK(same_entity(d, "Senate", "U.S. Senate"));
  CHECK(same_entity(d, "Pirates", "Bergen Pirates"));
}

TEST_CASE("entities: a name that ends on an abbreviation is shown with its stop ('Martin Luther King Jr.')") {
  // (the lone surname mid-sentence: at a sentence start "King" is a title and a dictionary word, which only the
  // tagger types, and round 17's retrained model leaves it out there)
  const Document d = analyse("The speech of Martin Luther King Jr. was read aloud. In 1963, King spoke.");
  check_invariants(d);
  CHECK(canonical(d, "King") == "Martin Luther King Jr.");  // before: "Martin Luther King Jr", though the mention
                                                            // has its stop
}

TEST_CASE("entities: a generic word alone is the one body ending on it ('the Commission'); 'Google parent Alphabet'") {
  // before: "Commission" an entity of its own; "Alphabet" no entity (a dictionary word the tagger did not back)
  const Document d = analyse("The European Commission opened an inquiry on Monday. The Commission said it would "
                             "report in March. Google parent Alphabet declined to comment.");
  check_invariants(d);
  CHECK(same_entity(d, "Commission", "European Commission"));
  CHECK(has_mention(d, "Alphabet", EntityType::Org));
  // two bodies end on it: no link (a wrong link is worse than none)
  const Document two = analyse("The European Commission and the Federal Trade Commission met. The Commission said "
                               "it would report.");
  check_invariants(two);
  CHECK(!same_entity(two, "Commission", "European Commission"));
  CHECK(!same_entity(two, "Commission", "Federal Trade Commission"));
}

TEST_CASE("entities: a name in a headline in capitals is bounded as the text writes it below ('KELVAR BANK')") {
  // before: "BANK" (the "2-" glued to KELVAR) and "ADA VOSS QUITS", each an entity apart
  const Document d = analyse("UPDATE 2-KELVAR BANK SHARES SLUMP AFTER CEO ADA VOSS QUITS\n\nOSLO, March 4 (Reuters) - "
                             "Shares in Kelvar Bank fell 12 percent on Monday after chief executive Ada Voss resigned. "
                             "Voss led the lender for six years.");
  check_invariants(d);
  CHECK(has_mention(d, "KELVAR BANK", EntityType::Org));
  CHECK(has_mention(d, "ADA VOSS", EntityType::Person));
  CHECK(!any_mention(d, "ADA VOSS QUITS"));
  CHECK(same_entity(d, "KELVAR BANK", "Kelvar Bank"));
  CHECK(same_entity(d, "ADA VOSS", "Ada Voss"));
}

TEST_CASE("entities: a headline names a body without its legal form ('KELVAR SHIPPING' … 'Kelvar Shipping ASA')") {
  // before: "KELVAR" alone (the name below it, "Kelvar", the body's short form); a one-word name before the form
  // gives no headline run ("ORRIN" of "Orrin Group" is the one-word rule's)
  const Document d = analyse("KELVAR SHIPPING POSTS LOSS, SHARES SLIDE\n\nOSLO, March 4 (Reuters) - Kelvar Shipping "
                             "ASA swung to a loss as freight rates fell. Kelvar shares fell 4 percent.");
  check_invariants(d);
  CHECK(has_mention(d, "KELVAR SHIPPING", EntityType::Org));
  CHECK(same_entity(d, "KELVAR SHIPPING", "Kelvar Shipping ASA"));
}

TEST_CASE("entities: a name found in capitals yields to a longer name there ('NORTH CAROLINA RELIGIOUS COALITION')") {
  Document d;
  TokenFeatures f;
  std::vector<NameSpan> spans = rule_spans(d, f, "THE NORTH CAROLINA RELIGIOUS COALITION SAID IT WOULD APPEAL THE "
                                                 "RULING.\n\nNorth Carolina officials declined to comment.");
  // the span a tagger may give the headline (the rules guess shorter runs there), before the body's place
  const NameSpan coalition = span_over(d, "NORTH", "COALITION", EntityType::Org);
  std::vector<NameSpan> body = spans_from(spans, test::token_index(d, "RULING") + 1);  // (the spans below the headline)
  REQUIRE(typed_spans(d, body, false) == "North Carolina/LOC ");
  body.insert(body.begin(), coalition);
  align_capitals(d, f, sentences_in_capitals(d), body);
  CHECK(typed_spans(d, body, false) == "NORTH CAROLINA RELIGIOUS COALITION/ORG North Carolina/LOC ");
  // "NORTH CAROLINA RELIGIOUS": no body's word after the place
  body.front().end = test::token_index(d, "RELIGIOUS") + 1;
  align_capitals(d, f, sentences_in_capitals(d), body);
  CHECK(typed_spans(d, body, false) == "NORTH CAROLINA/LOC North Carolina/LOC ");
}

TEST_CASE("entities: words in capitals that the text below writes as an event are no name ('KELBY MARATHON')") {
  Document d;
  TokenFeatures f;
  std::vector<NameSpan> spans = rule_spans(d, f, "ATHLETICS - KEST WINS KELBY MARATHON\n\nAda Kest won the Kelby "
                                                 "Marathon on Sunday, a year after the Kelby Marathon Trust began.");
  // the span a tagger may give the headline: before, it stayed (a place); the rules' own spans below
  const NameSpan marathon = span_over(d, "KELBY", "MARATHON", EntityType::Loc);
  std::vector<NameSpan> body = spans_from(spans, marathon.end);
  REQUIRE(typed_spans(d, body, false) == "Ada Kest/PERSON Kelby Marathon Trust/ORG ");
  body.insert(body.begin(), marathon);
  align_capitals(d, f, sentences_in_capitals(d), body);
  CHECK(typed_spans(d, body, false) == "KEST/PERSON Ada Kest/PERSON Kelby Marathon Trust/ORG ");
  // where the text below writes no such event, the words in capitals keep their span
  std::vector<NameSpan> none = rule_spans(d, f, "ATHLETICS - KEST WINS KELBY MARATHON\n\nAda Kest won on Sunday.");
  body = spans_from(none, marathon.end);
  body.insert(body.begin(), marathon);
  align_capitals(d, f, sentences_in_capitals(d), body);
  CHECK(typed_spans(d, body, false) == "KEST/PERSON KELBY MARATHON/LOC Ada Kest/PERSON ");
}

TEST_CASE("entities: a listed name keeps the words a run of capitals is split at ('Human Rights Watch')") {
  // before: "Human Rights" ("Watch" alone opens a video link, so it ended the run), and nothing for "Doctors
  // Without Borders" (a function word split it, and "Doctors" read as a title)
  CHECK(rule_types("Human Rights Watch said the arrests were arbitrary. A clinic run by Doctors Without Borders "
                   "was hit, and Reporters Without Borders said two reporters were held.") ==
        "Human Rights Watch/ORG/2 Doctors Without Borders/ORG/2 Reporters Without Borders/ORG/2 ");
}

TEST_CASE("entities: a function word in capitals among capitals ends a name ('VOSS LEADS BY TWO IN STOCKHOLM')") {
  // before: "IN STOCKHOLM" one name (the lists hold "In", not "IN"), and "BANK OF ENGLAND HOLDS RATES IN LONDON"
  // no name at all
  const std::string golf = rule_types("GOLF - VOSS LEADS BY TWO IN STOCKHOLM\n\nThe cut is on Friday.");
  CHECK(golf.find("IN STOCKHOLM") == std::string::npos);
  CHECK(golf.find(" STOCKHOLM/") != std::string::npos);
  const std::string bank = rule_types("BANK OF ENGLAND HOLDS RATES IN LONDON\n\nThe vote was close.");
  CHECK(bank.find("IN LONDON") == std::string::npos);
  CHECK(bank.find("LONDON/") != std::string::npos);
}

TEST_CASE("entities: market news names a firm by its shares, its stock, its board and who runs it") {
  // before: "Norsk Kelvar" and "Merovia" places, "Kavrin" and "Brann" persons, "Dalvik", "Ostrander" and "Tavrin"
  // nothing (each a guess the tagger typed or left); places stay places and persons persons
  const std::string text =
      "Markets\n\nShares in Norsk Kelvar fell 3 percent. Dalvik shares slumped after the results. The Ostrander "
      "board met on Monday. Kavrin Chief Executive Ada Voss said demand was weak. Trading in Merovia stock was "
      "halted. Brann chairman Lars Holm resigned. Selvang jumped 22 percent. Brannvik shareholders approved the "
      "deal.\n\nShares in Tokyo fell. London shares rose. Oslo rose 2 percent. Tomas Berg shares an office with "
      "her. The Halden board of education met.";
  const std::string types = rule_types(text);
  for (const char* firm : {"Norsk Kelvar/ORG/2", "Dalvik/ORG/1", "Ostrander/ORG/1", "Kavrin/ORG/1", "Merovia/ORG/1",
                           "Brann/ORG/1", "Selvang/ORG/1", "Brannvik/ORG/1"})
    CHECK_MESSAGE(types.find(firm) != std::string::npos, std::string(firm));
  CHECK(types.find("Tokyo/LOC") != std::string::npos);
  CHECK(types.find("London/LOC") != std::string::npos);
  CHECK(types.find("Oslo/LOC") != std::string::npos);
  CHECK(types.find("Tomas Berg/PERSON") != std::string::npos);
  CHECK(types.find("Halden/ORG/1") == std::string::npos);
}

TEST_CASE("entities: a place of two words in capitals is the place below ('NEW DELHI' … 'New Delhi')") {
  // before: two entities (only one-word names in capitals joined the name below)
  const Document d = analyse("NEW DELHI, May 13 (Lede Wire) - Talks on the river treaty resumed on Saturday.\n\n"
                             "Officials met in New Delhi for three hours, an aide said.");
  check_invariants(d);
  CHECK(same_entity(d, "NEW DELHI", "New Delhi"));
  CHECK(has_mention(d, "NEW DELHI", EntityType::Loc));
  // a team of the place's name below is another entity
  const Document s = analyse("NEW YORK, May 13 (Lede Wire) - New York beat Boston 4-2 on Saturday.\n\n"
                             "New York scored twice in the first inning.");
  check_invariants(s);
  CHECK(!same_entity(s, "NEW YORK", "New York"));
}

TEST_CASE("entities: a dateline's place in capitals types the place it names below ('KELBY, March 4')") {
  // before: "Kelby-based" made "analysts at Kelby" a firm, and the dateline's capitals had no vote on the type
  const Document d = analyse("KELBY, March 4 (Lede Wire) - The vote was close. Analysts at Kelby-based Merovia "
                             "Capital said the budget could slip.");
  check_invariants(d);
  CHECK(has_mention(d, "KELBY", EntityType::Loc));
  CHECK(has_mention(d, "Kelby", EntityType::Loc));
  CHECK(has_mention(d, "Merovia Capital", EntityType::Org));
  CHECK(same_entity(d, "KELBY", "Kelby"));
}

TEST_CASE("entities: what a name's owner or clause says: a country's central bank, a town's mayor, a firm's trade") {
  // before: each a guess the tagger left unbacked (no entity) or typed a person
  const std::string types = rule_types(
      "Later Tessaly's central bank raised rates, and Merovia's foreign ministry protested. Kelby mayor Ada Voss "
      "objected. Shares fell at Dalvik, which makes ship engines.\n\nVoss's north London home was sold.");
  for (const char* name : {"Tessaly/LOC/1", "Merovia/LOC/1", "Kelby/LOC/1", "Dalvik/ORG/1", "Ada Voss/PERSON"})
    CHECK_MESSAGE(types.find(name) != std::string::npos, std::string(name));
  CHECK(types.find("Voss/LOC") == std::string::npos);
}

TEST_CASE("entities: a cue never reaches over a line break ('... sign striker' above 'Kelvar Rovers have')") {
  // before: the headline's last word, a player's role, made the story's first name a person (PERSON/1)
  const std::string types = rule_types("Kelvar Rovers sign striker\n\nKelvar Rovers have signed a forward.");
  CHECK(types.find("Kelvar Rovers/PERSON") == std::string::npos);
}

TEST_CASE("entities: what a player counts for a team names the team ('scored 18 goals for Dalvik')") {
  // before: a guess the tagger made a person
  const std::string types = rule_types("Berg scored 18 goals for Dalvik last season and won 12 caps for Norway.");
  CHECK(types.find("Dalvik/ORG/1") != std::string::npos);
  CHECK(types.find("Norway/LOC") != std::string::npos);
  // a town a player plays for is its club, and an adverb may stand before "for" (before: the place, and a guess)
  CHECK(rule_types("He played for Leeds. Later Tomas Berg scored twice for Tessvik.") ==
        "Leeds/ORG/1 Tomas Berg/PERSON/1 Tessvik/ORG/1 ");
}

TEST_CASE("entities: a sentence that opens with what a body is names it without that word ('Retailer Dalvik Group')") {
  // before: "Rival Tavrin Systems", "Retailer Dalvik Group", "Former Kelvar Labs" (the opening word kept because
  // the run ends on a body's word); a head noun that opens a body's name stays
  const std::string types = rule_types("Rival Tavrin Systems cut prices. Retailer Dalvik Group reported a loss. "
                                       "Former Kelvar Labs engineer Lars Holm left. Union Pacific raised rates. "
                                       "Singer Ada Voss performed. Minister Erik Sand spoke.");
  CHECK(types == "Tavrin Systems/ORG/2 Dalvik Group/ORG/2 Kelvar Labs/ORG/2 Lars Holm/PERSON/1 Union Pacific/ORG/0 "
                 "Ada Voss/PERSON/2 Erik Sand/PERSON/2 ");  // (the occupation opening the sentence: PERSON/2)
}

TEST_CASE("entities: a firm's name ends on its trade ('Dalvik Construction'); 'Transparency International'") {
  // before: a person (a guess the tagger typed: "bribes from Dalvik Construction"), and "International" alone a
  // person at a sentence start
  const std::string types = rule_types("He took bribes from Dalvik Construction and Kelvar Therapeutics. "
                                       "Transparency International said the case showed progress.");
  CHECK(types == "Dalvik Construction/ORG/2 Kelvar Therapeutics/ORG/2 Transparency International/ORG/2 ");
  // German's "works" too (before: a person, "Kelby" a first name)
  CHECK(rule_types("Its main rival, Kelby Werke, reports on Friday.") == "Kelby Werke/ORG/2 ");
}

TEST_CASE("entities: a two-letter family name opens a name at a sentence start ('Xi Jinping said')") {
  // before: "Xi" (a dictionary's word) skipped as a sentence's first word, "Jinping" alone left
  CHECK(rule_types("Talks\n\nXi Jinping and Vladimir Putin met. Li Qiang said growth was stable.") ==
        "Xi Jinping/PERSON/0 Vladimir Putin/PERSON/1 Li Qiang/PERSON/0 ");
}

TEST_CASE("entities: a month that is a first name opens a name at a sentence start ('Jan Holt said')") {
  // before: "Jan" (a month's abbreviation, no name by the lists) skipped, "Holt" alone left
  CHECK(rule_types("Results\n\nJan Holt said he was happy. It was late. Jan Orvik won.") ==
        "Jan Holt/PERSON/1 Jan Orvik/PERSON/1 ");
  CHECK(rule_types("Results\n\nJan 3 was a Monday.").empty());
}

TEST_CASE("entities: a title's word before an event's word names the event ('Kelby Grand Prix')") {
  // before: "Grand" read as a title ("Grand Duke"), so "Prix" was a person and "Kelby" a firm
  CHECK(rule_types("He won the Kelby Grand Prix. The Grand Prix starts soon.").empty());
  CHECK(rule_types("He met Grand Duke Henri.") == "Duke Henri/PERSON/2 ");  // (as before: titles stay)
}

TEST_CASE("entities: a word in brackets after a player's name on a line with a score is where the player is from") {
  // before: "Marovia" and "Halvia" persons (the tagger's reading of a capitalised word beside a person)
  const Document d = analyse(
      "Results from the Kelby Open on Wednesday:\n\nAda Kest (Marovia) beat Lena Varga (Halvia) 6-1 6-2\n");
  check_invariants(d);
  CHECK(has_mention(d, "Marovia", EntityType::Loc));
  CHECK(has_mention(d, "Halvia", EntityType::Loc));
  CHECK(has_mention(d, "Ada Kest", EntityType::Person));
  // a leaderboard's line opens with a score or a place
  const Document g = analyse("Leading first-round scores on Thursday:\n\n66 Ada Kest\n"
                             "67 Lars Vold (Marovia), Jan Holt\n");
  CHECK(has_mention(g, "Marovia", EntityType::Loc));
  // no score, no sports report: a director's film, a nickname, stay what they were
  CHECK(rule_types("Films by Rainer Dahl (Querelle) and Wim Vass (Kelby) were shown.") ==
        "Rainer Dahl/PERSON/1 Querelle/ORG/0 Wim Vass/PERSON/1 Kelby/ORG/0 ");
}

TEST_CASE("entities: a list after 'companies such as', 'retailers like', 'countries including' takes the noun's kind") {
  // before: guesses the tagger typed persons ("Dalvik", "Orrin", "Marovia")
  CHECK(rule_types("He worked for companies such as Dalvik, Wachovia and Orrin.") ==
        "Dalvik/ORG/1 Wachovia/ORG/1 Orrin/ORG/1 ");
  CHECK(rule_types("Retailers like Dalvik and Halden Kest cut prices.") == "Dalvik/ORG/1 Halden Kest/ORG/1 ");
  CHECK(rule_types("Countries such as Tessaly and Marovia objected.") == "Tessaly/LOC/1 Marovia/LOC/1 ");
  CHECK(rule_types("Players including Ada Kest and Vold left.") == "Ada Kest/PERSON/1 Vold/PERSON/1 ");
  CHECK(rule_types("Voters like Kest and Vold were angry.") == "Kest/ORG/0 Vold/ORG/0 ");  // no kind: guesses
  // two firms, not one "Johnson Controls and Kelmar Systems" (a word no dictionary has opens a name after "and")
  CHECK(rule_types("Firms such as Johnson Controls and Kelmar Systems bid.") ==
        "Johnson Controls/ORG/1 Kelmar Systems/ORG/2 ");
  CHECK(rule_types("The Food and Drug Administration agreed.") == "Food and Drug Administration/ORG/2 ");
  // the noun after the list: "and other", "or other"
  CHECK(rule_types("Dalvik, Orrin and other shipping companies cut rates.") == "Dalvik/ORG/1 Orrin/ORG/1 ");
  CHECK(rule_types("He visited Tessaly, Marovia and other countries.") == "Tessaly/LOC/1 Marovia/LOC/1 ");
  CHECK(rule_types("Dalvik and others agreed.") == "Dalvik/ORG/0 ");
}

TEST_CASE("entities: 'nearby' or 'neighbouring' before a name says a place ('Orvik and nearby Haldby')") {
  // before: a person (a guess the tagger typed)
  CHECK(rule_types("Residents of Orvik and nearby Haldby fled. Troops entered neighbouring Marovia.") ==
        "Orvik/LOC/1 Haldby/LOC/1 Marovia/LOC/1 ");
}

TEST_CASE("entities: a descriptor right before a name outweighs a first name ('construction firm Orrin Bygg')") {
  // before: "Orrin" is a first name, so a person; the descriptor was read only after that
  CHECK(rule_types("He took bribes from construction firm Orrin Bygg in 1994.") == "Orrin Bygg/ORG/1 ");
  CHECK(rule_types("The company founder Orrin Bygg spoke.") == "Orrin Bygg/PERSON/1 ");  // "founder" is the title
}

TEST_CASE("entities: a generation's suffix after its name's comma is no name ('Ivan Dejesus, Jr.')") {
  // before: "Jr." a person of its own (the tagger's span)
  const Document d = analyse("He played with Ivan Dejesus, Jr. and Tomas Berg, III in 2013.");
  check_invariants(d);
  CHECK(!any_mention(d, "Jr."));
  CHECK(!any_mention(d, "III"));
  CHECK(has_mention(d, "Ivan Dejesus", EntityType::Person));
}

TEST_CASE("entities: a town that is also a first name is a place by its context ('the town of Tracy')") {
  // before: a guess ("Tracy" is a first name) that the tagger typed a person
  CHECK(rule_types("The town of Tracy began a 15-year effort.") == "Tracy/LOC/1 ");
  CHECK(rule_types("Later that week Tracy phoned.") == "Tracy/LOC/0 ");  // (no context: the tagger decides)
}

TEST_CASE("entities: 'played (professionally) for the X' names a team, though X opens with a first name") {
  // before: "for" had to come right before the name, and a first name ("Rochester") made a person first
  CHECK(rule_types("He played professionally for the Rochester Jeffersons in 1920.") ==
        "Rochester Jeffersons/ORG/1 ");
  CHECK(rule_types("She scored 12 goals for the Halden Kestrels.") == "Halden Kestrels/ORG/1 ");
  // a position between, two teams joined by "and", a driver's team (before: shape guesses the tagger made persons)
  CHECK(rule_types("Holm played as a defender for Kelvarborg and Ulvangstrøm. Vance drove for Orrin.") ==
        "Holm/ORG/0 Kelvarborg/ORG/1 Ulvangstrøm/ORG/1 Vance/ORG/0 Orrin/ORG/1 ");
  CHECK(!rule_types("Kelvarborg and Ulvangstrøm won.").empty());  // (the walk back stops at the text's start)
  // a deal is between bodies (before: shape guesses the tagger made persons)
  CHECK(rule_types("She criticized the merger between Kelvaro and Ulvangsons and the takeover of Orvikon.") ==
        "Kelvaro/ORG/1 Ulvangsons/ORG/1 Orvikon/ORG/1 ");
}

TEST_CASE("entities: office shorthand and economic abbreviations are no names ('FYI', 'ASAP', 'the CPI')") {
  // before: organisations (the rules' acronym guess, kept without backing)
  const Document d = analyse("FYI, the CPI rose 0.3 percent. Please reply ASAP and RSVP by Friday. Dalvik said so.");
  check_invariants(d);
  for (const char* w : {"FYI", "CPI", "ASAP", "RSVP"}) CHECK(!any_mention(d, w));
}

TEST_CASE("entities: in a sports report a club's word, a team's people and 'who' say a team ('Dalvik Rovers')") {
  // before: "Dalvik Rovers" and "Sporting Kelby" persons (guesses the tagger typed), "Voss Athletic" a place,
  // "Orrin, who had won …" a person by its relative clause, "Dalvik coach …" a guess
  const Document d = analyse(
      "Dalvik Rovers stunned league leaders Orrin 2-1 on Saturday with two late goals from striker Ivo Marsk.\n\n"
      "Orrin, who had won their first five matches, went ahead through a penalty. \"We never gave up,\" Dalvik "
      "coach Per Halvorsen said. Orrin stay top, two points ahead of Sporting Kelby, who drew 0-0 at Voss "
      "Athletic.");
  check_invariants(d);
  CHECK(has_mention(d, "Dalvik Rovers", EntityType::Org));
  CHECK(has_mention(d, "Sporting Kelby", EntityType::Org));
  CHECK(has_mention(d, "Voss Athletic", EntityType::Org));
  CHECK(has_mention(d, "Orrin", EntityType::Org));
  CHECK(!has_mention(d, "Orrin", EntityType::Person));
  CHECK(has_mention(d, "Per Halvorsen", EntityType::Person));
  CHECK(has_mention(d, "Ivo Marsk", EntityType::Person));
}

TEST_CASE("entities: listed bodies with 'the' inside and bare militant groups ('Save the Children', 'Islamic State')") {
  // before: "Save" a place and "Children" a person; "Islamic" a group; "Al-Shabaab" a person
  const std::string types = rule_types("Save the Children said 40 children had died. Islamic State claimed the "
                                       "attack, and Al-Shabaab denied it.");
  CHECK(types == "Save the Children/ORG/2 Islamic State/ORG/2 Al-Shabaab/ORG/2 ");
}

TEST_CASE("entities: in a sports report a 'City' or 'Town' no place list knows is a club ('Dalvik City')") {
  // before: a place by its place word; "Mexico City" stays a place
  const std::string types = rule_types("Kelvar Rovers have signed striker Tomas Berg from Dalvik City. Berg scored "
                                       "18 goals last season and was born in Mexico City. The club needs a goalkeeper.");
  CHECK(types.find("Dalvik City/ORG/1") != std::string::npos);
  CHECK(types.find("Mexico City/LOC") != std::string::npos);
}

TEST_CASE("entities: a compass word and a nationality are a group's adjective ('North American rights')") {
  // before: a person ("North" is a first name too) or a place
  CHECK(rule_types("Kelvar bought the North American rights, and South Korean investors agreed.") ==
        "Kelvar/ORG/0 North American/GROUP/2 South Korean/GROUP/2 ");
  // a continent's people too (round 15: "West European" was a person)
  CHECK(rule_types("He built the army on the West European model.") == "West European/GROUP/2 ");
}

TEST_CASE("entities: a match's verb before a side and its score after name a team ('held Brann Bergen to a 1-1 draw')") {
  // before: a person (a first word no list knows and a town)
  const std::string types = rule_types("Kelvar Rovers held Brann Bergen to a 1-1 draw on Friday.");
  CHECK(types.find("Brann Bergen/ORG/1") != std::string::npos);
}

TEST_CASE("entities: a party and a state written out after a lawmaker are no name ('Sen. Maria Kavrin, D-Tessaly,')") {
  // before: "D-Tessaly" a person, and "Tessaly" of "a Democrat from Tessaly" joined to it (a person too)
  const Document d = analyse("Sen. Maria Kavrin, D-Tessaly, praised the deal. Kavrin, a Democrat from Tessaly, "
                             "spoke first. Rep. Jon Dalvik (R-Massachusetts) called it reckless.");
  check_invariants(d);
  CHECK(!any_mention(d, "D-Tessaly"));
  CHECK(!any_mention(d, "R-Massachusetts"));
  CHECK(!any_mention(d, "Massachusetts"));
  CHECK(has_mention(d, "Maria Kavrin", EntityType::Person));
  CHECK(!has_mention(d, "Tessaly", EntityType::Person));
}

TEST_CASE("entities: a dateline with a wire of two words and a country ('KELBY, Tessaly (Lede Wire) -')") {
  // before: "(Lede Wire)" was no wire's bracket (one word only), so KELBY was a guess; "Tessaly" a guess joined to
  // the rebels named after it, as was "Tessaly's President"
  const Document d = analyse("KELBY, Tessaly (Lede Wire) - Rebels of the Tessaly Liberation Front seized the town "
                             "on Saturday. Tessaly's President Ada Voss called an emergency meeting.");
  check_invariants(d);
  CHECK(has_mention(d, "KELBY", EntityType::Loc));
  CHECK(has_mention(d, "Tessaly", EntityType::Loc));
  CHECK(has_mention(d, "Tessaly Liberation Front", EntityType::Org));
  CHECK(!same_entity(d, "Tessaly", "Tessaly Liberation Front"));
}

TEST_CASE("entities: a settlement's kind, a comma, then the name ('in the capital, Kelby'); 'Amnesty said'") {
  // before: "Kelby" a person (a guess the tagger typed), "Amnesty" nothing; a political camp is no settlement
  const std::string types = rule_types("Protesters gathered in the capital, Kelby. Amnesty said the arrests were "
                                       "arbitrary. Activists from the localist camp, Ada Voss among them, spoke.");
  CHECK(types.find("Kelby/LOC/1") != std::string::npos);
  CHECK(types.find("Amnesty/ORG/2") != std::string::npos);
  CHECK(types.find("Ada Voss/LOC") == std::string::npos);
}

TEST_CASE("entities: a name that speaks and then owns by 'its' is a body's ('Dalvik said its profit rose')") {
  // before: a person, as every lone unknown name before "said" (a short passage has no other mention to tell)
  CHECK(rule_types("Dalvik said its profit rose 5 percent.") == "Dalvik/ORG/1 ");
  CHECK(rule_types("Voss said she would resign, and Kelvar said it would cut jobs.") ==
        "Voss/PERSON/0 Kelvar/PERSON/0 ");
}

TEST_CASE("entities: a dateline with a region and a date ('KELBY, Tessaly 1996-08-30') outweighs the tagger's guesses") {
  // before: no dateline (a region between city and date), Tessaly no entity; then the tagger's two "Kelby" of
  // "the Kelby Open" (a person, it says) outvoted the dateline's place
  const Document d = analyse("TENNIS - VOSS BEATS BERG TO REACH KELBY FINAL.\n\nKELBY, Tessaly 1996-08-30\n\nTop seed "
                             "Ada Voss of Tessaly beat Maria Berg 6-3 7-5 on Friday to reach the final of the Kelby "
                             "Open. Results from the Kelby Open on Friday:");
  check_invariants(d);
  CHECK(has_mention(d, "KELBY", EntityType::Loc));
  CHECK(has_mention(d, "Tessaly", EntityType::Loc));
  CHECK(!has_mention(d, "Kelby", EntityType::Person));
}

TEST_CASE("entities: one shape-only word in a list of places is a place ('Galway, Mayo and Clare')") {
  Document t;
  TokenFeatures f;
  std::vector<NameSpan> spans = rule_spans(t, f, "Damage was worst in Galway, Mayo and Clare on Saturday.");
  CHECK(typed_spans(t, spans, true) == "Galway/LOC/2 Mayo/ORG/0 Clare/LOC/2 ");  // before the list is read
  type_coordinated_names(t, f, spans);
  CHECK(typed_spans(t, spans, true) == "Galway/LOC/2 Mayo/LOC/1 Clare/LOC/2 ");
  // a list that mixes kinds says nothing about its guess
  Document u;
  std::vector<NameSpan> mixed = rule_spans(u, f, "Talks between Israel, Kelvar and Hamas resumed.");
  type_coordinated_names(u, f, mixed);
  CHECK(typed_spans(u, mixed, true).find("Kelvar/LOC") == std::string::npos);
}

TEST_CASE("entities: a name ending on 'Rovers' is a club outside a sports report ('Kelvin Rovers')") {
  // before: PERSON ("Kelvin" is a first name)
  CHECK(rule_types("Kelvin Rovers beat Darnley on Saturday. Ada Lind Wanderers was formed in 1901.") ==
        "Kelvin Rovers/ORG/1 Darnley/ORG/0 Ada Lind Wanderers/ORG/1 ");
}

TEST_CASE("entities: a country in brackets after a player is where the player is from, in a sports report too") {
  // before: ORG (a country in a sports report is a team)
  const Document d = analyse(
      "TENNIS - OPEN RESULTS.\n\nResults from the tennis tournament on Saturday:\n"
      "Quarter-finals: Pavel Novan (Russia) beat Marco Festi (Italy) 6-3 6-4\n"
      "The match lasted two hours; the semifinal and the final are on Sunday. Italy beat Spain 2-1 in the league.");
  check_invariants(d);
  CHECK(has_mention(d, "Italy", EntityType::Loc));
  CHECK(has_mention(d, "Russia", EntityType::Loc));
  CHECK(has_mention(d, "Italy", EntityType::Org));  // the team, in the last sentence
  // the same country named as a place elsewhere is the same place (before: two entities "Croatia")
  const Document t = analyse(
      "TENNIS - KELBY FINAL.\n\nPavel Novan of Croatia beat Marco Festi 6-3 6-4 in the final on Sunday.\n\n"
      "Results from the semi-finals on Saturday:\nPavel Novan (Croatia) beat Ivo Marsk (Italy) 7-6 6-4\n");
  check_invariants(t);
  std::set<int32_t> croatia;
  for (const Mention& m : t.mentions)
    if (t.slice(m.span) == "Croatia") croatia.insert(m.entity);
  CHECK(croatia.size() == 1);
  CHECK(!has_mention(t, "Croatia", EntityType::Org));
}

TEST_CASE("entities: a name after 'in' with a speech verb after it is a place ('Police in Carrow said')") {
  // before: a shape guess (strength 0), which the tagger typed PERSON from the verb
  CHECK(rule_types("Police in Carrow said a man was held. A woman was arrested in Tolvey on Monday.") ==
        "Carrow/LOC/1 Tolvey/LOC/0 ");
}

TEST_CASE("entities: an organisation's word before a closing place heads the name ('Stanmore College London')") {
  // before: ORG/0, which the tagger made a place by its last word
  CHECK(rule_types("She studied at Stanmore College London and worked at Kelby Bank Ireland.") ==
        "Stanmore College London/ORG/2 Kelby Bank Ireland/ORG/2 ");
}

TEST_CASE("entities: in a sports report, a town's state after it and a place before a 'suburb' stay places") {
  // before: "Texas" and "Melbourne" teams (ORG): the baseball and tennis words made these sports reports
  const Document d = analyse(
      "He played baseball for Kelby in the league and scored in the playoffs; his coach said the tournament was "
      "hard. Born in Fort Worth, Texas, he lives in the leafy Melbourne suburb of Preston. He beat Boston 3-1.");
  check_invariants(d);
  CHECK(has_mention(d, "Texas", EntityType::Loc));
  CHECK(has_mention(d, "Melbourne", EntityType::Loc));
  CHECK(has_mention(d, "Boston", EntityType::Org));
}

TEST_CASE("entities: a town that speaks after the document named a club by it is the club ('Bolton said')") {
  // before: LOC (a town's name)
  CHECK(rule_types("Bolton Wanderers have signed Kieran Dale. Bolton said the fee was undisclosed.") ==
        "Bolton Wanderers/ORG/1 Kieran Dale/PERSON/0 Bolton/ORG/1 ");
  // a country stays the state it names
  CHECK(rule_types("The Israel Defense Forces struck again. Israel said the strike was aimed at militants.") ==
        "Israel Defense Forces/ORG/2 Israel/LOC/2 ");
}

TEST_CASE("entities: a particle elided onto a name stays in it ('Giscard d'Estaing', 'Alpe d’Huez')") {
  // before: "Valery Giscard" and "Alpe" alone (the run stopped at the lower-case "d'")
  CHECK(rule_types("Valery Giscard d'Estaing met Ada Voss at Alpe d\u2019Huez. Deals with Kelby dried up.") ==
        "Valery Giscard d'Estaing/PERSON/1 Ada Voss/PERSON/1 Alpe d\u2019Huez/ORG/0 Kelby/ORG/0 ");
}

TEST_CASE("entities: a line of prose wrapped by hand, full of names, is no headline") {
  // before: the line counted as a title line (most of its long words capitalised), where every capitalised
  // dictionary word opens a sentence: "ABN AMRO" and "Dresdner" came out cut short
  CHECK(rule_types("The deal was signed.\nDutch bank ABN AMRO Holding NV and Germany's Dresdner Bank AG led the "
                   "financing. Moody's Investors Service\nput Brennex on review.") ==
        "Dutch/GROUP/2 ABN AMRO Holding NV/ORG/2 Germany/LOC/2 Dresdner Bank AG/ORG/2 "
        "Moody's Investors Service/ORG/2 Brennex/ORG/0 ");
}

TEST_CASE("entities: a reporting period after a firm's name is no part of it ('Halvard Corp Q3 net rises')") {
  CHECK(rule_types("Halvard Corp Q3 net rises 12 pct.\n\nBrennex Inc FY97 profit falls.") ==
        "Halvard Corp/ORG/2 Brennex Inc/ORG/2 ");  // before: "Halvard Corp Q3", "Brennex Inc FY97"
}

TEST_CASE("entities: a greeting is no part of the name it addresses ('Hi John', 'Thanks Sara Berg')") {
  // before: "Hi John/PERSON/1" ("Hi" is a first name too)
  // the name a greeting addresses is a person's, a town's ("Mary", "Nelson") too; "Everyone" is no one
  CHECK(rule_types("Hi John - Please see the draft. Thanks Sara Berg. Hi Mary, Hi Everyone.") ==
        "John/PERSON/2 Sara Berg/PERSON/2 Mary/PERSON/2 ");
}

TEST_CASE("entities: results lines outside a sports report; a note in capitals after a score is no scorer") {
  // before: no "Phoenix" (a number before a dictionary word reads as "$7.4 Billion") and "OT" a scorer (PERSON)
  CHECK(rule_types("Results on Friday:\nDenver 99 Phoenix 87\nHouston 110 UTAH 104 (OT)\n") ==
        "Denver/ORG/1 Phoenix/ORG/1 Houston/ORG/1 UTAH/ORG/1 ");
}

TEST_CASE("entities: a baseball standings row with its share of wins and '-' games behind names a team") {
  // before: shape guesses ("NEW YORK 79 56 .585 -" was no row: the decimal and the dash stopped it)
  CHECK(rule_types("Standings:\nBALTIMORE 72 63 .533 7\nNEW YORK 79 56 .585 -\nBOSTON 68 69 .496 12\n") ==
        "BALTIMORE/ORG/1 NEW YORK/ORG/1 BOSTON/ORG/1 ");
}

TEST_CASE("entities: a work named right after its kind is no name ('whose album Glass Harbour topped')") {
  // before: LOC "Glass Harbour" (the tagger, by its last word) and PERSON "Michael Clayton"
  const Document d = analyse("Vance, whose album Glass Harbour topped the charts, starred in the film Michael "
                             "Clayton. In this movie Google and Amazon rule the world.");
  check_invariants(d);
  CHECK(!any_mention(d, "Glass Harbour"));
  CHECK(!any_mention(d, "Michael Clayton"));
  CHECK(has_mention(d, "Google", EntityType::Org));  // (after "this movie" a clause starts)
  const Document e = analyse("Hale released his debut album, Northern Lights, on Kelvar Records in 1989.");
  CHECK(!any_mention(e, "Northern Lights"));
  CHECK(has_mention(e, "Kelvar Records", EntityType::Org));
  // a drama, a series, a thriller (before: "Cold Harbour" a place by its last word)
  const Document g = analyse("She played Ruth Hale in the NRV crime drama Cold Harbour and in the series Dalvik "
                             "Bay.");
  CHECK(!any_mention(g, "Cold Harbour"));
  CHECK(!any_mention(g, "Dalvik Bay"));
  CHECK(has_mention(g, "NRV", EntityType::Org));
}

TEST_CASE("entities: a name the sentence calls a work is no name ('The Kelby Hours is a 2011 British drama film')") {
  // before: an organisation, and "Orrin Lane" a person
  const Document d = analyse("The Kelby Hours is a 2011 British drama film directed by Ada Brekka. Orrin Lane was an "
                             "American sitcom that ran for four seasons.");
  check_invariants(d);
  CHECK(!any_mention(d, "Kelby Hours"));
  CHECK(!any_mention(d, "Kelby"));
  CHECK(!any_mention(d, "Orrin Lane"));
  CHECK(has_mention(d, "Ada Brekka", EntityType::Person));
  // a kind that goes on to a person's trade names a person
  const Document e = analyse("Ada Kest is a British film director. Ivo Marsk is an American film and television "
                             "actress.");
  CHECK(has_mention(e, "Ada Kest", EntityType::Person));
  CHECK(has_mention(e, "Ivo Marsk", EntityType::Person));
}

TEST_CASE("entities: a town's name after a post and a comma is a person ('The minister, Richardson, said')") {
  // before: LOC (Richardson is a town in Texas)
  CHECK(rule_types("The minister, Richardson, said the plan would go ahead.") == "Richardson/PERSON/1 ");
  CHECK(rule_types("Flooding hit the region, Richardson and Plano.") == "Richardson/LOC/2 Plano/LOC/2 ");
}

TEST_CASE("entities: a word only firms are named makes a list one of organisations ('Unilever, Nestle and Danone')") {
  Document t;
  TokenFeatures f;
  std::vector<NameSpan> spans = rule_spans(t, f, "Unilever, Nestle and Danone face pressure over prices.");
  type_coordinated_names(t, f, spans);
  CHECK(typed_spans(t, spans, true).find("Nestle/ORG/1") != std::string::npos);  // before: a shape guess
}

TEST_CASE("entities: a firm bought for a price and its buyer are organisations ('Chevron agreed to buy Hess for')") {
  // before: shape guesses, which the tagger did not back (dropped)
  CHECK(rule_types("Chevron agreed to buy Hess for $53 billion. Kelvar bought Tormax Labs for about $2 billion.") ==
        "Chevron/ORG/1 Hess/ORG/1 Kelvar/ORG/1 Tormax Labs/ORG/2 ");
  // in a sports report clubs buy players so: no cue (a shape guess the tagger types)
  CHECK(rule_types("The striker scored twice in the league match; the coach praised the goalkeeper and the "
                   "referee. Dalvik bought Mensah for 20 million euros.").find("Mensah/ORG/0") != std::string::npos);
}

TEST_CASE("entities: a name the kind of place follows in lower case names the place ('Ben Gurion airport')") {
  // before: PERSON (a first name and a surname)
  CHECK(rule_types("He landed at Ben Gurion airport and flew on to Charles de Gaulle airport.") ==
        "Ben Gurion/LOC/1 Charles de Gaulle/LOC/1 ");
  CHECK(rule_types("Ada Kest Airport said flights resumed, and Ada Kest said so too.").find("Ada Kest/PERSON") !=
        std::string::npos);
}

TEST_CASE("entities: a compass word or a feature of the land beside a first name names a place ('Sandy Creek')") {
  // before: PERSON (Sandy and West are first names too)
  CHECK(rule_types("The village lies near West Sebago, and Sandy Creek runs past Hancock Pond.") ==
        "West Sebago/LOC/0 Sandy Creek/LOC/2 Hancock Pond/LOC/2 ");
  CHECK(rule_types("Sandy Walker said the creek had flooded.") == "Sandy Walker/PERSON/1 ");
}

TEST_CASE("entities: a name before a street's abbreviated kind is the street's ('Carver St', 'Elm Rd')") {
  // before: PERSON (a surname and a word the lists did not know)
  CHECK(rule_types("The shop moved to Carver St last spring, two doors from the bakery on Elm Rd.") ==
        "Carver St/LOC/2 Elm Rd/LOC/2 ");
  CHECK(rule_types("Buses run along Halvorsen Ave and up Marsh Blvd to the depot.") ==
        "Halvorsen Ave/LOC/2 Marsh Blvd/LOC/2 ");
  // "St" before a name is a saint's
  CHECK(rule_types("Carol St Clair signed the letter.") == "Carol St Clair/PERSON/1 ");
}

TEST_CASE("entities: the United Nations in AP's spelling is a known body ('U.N. Secretary-General ...')") {
  // before: a shape-only guess, dropped at a sentence start where nothing else in the text backs it
  CHECK(rule_types("U.N. Secretary-General Antonio Guterres urged calm.") ==
        "U.N./ORG/2 Antonio Guterres/PERSON/2 ");
}

TEST_CASE("entities: a town joined to its river or region by hyphens is one place ('Boulogne-sur-Mer')") {
  // before: "Boulogne-sur-Mer" a person (two capitalised words), "Stratford" and "Avon" two names
  CHECK(rule_types("He was born in Boulogne-sur-Mer and died in Stratford-upon-Avon.") ==
        "Boulogne-sur-Mer/LOC/1 Stratford-upon-Avon/LOC/1 ");
  // before: "Aubin" (the sentence's first word, "Saint", taken for an ordinary word capitalised)
  CHECK(rule_types("Saint-Aubin-sur-Mer is a commune in Normandy.") == "Saint-Aubin-sur-Mer/LOC/1 Normandy/LOC/2 ");
  CHECK(rule_types("Saint-Aubin lies to the east.").find("Saint-Aubin/") != std::string::npos);
  // a person's hyphenated name has no such word
  CHECK(rule_types("The composer Camille Saint-Saëns wrote it.") == "Camille Saint-Saëns/PERSON/1 ");
}

TEST_CASE("entities: two short syllables after a surname are a given name, English words or not ('Park Sung-soon')") {
  // before: "Park Sung" and "Kim Young" ("sung", "young" and "soon" are English words)
  CHECK(rule_types("\"Prices are falling,\" said Park Sung-soon, an analyst at Kelvar Securities.") ==
        "Park Sung-soon/PERSON/1 Kelvar Securities/ORG/2 ");
  CHECK(rule_types("Former president Kim Young-sam met Moon Jae-in.") ==
        "Kim Young-sam/PERSON/1 Moon Jae-in/PERSON/1 ");
  // a name's word before an English compound stays apart ("Obama-era"; "Hamas-run" opens the run)
  CHECK(rule_types("Barack Obama-era rules and Hamas-run Gaza.").find("Obama-era") == std::string::npos);
}

TEST_CASE("entities: a nickname in marks is inside the name; a person's noun before a place ('his wife Victoria')") {
  // before: "Gerardo" and "Martino" two people and "Tata" a firm; "Victoria" a place (in a sports report a team)
  CHECK(rule_types("Leeds beat Bolton 3-1. \"We are a family,\" coach Gerardo \"Tata\" Martino told reporters, "
                   "and his wife Victoria watched.") ==
        "Leeds/ORG/1 Bolton/ORG/1 Gerardo \"Tata\" Martino/PERSON/1 Victoria/PERSON/1 ");
}

TEST_CASE("entities: in a sports report a team's nickname after 'the' is the team ('the Cubs', 'the Red Sox')") {
  // before: no name ("Cubs", "Mariners": plurals of dictionary words) and a person ("Red" is a first name);
  // baseball's words now say the report is one ("homered", "bullpen", "shortstop")
  CHECK(rule_types("Ada Kest homered in the third inning and the bullpen held on. The pitcher struck out nine, and the "
                   "shortstop scored twice. Later the Cubs edged the Mariners and the Red Sox lost.") ==
        "Ada Kest/PERSON/1 Cubs/ORG/1 Mariners/ORG/1 Red Sox/ORG/0 ");
  // outside a sports report such words stay ordinary words
  CHECK(rule_types("Later the Cubs edged the Mariners.") == "");
}

TEST_CASE("entities: a team's name without its city is the team, even where 'who' follows ('the Rivettes, who')") {
  // before: "Rivettes" a person ("X, who …"), or no entity where the tagger saw no name there
  const Document d = analyse("The Portland Rivettes beat the Tacoma Pilots 5-3 on Friday. It was a fourth straight "
                             "win for the Rivettes, who lead the division by two games.");
  check_invariants(d);
  CHECK(same_entity(d, "Rivettes", "Portland Rivettes"));
  CHECK(!has_mention(d, "Rivettes", EntityType::Person));
}

TEST_CASE("entities: a table's column heads, a line of fixtures, a league named with a title's word") {
  // before: "L PCT GB" a name; "OAKLAND" and "BALTIMORE" places (the tagger's type in capitals); no name for
  // "Major League Baseball" ("Major" read as a title before plain words)
  const std::string text =
      "BASEBALL - MAJOR LEAGUE STANDINGS\n\nMajor League Baseball standings after Thursday's games, with the "
      "pitcher and the shortstop of the day:\n\nW L PCT GB\n\nCLEVELAND 80 53 .602 -\n\nFRIDAY'S SCHEDULE\n\n"
      "OAKLAND AT BOSTON\nSEATTLE AT BALTIMORE\n";
  const std::string rules = rule_types(text);
  CHECK(rules.find("Major League Baseball/ORG/") != std::string::npos);
  CHECK(rules.find("PCT") == std::string::npos);
  for (const char* team : {"OAKLAND/ORG/1", "BOSTON/ORG/1", "SEATTLE/ORG/1", "BALTIMORE/ORG/1"})
    CHECK(rules.find(team) != std::string::npos);
  // a line that opens with "at", or holds more than two names and "at", is no fixture
  CHECK(rule_types("The pitcher and the shortstop scored in the inning, the bullpen held.\nat Kelby Park\n")
            .find("/ORG/1") == std::string::npos);
}

TEST_CASE("entities: a firm named by its web address and legal form is one name ('Amazon.com Inc')") {
  // before: "Amazon" (the run stopped at the full stop); a web address alone stays out of names
  const std::string rules = rule_types("Shares of Booking.com rose, and Amazon.com Inc said it would invest.");
  CHECK(rules.find("Amazon.com Inc/ORG/2") != std::string::npos);
  CHECK(rules.find("Booking.com") == std::string::npos);
}

TEST_CASE("entities: a firm named alone before a longer name opening with it is the parent ('Amazon Web Services')") {
  // before: every "Amazon" joined "Amazon Web Services" as its short form
  const Document d = analyse("Amazon to invest in Kelvar\n\nAmazon will invest $4 billion in Kelvar, a startup. Kelvar "
                             "will use Amazon Web Services as its cloud provider, and Amazon will take a stake.");
  check_invariants(d);
  CHECK(!same_entity(d, "Amazon", "Amazon Web Services"));
  // the longer name first, then the short one: one firm (the headline's mention too)
  const Document e = analyse("Kelvar posts loss\n\nKelvar Holdings Inc posted a loss on Monday. Shares of Kelvar fell "
                             "3 percent.");
  CHECK(same_entity(e, "Kelvar", "Kelvar Holdings Inc"));
}

TEST_CASE("entities: a caucus is a body ('House Freedom Caucus')") {
  // before: a shape guess (ORG/0) the tagger did not back, so no entity after "the hard-right"
  CHECK(rule_types("It angered the hard-right House Freedom Caucus and the Kelby Caucus.") ==
        "House Freedom Caucus/ORG/2 Kelby Caucus/ORG/2 ");
}

TEST_CASE("entities: an office's or an honour's letters after a name stay out of it ('Jess Phillips MP')") {
  // before: "Jess Phillips MP" an organisation's guess, "Tom Holt QC" too, "Ada Kest OBE" a person with the letters
  CHECK(rule_types("Labour's Jess Phillips MP said it was wrong. Tom Holt QC agreed.") ==
        "Labour/ORG/2 Jess Phillips/PERSON/1 Tom Holt/PERSON/1 ");
  CHECK(rule_types("Professor Ada Kest OBE led the study.") == "Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a conservatory is a school ('Tallinn Conservatory')") {
  // before: LOC (a city's name and a word no list knew)
  CHECK(rule_types("He studied at the Tallinn Conservatory under Eino Tamberg.").find("Tallinn Conservatory/ORG/2") !=
        std::string::npos);
}

TEST_CASE("entities: a word before a country's code names a body of that country ('Reform UK')") {
  // before: guessed from shape, then a place by the tagger (the code is a country)
  CHECK(rule_types("Voters backed Reform UK and she joined Greenpeace UK in 2010.") ==
        "Reform UK/ORG/1 Greenpeace UK/ORG/1 ");
  // a country's name is not enough ("Nazi Germany", "Modern China" are places); a size is no body (both left to
  // the shape guess and the tagger, as before)
  CHECK(rule_types("After a few years Nazi Germany captured Budapest.").find("/ORG/1") == std::string::npos);
  CHECK(rule_types("She wore a Boot US 11.5 that day.").find("/ORG/1") == std::string::npos);
}

TEST_CASE("entities: a nationality before a body listed under ordinary words is that nation's body") {
  // before: a group ("Turkish") and "Red Crescent"
  CHECK(rule_types("Medics from the Turkish Red Crescent arrived, and the Russian Security Council met.") ==
        "Turkish Red Crescent/ORG/2 Russian Security Council/ORG/2 ");
  // a body with a name of its own keeps the nationality apart
  CHECK(rule_types("He said Lebanese Hezbollah fired rockets.").find("Lebanese Hezbollah/ORG/2") == std::string::npos);
}

TEST_CASE("entities: ordinary words capitalised before a first name and a surname are no part of the name") {
  // before: "Engineer Tomas Varga" one person
  CHECK(rule_types("The inquiry found that Engineer Tomas Varga of the night train erred.") ==
        "Tomas Varga/PERSON/1 ");
  // a place's or a firm's word, a title and a first name stay where the lists put them
  CHECK(rule_types("He sailed from Fort William to Port Elizabeth.") == "Fort William/LOC/2 Port Elizabeth/LOC/2 ");
  CHECK(rule_types("Later Will Smith spoke.").find("Will Smith/PERSON") != std::string::npos);
}

TEST_CASE("entities: a broadcaster's channel is named with its number ('BBC Radio 4', 'Channel 12')") {
  // before: "BBC Radio" and "Channel" (the English Channel's word), the numbers figures of their own
  CHECK(rule_types("He told BBC Radio 4 on Monday, and Channel 4 News and Channel 12 showed it.") ==
        "BBC Radio 4/ORG/2 Channel 4 News/ORG/2 Channel 12/ORG/2 ");
  CHECK(rule_types("On Channel 4 News, the minister said no.") == "Channel 4 News/ORG/2 ");  // (not "On")
  const Document d = analyse("The minister told Channel 12 that 40 people were hurt.");
  CHECK(d.numbers.size() == 1);  // "40", not "12"
  CHECK(rule_types("The firm filed for Chapter 11 and the road is Route 66.").find("11") == std::string::npos);
}

TEST_CASE("entities: a name in a time before or after it is no mention ('post-Soviet Russia', 'Post-Mao China')") {
  // before: "Soviet Russia", "Mao China" one name each
  CHECK(rule_types("Life in post-Soviet Russia was hard. Post-Mao China opened up.") == "Russia/LOC/2 China/LOC/2 ");
  CHECK(rule_types("She wrote for the Jerusalem Post.") == "Jerusalem Post/ORG/2 ");
}

TEST_CASE("entities: 'and' inside a body's name after a title's word that names no post ('National ... and')") {
  // before: "National Aeronautics" and "Space Administration", two ("National" opens posts too)
  CHECK(rule_types("It was launched by the National Aeronautics and Space Administration on Monday.") ==
        "National Aeronautics and Space Administration/ORG/2 ");
  // a post before "and" is a person's: two names
  CHECK(rule_types("The Prime Minister and Cabinet Office staff met.") == "Cabinet Office/ORG/2 ");
  CHECK(rule_types("Studies in sub-Saharan Africa agree.") == "Africa/LOC/2 ");  // (a part of it: no "Saharan")
}

TEST_CASE("entities: a compound of a function word opens no name ('the All-Time University of Texas team')") {
  // before: "Time University of Texas", "Star Game" a person
  CHECK(rule_types("He was named to the All-Time University of Texas team.") == "University of Texas/ORG/2 ");
  CHECK(rule_types("He played in the All-Star Game in Denver.") == "Denver/LOC/2 ");
}

TEST_CASE("entities: sport's shorthand is no organisation ('won all by KO', 'a 2.10 ERA')") {
  // before: ORG "KO" (an acronym after a preposition stays a name)
  const Document d = analyse("He won eight fights in 1974, all by KO, and posted a 2.10 ERA.");
  CHECK(!any_mention(d, "KO"));
  CHECK(!any_mention(d, "ERA"));
}

TEST_CASE("entities: a place's kind in another language opens a place's name ('Plaza de Mayo', 'Anse Bertrand')") {
  // before: PERSON (a first name, "Bertrand", or a shape guess)
  CHECK(rule_types("From Anse Bertrand we drove to Lago Verdano and walked down the Rue Halvard.") ==
        "Anse Bertrand/LOC/2 Lago Verdano/LOC/2 Rue Halvard/LOC/2 ");
  // (names that are people's too stay out of the list: "Diego Costa", "Rio Ferdinand")
  CHECK(rule_types("Rio Ferdinand said so.").find("Rio Ferdinand/PERSON") != std::string::npos);
}

TEST_CASE("entities: a people named by its language is a group, no firm or person ('Uzbek', 'Catalan', 'Kazakh')") {
  // the country's demonym is "Kazakhstani", "Uzbekistani"; the news says "Kazakh", "Uzbek" (iso 639-2's names)
  CHECK(gazetteer::demonym("Kazakh"));
  CHECK(gazetteer::demonym("Tamils"));
  CHECK(!gazetteer::demonym("Welsh"));  // an English word too ("to welsh on a bet"): the generator leaves it out
  // before: "Uzbek" and "Tajik" ORG (shape guesses), "Catalan" PERSON
  CHECK(rule_types("Uzbek and Tajik officials met, and Basque and Catalan nationalists backed the plan.") ==
        "Uzbek/GROUP/2 Tajik/GROUP/2 Basque/GROUP/2 Catalan/GROUP/2 ");
  // a name that opens with one stays whole
  CHECK(rule_types("The Tamil National Alliance met.") == "Tamil National Alliance/ORG/2 ");
}

TEST_CASE("entities: a region's name is found without its accents ('Tamil Nadu' for iso 3166-2's 'Tamil N\u0101du')") {
  CHECK((gazetteer::place("Tamil Nadu") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Baden-Wurttemberg") & gazetteer::kRegion) != 0);
  // before: ORG (a shape guess)
  CHECK(rule_types("Officials in Tamil Nadu agreed.") == "Tamil Nadu/LOC/2 ");
  // a longer name the dictionary lists as a proper noun is the place it lists ("Mah\u0101r\u0101shtra")
  CHECK((gazetteer::place("Maharashtra") & gazetteer::kRegion) != 0);
  CHECK((gazetteer::place("Gujarat") & gazetteer::kRegion) != 0);
  // (a short one stays out: more often someone's name)
  CHECK(gazetteer::place("Lori") == 0);
}

TEST_CASE("entities: 'State' after a listed region is the place's last word ('Borno State'), no title") {
  // before: "Borno" alone (the State taken for a title, as in "Secretary of State", and dropped)
  CHECK(rule_types("Gunmen attacked a village in Borno State on Sunday.") == "Borno State/LOC/2 ");
  CHECK(rule_types("Kaduna State Governor Nasir El-Rufai imposed a curfew.") ==
        "Kaduna State/LOC/2 Nasir El-Rufai/PERSON/2 ");
  // a team of the university that bears the name is what a player plays for
  CHECK(rule_types("He played for Ohio State before the draft.") == "Ohio State/ORG/1 ");
  // "State" first is no place's prefix: a body ("State Duma"; before: LOC)
  const Document d = analyse("The State Duma voted on the budget on Tuesday.");
  check_invariants(d);
  CHECK(!has_mention(d, "State Duma", EntityType::Loc));
  CHECK(rule_types("He lives on State Street in Chicago.") == "State Street/LOC/2 Chicago/LOC/2 ");
}

TEST_CASE("entities: a listed place inside a body's name is no place and person ('University of Port Harcourt')") {
  // before: "University of Port" ORG and "Harcourt" (a first name) a name apart
  CHECK(rule_types("It is home to the University of Port Harcourt.") == "University of Port Harcourt/ORG/2 ");
}

TEST_CASE("entities: a bound prefix's compound inside a body's name ('Co-ordination', 'Anti-corruption')") {
  // before: "National Anti" and "Bureau of Ukraine"; "UN Office for the Co" and "Humanitarian Affairs"
  CHECK(rule_types("Investigators from the National Anti-corruption Bureau of Ukraine searched it.") ==
        "National Anti-corruption Bureau of Ukraine/ORG/2 ");
  CHECK(rule_types("The UN Office for the Co-ordination of Humanitarian Affairs said so.") ==
        "UN Office for the Co-ordination of Humanitarian Affairs/ORG/1 ");
  CHECK(rule_types("A spokesman for the Anti-doping Agency said the tests were negative.") ==
        "Anti-doping Agency/ORG/2 ");
  // a compound that opens no name, or names a person's role, is left alone
  CHECK(rule_types("Anti-government protesters marched in Tbilisi.") == "Tbilisi/LOC/2 ");
  CHECK(rule_types("He met the Co-founder of Halvard Systems.").find("Co-founder") == std::string::npos);
}

TEST_CASE("entities: a listed place goes on over small words ('Bosnia and Herzegovina', 'Rio Grande do Sul')") {
  // before: two places each ("Bosnia", "Herzegovina"; "Rio Grande", "Sul"), and "Vincent and the Grenadines" a
  // person after "Saint" (a common word) was taken for a role
  CHECK(rule_types("Floods hit Rio Grande do Sul, and leaders of Bosnia and Herzegovina met.") ==
        "Rio Grande do Sul/LOC/2 Bosnia and Herzegovina/LOC/2 ");
  CHECK(rule_types("She moved to Newcastle upon Tyne and then to Saint Vincent and the Grenadines.") ==
        "Newcastle upon Tyne/LOC/2 Saint Vincent and the Grenadines/LOC/2 ");
  // two places that are no one place stay two; a place before a body's words is left to the body
  CHECK(rule_types("He flew from Kenya and Uganda.") == "Kenya/LOC/2 Uganda/LOC/2 ");
  CHECK(rule_types("the Newfoundland and Labrador Court of Appeal ruled").find("Newfoundland and Labrador/") ==
        std::string::npos);
}

TEST_CASE("entities: 'the House' where the document names a legislature, and 'the Fed', are organisations") {
  // before: both shape guesses the tagger did not back ("the House" dropped, "the Fed" a person)
  CHECK(rule_types("Republicans in the House passed the bill, and the Senate will take it up.") ==
        "Republicans/GROUP/2 House/ORG/1 Senate/ORG/2 ");
  CHECK(rule_types("The Federal Reserve raised rates. The Fed said inflation was too high.") ==
        "Federal Reserve/ORG/2 Fed/ORG/1 ");
  // without a legislature in the document "the House" is left to the shape guess and the tagger
  CHECK(rule_types("They had dinner at the House on Sunday.") == "House/ORG/0 ");
}

TEST_CASE("entities: more small words join a town's name by hyphens ('Weston-super-Mare', 'Ashby-de-la-Zouch')") {
  // before: "Weston" and "Mare" two places; "Sainte-Anne-des-" a person
  CHECK(rule_types("The club is based in Weston-super-Mare, near Ashby-de-la-Zouch and Sainte-Anne-des-Monts.") ==
        "Weston-super-Mare/LOC/2 Ashby-de-la-Zouch/LOC/1 Sainte-Anne-des-Monts/LOC/1 ");
  // a title so compounded is no place; nor is a hyphenated given name
  CHECK(rule_types("He is the Editor-in-Chief, said Jean-Pierre Dupont.").find("/LOC") == std::string::npos);
  // Italian and Spanish small words too (before: a person, "Castelnuovo-di-Garfagnana")
  CHECK(rule_types("He was born in Castelnuovo-di-Garfagnana.") == "Castelnuovo-di-Garfagnana/LOC/1 ");
}

TEST_CASE("entities: after 'the', a kind of body in lower case names the body ('the Kelvor agency')") {
  // before: shape guesses the tagger took for people ("Kelvor", "Brennan") or did not back ("Sub Pop")
  CHECK(rule_types("It came out on the Sub Pop label; she joined the Kelvor agency and the Brennan firm.") ==
        "Sub Pop/ORG/1 Kelvor/ORG/1 Brennan/ORG/1 ");
  // the name's other mentions take its type
  const Document d = analyse("Fighters from the Wagner group crossed the border. Wagner said it would pull out.");
  CHECK(has_mention(d, "Wagner", EntityType::Org));
  CHECK(!has_mention(d, "Wagner", EntityType::Person));
  // a place's, a people's or a product's word stays what it is
  CHECK(rule_types("He met the Moscow club and the Republican party; the iPhone maker said so.").find("/ORG/1") ==
        std::string::npos);
}

TEST_CASE("entities: a sports club's letters end a body's name ('Rosenborg BK', 'Valencia CF')") {
  // before: "Färjestad BK" a shape guess the tagger did not back (dropped), "Rosenborg BK" a place
  CHECK(rule_types("He played for Färjestad BK and Rosenborg BK, then Valencia CF.") ==
        "Färjestad BK/ORG/2 Rosenborg BK/ORG/2 Valencia CF/ORG/2 ");
}

TEST_CASE("entities: a person named with and without middle names is one person, and the surname is theirs") {
  // before: "John Smith" and "John Henry Smith" two people, so "Smith" alone was neither's (issue 12, item 4)
  const Document d = analyse("John Henry Smith was a composer. John Smith moved to Leeds, where Smith died.");
  check_invariants(d);
  CHECK(same_entity(d, "John Smith", "John Henry Smith"));
  CHECK(same_entity(d, "Smith", "John Henry Smith"));
  // the title line first, then the name in full with a middle name
  const Document t = analyse("Antonín Dvořák\n\nAntonín Leopold Dvořák was a composer. Later Dvořák taught.");
  CHECK(same_entity(t, "Dvořák", "Antonín Leopold Dvořák"));
  CHECK(same_entity(t, "Antonín Dvořák", "Antonín Leopold Dvořák"));
  // a third person of the surname leaves the two forms of one name joined (the surname alone is then no one's)
  const Document g = analyse("Patrick Gordon was a general. Patrick Leopold Gordon served the tsar, and Alexander "
                             "Gordon wrote his life.");
  CHECK(same_entity(g, "Patrick Gordon", "Patrick Leopold Gordon"));
  CHECK(!same_entity(g, "Alexander Gordon", "Patrick Gordon"));
  // two people who share a first name and a surname but no middle name stay apart
  const Document b = analyse("John Henry Smith met John Paul Smith. Smith said no.");
  REQUIRE(entity_of(b, "John Paul Smith") != nullptr);
  CHECK(entity_of(b, "John Henry Smith") != entity_of(b, "John Paul Smith"));
}

TEST_CASE("entities: a name keeps the Arabic article it starts with ('al-Qaeda'), and is matched without it") {
  // before: "Qaeda" and "Rashed" alone; "Al-Rashed" at a sentence start was a second person, "Al" his first name
  const Document d = analyse("Officials blamed al-Qaeda for the attack. Envoy Nadim al-Rashed flew to Amman. "
                             "Al-Rashed said talks would resume, and later al-Rashed met aides.");
  check_invariants(d);
  CHECK(any_mention(d, "al-Qaeda"));
  CHECK(!any_mention(d, "Qaeda"));
  CHECK(same_entity(d, "Al-Rashed", "Nadim al-Rashed"));
  CHECK(same_entity(d, "al-Rashed", "Nadim al-Rashed"));
  CHECK(canonical(d, "al-Rashed") == "Nadim al-Rashed");
  // the article alone: glued to the name after it, not to a word before it, and not an English word
  Document g;
  g.text = "al-Qaeda, Jamaat-ad-Dawa, an-Nur, el-Kareem";
  tokenize(g);
  std::vector<std::string> articles;
  for (uint32_t t = 0; t < g.tokens.size(); ++t)
    if (glued_article(g, t)) articles.emplace_back(g.token_text(t));
  CHECK(articles == std::vector<std::string>{"al", "el"});
}

TEST_CASE("entities: a listed body after its country is no person, though its first word is a first name") {
  // before: "Kenya Red Cross" was the place "Kenya" and a person "Red Cross" (a country, then a first name and a
  // capitalised word: "the Philippines Maria Santos"), and every "Red Cross" of the document with it
  CHECK(rule_types("The Kenya Red Cross sent teams to the coast.") == "Kenya Red Cross/ORG/0 ");
  CHECK(rule_types("He thanked the President of Ghana Maria Mensah.").find("Maria Mensah/PERSON") != std::string::npos);
}

TEST_CASE("entities: a surname in a headline in capitals is the person the text names below") {
  // before: "KOVAC" and "LINDGREN" were no names (a word of a headline in capitals is read as the text writes it
  // below only when the text writes it alone, and "Kovac" stands there only inside "Anya Kovac")
  const Document d = analyse("TENNIS - KOVAC BEATS LINDGREN IN OSLO.\nOSLO 2026-08-22\nAnya Kovac beat Sara Lindgren "
                             "6-3 6-4 on Thursday to reach the final.");
  check_invariants(d);
  CHECK(has_mention(d, "KOVAC", EntityType::Person));
  CHECK(same_entity(d, "KOVAC", "Anya Kovac"));
  CHECK(same_entity(d, "LINDGREN", "Sara Lindgren"));
  // a surname that is a dictionary word is left alone ("BROWN" may be the colour)
  const Document b = analyse("STOCKS - BROWN SHARES FALL.\nLONDON 2026-08-22\nAnalyst Mia Brown said shares fell.");
  CHECK(!any_mention(b, "BROWN"));
}

TEST_CASE("entities: an initial opening a line or a sentence starts the name ('M. Atherton', 'A. Stewart')") {
  // before: the initial went as a sentence-initial word ("M", a dictionary's letter; "A", the article), and
  // "Atherton" alone was a guess typed an organisation
  CHECK(rule_types("England first innings\nM. Atherton b Wasim Akram 31\nA. Stewart c Moin Khan b Waqar Younis 44\n") ==
        "England/LOC/2 M. Atherton/PERSON/1 Wasim Akram/PERSON/1 A. Stewart/PERSON/1 Moin Khan/PERSON/1 "
        "Waqar Younis/PERSON/1 ");
  // an outline's labels are no initials
  CHECK(rule_types("A. Introduction\nB. Results of the survey\n").empty());
}

TEST_CASE("entities: 'versus' between two sides ends one name ('FRANCE V SPAIN', 'Celtic Vs Rangers')") {
  // before: "FRANCE V SPAIN" and "Celtic Vs Rangers" were one name each
  CHECK(rule_types("SOCCER - FRANCE V SPAIN.\nPARIS 2026-08-22\nFrance beat Spain 2-1.").find("FRANCE/") !=
        std::string::npos);
  CHECK(rule_types("SOCCER - FRANCE V SPAIN.\nPARIS 2026-08-22\nFrance beat Spain 2-1.").find("V SPAIN") ==
        std::string::npos);
  CHECK(rule_types("Fans queued for Celtic Vs Rangers on Sunday.").find("Celtic Vs") == std::string::npos);
  // a lone "V" after a word in mixed case is a king's numeral
  CHECK(rule_types("King George V visited Delhi.").find("George V/PERSON") != std::string::npos);
}

TEST_CASE("entities: a wire's slug before ' - ' in a headline in capitals is no name ('BASEBALL - ...')") {
  // before: the tagger took "BASEBALL" of a results headline for an organisation (and "ATHLETICS" alone)
  const Document d = analyse("BASEBALL - MAJOR LEAGUE RESULTS WEDNESDAY.\nNEW YORK 2026-08-22\nResults of games "
                             "played on Wednesday:\nCLEVELAND 9 Baltimore 4\nBoston 5 SEATTLE 3\n");
  check_invariants(d);
  CHECK(!any_mention(d, "BASEBALL"));
  CHECK(any_mention(d, "CLEVELAND"));
  const Document a = analyse("ATHLETICS - KOVAC WINS IN OSLO.\nOSLO 2026-08-22\nAnya Kovac won the 800 metres.");
  CHECK(!any_mention(a, "ATHLETICS"));
  // a name before the dash stays: it is no dictionary word
  const Document n = analyse("ISRAEL - CABINET MEETS ON TRUCE.\nJERUSALEM 2026-08-22\nIsrael's cabinet met.");
  CHECK(any_mention(n, "ISRAEL"));
}

TEST_CASE("entities: a full name before a country in brackets stays, backed or not ('Yulia Graudyn (Russia)')") {
  // before: a results line's runner whose first name no list knows was a guess the tagger did not back (dropped)
  const Document d = analyse("Leading results on Friday:\n1. Anya Kovac (Sweden) 12.60 seconds\n2. Yulvira Graudetz "
                             "(Russia) 12.85\n");
  check_invariants(d);
  CHECK(any_mention(d, "Yulvira Graudetz"));
  CHECK(has_mention(d, "Russia", EntityType::Loc));
}

TEST_CASE("entities: names an ampersand joins are two, or a firm's one name ('Sam & Stephanie', 'Marks & Spencer')") {
  // before: each pair was one person ("Kelby & Orrin", "Procter & Gamble", "France & Germany" one place)
  const Document d = analyse("Ministers from France & Germany met on Tuesday. Sam & Stephanie flew home.\n"
                             "Shares of Procter & Gamble rose, and lawyers at Davis Polk & Wardwell advised "
                             "Marks & Spencer.\n");
  check_invariants(d);
  CHECK(has_mention(d, "France", EntityType::Loc));
  CHECK(has_mention(d, "Germany", EntityType::Loc));
  CHECK(has_mention(d, "Sam", EntityType::Person));
  CHECK(has_mention(d, "Stephanie", EntityType::Person));
  CHECK(has_mention(d, "Procter & Gamble", EntityType::Org));
  CHECK(has_mention(d, "Davis Polk & Wardwell", EntityType::Org));
  CHECK(has_mention(d, "Marks & Spencer", EntityType::Org));
  // a citation names two authors; a firm's word ends one firm's name
  const Document c = analyse("The effect is well known (Kelbrand & Orrimer, 2010). She joined Brenner & Associates.");
  CHECK(has_mention(c, "Kelbrand", EntityType::Person));
  CHECK(has_mention(c, "Orrimer", EntityType::Person));
  CHECK(!any_mention(c, "Kelbrand & Orrimer"));
  CHECK(has_mention(c, "Brenner & Associates", EntityType::Org));
}

TEST_CASE("entities: a surname that is also a title ('John Major', 'Mr Bishop'); a firm's possessive ('Moody's')") {
  // before: "John Major" was "John", "Mr Major" nothing, and "Moody's Investors Service" "Investors Service"
  CHECK(rule_types("Prime Minister John Major met Chancellor Helmut Kohl.").find("John Major/PERSON") !=
        std::string::npos);
  CHECK(rule_types("Mark Bishop said on Friday he would stay.") == "Mark Bishop/PERSON/1 ");
  CHECK(rule_types("Mr. Major said it. Mrs Bishop agreed.") == "Major/PERSON/2 Bishop/PERSON/2 ");
  // an office addressed is no surname; one more word after the title is the name
  CHECK(rule_types("Mr President, he said.").empty());
  CHECK(rule_types("Mr Justice Eady ruled.") == "Eady/PERSON/2 ");
  CHECK(rule_types("Moody's Investors Service cut the rating. Standard & Poor's and Moody's said nothing.") ==
        "Moody's Investors Service/ORG/2 Standard & Poor's/ORG/2 Moody's/ORG/2 ");
  // any other possessive stays out of the name
  CHECK(rule_types("Kelby's Investors Group met.").find("Kelby's") == std::string::npos);
}

TEST_CASE("entities: a first name and a place's word before 'of' and a country is a person ('Damon Hill of Britain')") {
  // before: "Damon Hill of Britain" was one place ("Gulf of Mexico", "Bank of America" stay whole)
  CHECK(rule_types("Damon Hill of Britain took pole. Bank of America rose in the Gulf of Mexico.") ==
        "Damon Hill/PERSON/1 Britain/LOC/2 Bank of America/ORG/2 Gulf of Mexico/LOC/2 ");
  // a first name that is an ordinary word too ("Tom", "Mark") before a hill or a hall is the place only as a guess,
  // for the tagger to read (before: LOC/2, which "talked with Tom Hall" kept); not after a preposition of place
  // ("at Rose Hill"); "Emma Hill" stays a person
  CHECK(rule_types("I talked with Tom Hall. Trains stop at Rose Hill. Emma Hill agreed.") ==
        "Tom Hall/LOC/0 Rose Hill/LOC/2 Emma Hill/PERSON/2 ");
}

TEST_CASE("entities: in a sports report the side after 'and' is a team when the one before is ('England and "
          "Pakistan')") {
  // before: "England" a team, "Pakistan" a place, in the one phrase
  const Document d = analyse("SOCCER - FRIENDLY RESULT.\nLONDON 2026-08-22\nThe striker scored twice in the friendly "
                             "match between England and Pakistan on Thursday, and the goalkeeper saved a penalty. "
                             "England won the game 3-1.");
  check_invariants(d);
  CHECK(has_mention(d, "England", EntityType::Org));
  CHECK(has_mention(d, "Pakistan", EntityType::Org));
}

TEST_CASE("entities: a firm's word and another joined by 'and' are two firms ('Allianz and Siemens')") {
  // before: "Siemens", also a person's name, was a person beside the insurer
  const Document d =
      analyse("Allianz and Siemens were little changed on Tuesday.\nSupport from Google and Tamsin helped.");
  check_invariants(d);
  CHECK(has_mention(d, "Siemens", EntityType::Org));
  // no firm's word: no firm ("Tamsin" is the tagger's to type, or to leave out as round 39's model does)
  CHECK(!has_mention(d, "Tamsin", EntityType::Org));
}

TEST_CASE("entities: a backed body and a firm's word joined by 'and' are two firms ('Renault Group and Porsche')") {
  // before: "Porsche", also a person's name, was a person beside the carmaker, in every mention
  const Document d = analyse("Renault Group (RNO) and Porsche will build a battery plant in Spain. Porsche said it "
                             "would hire 300 people.");
  check_invariants(d);
  CHECK(has_mention(d, "Porsche", EntityType::Org));
  CHECK(!has_mention(d, "Porsche", EntityType::Person));
  // a full stop between two names joins them into no list ("Hayward.\nKelby Tower and PlazaOne": no three
  // places, and "PlazaOne" no place by the list's say)
  CHECK(!has_mention(analyse("The mall lies in Hayward.\nKelby Tower and PlazaOne are next door."), "PlazaOne",
                     EntityType::Loc));
}

TEST_CASE("entities: one word whose possessive opens a person's full name is what the person is of ('Ferrari's')") {
  // before: the tagger took "Brenner", also a surname, for a person
  const Document d = analyse("Hill beat Brenner's Michael Hakkinen on Saturday.");
  check_invariants(d);
  CHECK(has_mention(d, "Brenner", EntityType::Org));
  CHECK(has_mention(d, "Michael Hakkinen", EntityType::Person));
  // a person's full name before the possessive stays a person
  const Document p = analyse("Ada Kessler's Tom Brandt is a fine detective story.");
  CHECK(has_mention(p, "Ada Kessler", EntityType::Person));
  // nor a surname of someone the document names in full (before: "Marsk" an organisation everywhere, as the
  // owner of "Santa Cruz Lectures", which the rules took for a person)
  const Document b = analyse("Ivo T. Marsk (1929 - 2014) was a Norwegian linguist. Marsk taught at Oslo. Around the "
                             "same time, Marsk's Santa Cruz Lectures on Deixis appeared. Marsk retired in 1994.");
  check_invariants(b);
  CHECK(mentions_naming(b, {"Marsk"}, typed_entity(b, "Ivo T. Marsk", EntityType::Person)) == 3);
}

TEST_CASE("entities: a line with a score is a result, not a headline in Title Case ('Thomas Muster (Austria) beat')") {
  // before: the line's capitals made it a headline, where "Muster" and "Republic" (dictionary words) were no names
  CHECK(rule_types("Thomas Muster (Austria) beat Daniel Vacek (Czech Republic) 6-4 6-3") ==
        "Thomas Muster/PERSON/1 Austria/LOC/1 Daniel Vacek/PERSON/1 Czech Republic/LOC/2 ");
  // a range of days is no score: the headline stays one, whose dictionary words are no names
  CHECK(rule_types("Ministers Discuss Water Supply Plans On Monday, Talks Run Feb. 5-8").empty());
}

TEST_CASE("entities: a market's slug keeps its place alone ('LONDON STOCKS - FTSE ends higher')") {
  // before: "LONDON STOCKS" was one place (or a firm), and "NEW YORK COTTON" too
  const Document d =
      analyse("LONDON STOCKS - FTSE ends higher as Glaxo gains.\nLONDON 2026-08-23\nLeading shares rose.");
  check_invariants(d);
  CHECK(has_mention(d, "LONDON", EntityType::Loc));
  CHECK(!any_mention(d, "LONDON STOCKS"));
  const Document n = analyse("NEW YORK COTTON - Futures end lower.\nNEW YORK 2026-08-23\nCotton futures fell.");
  CHECK(!any_mention(n, "NEW YORK COTTON"));
  // a place the lists know whole stays whole
  const Document g = analyse("GAZA STRIP - Talks resume in Cairo.\nCAIRO 2026-08-23\nEnvoys met on Friday.");
  CHECK(has_mention(g, "GAZA STRIP", EntityType::Loc));
}

TEST_CASE("entities: an initial and a surname is a player in a scorecard ('A. Stewart lbw b Wasim', 'P. Simmons 4-38')") {
  // before: the bowler's figures read as a side's score made "P. Simmons" a team (ORG)
  CHECK(rule_types("Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.").find("P. Simmons/PERSON/") !=
        std::string::npos);
  // before: the tagger read the "A" as the article and the guess, unbacked, was dropped
  const Document d = analyse("England first innings\nM. Atherton c Inzamam b Mushtaq 31\nA. Stewart lbw b Wasim 44\n");
  check_invariants(d);
  CHECK(has_mention(d, "A. Stewart", EntityType::Person));
  CHECK(has_mention(d, "M. Atherton", EntityType::Person));
  // an outline's label stays no name
  CHECK(!any_mention(analyse("A. Introduction\nB. Results\n"), "A. Introduction"));
  // the fielder after "c", the bowler after "b" (before: "Mushtaq" a place, "Inzamam" a firm's guess)
  CHECK(rule_types("M. Atherton c Inzamam b Mushtaq 31") == "M. Atherton/PERSON/1 Inzamam/PERSON/1 Mushtaq/PERSON/1 ");
}

TEST_CASE("entities: a batsman whose surname a town bears stays a person in a sports report ('M. Vaughan 94')") {
  // before: a name ending on a town in a sports report was a team ("Bayer Leverkusen"), and so "M. Vaughan" too
  const std::string card = "CRICKET - COUNTY CHAMPIONSHIP SCORES.\n\nClose of play scores in county championship "
                           "matches:\n\nAt Hove: Sussex 198 and 150-4 v Durham 301 (M. Vaughan 94, D. Gough 4-45).\n";
  CHECK(rule_types(card).find("M. Vaughan/PERSON/") != std::string::npos);
  CHECK(rule_types("Bayer Leverkusen beat Borussia Dortmund 3-1 in the league on Saturday.").find(
            "Bayer Leverkusen/ORG/") != std::string::npos);
}

TEST_CASE("entities: a first name before 'Hill' or 'Hall' is a person ('Anita Hill', 'Arsenio Hall')") {
  // before: a place (Lexical), the place word outweighing the first name
  CHECK(rule_types("Speaking to reporters, Anita Hill said the hearings were unfair.") == "Anita Hill/PERSON/2 ");
  CHECK(rule_types("The show was hosted by Arsenio Hall on Friday.") == "Arsenio Hall/PERSON/2 ");
  // a word or a place before the hill names the hill; no first name, the hall
  CHECK(rule_types("The house is on Rose Hill near Capitol Hill.") == "Rose Hill/LOC/2 Capitol Hill/LOC/2 ");
  CHECK(rule_types("They played at Carnegie Hall.") == "Carnegie Hall/LOC/2 ");
}

TEST_CASE("entities: 'District Judge' and 'District Attorney' are offices ('U.S. District Judge Lewis Kaplan')") {
  // before: "U.S. District" and "Manhattan District" were places
  CHECK(rule_types("U.S. District Judge Lewis Kaplan said he had shown no remorse.") ==
        "U.S./LOC/2 Lewis Kaplan/PERSON/2 ");
  CHECK(rule_types("Manhattan District Attorney Alvin Bragg brought the case.") ==
        "Manhattan/LOC/2 Alvin Bragg/PERSON/2 ");
  // a district of its own stays one
  CHECK(rule_types("Schools in the Kelby District reopened.") == "Kelby District/LOC/2 ");
}

TEST_CASE("entities: an ordinary word before a first name and a surname opens the sentence ('Born Anna Mae Bullock')") {
  // before: "Born Anna Mae Bullock" (the dictionary also lists "Born" as a proper noun: Max Born)
  CHECK(rule_types("Born Anna Mae Bullock in Nutbush, she rose to fame.") ==
        "Anna Mae Bullock/PERSON/1 Nutbush/LOC/0 ");
  CHECK(rule_types("Is Joaquin Phoenix our modern Andy Kaufman?").find("Is ") == std::string::npos);
  // a first name there is the name's own
  CHECK(rule_types("Rock Hudson starred in it.") == "Rock Hudson/PERSON/1 ");
}

TEST_CASE("entities: a name someone leads is a body ('Berkshire Hathaway, led by Warren Buffett'); 'Public Schools'") {
  // before: a person (a place's name and a surname)
  CHECK(rule_types("Berkshire Hathaway, led by Warren Buffett, disclosed a stake.") ==
        "Berkshire Hathaway/ORG/1 Warren Buffett/PERSON/1 ");
  // before: a place (the city's name)
  CHECK(rule_types("Dayton Public Schools said classes would resume.") == "Dayton Public Schools/ORG/2 ");
}

TEST_CASE("entities: a place a stance's prefix makes an adjective is never a name, whoever proposes it ('pro-Kelby')") {
  // the rules never start a name there; before, the tagger's own span after "pro-" was kept
  Document d;
  TokenFeatures f;
  rule_spans(d, f, "The pro-Beijing camp lost seats; anti-Kremlin protests grew, and Beijing said nothing.");
  auto at = [&](const std::string& w, size_t from) {
    for (uint32_t i = uint32_t(from); i < d.tokens.size(); ++i)
      if (d.token_text(i) == w) return i;
    return uint32_t(d.tokens.size());
  };
  const uint32_t beijing = at("Beijing", 0), kremlin = at("Kremlin", 0), later = at("Beijing", beijing + 1);
  REQUIRE(later < d.tokens.size());
  CHECK(never_a_name(d, f, beijing, beijing + 1));
  CHECK(never_a_name(d, f, kremlin, kremlin + 1));
  CHECK(!never_a_name(d, f, later, later + 1));  // the place itself, later
}

TEST_CASE("entities: a body's or a building's kind opens its name in other tongues ('Banco Santander')") {
  // before: shape guesses (a person, "Banco Santander", "Estadio Azteca")
  CHECK(rule_types("He joined Banco Santander after a spell at the Universidad de Chile.") ==
        "Banco Santander/ORG/2 Universidad de Chile/ORG/2 ");
  CHECK(rule_types("The match at the Estadio Azteca drew 80,000, and the Stade de France was full.") ==
        "Estadio Azteca/LOC/2 Stade de France/LOC/2 ");
  // a school's or an academy's kind ("later in Paris at the Académie Julian": a person's guess before)
  CHECK(rule_types("He trained in Paris at the Académie Varnol and taught at the Escuela Tessal.") ==
        "Paris/LOC/2 Académie Varnol/ORG/2 Escuela Tessal/ORG/2 ");
}

TEST_CASE("entities: a wire's newsroom signing off is a body ('-- Frankfurt Newsroom, +49 69 756525')") {
  // before: a person's guess ("Frankfurt Newsroom") or an organisation's guess
  CHECK(rule_types("Shares rose.\n-- Frankfurt Newsroom, +49 69 756525\n") == "Frankfurt Newsroom/ORG/2 ");
}

TEST_CASE("entities: the second of two names after 'shares in' is a firm too ('British Airways and Rolls-Royce')") {
  // before: a person's guess the tagger did not back (dropped)
  CHECK(rule_types("Shares in British Airways and Rolls-Royce rose after the bourse opened.") ==
        "British Airways/ORG/2 Rolls-Royce/ORG/1 ");
}

TEST_CASE("entities: an office's remit after 'for' is no speaker ('the High Commissioner for Refugees said')") {
  // before: "Refugees said" read as a person's name before a speech verb
  CHECK(rule_types("The United Nations High Commissioner for Refugees said 200,000 people had fled.") ==
        "United Nations/ORG/2 ");
  const Document d = analyse("The Minister for Trade said tariffs would rise. A lawyer for Vendrel said it was wrong.");
  check_invariants(d);
  CHECK(!any_mention(d, "Trade"));
  // a client after "for", no dictionary word, stays a name (a person or a firm: the tagger's to say)
  CHECK(any_mention(d, "Vendrel"));
}

TEST_CASE("entities: a person's last words or the name before a particle are that person ('Lula', 'Garcia Marquez')") {
  // before: "Lula" and "Garcia Marquez" were people of their own, apart from the full names
  const Document d = analyse("President Luiz Inacio Lula da Silva flew to Lima on Monday. Lula met the president "
                             "there. Gabriel Garcia Marquez was remembered; Garcia Marquez died in 2014.");
  check_invariants(d);
  CHECK(same_entity(d, "Lula", "Luiz Inacio Lula da Silva"));
  CHECK(same_entity(d, "Garcia Marquez", "Gabriel Garcia Marquez"));
  // two people who share the tail: no link (a wrong link is worse than none)
  const Document two = analyse("Maria Elena Ruiz Diaz and Carlos Alberto Ruiz Diaz met. Ruiz Diaz said no.");
  check_invariants(two);
  CHECK(!same_entity(two, "Ruiz Diaz", "Maria Elena Ruiz Diaz"));
  CHECK(!same_entity(two, "Ruiz Diaz", "Carlos Alberto Ruiz Diaz"));
}

TEST_CASE("entities: a side before or after 'v' is a team ('Lancashire 198 v Yorkshire 301')") {
  // before: "Yorkshire" (no list has it) was a shape-only guess the tagger did not back, and was dropped
  CHECK(rule_types("At Hove: Sussex 198 and 150-4 v Yorkshire 301 (A. Reed 94).").find("Yorkshire/ORG/1") !=
        std::string::npos);
  // a court's case keeps its parties: "v." takes a full stop
  CHECK(rule_types("The 1973 ruling in Roe v. Wade was overturned.").find("/ORG/1") == std::string::npos);
}

TEST_CASE("entities: a title before a first name and a place word's surname is a person ('Mayor Dana Street')") {
  // before: the street's word made the whole run, title and all, a place
  CHECK(rule_types("The cuts were unfair, Councilwoman Dana Street said.") == "Dana Street/PERSON/1 ");
  // a street that honours a sovereign or a president stays a street
  CHECK(rule_types("They met on King Edward Street.") == "King Edward Street/LOC/2 ");
  // local offices are titles too (before: "Ald. Lakeisha Purchase", title and all, an organisation)
  const Document d = analyse("Ward 5 Ald. Lakeisha Purchase said the cuts fell hardest. Assemblywoman Ann Marsh "
                             "voted no.");
  check_invariants(d);
  CHECK(has_mention(d, "Lakeisha Purchase", EntityType::Person));
  CHECK(has_mention(d, "Ann Marsh", EntityType::Person));
}

TEST_CASE("entities: a word that opens a title ends a body's name when nothing follows ('Nordvik Air said')") {
  // before: "Air" (of "Air Marshal") was read as a title after the name, and the body was "Nordvik" alone
  CHECK(rule_types("Nordvik Air said on Tuesday it would buy 40 jets.") == "Nordvik Air/ORG/1 ");
  CHECK(rule_types("Shares in Kelby Health rose.").find("Kelby Health/ORG/") != std::string::npos);
  // a nationality before it names the office's people: "the Israeli Health Minister"
  CHECK(rule_types("The Israeli Health Minister said no.") == "Israeli/GROUP/2 ");
  // nor is it a title inside a name it does not open ("Norwegian Air Shuttle": before, "Shuttle" was a person
  // after the title "Air", and "Norwegian" a nationality)
  CHECK(rule_types("Rival Norwegian Air Shuttle, which has debts, declined to comment.") ==
        "Norwegian Air Shuttle/ORG/0 ");
  CHECK(rule_types("The Israeli Health Minister Yuli Edelstein said no.") ==
        "Israeli/GROUP/2 Yuli Edelstein/PERSON/2 ");
}

TEST_CASE("entities: a ministry's portfolio is the office's word, not a body's ('Iraqi Oil Minister')") {
  // before: "Iraqi Oil", "Chilean Mining", "Thai Commerce" bodies ("Oil" ends a firm's name, the others were guesses)
  CHECK(rule_types("Iraqi Oil Minister Amir Rasheed said Baghdad wanted more.") ==
        "Iraqi/GROUP/2 Amir Rasheed/PERSON/2 Baghdad/LOC/2 ");
  CHECK(rule_types("Chilean Mining Minister Orrin Dalvik spoke.") == "Chilean/GROUP/2 Orrin Dalvik/PERSON/2 ");
  CHECK(rule_types("Thai Commerce Minister Tessa Vik spoke.") == "Thai/GROUP/2 Tessa Vik/PERSON/2 ");
  CHECK(rule_types("Norwegian Oil and Energy Minister Tomas Berg spoke.").find("Norwegian Oil") == std::string::npos);
  // a firm whose name ends on the word keeps it
  CHECK(rule_types("Shares in Tessvik Oil rose.").find("Tessvik Oil/ORG/") != std::string::npos);
  CHECK(rule_types("Kelby Mining Corp said output fell.").find("Kelby Mining Corp/ORG/") != std::string::npos);
}

TEST_CASE("entities: a side that beat another by a score in a relative clause is a team ('Rosenborg, who beat …')") {
  // before: a shape guess the tagger made a person ("who"), or dropped
  const Document d = analyse("SOCCER - VARNHOLM WIN AGAIN.\n\nOSLO 1996-08-24\n\nVarnholm beat Halden 2-0 on "
                             "Saturday. Rosenborg, who beat Molde 3-0 on Friday, have 42 points.");
  check_invariants(d);
  CHECK(has_mention(d, "Rosenborg", EntityType::Org));
  CHECK(!has_mention(d, "Rosenborg", EntityType::Person));
}

TEST_CASE("entities: a side whose verb and score follow its relative clause is a team ('Rosenborg, who lead …')") {
  // before: a shape guess the tagger saw no name in, dropped
  const Document d = analyse("SOCCER - NORWEGIAN LEAGUE ROUND-UP.\n\nOSLO 1996-09-15\n\nRosenborg, who lead the table "
                             "by four points, beat Molde 3-1 on Sunday. Brann drew 1-1 with Viking in Bergen.");
  check_invariants(d);
  CHECK(has_mention(d, "Rosenborg", EntityType::Org));
  // (the clause's comma ends the look: "Tessa Berg, who lead the party, said on Sunday" is no side)
  CHECK(rule_types("Ada Kest, who led the party for ten years, said on Sunday that 2-1 was a fair score.") ==
        "Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a listed town and 'City' or 'Town', unlisted whole, is the tagger's to type ('Leicester City')") {
  // before: a place backed by the lists, whatever the sentence said
  CHECK(rule_types("Leicester City have appointed Ivo Marsk as manager.") ==
        "Leicester City/LOC/0 Ivo Marsk/PERSON/1 ");
  CHECK(rule_types("She moved to Mexico City in May.").rfind("Mexico City/LOC/2 ", 0) == 0);  // listed whole
  const Document d = analyse("Leicester City have appointed Enzo Maresca as manager on a three-year contract. The "
                             "Italian was assistant to Pep Guardiola at Manchester City.");
  check_invariants(d);
  CHECK(has_mention(d, "Leicester City", EntityType::Org));
  CHECK(has_mention(d, "Manchester City", EntityType::Org));
}

TEST_CASE("entities: in a sports report two words glued by a slash name one side ('Bodø/Glimt')") {
  // before: "Bodø" a person ("Bodo", a first name) and "Glimt" dropped
  const Document d = analyse("SOCCER - NORWEGIAN LEAGUE ROUND-UP.\n\nOSLO 1996-09-15\n\nBrann drew 1-1 with Molde, "
                             "while Viking lost 2-0 at home to Bodø/Glimt. Striker Ada Kest scored twice.");
  check_invariants(d);
  CHECK(has_mention(d, "Bodø/Glimt", EntityType::Org));
  // elsewhere a slash is mostly "or": two names stay two
  CHECK(rule_types("Reach us on Twitter/Facebook or at Kelby/Orrin Ltd.").find("Twitter/Facebook") ==
        std::string::npos);
}

TEST_CASE("entities: wild land, built crossings and venues are places; fleets and squadrons bodies") {
  // before: shape guesses, "Kelby"-led ones persons ("Kelby Arena", "Orrin Tunnel")
  CHECK(rule_types("It lies within the Glacier Peak Wilderness.") == "Glacier Peak Wilderness/LOC/2 ");
  CHECK(rule_types("The Orrin Tunnel and the Tessvik Estuary were closed.") ==
        "Orrin Tunnel/LOC/2 Tessvik Estuary/LOC/2 ");
  CHECK(rule_types("Fans filled the Kelby Arena. Ships unloaded at Orrin Quay.") ==
        "Kelby Arena/LOC/2 Orrin Quay/LOC/2 ");
  CHECK(rule_types("She served with the Home Fleet and the Kelby Squadron.") ==
        "Home Fleet/ORG/2 Kelby Squadron/ORG/2 ");
}

TEST_CASE("entities: a nationality opens a body whose word comes before 'for' ('European Bank for Reconstruction')") {
  // before: "European" a nationality and "Bank for Reconstruction and Development" the body ("Bank" a first name)
  CHECK(rule_types("He worked for the European Bank for Reconstruction and Development in London.") ==
        "European Bank for Reconstruction and Development/ORG/2 London/LOC/2 ");
  // a nationality before a person stays apart
  CHECK(rule_types("Saudi Faisal Kest said so.") == "Saudi/GROUP/2 Faisal Kest/PERSON/1 ");
}

TEST_CASE("entities: a highway, a freeway, a drive or an esplanade is a place ('the Bruce Highway was cut')") {
  // before: persons after a first name ("Bruce Highway", "Kelby Expressway") and guesses
  CHECK(rule_types("The Bruce Highway was cut. Traffic stopped on the Kelby Expressway.") ==
        "Bruce Highway/LOC/2 Kelby Expressway/LOC/2 ");
  CHECK(rule_types("He lives on Tessvik Drive near the Orrin Esplanade.") ==
        "Tessvik Drive/LOC/2 Orrin Esplanade/LOC/2 ");
}

TEST_CASE("entities: a name that fills a quotation beside its kind is a work's title ('the song \"Orrin Street\"')") {
  // before: places by their last words ("Street", "Harbor", "Island")
  const Document d = analyse("The studio is behind the \"Night Harbor\" franchise. The song \"Orrin Street\" topped "
                             "the charts. Her book “Tessvik Island” sold well in Bergen.");
  check_invariants(d);
  for (const char* w : {"Night Harbor", "Orrin Street", "Tessvik Island"}) CHECK(!any_mention(d, w));
  CHECK(has_mention(d, "Bergen", EntityType::Loc));
  // a name quoted without its kind stays
  CHECK(any_mention(analyse("He had visited \"Kelby Harbor\" twice, he said."), "Kelby Harbor"));
}

TEST_CASE("entities: a state's legislature is a body; its constitution no place nor person") {
  // before: "Tessaly Legislature" a shape guess the tagger made a person, "U.S. Constitution" a person's guess
  CHECK(rule_types("The law was passed by the Kelby Legislature in April.") == "Kelby Legislature/ORG/2 ");
  CHECK(rule_types("He said it violated the U.S. Constitution and the UN Charter.").find("Constitution") ==
        std::string::npos);
}

TEST_CASE("entities: a chart of records is no body nor place ('the UK Albums Chart')") {
  // before: a shape guess the tagger made a place
  const Document d = analyse("Their debut album reached number 12 on the UK Albums Chart in 2006.");
  check_invariants(d);
  CHECK(!any_mention(d, "UK Albums Chart"));
}

TEST_CASE("entities: Spanish's plural articles and Portuguese's 'do' join a name ('Maria de los Ángeles Orrin')") {
  // before: "Maria" a guess apart and "Ángeles Orrin" the person
  CHECK(rule_types("He met Maria de los Ángeles Orrin in Lima.") ==
        "Maria de los Ángeles Orrin/PERSON/1 Lima/LOC/2 ");
  CHECK(rule_types("He met Maria do Rosário Kest in Lisbon.") == "Maria do Rosário Kest/PERSON/1 Lisbon/LOC/2 ");
}

TEST_CASE("entities: a railway station as French, Spanish and Italian name it is a place ('the Gare du Midi')") {
  // before: a person ("Gare du Midi", the particle "du")
  CHECK(rule_types("His works include the renovation of the Gare du Midi.") == "Gare du Midi/LOC/2 ");
  CHECK(rule_types("Trains left Estación de Atocha late.") == "Estación de Atocha/LOC/2 ");
}

TEST_CASE("entities: after 'the', a town before the plural of a proper word is a team ('the Boston Celtics')") {
  // before: "Boston", "Houston", "Minnesota" places alone (the plural read as a product's, "Warhol Polaroids")
  CHECK(rule_types("Fans of the Boston Celtics and the Houston Texans cheered.") ==
        "Boston Celtics/ORG/1 Houston Texans/ORG/1 ");
  CHECK(rule_types("The Minnesota Vikings lost.") == "Minnesota Vikings/ORG/1 ");
}

TEST_CASE("entities: a dateline's city in capitals is the city, though a team bears its name below") {
  // before: "BOSTON" typed as the team "Boston" of the story (one entity)
  const Document d = analyse(
      "Celtics rally past Heat 112-108\n\nBOSTON (AP) — Jayson Tatum scored 34 points and the Boston Celtics rallied "
      "from 15 down in the fourth quarter to beat the Miami Heat 112-108 on Wednesday night.\n\nJaylen Brown added "
      "22 points for Boston, which has won five straight. Kristaps Porzingis had 18 points and 11 rebounds.");
  check_invariants(d);
  CHECK(has_mention(d, "BOSTON", EntityType::Loc));
  CHECK(has_mention(d, "Boston", EntityType::Org));
  CHECK(!same_entity(d, "BOSTON", "Boston"));
}

TEST_CASE("entities: a kind of body in lower case after a name no list knows makes it a body ('the Tessvik alliance')") {
  // before: shape guesses nothing backed (dropped), "Azimio la Umoja" a person's
  CHECK(rule_types("His Azimio la Umoja coalition said so. The Tessvik alliance won.") ==
        "Azimio la Umoja/ORG/1 Tessvik/ORG/1 ");
  const Document d = analyse("The Varnholm party lost seats on Sunday.");
  check_invariants(d);
  CHECK(has_mention(d, "Varnholm", EntityType::Org));
}

TEST_CASE("entities: a share's code in brackets after a firm is no name ('Brekka Energy (BRK.OL)')") {
  // before: "BRK", "AKSO" organisations of their own, "OL" a guess
  const Document d = analyse("Shares in Brekka Energy (BRK.OL) fell 18% on Tuesday. Larger rival Aker Solutions "
                             "(AKSO.OL) was down 2.1%, and Vodafone (VOD.L) rose.");
  check_invariants(d);
  for (const char* w : {"BRK", "OL", "AKSO", "VOD", "L"}) CHECK(!any_mention(d, w));
  CHECK(has_mention(d, "Brekka Energy", EntityType::Org));
  CHECK(has_mention(d, "Aker Solutions", EntityType::Org));
}

TEST_CASE("entities: the short form a name defines in brackets stands, though a list calls it a word ('(RBI)')") {
  // before: "RBI" (baseball's runs batted in) no name, neither in the brackets nor before "Governor"
  const Document d = analyse("The Reserve Bank of India (RBI) kept its key rate unchanged. RBI Governor "
                             "Shaktikanta Das said the committee voted 5-1.");
  check_invariants(d);
  CHECK(has_mention(d, "RBI", EntityType::Org));
  CHECK(same_entity(d, "RBI", "Reserve Bank of India"));
  CHECK(std::count_if(d.mentions.begin(), d.mentions.end(), [&](const Mention& m) {
          return d.slice(m.span) == "RBI";
        }) == 2);
}

TEST_CASE("entities: a party's member after a place of more words names the place ('a New York Democrat')") {
  // before: "New York Democrat" one shape guess
  CHECK(rule_types("Chuck Schumer, a New York Democrat, agreed.") == "Chuck Schumer/PERSON/1 New York/LOC/2 ");
}

TEST_CASE("entities: a team's last word after 'the' is the team, though a word ('the Miami Heat' … 'The Heat')") {
  // before: "Heat" and "Wild" no names (dictionary words the rules start no name on)
  // (a game's score says they are teams: in a trade story alone, "traded two players to the Minnesota Wild", the
  // tagger trained in round 38 reads both names as places, and the step has no organisation to go from)
  const Document d = analyse("The Miami Heat beat the Minnesota Wild 101-99 on Monday. The Heat will receive a "
                             "first-round pick, and the Wild get cap space.");
  check_invariants(d);
  CHECK(has_mention(d, "Heat", EntityType::Org));
  CHECK(has_mention(d, "Wild", EntityType::Org));
  CHECK(same_entity(d, "Heat", "Miami Heat"));
  CHECK(same_entity(d, "Wild", "Minnesota Wild"));
}

TEST_CASE("entities: in a sports report 'the', a listed place and one word is a team ('the Orlando Drift')") {
  // before: "Orlando Drift" a shape guess, "Oklahoma City Comet" too (the tagger made it a place)
  CHECK(rule_types("The Orlando Drift beat the Oklahoma City Comet 101-99 in overtime. Ada Kest scored 30 points "
                   "with 9 rebounds, and the Drift have won four straight.") ==
        "Orlando Drift/ORG/1 Oklahoma City Comet/ORG/1 Ada Kest/PERSON/1 ");
  // (not outside sports, nor a place's, a body's or an event's word: "the London Marathon")
  CHECK(rule_types("The Orlando Drift opened on Monday at the mall.") == "Orlando Drift/ORG/0 ");
  CHECK(rule_types("Ada Kest won the Orlando Marathon and scored 30 points at the Boston Garden with 9 rebounds "
                   "in overtime, 101-99.").find("/ORG/1") == std::string::npos);
}

TEST_CASE("entities: players named as a group of their number are a body ('the Varnholm Quartet', 'Kelby Trio')") {
  // before: "Kelby Trio" and "Orrin Quintet" persons (a first name opens them), "Varnholm Quartet" a guess
  CHECK(rule_types("The Varnholm Quartet opens the festival. Ivo Marsk and his Kelby Trio play next, then the Orrin "
                   "Quintet.") == "Varnholm Quartet/ORG/1 Ivo Marsk/PERSON/1 Kelby Trio/ORG/1 Orrin Quintet/ORG/1 ");
  // (not a work's kind, nor a work a composer writes)
  CHECK(rule_types("They played the American String Quartet.").find("/ORG/1") == std::string::npos);
  CHECK(rule_types("In 1891 he wrote his Kelby Trio, a chamber piece.").find("/ORG/1") == std::string::npos);
}

TEST_CASE("entities: a compound's first part is no Latin epithet ('Wasps scrum-half Andy Gomarsall')") {
  // before: "Wasps" no name ("scrum" read as a species' epithet after a genus)
  CHECK(rule_types("RUGBY UNION - KELBY RECALLED.\n\nWasps scrum-half Ivo Marsk keeps his place.") ==
        "RUGBY UNION/ORG/0 KELBY RECALLED/ORG/0 Wasps/ORG/1 Ivo Marsk/PERSON/1 ");
  CHECK(rule_types("Orrina varnum is a frog found in Ecuador.").find("Orrina") == std::string::npos);
}

TEST_CASE("entities: in a sports report a side's centre, prop or catcher says the side ('Harlequins centre')") {
  // before: "Harlequins" no name of the rules (the tagger made it a person)
  CHECK(rule_types("RUGBY UNION - KELBY RECALLED.\n\nKelby keeps his place, while Harlequins centre Ivo Marsk "
                   "returns.") == "RUGBY UNION/ORG/0 KELBY RECALLED/ORG/0 Kelby/PERSON/0 Harlequins/ORG/1 "
                                  "Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: a body's word before a lone first name that is a word too ends no name ('Daily Star')") {
  // before: "Kelby Daily/ORG/2 Star/PERSON/0" (a body, then a person "Star")
  CHECK(rule_types("The Kelby Daily Star reported it on Monday.") == "Kelby Daily Star/ORG/0 ");
  // (a first name and a surname after a body's word are a person still)
  CHECK(rule_types("He met Kelby Farmers Union Tomas Herrera.") == "Kelby Farmers Union/ORG/2 Tomas Herrera/PERSON/1 ");
}

TEST_CASE("entities: who quotes someone as saying is a news agency, whom it quotes a person ('Itar-Tass', 'Lebed')") {
  // before: "Varn-Tass" a person's guess (the tagger dropped it), "Marsk" a body's; whom it quotes is a person
  CHECK(rule_types("Varn-Tass quoted Marsk as saying the deal would hold.") == "Varn-Tass/ORG/1 Marsk/PERSON/1 ");
  // (not a first name: a person quotes too)
  CHECK(rule_types("Ada Kest quoted her father as saying it.") == "Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a runner or a triathlete before a name says a person ('Ethiopian runner Tesfaye Abera')") {
  // before: "Halvo Kesti" a shape guess (no first name the lists know), which the tagger may drop
  CHECK(rule_types("The race was won by Kenyan runner Halvo Kesti in 2:08:12.") ==
        "Kenyan/GROUP/2 Halvo Kesti/PERSON/1 ");
  CHECK(rule_types("The title went to triathlete Halvo Kesti.") == "Halvo Kesti/PERSON/1 ");
}

TEST_CASE("entities: a flight's number after its airline is no part of the airline ('Marovia Airlines Flight 404')") {
  // before: "Marovia Airlines Flight/ORG/0"
  CHECK(rule_types("Marovia Airlines Flight 404 crashed near Tessvik.") == "Marovia Airlines/ORG/2 Tessvik/LOC/1 ");
}

TEST_CASE("entities: 'Per' opens a person's name at a sentence's start ('Per Sandvik, a Norwegian diplomat')") {
  // before: "Sandvik" alone (a sentence-initial "Per" skipped: the dictionary's preposition) and "Arne Dahl"
  CHECK(rule_types("Per Sandvik, a Norwegian diplomat, was named envoy.") == "Per Sandvik/PERSON/1 Norwegian/GROUP/2 ");
  CHECK(rule_types("Per Arne Dahl, the chief executive, said so.") == "Per Arne Dahl/PERSON/1 ");
  // (the preposition before a lower-case word or a number is none)
  CHECK(rule_types("Per capita income rose. Per the agreement, talks resume.").empty());
}

TEST_CASE("entities: a state's attorney general or governor after one word names the state ('Tessaly Governor')") {
  // before: "Tessaly" a body's guess there, and the whole document's "Tessaly" with it
  CHECK(rule_types("Tessaly Attorney General Ivo Marsk said he would appeal.") == "Tessaly/LOC/1 Ivo Marsk/PERSON/2 ");
  CHECK(rule_types("Kelby Governor Tomas Berg signed the bill.") == "Kelby/LOC/1 Tomas Berg/PERSON/2 ");
  // (not a bank's letters)
  CHECK(rule_types("RBI Governor Tomas Berg spoke.").find("RBI/LOC") == std::string::npos);
}

TEST_CASE("entities: a wire's topic slug says a sports report, however few sports words follow ('SOCCER - …')") {
  // before: "Monaco" and "Strasbourg" places (one sports word, "SOCCER", among the first words)
  const Document d = analyse(
      "SOCCER - MONACO GO TOP.\n\nKELBY 1996-11-02\n\nMonaco went top of the French first division on Saturday, "
      "one point ahead of Strasbourg, who were held at home by Orrin.");
  check_invariants(d);
  CHECK(has_mention(d, "Monaco", EntityType::Org));
  CHECK(!has_mention(d, "Monaco", EntityType::Loc));
  CHECK(has_mention(d, "Strasbourg", EntityType::Org));
  CHECK(has_mention(d, "KELBY", EntityType::Loc));
  // a dash after a word in capitals that is no sport's name is no slug
  CHECK(has_mention(analyse("MARKETS - MONACO BANKS RALLY.\n\nShares in Monaco rose on Monday, ahead of "
                            "Strasbourg."), "Strasbourg", EntityType::Loc));
}

TEST_CASE("entities: a score and a player's trade say a sports report in a short text ('the Polish footballer')") {
  // before: "Legia Warsaw", "Wisła Kraków" places (two sports words, "footballer" and "goalkeeper", of four)
  const Document d = analyse(
      "Tomasz Kelbicki (born 1988) is a Polish footballer who plays as a goalkeeper for Dalvik in the first "
      "division. He previously played for Orrin, Wisła Kraków and Legia Warsaw.");
  check_invariants(d);
  CHECK(has_mention(d, "Legia Warsaw", EntityType::Org));
  CHECK(has_mention(d, "Wisła Kraków", EntityType::Org));
  CHECK(!has_mention(d, "Legia Warsaw", EntityType::Loc));
  // "Harwick Forest manager": in a report with scores, a name with a place's word and a team's people after it
  const Document f = analyse(
      "Harwick Forest manager Ivo Marsk said on Friday he would not resign after a 3-1 defeat by Orrin, their "
      "fourth in a row. Forest lost 2-0 at Kelby and 4-1 to Voss last month, and their striker Tomas Berg has "
      "not played since August.");
  check_invariants(f);
  CHECK(has_mention(f, "Harwick Forest", EntityType::Org));
  CHECK(!has_mention(f, "Harwick Forest", EntityType::Loc));
  CHECK(has_mention(f, "Ivo Marsk", EntityType::Person));
}

TEST_CASE("entities: a sports club's letters open its name in any text ('FC Porto', 'SV Werder Bremen')") {
  // before: shape-only guesses (an acronym inside) the tagger saw no name in, so no entity
  const Document d = analyse("The singer bought a stake in FC Porto in 2011 and later sponsored CD Tenerife, "
                             "SV Werder Bremen and RC Lens.");
  check_invariants(d);
  for (const char* club : {"FC Porto", "CD Tenerife", "SV Werder Bremen", "RC Lens"}) {
    INFO(club);
    CHECK(has_mention(d, club, EntityType::Org));
  }
}

TEST_CASE("entities: in a sports report a player's place in a side after a name says a team ('Dalvik flanker')") {
  // before: shape-only guesses (strength 0) for "Dalvik" and "Harwick Forest" a place by its place word
  CHECK(rule_types("RUGBY UNION - KELBY NAME SQUAD.\n\nDalvik flanker Ivo Marsk and Harwick Forest fly-half "
                   "Tomas Berg were recalled on Wednesday.") ==
        "RUGBY UNION/ORG/0 Dalvik/ORG/1 Ivo Marsk/PERSON/1 Harwick Forest/ORG/1 Tomas Berg/PERSON/1 ");
}

TEST_CASE("entities: a team's nickname that is a dictionary word, by 'the … , who' or its people ('the Avalanche')") {
  // before: "the Avalanche, who" a person; "Rangers goaltender" no name (a sentence's first word); "ICE HOCKEY -"
  // no slug (the sport's word second)
  const Document d = analyse(
      "ICE HOCKEY - KELBY WIN AGAIN.\n\nDALVIK 1996-12-08\n\nJoe Sakic scored twice for the Avalanche, who have "
      "won five of their last six. Rangers goaltender Mike Richter made 41 saves.");
  check_invariants(d);
  CHECK(has_mention(d, "Avalanche", EntityType::Org));
  CHECK(!has_mention(d, "Avalanche", EntityType::Person));
  CHECK(has_mention(d, "Rangers", EntityType::Org));
  CHECK(has_mention(d, "Mike Richter", EntityType::Person));
  // outside a sports report, "the Avalanche" is no team
  CHECK(!any_mention(analyse("Hikers were warned on Monday. The Avalanche, which buried a road, came at dawn."),
                     "Avalanche"));
}

TEST_CASE("entities: initials before a surname that is a dictionary word name a person ('G. Flower')") {
  // before: "G. Flower" a shape guess typed an organisation, "A. Flower" no name ("A" the article, "Flower" a word)
  CHECK(rule_types("The stand between G. Flower and A. Flower ended on 43, and J. R. Wright was out.") ==
        "G. Flower/PERSON/1 A. Flower/PERSON/1 J. R. Wright/PERSON/1 ");
  // a scorecard's batsman at a line's start (an outline's label is no name: see 'M. Atherton' above)
  CHECK(rule_types("Kelby first innings\nG. Flower c Berg b Marsk 43\nA. Flower not out 12\n") ==
        "Kelby/ORG/0 G. Flower/PERSON/1 Berg/PERSON/1 Marsk/PERSON/1 A. Flower/PERSON/1 ");
  // a letter after a noun is no initial ("plan A. Flower beds …")
  CHECK(rule_types("They chose plan A. Flower beds were dug along the road.").empty());
}

TEST_CASE("entities: an office's portfolio after 'of' is no person ('Minister of Foreign Affairs')") {
  // before: "Affairs" a person (a title's word, "Foreign", then a word) by the rules, "Minister" by the tagger
  CHECK(rule_types("Marta Ilves served as Minister of Foreign Affairs from 2008 to 2012.") == "Marta Ilves/PERSON/1 ");
  CHECK(rule_types("He was Minister of Home Affairs until 1990.").empty());
  // a name after the office still names its holder
  CHECK(rule_types("The Minister of Defence Ivo Marsk resigned.") == "Ivo Marsk/PERSON/2 ");
  const Document d = analyse("Marta Ilves served as Minister of Foreign Affairs from 2008 to 2012. She was later "
                             "Secretary of State for Trade.");
  check_invariants(d);
  CHECK(!any_mention(d, "Minister"));
  CHECK(!any_mention(d, "Affairs"));
  CHECK(!any_mention(d, "Secretary"));
  CHECK(has_mention(d, "Marta Ilves", EntityType::Person));
}

TEST_CASE("entities: a saint's name with its possessive opens a building's or a body's name ('St Peter's Square')") {
  // before: "St Peter" a person and "Square" a place apart; "St Aldric" a person of "St Aldric's College"
  const Document d = analyse("Crowds gathered in St Peter's Square. He was treated at St Mary's Hospital in "
                             "Paddington and studied at St Aldric's College, a school in Varnholm.");
  check_invariants(d);
  CHECK(has_mention(d, "St Peter's Square", EntityType::Loc));
  CHECK(has_mention(d, "St Aldric's College", EntityType::Org));
  CHECK(any_mention(d, "St Mary's Hospital"));
  CHECK(!has_mention(d, "St Peter", EntityType::Person));
  CHECK(!has_mention(d, "St Aldric", EntityType::Person));
  CHECK(!any_mention(d, "Square"));
  // the saint alone stays a person; a feast is no entity
  CHECK(rule_types("Pilgrims honour St Peter every June.") == "St Peter/PERSON/0 ");
  CHECK(!any_mention(analyse("The parade on St Patrick's Day drew thousands."), "St Patrick"));
}

TEST_CASE("entities: a faith's adjective of two words is a group, not a person ('a Roman Catholic school')") {
  // before: "Roman Catholic" a person (a first name and a capitalised word), "Greek Orthodox" an organisation
  CHECK(rule_types("It was a Roman Catholic school until 1970.") == "Roman Catholic/GROUP/2 ");
  CHECK(rule_types("A Greek Orthodox priest blessed it.") == "Greek Orthodox/GROUP/2 ");
  // a person whose surname is a faith's word that is no dictionary word stays a person
  CHECK(rule_types("Mark Christian said the vote was close.") == "Mark Christian/PERSON/1 ");
  CHECK(rule_types("Irvine Welsh said the vote was close.") == "Irvine Welsh/PERSON/1 ");
}

TEST_CASE("entities: a hyphenated sports word counts toward a sports report ('half-time', 'semi-final', 'hat-trick')") {
  // before: the tokenizer splits them, so no such word counted: one sports word ("penalties") of four, "Strasbourg"
  // a place
  const Document d = analyse("Strasbourg, who led at half-time, lost the semi-final on penalties after a hat-trick "
                             "by Ivo Marsk.");
  check_invariants(d);
  CHECK(has_mention(d, "Strasbourg", EntityType::Org));
  CHECK(!has_mention(d, "Strasbourg", EntityType::Loc));
  // the same words apart are no sports words: a place stays a place
  CHECK(has_mention(analyse("Strasbourg, who led at half time, lost the semi final on penalties after a hat "
                            "trick by Ivo Marsk."), "Strasbourg", EntityType::Loc));
}

TEST_CASE("entities: a see, a duchy, a borough and a firm's trade head their names ('Diocese of Varnholm')") {
  // before: the place alone a shape guess ("Varnholm"), "Kelby Township" and "Kelby Abbey" persons, "Kestrel
  // Aviation" no name and "Ottoman Empire" a guess
  CHECK(rule_types("The Diocese of Varnholm and the Archdiocese of Kelby merged.") ==
        "Diocese of Varnholm/ORG/2 Archdiocese of Kelby/ORG/2 ");
  CHECK(rule_types("The Duchy of Kelby was annexed, and the Municipality of Varnholm, the Borough of Kelby and "
                   "Kelby Township share a hospital.") ==
        "Duchy of Kelby/LOC/2 Municipality of Varnholm/LOC/2 Borough of Kelby/LOC/2 Kelby Township/LOC/2 ");
  CHECK(rule_types("Kestrel Aviation flies there. The Ottoman Empire ruled it, and Kelby Abbey was built in 1120.") ==
        "Kestrel Aviation/ORG/2 Ottoman Empire/LOC/2 Kelby Abbey/LOC/2 ");
}

TEST_CASE("entities: an occupation before an ordinary word and a surname names a person ('head coach Rune Viken')") {
  // before: "Rune" is a dictionary word and no listed first name, and "Viken" a town: in a sports report the
  // name was a team
  const Document d = analyse("Tomas Ekdal is a footballer who plays as a midfielder for Strandvik IF. He scored in "
                             "a 2-1 win over Latvia and was named captain by head coach Rune Viken.");
  check_invariants(d);
  CHECK(has_mention(d, "Rune Viken", EntityType::Person));
  CHECK(has_mention(d, "Strandvik IF", EntityType::Org));
  // a band named with two ordinary words stays no person
  CHECK(!has_mention(analyse("The guitarist Glass Harbour hired left in May."), "Glass Harbour", EntityType::Person));
  // nor does an occupation's word that is an adjective too ("the official Met Varsk charts": a shape's guess)
  CHECK(rule_types("Oslo topped the official Met Varsk charts at noon.") == "Oslo/LOC/2 Met Varsk/PERSON/0 ");
}

TEST_CASE("entities: a place's name that is its people's adjective too is the place after 'the' ('at the Vatican')") {
  // before: a group ("Vatican" is a place and a demonym in the lists)
  CHECK(rule_types("Ivo Marsk met the pope at the Vatican on Saturday.") == "Ivo Marsk/PERSON/1 Vatican/LOC/2 ");
  CHECK(rule_types("Vatican officials said no.") == "Vatican/GROUP/2 ");
}

TEST_CASE("entities: those who work or fight for a body after its name say it is one ('Greenpeace activists')") {
  // before: shape-only guesses, which the tagger made persons ("Kelvar employees") or dropped
  const Document d = analyse("Kelvar employees went on strike on Monday. The protest was joined by Greenpeace "
                             "activists.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelvar", EntityType::Org));
  CHECK(has_mention(d, "Greenpeace", EntityType::Org));
  // a person's followers stay the person's ("supporters" is not one of those words)
  CHECK(has_mention(analyse("Ada Kest spoke on Monday. Kest supporters cheered."), "Kest", EntityType::Person));
}

TEST_CASE("entities: a British spelling at a sentence start is an ordinary word, no name ('Organisers said')") {
  // before: the dictionary held American spellings only, so "Organisers" read as a name that speaks (a person)
  const Document d = analyse("Thousands marched through central Madrid on Sunday. Organisers said 40,000 people took "
                             "part. Neighbours complained about the noise.");
  check_invariants(d);
  CHECK(!any_mention(d, "Organisers"));
  CHECK(!any_mention(d, "Neighbours"));
  CHECK(has_mention(d, "Madrid", EntityType::Loc));
}

TEST_CASE("entities: a name whose price moves by an amount or a percentage is a company ('Orkla gained 4 kroner')") {
  // before: shape-only guesses the tagger made a person ("Orkla") and a place ("Norsk Vatn")
  const Document d = analyse("Norvian shares closed higher on Thursday. Norsk Vatn was unchanged at 310 kroner and "
                             "Orkla gained 4 kroner to 412, while Kelbo rose 3.2 percent.");
  check_invariants(d);
  CHECK(has_mention(d, "Orkla", EntityType::Org));
  CHECK(has_mention(d, "Kelbo", EntityType::Org));
  CHECK(has_mention(d, "Norsk Vatn", EntityType::Org));
  // a person's weight is no price
  CHECK(!has_mention(analyse("Ivo Marsk trained hard. Marsk gained 4 kilos in May."), "Marsk", EntityType::Org));
}

TEST_CASE("entities: 'Born in Kelbergen, the son of …' is a place; 'Artists' Association' inside a body's name") {
  // before: "Kelbergen" a person (the description after the comma), "Strandvik Artists" a body without its last word
  // (a cue since round 28: "born in" says where)
  CHECK(rule_types("He was born in Kelbergen, the son of a carpenter, and trained in Copenhagen.") ==
        "Kelbergen/LOC/1 Copenhagen/LOC/2 ");
  CHECK(rule_types("He was a member of the Strandvik Artists' Association and the Kelby Farmers' Union.") ==
        "Strandvik Artists' Association/ORG/2 Kelby Farmers' Union/ORG/2 ");
  // a person described after the comma stays a person
  CHECK(rule_types("He met Vendrel, a lawyer for the family, on Monday.") == "Vendrel/PERSON/1 ");
}

TEST_CASE("entities: a capitalised 'Le' between two names is a French surname's particle ('Marine Le Pen')") {
  // before: an organisation's guess ("Marine" is no listed first name, "Pen" a dictionary word) that the tagger did
  // not back, so no entity, and "Le Pen" later an organisation of its own
  const Document d = analyse("Marine Le Pen spoke on Monday. Le Pen said the result was historic.");
  check_invariants(d);
  CHECK(has_mention(d, "Marine Le Pen", EntityType::Person));
  CHECK(same_entity(d, "Marine Le Pen", "Le Pen"));
}

TEST_CASE("entities: a side of the results table named in the text with a place's word is that team ('… Palace')") {
  // before: two entities "Kelby Palace", the table's side (ORG) and the text's (LOC by its place word "Palace")
  const Document d = analyse("SOCCER - LEAGUE RESULTS.\n\nKELBY 1996-08-24\n\nKelby Palace 1 Orrin Rovers 1\n"
                             "Dalvik 3 Voss 1\n\nKelby Palace were held at home by Orrin Rovers on Saturday.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelby Palace", EntityType::Org));
  CHECK(!has_mention(d, "Kelby Palace", EntityType::Loc));
  const Entity* e = entity_of(d, "Kelby Palace");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("entities: sides of a match after a side's standing or before 'were held' ('over champions Auxerre')") {
  // before: "Auxerre" a guess the tagger made a place, "Paris St Germain" a place's guess
  const Document d = analyse("SOCCER - FRENCH SUMMARY.\n\nMonaco moved top with a 2-0 win over champions Auxerre on "
                             "Saturday, while Paris St Germain were held 1-1 by Bastia.");
  check_invariants(d);
  CHECK(has_mention(d, "Auxerre", EntityType::Org));
  CHECK(has_mention(d, "Paris St Germain", EntityType::Org));
  CHECK(has_mention(d, "Bastia", EntityType::Org));
}

// The text names a firm in full and short: one entity, never of the type `never`.
static void check_firm_short_form(const char* text, const char* full, const char* short_name, EntityType never) {
  const Document d = analyse(text);
  check_invariants(d);
  CHECK(same_entity(d, full, short_name));
  CHECK(!has_mention(d, short_name, never));
}

TEST_CASE("entities: a firm's first word alone after its full name is its short form, whatever the tagger says") {
  // before: "Kelvar" a place of its own (the tagger's type for a possessive at a sentence start)
  check_firm_short_form("OSLO, Nov 3 (Lede Wire) - Norwegian oil and gas group Kelvar Energy said on Tuesday it "
                        "would cut 2,000 jobs. Its trading arm is in London. Kelvar's shares were down 4.1 percent.",
                        "Kelvar Energy", "Kelvar", EntityType::Loc);
  // before: "Nordhaven" a place (the tagger's guess for an unknown "-haven" before "which")
  check_firm_short_form("LONDON (Lede Wire) - Serco said it had agreed to buy Nordhaven Logistics for 420 million "
                        "pounds. Nordhaven, which runs warehouses in Leeds and Rotterdam, employs 3,100 people.",
                        "Nordhaven Logistics", "Nordhaven", EntityType::Loc);
  // a place named after a preposition stays the place ("a dealer in Frankfurt" … "Frankfurt Newsroom")
  const Document f = analyse("Shares rose, said a dealer in Frankfurt.\n-- Frankfurt Newsroom, +49 69 756525\n");
  CHECK(has_mention(f, "Frankfurt", EntityType::Loc));
}

TEST_CASE("entities: a body's name goes on over a second 'of' or 'for' ('Royal Society for the Protection of Birds')") {
  // before: the name ended at the second connector, and its last word was a person's guess ("Birds")
  CHECK(rule_types("The Royal Society for the Protection of Birds and the International Union for Conservation of "
                   "Nature said no.") ==
        "Royal Society for the Protection of Birds/ORG/2 International Union for Conservation of Nature/ORG/2 ");
  // a place's "of" does not open a second one ("the Gulf of Mexico for Kelby": no body's word)
  CHECK(rule_types("Ships left the Gulf of Mexico for Kelby.") == "Gulf of Mexico/LOC/2 Kelby/ORG/0 ");
}

TEST_CASE("entities: a genus before a Latin epithet names a species, no one ('Pristimantis varnholmi')") {
  // before: "Pristimantis" a person (the tagger) after an organisation's guess
  const Document d = analyse("The frog, named Pristimantis varnholmi after the biologist Erik Varnholm, lives in "
                             "Peru, as does Telmatobius kelbyensis.");
  check_invariants(d);
  CHECK(!any_mention(d, "Pristimantis"));
  CHECK(!any_mention(d, "Telmatobius"));
  CHECK(has_mention(d, "Erik Varnholm", EntityType::Person));
  // a name before an ordinary lower-case word stays a name ("Kelvar bus drivers")
  CHECK(has_mention(analyse("Ada Kest said Kelvar officials met on Monday."), "Ada Kest", EntityType::Person));
}

TEST_CASE("entities: a British street's kind ends a place's name ('Mill Lane', 'Kelby Crescent'), not a person's") {
  // before: persons ("Mill" and "Kelby" read as first names, "Lane" and "Crescent" as surnames)
  CHECK(rule_types("Officers were called to Mill Lane and closed Kelby Crescent on Sunday.") ==
        "Mill Lane/LOC/2 Kelby Crescent/LOC/2 ");
  // a first name that is no ordinary word before "Lane" is a person still
  CHECK(rule_types("Diane Lane said it was over.") == "Diane Lane/PERSON/2 ");
}

TEST_CASE("entities: a British police rank's short form is a title, not part of the name ('Det Insp Sarah Cole')") {
  // before: "Det Insp Sarah Cole" the person's whole name
  CHECK(rule_types("Det Insp Sarah Cole and Det Supt Ivo Marsk spoke.") == "Sarah Cole/PERSON/2 Ivo Marsk/PERSON/2 ");
}

TEST_CASE("entities: a first name alone after 'in' is where, not the person a first name opens ('based in Kelby')") {
  // before: "Kelby" joined "Kelby Ironworks", a person by its first name, and the ironworks was a person
  const Document d = analyse("Kelby Rovers is a club based in Kelby, Norvia. It was founded by workers of the Kelby "
                             "Ironworks and of Orrin Steelworks.");
  check_invariants(d);
  CHECK(!has_mention(d, "Kelby", EntityType::Person));
  CHECK(has_mention(d, "Kelby Ironworks", EntityType::Org));
  CHECK(has_mention(d, "Orrin Steelworks", EntityType::Org));
}

TEST_CASE("entities: a club's or a firm's legal ending, short, spelled out or left off, names one body ('F.C.')") {
  // before: "Kelby Rovers F.C." and "Kelby Rovers Football Club" two entities
  const Document d = analyse("Kelby Rovers F.C.\n\nKelby Rovers Football Club is a professional football club. "
                             "Kelby Rovers won the cup in 1921. Halvard Mining Ltd sponsors it, and Halvard Mining "
                             "Limited owns its ground.");
  check_invariants(d);
  CHECK(same_entity(d, "Kelby Rovers F.C.", "Kelby Rovers Football Club"));
  CHECK(same_entity(d, "Kelby Rovers Football Club", "Kelby Rovers"));
  CHECK(same_entity(d, "Halvard Mining Ltd", "Halvard Mining Limited"));
  // the continent's endings too, and the short name that the shape alone made a person (before: "Halvex" a person
  // apart from "Halvex AG", the tagger reading "Halvex said" as someone speaking)
  check_firm_short_form("Halvex shares fall on profit warning.\nFRANKFURT 1996-09-12\nShares in German chemicals "
                        "group Halvex AG fell 4.5 percent on Thursday.\nHalvex said weak demand in Asia had hit "
                        "exports.",
                        "Halvex AG", "Halvex", EntityType::Person);
}

TEST_CASE("entities: an office that is nobody's surname after a name says whose office ('Kelby Mayor Backs Plan')") {
  // before: "Kelby Mayor" a person (a first name and a surname), and "the mayor of Kelby" below joined it
  const Document d = analyse("Kelby Mayor Backs New Housing Plan Despite Protests\n\nAda Kest, the mayor of Kelby, "
                             "backed the plan on Tuesday.");
  check_invariants(d);
  CHECK(!any_mention(d, "Kelby Mayor"));
  CHECK(has_mention(d, "Kelby", EntityType::Loc));
  CHECK(!has_mention(d, "Kelby", EntityType::Person));
  // a surname that is a title word stays one ("John Major")
  CHECK(rule_types("John Major said no.") == "John Major/PERSON/1 ");
}

TEST_CASE("entities: a ticker after its exchange is no name; a firm's unit says a firm ('Roche's Genentech unit')") {
  // before: "KLVR" an organisation, "Orrin" a person and "Velta" no name
  const Document d = analyse("Kelvar Therapeutics (NASDAQ: KLVR) rose 22%. It competes with Orrin's Velta unit and "
                             "AstraZeneca.");
  check_invariants(d);
  CHECK(!any_mention(d, "KLVR"));
  CHECK(has_mention(d, "Kelvar Therapeutics", EntityType::Org));
  CHECK(has_mention(d, "Orrin", EntityType::Org));
  CHECK(has_mention(d, "Velta", EntityType::Org));
}

TEST_CASE("entities: 'Assistant' and 'Associate' open a title ('Assistant U.S. Attorney Ada Kest')") {
  // before: "Assistant U.S." an organisation (a body of the country, like "Reform UK"), and "Associate" a person
  CHECK(rule_types("The ruling was clear, Assistant U.S. Attorney Ada Kest said.") == "U.S./LOC/2 Ada Kest/PERSON/2 ");
  const Document d = analyse("The result was striking, said Associate Professor Ada Kest of Kelby University.");
  check_invariants(d);
  CHECK(!any_mention(d, "Associate"));
  CHECK(has_mention(d, "Ada Kest", EntityType::Person));
}

TEST_CASE("entities: a surname two people share is the one named before it, while only one is ('Solheim studied')") {
  // before: "Solheim" an entity of its own, as the surname of both Ada and Tomas Solheim; only Ada has been named
  // where it stands, so only she can be meant (a surname refers back; after both are named it stays apart)
  const Document d = analyse("Ada Solheim (born 1961) is a Norvian politician. Born in Kelby, Solheim studied law "
                             "and worked as a lawyer. She is married to the journalist Tomas Solheim.");
  check_invariants(d);
  CHECK(same_entity(d, "Ada Solheim", "Solheim"));
  CHECK(!same_entity(d, "Ada Solheim", "Tomas Solheim"));
  const Document both = analyse("Ada Solheim and her husband Tomas Solheim met in Kelby. Solheim said little.");
  check_invariants(both);
  CHECK(!same_entity(both, "Ada Solheim", "Solheim"));
  CHECK(!same_entity(both, "Tomas Solheim", "Solheim"));
}

TEST_CASE("entities: a news outlet's kind beside the name makes it an organisation ('Orrinpress news agency')") {
  // before: each of these a person (the tagger reads "told X" and "X reported" as a person's)
  const Document d = analyse("The cuts were reported by Orrinpress news agency on Friday. Ivo Marsk told the "
                             "Kelbyblatt daily that rates could not fall, and told the weekly Dalvikspiegel the same. "
                             "He also told Tessalyposten newspaper that he would stay.");
  check_invariants(d);
  CHECK(has_mention(d, "Orrinpress", EntityType::Org));
  CHECK(has_mention(d, "Kelbyblatt", EntityType::Org));
  CHECK(has_mention(d, "Dalvikspiegel", EntityType::Org));
  CHECK(has_mention(d, "Tessalyposten", EntityType::Org));
  // "daily" before a noun, and "a" before the name, say nothing of the name
  CHECK(rule_types("The Varnholm daily briefing and a Murdoch newspaper were mentioned.").find("ORG/1") ==
        std::string::npos);
}

TEST_CASE("entities: a broadcaster's or magazine's kind after a name makes it an organisation ('Globo television')") {
  // before: persons (the tagger reads "told X" and "X reported" as a person's)
  const Document d = analyse("Finance Minister Ada Kest told Tessvikvisjon television the government would keep "
                             "spending under control. Orrinradio radio reported on Monday that the talks had "
                             "failed, and Kelbystyle magazine said the same.");
  check_invariants(d);
  CHECK(has_mention(d, "Tessvikvisjon", EntityType::Org));
  CHECK(has_mention(d, "Orrinradio", EntityType::Org));
  CHECK(has_mention(d, "Kelbystyle", EntityType::Org));
  // a noun after the kind: a programme, not the broadcaster
  CHECK(rule_types("He appeared on the Dalvik Orrin television show on Monday.").find("ORG/1") == std::string::npos);
}

TEST_CASE("entities: in a sports report, a person's country before ', who' is where the person is from") {
  // before: "Tessaly" a team (a side before "who", as in "a point ahead of Kelby, who"), with the person's
  // "who" read as the country's
  const Document d = analyse("Top seed Ada Kest beat Tomas Berg 6-3 7-5 on Saturday to reach the final. Kest will "
                             "meet Ivo Marsk of Spain, who beat Orrin Dahl of the Czech Republic 6-4 6-2.");
  check_invariants(d);
  CHECK(has_mention(d, "Spain", EntityType::Loc));
  CHECK(!has_mention(d, "Spain", EntityType::Org));
}

TEST_CASE("entities: a kind of body that opens a sentence or headline makes the name after it a body ('Carmaker X')") {
  // before: "Carmaker" an organisation of its own in the headline, and "Lumiotek", "Kelvar Re" persons (the
  // speech verb after them)
  const Document d = analyse("Carmaker Orrivo to cut 1,200 jobs\n\nChipmaker Lumiotek said on Tuesday it would cut "
                             "jobs. Insurer Kelvar Re reported a loss.");
  check_invariants(d);
  CHECK(!any_mention(d, "Carmaker"));
  CHECK(has_mention(d, "Orrivo", EntityType::Org));
  CHECK(has_mention(d, "Lumiotek", EntityType::Org));
  CHECK(has_mention(d, "Kelvar Re", EntityType::Org));
  // (a heading's dictionary word after it is no name: "Channel Guide")
  CHECK(rule_types("Channel Guide\n\nThe guide lists every channel.") == "");
}

TEST_CASE("entities: a building's kind in lower case after a name makes it the place ('Edouard Kessel hospital')") {
  // before: "Edouard Kessel" and "Ada Lund" persons, the hospital and the prison named after them
  CHECK(rule_types("The guard was taken to Edouard Kessel hospital. He had spent a year in Ada Lund prison.") ==
        "Edouard Kessel/LOC/1 Ada Lund/LOC/1 ");
  // (not where a noun follows: the visit is the person's)
  CHECK(rule_types("The Ada Kest hospital visit was cancelled.") == "Ada Kest/PERSON/1 ");
  // a palace, a castle, a mosque or a square too (before: persons, a first name opening each)
  CHECK(rule_types("The march ended outside Ada Moneda palace. Crowds filled Tomas Berg square, and prayers "
                   "were held at Ivo Marsk mosque.") ==
        "Ada Moneda/LOC/1 Tomas Berg/LOC/1 Ivo Marsk/LOC/1 ");
  CHECK(rule_types("The Ada Kest palace coup failed.") == "Ada Kest/PERSON/1 ");
  // a mine, a refinery, a smelter (round 43; before: "El Teniente" a person)
  CHECK(rule_types("Codelco blamed a strike at its El Teniente mine. Output fell at Ada Kest refinery.") ==
        "Codelco/ORG/0 El Teniente/LOC/1 Ada Kest/LOC/1 ");
}

TEST_CASE("entities: 'a branch of Credit Orrinais' is a firm's; 'in central Kelby' a place") {
  // before: a person, by its first word; and "Kelby" an organisation (no preposition of where right before it)
  CHECK(rule_types("Three men raided a branch of Credit Orrinais in central Kelby.") ==
        "Credit Orrinais/ORG/1 Kelby/LOC/1 ");
}

TEST_CASE("entities: a people's own noun is a group, not a person or a body ('the Welshman said', 'the Spaniard')") {
  // before: "Welshman" a person (the speech verb), "Spaniard" and "Swede" organisations (guesses)
  CHECK(rule_types("\"I holed a few putts,\" the Welshman said. The 25-year-old Spaniard beat the Swede.") ==
        "Welshman/GROUP/2 Spaniard/GROUP/2 Swede/GROUP/2 ");
}

TEST_CASE("entities: the name a body was founded under is the body's ('founded in 1912 as Sigurd Kraftlag')") {
  // before: a person (a first name the lists know, and a word they do not)
  CHECK(rule_types("It was founded in 1912 as Sigurd Kraftlag by the engineer Ivo Marsk.") ==
        "Sigurd Kraftlag/ORG/1 Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: a results list's '(Britain and Ireland unless stated)' names where players are from") {
  // before: both teams (countries in a sports report)
  const std::string types = rule_types(
      "GOLF - LEADING SCORES\n\nLeading scores after the third round of the Kelby Open on Saturday (Britain and "
      "Ireland unless stated):\n\n201 Ivo Marsk\n203 Tomas Berg (Spain)\n");
  CHECK(types.find("Britain/LOC") != std::string::npos);
  CHECK(types.find("Ireland/LOC") != std::string::npos);
}

TEST_CASE("entities: every club of a list a player played for is a club ('for IFK Kelby, Aston Dalvik and Orrin')") {
  // before: only the first name of the list had the cue ("Aston Dalvik" a person), and a club's letters "IFK"
  // before a town made no club
  CHECK(rule_types("He played as a defender for IFK Kelby, Aston Dalvik and Orrin.") ==
        "IFK Kelby/ORG/1 Aston Dalvik/ORG/1 Orrin/ORG/1 ");
  // (a name after a comma that ends no list is no club: "Ada Kest said", "Ada Kest, a former coach, said")
  CHECK(rule_types("He played for Kelby, Ada Kest said.").find("Ada Kest/ORG") == std::string::npos);
  CHECK(rule_types("He played for Kelby, Ada Kest, a former coach, said.").find("Ada Kest/ORG") == std::string::npos);
  // (a serial comma before "and")
  CHECK(rule_types("He played for Kelby, Dalvik, and Rosenborg.") == "Kelby/ORG/1 Dalvik/ORG/1 Rosenborg/ORG/1 ");
}

TEST_CASE("entities: a commune, hamlet, parish or township is a kind of place ('Brekkum is a commune in …')") {
  // before: guesses ("Brekkum" an organisation, "Saint-Ferréol" a person by its first word)
  const std::string types = rule_types("Saint-Ferréol is a commune in the Haute-Garonne department in "
                                       "southwestern France. Brekkum is a commune in the Orne department.");
  CHECK(types.find("Saint-Ferréol/LOC/1") != std::string::npos);
  CHECK(types.find("Brekkum/LOC/1") != std::string::npos);
}

TEST_CASE("entities: names after a plural kind of place and 'of' are places ('the towns of Brekka, Holm and Orrin')") {
  // before: guesses, organisations (the singular "the town of" was read, the plural not, nor a list's later names)
  CHECK(rule_types("A warning was issued for the provinces of Marro and Cael. The towns of Brekka, Holm and "
                   "Varnholm were cut off.") ==
        "Marro/LOC/1 Cael/LOC/1 Brekka/LOC/1 Holm/LOC/1 Varnholm/LOC/1 ");
}

TEST_CASE("entities: parliaments named by their own word are organisations ('the Storting', 'the Verkhovna Rada')") {
  // before: none ("Storting", "Sejm", "Riksdag": no list knew them, a capitalised word alone after "the"), and
  // "Verkhovna Rada" a person
  const Document d = analyse("She represented Kelby in the Storting. The Sejm rejected the bill, and the Verkhovna "
                             "Rada voted on Friday.");
  check_invariants(d);
  CHECK(has_mention(d, "Storting", EntityType::Org));
  CHECK(has_mention(d, "Sejm", EntityType::Org));
  CHECK(has_mention(d, "Verkhovna Rada", EntityType::Org));
}

TEST_CASE("entities: a name after 'based in', 'born in', 'headquartered in' is a place by its context") {
  // before: a guess, which the tagger may make a person ("Kelby" is a first name too): one retraining did
  CHECK(rule_types("Kelby Rovers is a club based in Kelby, Norvia. Orrin Lind was born in Brekka.") ==
        "Kelby Rovers/ORG/1 Kelby/LOC/1 Norvia/ORG/0 Orrin Lind/PERSON/1 Brekka/LOC/1 ");
}

TEST_CASE("entities: a surname two people share, after both are named, is no third person's first name") {
  // before: "Marsk said" joined "Marsk Tomas Marsk" by its first name, though Ada Marsk has that surname too
  const Document d = analyse("Ada Marsk built the clock. Marsk is 14. His father, Marsk Tomas Marsk, said the police "
                             "had overreacted. Marsk said he was proud.");
  check_invariants(d);
  const Entity* ada = entity_of(d, "Ada Marsk");
  const Entity* father = entity_of(d, "Marsk Tomas Marsk");
  REQUIRE(ada);
  REQUIRE(father);
  CHECK(ada != father);
  CHECK(same_entity(d, "Ada Marsk", "Marsk"));  // the first bare "Marsk", before the father is named
  size_t with_father = 0;
  for (const Mention& m : d.mentions)
    if (d.slice(m.span) == "Marsk" && m.entity >= 0 && &d.entities[size_t(m.entity)] == father) ++with_father;
  CHECK(with_father == 0);
}

TEST_CASE("entities: a trade's or portfolio's word ends a body's name ('Orrin Air', 'Kelby Health', 'Air India')") {
  // before: "Orrin" is a first name, so "operated by Orrin Air" was a person; "Air India" a guess
  CHECK(rule_types("A plane operated by Orrin Air skidded. Tessa Health won the contract. Flights by Air India were "
                   "cut. Social Security is safe.") ==
        "Orrin Air/ORG/1 Tessa Health/ORG/1 Air India/ORG/1 ");
  // "Air" before a word no list or dictionary holds is an airline too (before: a person's guess, 0)
  CHECK(rule_types("Flights to the islands are run by Air Chathams and Air Tessvik.") ==
        "Air Chathams/ORG/1 Air Tessvik/ORG/1 ");
}

TEST_CASE("entities: a crude oil's grade is no place ('Brent crude', 'Brent North Sea crude'), a country's oil is") {
  // before: "Brent" and "Brent North Sea" were places (a London borough, a sea), by the rules and the tagger
  const Document d = analyse("Brent crude rose 42 cents. Iran crude exports fell. The price of Brent North Sea crude "
                             "advanced, and Urals crude gained.");
  check_invariants(d);
  CHECK_FALSE(any_mention(d, "Brent"));
  CHECK_FALSE(any_mention(d, "Brent North Sea"));
  CHECK_FALSE(any_mention(d, "Urals"));
  CHECK(has_mention(d, "Iran", EntityType::Loc));
}

TEST_CASE("entities: a place's opening word at a sentence start stays in its name ('Lake Orrin is a lake')") {
  // before: "Lake" was an ordinary word capitalised at the sentence start, and "Orrin" alone a guess
  CHECK(rule_types("Lake Orrin is a freshwater lake in Norway. Fort Kelby reports a fire.") ==
        "Lake Orrin/LOC/2 Norway/LOC/2 Fort Kelby/LOC/2 ");
  // a river and a loch, though "River" is a first name too (before: PERSON/0 each)
  CHECK(rule_types("Boats sailed on the River Varn. Loch Orrin froze.") == "River Varn/LOC/2 Loch Orrin/LOC/2 ");
}

TEST_CASE("entities: a results line may open with a few words and a colon ('Played on Friday: Dalvik 0 …')") {
  // before: the line's first word was no side, so no side was marked: "St Kelby" a person by its shape
  CHECK(rule_types("SOCCER - NORVIAN LEAGUE RESULTS\n\nResults of matches on Saturday:\n\nBrekka 2 Holm 1\n\n"
                   "Played on Friday: Dalvik Athletic 0 St Kelby 0.\n") ==
        "Brekka/ORG/1 Holm/ORG/1 Dalvik Athletic/ORG/1 St Kelby/ORG/1 ");
}

TEST_CASE("entities: one results line may hold several games, parted by commas ('Brekka 2 Holm 1, Dalvik 0 …')") {
  // before: the comma ended the line's games, so no side was marked: shape guesses (ORG/0)
  CHECK(rule_types("SOCCER - NORVIAN LEAGUE RESULTS\n\nResults on Saturday: Brekka 2 Holm 1, Dalvik Athletic 0 "
                   "Orrin 0; Varnholm 3 Kelby 1.\n") ==
        "Brekka/ORG/1 Holm/ORG/1 Dalvik Athletic/ORG/1 Orrin/ORG/1 Varnholm/ORG/1 Kelby/ORG/1 ");
}

TEST_CASE("entities: a guess the tagger makes a person joins the team of the same name in a results table") {
  // before: "Varnholm" in the text a person (its shape and the tagger), a second entity beside the table's team
  const Document d = analyse("SOCCER - VARNHOLM HOLD HALDEN TO GOALLESS DRAW.\n\nOSLO 1996-09-14\n\nVarnholm held "
                             "league leaders Halden to a goalless draw in the Norwegian first division on Saturday. "
                             "Halden coach Ivo Marsk said his side had missed too many chances.\n\nResults: Varnholm "
                             "0 Halden 0, Rosenborg 3 Molde 1.\n");
  check_invariants(d);
  CHECK(mentions_naming(d, {"Varnholm"}, typed_entity(d, "Varnholm", EntityType::Org)) == 2);
}

TEST_CASE("entities: the sides of 'a match between A and B' are teams; a stadium in Norwegian ('Stadion')") {
  // before: "Rosenborg", "Molde" and "Brekka" shape guesses (outside a sports report's lead; the tagger typed the
  // towns places), "Orrin Stadion" a person
  CHECK(rule_types("The 1998 cup final was a football match between Rosenborg and Molde at the Orrin Stadion in "
                   "Oslo. The derby between Brekka and Holm Athletic was drawn. A tennis match between Ada Kest and "
                   "Ivo Marsk followed.") ==
        "Rosenborg/ORG/1 Molde/ORG/1 Orrin Stadion/LOC/2 Oslo/LOC/2 Brekka/ORG/1 Holm Athletic/ORG/1 "
        "Ada Kest/PERSON/1 Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: a name 'who' follows, or a country after 'of' in a sports report, is a player") {
  // before: both were guesses, which the tagger made a place and a body ("Iga Swiatek" LOC, "Ons Jabeur" ORG)
  const std::string tennis = rule_types("TENNIS - QUARTER-FINALS\n\nTessa Varn beat second seed Marta Kelby 6-3 7-5 "
                                        "on Wednesday. She will next face Iga Swiatek, who needed three sets to get "
                                        "past Ons Jabeur of Tunisia.");
  CHECK(tennis.find("Iga Swiatek/PERSON/1 Ons Jabeur/PERSON/1 Tunisia/LOC/2 ") != std::string::npos);
  // a people's name is none ("Iraqi Shiites, who")
  CHECK(rule_types("It has turned even Iraqi Shiites, who were grateful, against them.") == "Iraqi Shiites/ORG/0 ");
}

TEST_CASE("entities: two words the shape called a person, after a backed body and 'and', are a body") {
  // before: "Andreessen Horowitz" was a person (no first name, no firm's word)
  const Document d = analyse("Orrin Labs has raised $300 million from investors including Sequoia Capital and "
                             "Andreessen Horowitz. The Kelby Foundation and Ada Kest gave more.");
  check_invariants(d);
  CHECK(has_mention(d, "Andreessen Horowitz", EntityType::Org));
  CHECK(has_mention(d, "Ada Kest", EntityType::Person));  // a first name: the person stays
}

TEST_CASE("entities: a place's word before 'and' inside a body's name ('the Swedish Prison and Probation Service')") {
  // before: "Swedish Prison" a place and "Probation Service" a body
  CHECK(rule_types("The Swedish Prison and Probation Service agreed. Brekka Airport and Border Force staff met.") ==
        "Swedish Prison and Probation Service/ORG/2 Brekka Airport/LOC/2 Border Force/ORG/2 ");
}

TEST_CASE("entities: one plain word that is a body's word too joins the name after 'and' ('Securities and …')") {
  // before: "Securities" a guess of its own and "Exchange Commission" the body
  CHECK(rule_types("It filed with the Securities and Exchange Commission on Monday.") ==
        "Securities and Exchange Commission/ORG/2 ");
}

TEST_CASE("entities: mid-sentence, 'First' before a body's name is its first word ('First Tessaly Bancorp')") {
  // before: "First" was a function word and went; at a sentence start and before a title it still goes
  CHECK(rule_types("It will close the deal with First Tessaly Bancorp. First Horizon Corp fell, said First Minister "
                   "Ada Kest.") ==
        "First Tessaly Bancorp/ORG/2 Horizon Corp/ORG/2 Ada Kest/PERSON/2 ");
}

TEST_CASE("entities: Arabic's and Urdu's words for a body open a group's name ('Hayat Tahrir al-Sham')") {
  // before: the particles made persons of them ("rebels led by Hayat Tahrir al-Sham"), or a place
  CHECK(rule_types("Rebels led by Hayat Tahrir al-Sham took the city. Jaish al-Adl and Lashkar-e-Taiba claimed "
                   "attacks. Hayat Abu Jaber said so.") ==
        "Hayat Tahrir al-Sham/ORG/2 Jaish al-Adl/ORG/2 Lashkar-e-Taiba/ORG/2 Hayat Abu Jaber/PERSON/1 ");
}

TEST_CASE("entities: Arabic's words for a bridge, a ruin, a monastery open a place's name ('Jisr al-Shughur')") {
  // before: the particle made persons of them ("near Maarat al-Numan")
  CHECK(rule_types("Jets struck near Maarat al-Numan. Jisr al-Shughur was hit, as was Khirbet Kelby.") ==
        "Maarat al-Numan/LOC/2 Jisr al-Shughur/LOC/2 Khirbet Kelby/LOC/2 ");
}

TEST_CASE("entities: 'played as a centre-half for' a club named like a place ('Notts County') is the club") {
  // before: the hyphenated position hid the verb, and a "County" was a place by its word
  CHECK(rule_types("Kelby Marsh was an English footballer who played as a centre-half for Notts County and "
                   "Gainsborough Trinity.") ==
        "Kelby Marsh/PERSON/1 English/GROUP/2 Notts County/ORG/1 Gainsborough Trinity/ORG/1 ");
}

TEST_CASE("entities: a firm's trade 'Cycles' and a police force's 'Constabulary' end bodies' names") {
  // before: "Orrin Cycles" a person (a first name before it) on a results line, "Kelby Constabulary" a guess
  CHECK(rule_types("2. Tom Kelby (Britain) Orrin Cycles same time. The Kelby Constabulary said so.") ==
        "Tom Kelby/PERSON/1 Britain/LOC/2 Orrin Cycles/ORG/2 Kelby Constabulary/ORG/2 ");
}

TEST_CASE("entities: a town after a person's name and 'of' is where the person is from ('Derek Holm of Marietta')") {
  // before: a guess, as a town that is a first name too, which the tagger made a person
  CHECK(rule_types("The man, identified as Derek Holm of Marietta, had a warrant.") ==
        "Derek Holm/PERSON/1 Marietta/LOC/1 ");
}

TEST_CASE("entities: a region the lexicon lists, then a first name and a surname, are a place and a person") {
  // before: "Middle East Tobias Ellwood" one person; and a country before "Court of Appeals" split off a person
  // "Court of Appeals" ("Court" is a first name too)
  CHECK(rule_types("Minister for the Middle East Tobias Ellwood calls it a tragedy. Minister for Europe Ada Kest "
                   "agreed, as did the United States Court of Appeals.") ==
        "Middle East/LOC/2 Tobias Ellwood/PERSON/2 Europe/LOC/2 Ada Kest/PERSON/2 "
        "United States Court of Appeals/ORG/2 ");
}

TEST_CASE("entities: after 'of', a listed place then two names is a place and its office holder") {
  // before: "United States Dalvik Orrane" one span, and "London Tesfaye Khan" (a first name the lists do not hold,
  // a surname that is a dictionary's word too)
  CHECK(rule_types("The President of the United States Dalvik Orrane spoke. The mayor of London Tesfaye Khan "
                   "agreed, as did the mayor of Lyon Tomas Berg. The Governor of California Ivo Marsk did not. The "
                   "New York Yankees won.") ==
        "United States/LOC/2 Dalvik Orrane/PERSON/2 London/LOC/1 Tesfaye Khan/PERSON/2 Lyon/LOC/1 Tomas Berg/PERSON/2 "
        "California/LOC/1 Ivo Marsk/PERSON/2 New York Yankees/ORG/1 ");
}

TEST_CASE("entities: who takes a firm over is a firm ('taken over by Bremer Vulkan'), unless a first name opens it") {
  // before: shape guesses ("Bremer Vulkan" a person by its shape)
  CHECK(rule_types("The yard was taken over by Bremer Vulkan in 1970. Its rival was acquired by Tormax Varn, and "
                   "Halvex merged with Brennex. The club was taken over by Ivo Marsk.") ==
        "Bremer Vulkan/ORG/1 Tormax Varn/ORG/1 Halvex/ORG/0 Brennex/ORG/1 Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: who runs, owns, makes or sponsors something is a firm ('trams operated by Vasttrafik')") {
  // before: shape guesses the tagger did not back, dropped ("Vasttrafik", "Skanska") or typed a person
  CHECK(rule_types("The line has trams operated by Vasttrafik. The stadium is owned by Kelvex and the race is "
                   "sponsored by Carlsberg. Its engines were supplied by Meadows. The hotel is run by Ada Kest, "
                   "and the bridge was built by Skanska.") ==
        "Vasttrafik/ORG/1 Kelvex/ORG/1 Carlsberg/ORG/1 Meadows/ORG/1 Ada Kest/PERSON/1 Skanska/ORG/0 ");
}

TEST_CASE("entities: an encyclopedia's first sentence names a sportsman's job ('is a Norwegian footballer who')") {
  // before: shape guesses ("footballer", "cricketer" no occupations the lexicon knew; "who" ended no phrase)
  CHECK(rule_types("Tormax Varn is a Norwegian footballer who plays for Brann. Dalvik Orrane is a cricketer.") ==
        "Tormax Varn/PERSON/1 Norwegian/GROUP/2 Brann/ORG/1 Dalvik Orrane/PERSON/1 ");
}

TEST_CASE("entities: what something is near is a place ('Near Ayn Isa, one strike'); 'Daesh' is a body") {
  // before: persons ("Al" and "Ayn" are first names too) and a guess the tagger typed a person
  CHECK(rule_types("Near Al Shadaddi, one strike hit a unit. A second strike near Tessvik destroyed a bridge held by "
                   "Daesh. Ada Kest sat near Ivo Marsk.") ==
        "Al Shadaddi/LOC/1 Tessvik/LOC/1 Daesh/ORG/2 Ada Kest/PERSON/1 Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: ', which is 40 percent owned by', ', which reports' say a body; 'Aluminium' ends a firm's name") {
  // before: shape guesses the tagger typed persons, and "Orrin Aluminium" a person (Orrin a first name)
  CHECK(rule_types("A strike hit the Orrin Aluminium plant. Tessvik, which is 40 percent owned by Norsk Hydro, said "
                   "it regretted it. Rival Brennex, which reports next week, rose.") ==
        "Orrin Aluminium/ORG/2 Tessvik/ORG/1 Norsk Hydro/ORG/2 Brennex/ORG/1 ");
}

TEST_CASE("entities: a bank's word opening a name before a word no dictionary holds names a bank ('Bank Leumi')") {
  // before: shape guesses (ORG/0) the tagger typed persons ("Julius" a first name)
  CHECK(rule_types("Analysts at Bank Julius Baer and Bank Orvanto said so. The Bank Holiday Monday was quiet.") ==
        "Bank Julius Baer/ORG/1 Bank Orvanto/ORG/1 Bank Holiday/ORG/0 ");
}

TEST_CASE("entities: an honour named after someone is no person ('the Orrin Medal', 'the Kelby Lecture')") {
  // before: persons (a first name and a surname by their shape)
  CHECK(rule_types("The Orrin Medal is awarded by the Royal Society of Chemistry. Ada Kest gave the Kelby Lecture.") ==
        "Royal Society of Chemistry/ORG/2 Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a taxon an encyclopedia's first sentence defines is no name ('Halvex is a genus of moths')") {
  // before: a person (a guess the tagger typed)
  const Document d = analyse("Halvex is a genus of moths in the family Noctuidae. Orrina varnis is a species of "
                             "beetle found in Norway.");
  check_invariants(d);
  for (const char* taxon : {"Halvex", "Orrina", "Orrina varnis"}) CHECK_FALSE(any_mention(d, taxon));
  CHECK(has_mention(d, "Norway", EntityType::Loc));
}

TEST_CASE("entities: a name inside an e-mail address, a file's name or a web address is none ('Lisa_resume.doc')") {
  // before: "Kevin", "Boone", "Lisa" and "Tessa Varn" persons; a mail system's "Becky Stephens@ENRON" (no dotted
  // domain) still names the person, and "Ivo Marsk/HOU/ECT" before the slash too
  const Document d = analyse("Becky Stephens@ENRON\n03/28/2001 05:09 PM\nIvo Marsk/HOU/ECT wrote: mail "
                             "Kevin.A.Boone@accenture.com, see Lisa_resume.doc and http://example.com/Tessa_Varn "
                             "today. Ada Kest agreed.");
  check_invariants(d);
  for (const char* part : {"Kevin", "Boone", "Lisa", "Tessa", "Varn", "Tessa Varn"}) CHECK_FALSE(any_mention(d, part));
  for (const char* person : {"Becky Stephens", "Ivo Marsk", "Ada Kest"})
    CHECK(has_mention(d, person, EntityType::Person));
}

TEST_CASE("entities: a list whose names each take 'the' is one list ('the Tate, the National Museum and the …')") {
  // before: "the" between the names ended the list, and the tagger made "Tate" a person
  const Document d = analyse("His work is held by the Tate, the National Museum Wales and the Glynn Vivian Art "
                             "Gallery in Swansea.");
  check_invariants(d);
  CHECK(has_mention(d, "Tate", EntityType::Org));
}

TEST_CASE("entities: a German street or square named after a person is a place ('Friedrich-Ebert-Anlage')") {
  // before: persons, by the first name that opens them
  CHECK(rule_types("It stands on Friedrich-Ebert-Anlage near the Karl-Marx-Allee and Willy-Brandt-Platz.") ==
        "Friedrich-Ebert-Anlage/LOC/2 Karl-Marx-Allee/LOC/2 Willy-Brandt-Platz/LOC/2 ");
}

TEST_CASE("entities: a name whose price moves by a bare figure to a price is a company ('Bayer fell 0.30 to 54.20')") {
  // before: only a percentage or an amount of money counted, and the tagger made "Bayer" a person
  const Document d = analyse("German blue chips closed higher on Thursday. Deutsche Bank rose 1.20 marks to 72.50, "
                             "while Bayer fell 0.30 to 54.20.");
  check_invariants(d);
  CHECK(has_mention(d, "Bayer", EntityType::Org));
}

TEST_CASE("entities: a body's word in brackets, then a firm's word, after a name ('Cheung Kong (Holdings) Ltd')") {
  // before: "Cheung Kong" a person by its shape (a place, to the tagger)
  CHECK(rule_types("Kelvar is controlled by Cheung Kong (Holdings) Ltd. It cited a report (Guardian) on Monday.")
            .find("Cheung Kong/ORG/1 ") != std::string::npos);
}

TEST_CASE("entities: a body's name that is of an event is a body's, and so is its short form ('Party of the …')") {
  // before: the name ended on an event's word ("Revolution") and went, and so did "(PRD)" after it
  CHECK(rule_types("The leftist Party of the Democratic Revolution (PRD) has yet to choose. The Worldwide Kelby "
                   "Conference (WKC) opened.") ==
        "Party of the Democratic Revolution/ORG/2 PRD/ORG/0 ");
}

TEST_CASE("entities: an acronym whose letters are its name's initials in another order is that name's") {
  // before: only an acronym that began as its name did was linked ("National Action Party (PAN)" was not)
  const Document d = analyse("Mexico's ruling Institutional Revolutionary Party (PRI) named its candidate. The "
                             "conservative National Action Party (PAN) backs Ada Castillo. The PAN said so.");
  check_invariants(d);
  CHECK(same_entity(d, "National Action Party", "PAN"));
  CHECK(same_entity(d, "Institutional Revolutionary Party", "PRI"));
}

TEST_CASE("entities: a broker, a brokerage or a fund before a name says a firm ('Broker SBC Warburg said')") {
  // before: no descriptor, and the acronym inside only guessed a body, which the tagger made a place
  CHECK(rule_types("Broker SBC Warburg said a bid was likely. The hedge fund Orrin Capital agreed.") ==
        "SBC Warburg/ORG/1 Orrin Capital/ORG/2 ");
}

TEST_CASE("entities: a short first name that is a month's too, before a surname's particle ('Mayor Jan van Zanen')") {
  // before: "Jan" was the month, which split the name and left the person "Zanen"
  CHECK(rule_types("Three people died, Mayor Jan van Zanen said.") == "Jan van Zanen/PERSON/2 ");
}

TEST_CASE("entities: a dateline in title case, a town, a country and the wire's dash ('Kelby, Norway — …')") {
  // before: only a dateline in capitals counted, and "Kelby" was a guess the tagger made a person
  const std::string spans = rule_types("Kelby, Norway — Olympic champion Tessa Orrin will miss the opener.");
  CHECK(spans.find("Kelby/LOC/1 Norway/LOC/2 ") == 0);
}

TEST_CASE("entities: a person's guess the tagger saw no name in, beside a person named in full, is a person") {
  // before: unbacked, so it went ("Joan Didion and Ta-Nehisi Coates" kept only the first)
  const Document d = analyse("Ada Kest will receive the prize. Previous winners include Joan Didion and Ta-Nehisi "
                             "Coates.");
  check_invariants(d);
  CHECK(has_mention(d, "Ta-Nehisi Coates", EntityType::Person));
  // so is one in a list of three or more, its conjunction or none (before: "Tomo Marsk" stayed unbacked); not
  // beside a body ("Ivo Kest, Halvex Group, Tomo Marsk")
  Document t = test::in_sentences("The band features Ada Leto, Ivo Leto, Tomo Marsk. Ivo Kest, Halvex Group, Tomo "
                                  "Marsk.");
  TokenFeatures f;
  f.build(t);
  // two words each, from the token written `first` on: "Ada Leto" (token 3), "Ivo Leto" (6), "Tomo Marsk" (9) …
  auto pair_at = [&](uint32_t first, EntityType type, bool backed) {
    NameSpan s;
    s.first = first;
    s.end = first + 2;
    s.type = type;
    s.strength = backed ? Strength::Cue : Strength::Guess;
    s.unbacked = !backed;
    return s;
  };
  std::vector<NameSpan> spans = {pair_at(3, EntityType::Person, true), pair_at(6, EntityType::Person, true),
                                 pair_at(9, EntityType::Person, false), pair_at(12, EntityType::Person, true),
                                 pair_at(15, EntityType::Org, true), pair_at(18, EntityType::Person, false)};
  REQUIRE(t.token_text(9) == "Tomo");
  REQUIRE(t.token_text(18) == "Tomo");
  type_coordinated_names(t, f, spans);
  CHECK(!spans[2].unbacked);
  CHECK(spans[5].unbacked);
}

TEST_CASE("entities: a drug or a vaccine named right after its kind is a product, no name ('its drug Kelvaxa')") {
  // before: "Kelvaxa" a person by its shape
  const Document d = analyse("Orrin Pharmaceuticals Inc said the FDA had approved its drug Kelvaxa for adults. The "
                             "vaccine Orrivax is next.");
  check_invariants(d);
  CHECK_FALSE(any_mention(d, "Kelvaxa"));
  CHECK_FALSE(any_mention(d, "Orrivax"));
}

TEST_CASE("entities: 'a Kelby man', 'an Orrin teenager': the name someone is from is a place") {
  // before: a guess the tagger made a person ("Kelby" is a first name too); letters stay out ("an MSc student")
  CHECK(rule_types("A judge jailed a Kelby man on Friday. An Orrin teenager and an MSc student were hurt.") ==
        "Kelby/LOC/1 Orrin/LOC/1 MSc/ORG/0 ");
}

TEST_CASE("entities: a body's 'of' does not go on over a person's initial ('the Telugu Desam Party of N. Naidu')") {
  // before: "Telugu" a group and "Desam Party of N. Chandrababu Naidu" one body
  CHECK(rule_types("It depends on the Telugu Desam Party of N. Chandrababu Naidu.") ==
        "Telugu Desam Party/ORG/2 N. Chandrababu Naidu/PERSON/0 ");
}

TEST_CASE("entities: a first name and a plural body's word before 'said' are a firm ('Kelby Motors said')") {
  // before: a person, as "Lars Press said" was (a body's word that is a surname too)
  CHECK(rule_types("Kelby Motors said on Monday it would cut jobs. Lars Press said he agreed.") ==
        "Kelby Motors/ORG/2 Lars Press/PERSON/1 ");
}

TEST_CASE("entities: a name between commas after a firm's part names the part ('its European unit, Orrin,')") {
  // before: a guess the tagger made a person ("Orrin" is a first name too)
  CHECK(rule_types("Kelby Motors said its European unit, Orrin, will be sold.") ==
        "Kelby Motors/ORG/2 European/GROUP/2 Orrin/ORG/1 ");
}

TEST_CASE("entities: a body's possessive before a name and a kind of body after it ('EA's Maxis studio')") {
  // before: only "the" before the name counted, and "Maxis" was a guess the tagger made a person
  CHECK(rule_types("In 2021 Varnsoft merged with EA's Maxis studio.") == "Varnsoft/ORG/0 EA/ORG/0 Maxis/ORG/1 ");
}

TEST_CASE("entities: a name its staff or executives follow is a body ('a former Rockwell Collins executive')") {
  // before: a person ("Rockwell", a first name)
  CHECK(rule_types("Boeing named Kelly Ortberg, a former Rockwell Collins executive, as chief executive.")
            .find("Rockwell Collins/ORG/1") != std::string::npos);
  CHECK(rule_types("Two Halvex engineers resigned.") == "Halvex/ORG/1 ");
  // not a place's ("a Reading engineer"), nor a dictionary word alone ("Traffic staff", a department's)
  CHECK(rule_types("Two Traffic staff resigned.").empty());
}

TEST_CASE("entities: a body's name without its place, which the tagger reads as someone speaking, is the body") {
  // "The Yankees said in a statement": the shape guess the tagger made a person was an entity of its own
  const Document d = analyse(
      "Former Yankees pitcher Dale Corrin dies at 81\n\nDale Corrin, who pitched for the New York Yankees and the "
      "Boston Red Sox in the 1960s, died on Sunday at his home in Sarasota, Florida. He was 81.\n\nCorrin won 14 "
      "games for the Yankees in 1964. His son, Mike, said his father had been ill. The Yankees said in a statement "
      "that Corrin \"was a true gentleman.\"");
  check_invariants(d);
  CHECK(!has_mention(d, "Yankees", EntityType::Person));
  int yankees = 0;
  for (const Entity& e : d.entities) yankees += e.canonical == "New York Yankees" ? 1 : 0;
  CHECK(yankees == 1);
}

TEST_CASE("entities: a name with a club's letters that someone plays for is a side ('plays for HC Kometa Brno')") {
  // before: a shape guess the tagger saw no name in, dropped
  CHECK(rule_types("He plays for HC Kometa Brno in the Czech Extraliga.").rfind("HC Kometa Brno/ORG/1 ", 0) == 0);
  CHECK(rule_types("He visited the USI Art Collections.") == "USI Art Collections/ORG/0 ");  // letters alone: a guess
}

TEST_CASE("entities: a body's name goes on over a second connector, but not onto a person ('… of Geert Wilders')") {
  // before: one body, "Party for Freedom of Geert Wilders"
  CHECK(rule_types("The Party for Freedom of Geert Wilders led the poll.").rfind("Party for Freedom/ORG/2 ", 0) == 0);
  CHECK(rule_types("The Council for the Protection of Rural England objected.") ==
        "Council for the Protection of Rural England/ORG/2 ");
}

TEST_CASE("entities: what a manager or a coach leads is a side ('sacked as manager of Plymouth Argyle')") {
  // before: a place, "Plymouth" a town the lists know
  CHECK(rule_types("Rooney was sacked as manager of Plymouth Argyle after 15 games.").find("Plymouth Argyle/ORG/1") !=
        std::string::npos);
  CHECK(rule_types("She is the manager of Ada Kest, the singer.") == "Ada Kest/PERSON/1 ");  // a first name: a person
}

TEST_CASE("entities: a centre that someone is a post of is an institution ('director of the … Center')") {
  // before: a place by its last word
  CHECK(rule_types("said Ken Graham, director of the National Hurricane Center in Miami.") ==
        "Ken Graham/PERSON/1 National Hurricane Center/ORG/1 Miami/LOC/2 ");
}

TEST_CASE("entities: an ordinal opens a body's name with 'of' in it ('the 9th U.S. Circuit Court of Appeals')") {
  // before: only names of plain words took their ordinal, so "9th" was a figure (with the company as its source)
  const Document d = analyse("Orrin said it may appeal to the 9th U.S. Circuit Court of Appeals.");
  check_invariants(d);
  CHECK(has_mention(d, "9th U.S. Circuit Court of Appeals", EntityType::Org));
  CHECK(d.numbers.empty());
}

TEST_CASE("entities: a town named by a word opens a dateline with its region ('PALE, Bosnia 1996-08-26')") {
  // before: a shouted dictionary word, no name (its region stayed a place alone; the lists know "Bosnia")
  CHECK(rule_types("PALE, Bosnia 1996-08-26\n\nLeaders said on Monday they would not yield.") ==
        "PALE/LOC/1 Bosnia/LOC/2 ");
  // a shouted word before a comma and a month is still no town
  CHECK(rule_types("WARNING, May 3 was a bad day for Orrin Air.") == "Orrin Air/ORG/1 ");
}

TEST_CASE("entities: a body's name goes on with 'in' and a place its short form spells ('… in Europe (OSCE)')") {
  // before: the name stopped before "in", the place was a name apart and "OSCE" no short form of the body
  const Document d = analyse("The Organisation for Security and Cooperation in Europe (OSCE) said it was concerned.");
  check_invariants(d);
  CHECK(has_mention(d, "Organisation for Security and Cooperation in Europe", EntityType::Org));
  CHECK(same_entity(d, "OSCE", "Organisation for Security and Cooperation in Europe"));
  CHECK(!any_mention(d, "Europe"));
  // a short form that does not spell the place leaves the place a name apart
  CHECK(rule_types("The Kelby Trade Council in Europe (KTC) met.") ==
        "Kelby Trade Council/ORG/2 Europe/LOC/2 KTC/ORG/0 ");
}

TEST_CASE("entities: letters before a body's post are the body ('calm, IFOR spokesman Ivo Orrin said')") {
  // before: a shape-only guess the tagger did not back, so no name at all
  const Document d = analyse("Troops were calm, IFOR spokesman Ivo Orrin said.");
  check_invariants(d);
  CHECK(has_mention(d, "IFOR", EntityType::Org));
  CHECK(has_mention(d, "Ivo Orrin", EntityType::Person));
}

TEST_CASE("entities: a row of a sports report's standings is a team ('Derby County 3 0 1 2 2 5 1', 'Roda JC')") {
  // before: a place by its last word, and a person by its first name
  const std::string table = "SOCCER - LEAGUE STANDINGS.\n\nLONDON 1996-08-25\n\nStandings after Sunday's matches:\n\n"
                            "Chelsea 3 2 0 1 4 3 6\nRoda JC Kerkrade 3 1 1 1 3 3 4\nDerby County 3 0 1 2 2 5 1\n";
  CHECK(rule_types(table) ==
        "LEAGUE STANDINGS/ORG/0 LONDON/LOC/1 Chelsea/ORG/1 Roda JC Kerkrade/ORG/1 Derby County/ORG/1 ");
}

TEST_CASE("entities: two words joined by an Arabic particle are a person's name ('Inzamam-ul-Haq'), a body's first") {
  // before: a shape-only guess the tagger made a place (or, in a scoreboard, an organisation)
  const Document d = analyse("Pakistan were 120 for two when Inzamam-ul-Haq came in.");
  check_invariants(d);
  CHECK(has_mention(d, "Inzamam-ul-Haq", EntityType::Person));
  CHECK(rule_types("Jamaat-ud-Dawa denied it.") == "Jamaat-ud-Dawa/ORG/2 ");  // before: a guess
}

TEST_CASE("entities: a change and the price it reached make a firm though a first name opens it ('Kelby Stal')") {
  // before: a person by its first name (a percentage alone still leaves one: a poll's share moves too)
  for (const char* text : {"Rival Kelby Stal fell 1.00 to 64 in early trade.", "Kelby fell 1.00 to 64 today."}) {
    const Document d = analyse(text);
    check_invariants(d);
    CHECK(!d.entities.empty());
    CHECK(d.entities.front().type == EntityType::Org);
  }
}

TEST_CASE("entities: a race named by its first word and a place is no name ('Tour de Kelby')") {
  // before: a person by the name after "de"
  CHECK(rule_types("Marsk rode the Tour de Kelby twice.") == "Marsk/ORG/0 ");
}

TEST_CASE("entities: 'Team' opens a side's name; a cycling report's bracket after a rider holds the rider's team") {
  // before: "Team Orrin" a guess the tagger dropped; "Lotto Dstny" a person; the report no sports report
  const std::string text = "Marsk wins sprint as peloton splits\n\nIvo Marsk of Team Orrin won the fourth stage, "
                           "beating the cyclist Tomas Berg (Lotto Dstny) as the peloton split.\n\nBerg, a sprinter, "
                           "was second, and Ada Kest (Spain) took third place on the podium.";
  CHECK(rule_types(text) == "Marsk/ORG/0 Ivo Marsk/PERSON/1 Team Orrin/ORG/1 Tomas Berg/PERSON/1 Lotto Dstny/ORG/1 "
                            "Berg/PERSON/1 Ada Kest/PERSON/1 Spain/LOC/1 ");  // ("Berg, a sprinter,")
  // a dictionary word after "Team" outside a sports report is no side
  CHECK(rule_types("You will remain as alternates. Analyst Team Participants: Lisa Gilette") ==
        "Team Participants/ORG/0 Lisa Gilette/PERSON/1 ");
}

TEST_CASE("entities: a team's 'side' after a nation's or a league's name ('joined Dutch side Heerenveen')") {
  // before: a guess the tagger dropped
  const Document d = analyse("In 1998 he joined Dutch side Heerenveen, and later played in Denmark.");
  check_invariants(d);
  CHECK(has_mention(d, "Heerenveen", EntityType::Org));
  CHECK(rule_types("On the other side Kelby waited.") == "Kelby/ORG/0 ");  // no name's "side" before it
}

TEST_CASE("entities: a firm named after two firms holds no person ('Kelby Orrin Group' after Kelby and Orrin merge)") {
  // before: "Kelby Orrin" a person inside the name (a first name and a surname by the lists)
  const Document d = analyse("Kelby Airlines and Orrin Air agreed to merge. The combined company will be named Kelby "
                             "Orrin Group. Kelby shares rose and Orrin stock gained.");
  check_invariants(d);
  CHECK(has_mention(d, "Kelby Orrin Group", EntityType::Org));
  for (const Mention& m : d.inner_mentions) CHECK(m.type != EntityType::Person);
}

TEST_CASE("entities: an infirmary is an institution, a range of mountains a place ('Leeds General Infirmary')") {
  // before: "General Infirmary" a general's name (a person), "Orrin Range" a person
  CHECK(rule_types("She was taken to Leeds General Infirmary on Saturday.") == "Leeds General Infirmary/ORG/2 ");
  CHECK(rule_types("It is the highest peak of the Orrin Range in Chile.") == "Orrin Range/LOC/2 Chile/LOC/2 ");
}

TEST_CASE("entities: the owner of works one hand makes is a person ('Nielsen's symphonies', 'Kest's memoir')") {
  // before: a shape-only guess, an organisation by default
  CHECK(rule_types("Its recording of Nielsen's symphonies won an award.") == "Nielsen/PERSON/1 ");
  CHECK(rule_types("The band recorded Orrin's songs.") == "Orrin/ORG/0 ");  // bands and studios make songs too
}

TEST_CASE("entities: a side of a match with a country in brackets after it is a player ('Dalvik Varn (Norway)')") {
  // before: a team, as a side of a match that no first name opens is
  const std::string text = "TENNIS - RESULTS AT U.S. OPEN.\n\nNEW YORK 1996-08-28\n\nResults of first round matches "
                           "at the U.S. Open tennis championships:\n\nTomas Berg (Norway) beat Dalvik Varn (Czech "
                           "Republic) 7-6 6-3 3-6 6-2\n";
  const Document d = analyse(text);
  check_invariants(d);
  CHECK(has_mention(d, "Dalvik Varn", EntityType::Person));
  CHECK(has_mention(d, "Czech Republic", EntityType::Loc));
}

TEST_CASE("entities: a nation's adjective in its own tongue opens a firm's name ('Norsk Hydro', 'Svenska Cellulosa')") {
  // before: persons by shape (then places or organisations as the tagger guessed)
  CHECK(rule_types("Norway's Statoil and Norsk Hydro led the bourse. Svenska Cellulosa fell.") ==
        "Norway/LOC/2 Statoil/ORG/0 Norsk Hydro/ORG/2 Svenska Cellulosa/ORG/2 ");
}

TEST_CASE("entities: letters a kind of body describes are the body ('criticised public broadcaster ORT')") {
  // before: a shape-only guess the tagger did not back, so no name
  const Document d = analyse("Observers criticised the coverage by public broadcaster ORT.");
  check_invariants(d);
  CHECK(has_mention(d, "ORT", EntityType::Org));
}

TEST_CASE("entities: a name before a level's election is where the vote is held ('Orrin regional election')") {
  // before: a guess the tagger dropped
  CHECK(rule_types("Opposition wins Orrin regional election") == "Orrin/LOC/1 ");
  CHECK(rule_types("Voters in the Kelby local elections stayed home.") == "Kelby/LOC/1 ");
}

TEST_CASE("lexicon: a railway and a choir are bodies ('The Orrin Valley Railway is a heritage railway')") {
  // before: a first name and a surname, a person
  CHECK(rule_types("The Orrin Valley Railway is a heritage railway in Wales.") ==
        "Orrin Valley Railway/ORG/2 Wales/LOC/2 ");
  CHECK(rule_types("She sang with the Ada Kest Choir.") == "Ada Kest Choir/ORG/2 ");
}

TEST_CASE("entities: a kind of body after the name with one word between it and 'the' ('the ruling Golkar party')") {
  // before: only a "the" right before the name counted, and the tagger made "Golkar" a place
  CHECK(rule_types("Suharto said the ruling Golkar party would win.") == "Suharto/PERSON/0 Golkar/ORG/1 ");
  // not a people's adjective, nor one dictionary word
  CHECK(rule_types("the leader of the militant Lebanese Shiite group spoke.") == "Lebanese Shiite/ORG/0 ");
  // the word between may be hyphened, and "the" a sentence's "The" (before: guesses the tagger did not back)
  CHECK(rule_types("The opposition Tessaly Unity party called for elections. The far-right Dalvik Renewal party lost "
                   "its seats.") == "Tessaly Unity/ORG/1 Dalvik Renewal/ORG/1 ");
}

TEST_CASE("entities: a centre that speaks is an institution ('the National Hurricane Center said')") {
  // before: a place by its last word
  CHECK(rule_types("Power is out in a million homes, the National Hurricane Center said.") ==
        "National Hurricane Center/ORG/1 ");
  CHECK(rule_types("They met at the Kelby Centre on Monday.") == "Kelby Centre/LOC/2 ");  // a place where one meets
}

TEST_CASE("entities: a name before a station of transport or power names the station ('Kelby Halt railway station')") {
  // before: a first name and a surname, a person
  CHECK(rule_types("Kelby Halt railway station served the village.") == "Kelby Halt/LOC/1 ");
  CHECK(rule_types("Ada Kest power station closed.") == "Ada Kest/LOC/1 ");
}

TEST_CASE("entities: a Germanic compound on a club's, federation's or party's word is a body ('Lillehammer Skiklub')") {
  // before: persons (a first name and a surname, or shape alone)
  CHECK(rule_types("She skied for Lillehammer Skiklub and then for Kelby Skiklubb.") ==
        "Lillehammer Skiklub/ORG/1 Kelby Skiklubb/ORG/1 ");
  CHECK(rule_types("I usually use ZebraKlub for deals.") == "ZebraKlub/ORG/0 ");  // a capital inside: a brand's
}

TEST_CASE("entities: a shop named after its owner is one name, a business ('Tony's Pizzeria', 'Kelly's Bar')") {
  // before: the owner alone, a person ("Pizzeria" dropped)
  CHECK(rule_types("We ate at Tony's Pizzeria on Main Street. Kelly's Bar is great.") ==
        "Tony's Pizzeria/ORG/1 Main Street/LOC/2 Kelly's Bar/ORG/1 ");
}

TEST_CASE("entities: an illness named after who described it is no person ('its Alzheimer's drug failed')") {
  // before: "Alzheimer" a person
  const Document d = analyse("Kelby Pharma said its experimental Alzheimer's drug failed. Parkinson said so.");
  check_invariants(d);
  CHECK(!any_mention(d, "Alzheimer"));
  CHECK(has_mention(d, "Parkinson", EntityType::Person));  // without the possessive a name stays one
}

TEST_CASE("entities: a country's short form opening a body's name is the country written out ('U.S. Senate')") {
  // before: three entities, one per spelling
  const Document d = analyse("The U.S. Senate voted. The US Senate met again. The United States Senate adjourned.");
  check_invariants(d);
  CHECK(same_entity(d, "U.S. Senate", "United States Senate"));
  CHECK(same_entity(d, "US Senate", "United States Senate"));
  CHECK(canonical(d, "US Senate") == "United States Senate");
}

TEST_CASE("lexicon: an ice shelf is a place ('snow from the Ross Ice Shelf')") {
  // before: a first name and a surname, a person
  CHECK(rule_types("They found plastics in snow from the Ross Ice Shelf.") == "Ross Ice Shelf/LOC/2 ");
}

TEST_CASE("entities: a short form of words and letters in brackets after a body is the body's ('(Africa CDC)')") {
  // before: a place by its first word
  CHECK(rule_types("The Africa Centres for Disease Control and Prevention (Africa CDC) praised it.") ==
        "Africa Centres for Disease Control and Prevention/ORG/2 Africa CDC/ORG/1 ");
}

TEST_CASE("entities: a plural title before a place's word opens a name, no title ('Queens Park Rangers')") {
  // before: "Queens" a title left out, "Park Rangers" a person
  CHECK(rule_types("He scored twice as Queens Park Rangers lost.") == "Queens Park Rangers/ORG/0 ");
}

TEST_CASE("entities: a day's name inside a side of a results line is the team's ('Sheffield Wednesday 2')") {
  // before: "Sheffield" alone, the day left out
  CHECK(rule_types("Results of English league matches:\nSheffield Wednesday 2 Bolton Wanderers 1\n"
                   "Dalvik 0 Oldham Athletic 0\n") ==
        "English/GROUP/2 Sheffield Wednesday/ORG/1 Bolton Wanderers/ORG/1 Dalvik/ORG/1 Oldham Athletic/ORG/1 ");
  CHECK(rule_types("Dalvik won 2-1 on Wednesday.") == "Dalvik/ORG/0 ");
}

TEST_CASE("entities: an illness named after where it was found is no place ('the Marburg virus outbreak')") {
  // before: "Marburg" a place, the same entity as the town
  const Document d = analyse("The Marburg virus outbreak has killed 13 people. Lassa fever spread too. It was found in "
                             "1967 in the German town of Marburg.");
  check_invariants(d);
  CHECK(!any_mention(d, "Lassa"));
  REQUIRE(has_mention(d, "Marburg", EntityType::Loc));  // the town
  int marburgs = 0;
  for (const Mention& m : d.mentions) marburgs += d.slice(m.span) == "Marburg";
  CHECK(marburgs == 1);
}

TEST_CASE("entities: beside a word only firms are named, a word no list knows is a firm too ('Volvo and Scania')") {
  // before: "Scania" a person by its shape
  const Document d = analyse("Truckmakers Volvo and Scania reported higher orders on Tuesday.");
  check_invariants(d);
  CHECK(has_mention(d, "Scania", EntityType::Org));
}

TEST_CASE("entities: a firm's legal form or a club's letters end its name before 'of' ('Rogle BK of Angelholm')") {
  // before: one body with its town ("Kelby Bancorp of Cleveland", "Rogle BK of Angelholm")
  CHECK(rule_types("He joined Kelby Bancorp of Cleveland. Its rivals are Rogle BK of Angelholm.") ==
        "Kelby Bancorp/ORG/2 Cleveland/LOC/0 Rogle BK/ORG/2 Angelholm/ORG/0 ");
  CHECK(rule_types("The Bank of England and the Group of Seven met.") == "Bank of England/ORG/2 Group of Seven/ORG/2 ");
}

TEST_CASE("entities: a plural possessive may stand between a body's name and its kind ('employers' federation')") {
  // before: a person, by its shape
  const Document d = analyse("Klaus Zwickel said the Gesamtmetall employers' federation had declared war. "
                             "Gesamtmetall said it would not back down. He met the Kelby farmers’ union.");
  check_invariants(d);
  CHECK(has_mention(d, "Gesamtmetall", EntityType::Org));
  CHECK(!has_mention(d, "Gesamtmetall", EntityType::Person));
  CHECK(has_mention(d, "Kelby", EntityType::Org));
}

TEST_CASE("entities: places and firms written in lower case, as web posts write them ('we moved to chicago')") {
  // before: no names at all (the rules and the tagger start names on a capital)
  const Document d = analyse("we moved from chicago to new york last year. my sister still lives in maryland.");
  check_invariants(d);
  CHECK(has_mention(d, "chicago", EntityType::Loc));
  CHECK(has_mention(d, "new york", EntityType::Loc));
  CHECK(has_mention(d, "maryland", EntityType::Loc));
  // a dictionary's word, a tag, a web address, another tongue's words: none
  const Document n = analyse("we bought a china cabinet. # florida is great, see www.chicago.gov today. "
                             "como um anjo, voce apareceu na minha vida.");
  check_invariants(n);
  CHECK(n.mentions.empty());
}

TEST_CASE("entities: a results line's name after a player's country in brackets is the team ('(Canada) Williams')") {
  // before: "Williams" a person, "Ferrari" and "McLaren" no names
  const Document d = analyse("MOTOR RACING - GRAND PRIX RESULTS.\n\nLeading placings in Sunday's race:\n\n"
                             "1. Ivo Marsk (Germany) Ferrari 1 hour 28:15.125\n"
                             "2. Tomas Berg (Canada) Williams 1:28:20.727\n"
                             "3. Dalvik Varn (Finland) McLaren 1:28:30.835\n");
  check_invariants(d);
  CHECK(has_mention(d, "Ferrari", EntityType::Org));
  CHECK(has_mention(d, "Williams", EntityType::Org));
  CHECK(has_mention(d, "McLaren", EntityType::Org));
  CHECK(has_mention(d, "Tomas Berg", EntityType::Person));
}

TEST_CASE("entities: 'on' before a name no dictionary holds says where a body stands ('Museum on Bygdoy')") {
  // before: one body "Viking Ship Museum on Bygdoy"
  CHECK(rule_types("The Viking Ship Museum on Bygdoy has three ships.") ==
        "Viking Ship Museum/ORG/2 Bygdoy/ORG/0 ");
  CHECK(rule_types("The Council on Foreign Relations met.") == "Council on Foreign Relations/ORG/2 ");
}

TEST_CASE("entities: a one-word guess of a person beside a listed place, joined by 'and', is a place too") {
  // before: "Zabadin" a person, by its shape (the tagger reads it so)
  const Document d = analyse("The regime stepped up its attacks on Aleppo and Zabadin last week.");
  check_invariants(d);
  CHECK(has_mention(d, "Zabadin", EntityType::Loc));
  const Document p = analyse("The regime stepped up its attacks on Aleppo and Ivo last week.");  // a first name
  CHECK(!has_mention(p, "Ivo", EntityType::Loc));
}

TEST_CASE("entities: a league is a body, as the gold sets write it ('the Pakistan Muslim League (PML)')") {
  // before: nothing, or "League" alone (a league's word was an event's, as a cup's is)
  CHECK(rule_types("The opposition Pakistan Muslim League (PML) called it illegal.") ==
        "Pakistan Muslim League/ORG/2 PML/ORG/0 ");
  CHECK(rule_types("He played for the Boston Red Sox of Major League Baseball.") ==
        "Boston Red Sox/ORG/1 Major League Baseball/ORG/2 ");
}

TEST_CASE("lexicon: a taxon named after its rank is no place ('The genus Varnia is named after him')") {
  // before: a place
  const Document d = analyse("He described 200 species of lichen. The genus Varnia is named after him.");
  check_invariants(d);
  CHECK(!any_mention(d, "Varnia"));
}

TEST_CASE("entities: a title before a first name that is a bill's word too stays a title ('President Bill Clinton')") {
  // before: "President Bill Clinton" one name, the title in it ("Bill" read as a bill's word, as in "Act")
  CHECK(rule_types("President Bill Clinton signed it on Thursday.") == "Bill Clinton/PERSON/2 ");
}

TEST_CASE("entities: a sovereign's possessive opens a place's or a body's name ('Queen's Park', 'King's College')") {
  // before: nothing from the rules; the tagger's "Queen" a person and "'s Park" a place
  CHECK(rule_types("She covered Queen's Park for a decade. He studied at King's College London.") ==
        "Queen's Park/LOC/2 King's College London/ORG/2 ");
}

TEST_CASE("entities: after 'the', a first name that is a dictionary's word before a noun it qualifies is no cue") {
  // before: "Royal Mail" a person ("Royal" a first name)
  CHECK(rule_types("He took the cash from the Royal Mail depot where he worked.") == "Royal Mail/ORG/0 ");
}

TEST_CASE("entities: a name after a street's name and a comma is the town of an address ('Orrin Road, Varnholm,')") {
  // before: a guess of a body (the rules'; the tagger may see the place)
  CHECK(rule_types("The court heard that Varn, of Orrin Road, Varnholm, had taken the cash.") ==
        "Varn/ORG/0 Orrin Road/LOC/2 Varnholm/LOC/1 ");
}

TEST_CASE("entities: a clause after a name where something is ('in Nant Peris, run by') is no cue for a body") {
  // before: "Nant Peris" a body, by "run by" after it
  const Document d = analyse("Walkers stop at the Vaynol Arms in Nant Peris, run by Ada Berg since 2004.");
  check_invariants(d);
  CHECK(!has_mention(d, "Nant Peris", EntityType::Org));
  CHECK(rule_types("Kelvar, run by Ada Kest, makes ships.") == "Kelvar/ORG/1 Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: a Norwegian club's 'IL' closes its name in a sports report ('began his career at Kelby IL')") {
  // before: a person (a first name and a word in capitals)
  CHECK(rule_types("SOCCER - NORWEGIAN LEAGUE.\nThe midfielder, who scored two goals in the match, began his "
                   "career at Kelby IL.") == "NORWEGIAN LEAGUE/ORG/0 Kelby IL/ORG/2 ");
  CHECK(rule_types("Write to 12 Main Street, Joliet IL 60431.") != "Main Street/LOC/2 Joliet IL/ORG/2 ");
}

TEST_CASE("entities: whom a player joins in a sports report is a side ('before joining Molde in 2007')") {
  // before: a guess of a body at best, the tagger's place
  CHECK(rule_types("The midfielder, who scored two goals in the match, began his career at home before joining "
                   "Molde in 2007.") == "Molde/ORG/1 ");
  CHECK(rule_types("She joined Ada Kest in calling for a vote.") == "Ada Kest/PERSON/1 ");  // (no report, a person)
}

TEST_CASE("entities: who owns, runs or backs a name before it says a body ('the state-owned Avinor')") {
  // before: a guess the tagger dropped
  CHECK(rule_types("It is operated by the state-owned Avinor.") == "Avinor/ORG/1 ");
  CHECK(rule_types("The rebel-held Idlib was shelled.") != "Idlib/ORG/1 ");  // (a place held)
}

TEST_CASE("entities: a name before a trade and a person's name employs them ('Nomura analyst Kelby Hart')") {
  // before: a guess of a body, which the tagger did not back
  CHECK(rule_types("Shares closed lower in Tokyo. Nomura analyst Kelby Hart said the move was expected.") ==
        "Tokyo/LOC/2 Nomura/ORG/1 Kelby Hart/PERSON/1 ");
  CHECK(rule_types("Moscow correspondent Ivo Marsk reports.") != "Moscow/ORG/1 Ivo Marsk/PERSON/1 ");
}

TEST_CASE("entities: two names joined before a plural kind are each one ('the ACV and ABVV unions')") {
  // before: guesses of bodies the tagger did not back, dropped
  CHECK(rule_types("The ACV and ABVV unions called a strike for Friday.") == "ACV/ORG/1 ABVV/ORG/1 ");
  CHECK(rule_types("Boats sailed on the Orrin and Tessaly rivers.") == "Orrin/LOC/1 Tessaly/LOC/1 ");
  CHECK(rule_types("She courted the Democratic and Republican parties.") != "Democratic/ORG/1 Republican/ORG/1 ");
}

TEST_CASE("entities: the word before a member's letters is the member's party ('Labour MP Jess Kelby')") {
  // before: "Labour" lost and "Conservative" a people's word (a group)
  CHECK(rule_types("Labour MP Jess Kelby said the vote was close. Conservative MP Ivo Marsk disagreed.") ==
        "Labour/ORG/1 Jess Kelby/PERSON/2 Conservative/ORG/1 Ivo Marsk/PERSON/2 ");
  CHECK(rule_types("The Leeds MP Ivo Marsk disagreed.") == "Leeds/LOC/2 Ivo Marsk/PERSON/2 ");
}

TEST_CASE("entities: a list's names before 'and several other bands' are each one ('Orrin Starship')") {
  // before: persons' guesses ("and other" alone was read)
  CHECK(rule_types("The tour featured Head Automatica, Orrin Starship, and several other bands.") ==
        "Head Automatica/ORG/1 Orrin Starship/ORG/1 ");
}

TEST_CASE("entities: a body's word before the sport it runs heads the name ('Major League Baseball')") {
  // before: a guess, which the tagger did not back
  CHECK(rule_types("Major League Baseball would later amend the rule.") == "Major League Baseball/ORG/2 ");
}

TEST_CASE("entities: one word the tagger saw no name in, in a list of people, is a person ('or Wolfowitz')") {
  // before: an unbacked guess, dropped with its repeats
  const Document d = analyse("Ivo Marsk and Ada Kest ran the office. Orvalsky lied to them. Neither did Marsk, "
                             "Kest, or Orvalsky.");
  check_invariants(d);
  CHECK(has_mention(d, "Orvalsky", EntityType::Person));
}

TEST_CASE("entities: names after 'rivers including' are rivers ('the Santerno and the Lamone')") {
  // before: a person's guess and nothing ("river" is a kind of place only after a place's name)
  CHECK(rule_types("Officials said rivers including the Orrinel and the Varnese had burst their banks.") ==
        "Orrinel/LOC/1 Varnese/LOC/1 ");
}

TEST_CASE("entities: the court a hearing addresses, capitalised, is a body ('may it please the Court')") {
  // before: guesses the tagger need not back
  CHECK(rule_types("Mr. Chief Justice, and may it please the Court: the states ask this Court to deny relief.") ==
        "Court/ORG/1 Court/ORG/1 ");
}

TEST_CASE("entities: in a sports report a place before 'club' or 'side' says where the side is from") {
  // before: a team (every place of a sports report not after a place's preposition was one)
  CHECK(rule_types("SOCCER - LEAGUE RESULTS.\n\nBolton held Chelsea to a draw, ending the London club's run of "
                   "five straight wins.") == "LEAGUE RESULTS/ORG/0 Bolton/ORG/2 Chelsea/ORG/2 London/LOC/2 ");
}

TEST_CASE("entities: a building or a pass is a place, a horse race an event ('the Orrin Building', 'Stakes')") {
  // before: a person's guess and a body's
  CHECK(rule_types("The Orrin Building is a historic office building in Cleveland.") ==
        "Orrin Building/LOC/2 Cleveland/LOC/2 ");
  CHECK(rule_types("The Dalvik Stakes is a horse race held at Belmont Park.") == "Belmont Park/LOC/2 ");
  CHECK(rule_types("The Orrin Pass connects the two valleys.") == "Orrin Pass/LOC/2 ");  // (a mountain pass)
}

TEST_CASE("entities: whom someone joins as one of a trade employs them ('joined Rolls-Royce as an engineer')") {
  // before: a person's guess and a body's guess, neither backed
  CHECK(rule_types("He studied in Leeds and later joined Rolls-Royce as an engineer.") ==
        "Leeds/LOC/2 Rolls-Royce/ORG/1 ");
  CHECK(rule_types("She joined RTE as a reporter in 1994.") == "RTE/ORG/1 ");
  CHECK(rule_types("She joined Ada Kest as a co-author.") == "Ada Kest/PERSON/1 ");
}

TEST_CASE("entities: the ends of a route a way of travel names are places ('flights between Heathrow and JFK')") {
  // before: guesses of bodies, one the tagger took for a person
  CHECK(rule_types("The airline said flights between Kelbrow and Orrinfield would resume on Friday.") ==
        "Kelbrow/LOC/1 Orrinfield/LOC/1 ");
  CHECK(rule_types("The ferry from Varnport to Tessay Island was cancelled.") ==
        "Varnport/LOC/1 Tessay Island/LOC/1 ");
  CHECK(rule_types("The talks between Kelbrow and Orrinfield failed.") != "Kelbrow/LOC/1 Orrinfield/LOC/1 ");
}

TEST_CASE("entities: a work between commas after its kind is no name, whatever its words ('The Glass Harbour')") {
  // before: "Harbour" a place (the title's first words were no name's, so the work test did not see the kind)
  const Document d = analyse("Her novel, The Glass Harbour, won the prize in 2019. Ada Kest lives in Oslo.");
  check_invariants(d);
  CHECK(!any_mention(d, "Harbour"));
  CHECK(has_mention(d, "Oslo", EntityType::Loc));
}

TEST_CASE("entities: the sides of a tennis match's sets are players, not teams ('beat Mats Lindqvist 6-4 3-6 7-5')") {
  // before: both organisations (a side of a match whose first word is no listed first name is a team)
  CHECK(rule_types("Espen Korvald beat Mats Lindqvist 6-4 3-6 7-5 on Wednesday.") ==
        "Espen Korvald/PERSON/1 Mats Lindqvist/PERSON/1 ");
  CHECK(rule_types("Ola Strand lost 6-3 6-4 to Espen Korvald in the final.") ==
        "Ola Strand/PERSON/1 Espen Korvald/PERSON/1 ");
  // a football score stays a team's, and so do a volleyball match's sets (to 25 points; the word between the
  // match's verb and the score a side's cue)
  CHECK(rule_types("Espen Korvald beat Tessvik 2-1 on Wednesday.") == "Espen Korvald/ORG/1 Tessvik/ORG/1 ");
  CHECK(rule_types("Espen Korvald beat Tessvik 25-20 25-18 25-22.") == "Espen Korvald/ORG/1 Tessvik/ORG/1 ");
}

TEST_CASE("entities: a people's noun that is a first name too is the nationality before a full name ('Dane Tom "
          "Kristensen')") {
  // before: one person each, "Dane Tom Kristensen", "Finn Mika Salo" (the lists leave these nouns out: "Dane Cook",
  // "Finn Russell" are people, "Scot" a first name)
  CHECK(rule_types("Dane Tom Kristensen won ahead of Finn Mika Salo and Scot David Coulthard.") ==
        "Dane/GROUP/2 Tom Kristensen/PERSON/1 Finn/GROUP/2 Mika Salo/PERSON/1 Scot/GROUP/2 David Coulthard/PERSON/1 ");
  // a two-word name keeps its first name
  CHECK(rule_types("Dane Cook and Finn Russell arrived.") == "Dane Cook/PERSON/1 Finn Russell/PERSON/1 ");
}

TEST_CASE("entities: a people's noun before a first name that is a word and a surname that is none ('Swede Mats "
          "Lindqvist')") {
  // before: one name of three words (the nationality's rule asked for a listed first name or no word)
  CHECK(rule_types("He beat Swede Mats Lindqvist in the final.") == "Swede/GROUP/2 Mats Lindqvist/PERSON/0 ");
  // a compass word opens a place's name ("Dutch East Indies"), letters a flight's ("Malaysian Airlines MH")
  CHECK(rule_types("They came from the Dutch East Indies.").rfind("Dutch East Indies/", 0) == 0);
  CHECK(rule_types("Stay with us for the Malaysian Airlines MH 17 story.").rfind("Malaysian Airlines MH/", 0) == 0);
}

TEST_CASE("entities: the tagger's nationality run on over an unknown name makes no work of the surname ('Norwegian "
          "Espen Korvald')") {
  // before: the tagger read "Norwegian Espen Korvald" as one work or event (MISC); its three votes outweighed the
  // one person "Korvald," had further down, and every mention of Korvald was dropped
  const Document d = analyse(
      "TENNIS - KORVALD BEATS LINDQVIST TO REACH SEMIFINALS.\n\nROTTERDAM, Netherlands 1996-02-14\n\nNorwegian Espen "
      "Korvald beat Swede Mats Lindqvist 6-4 3-6 7-5 on Wednesday to reach the semifinals of the ABN AMRO World "
      "Tennis Tournament.\n\nKorvald, seeded fourth, will next meet Dutchman Pieter van Aalst, who ousted Czech Tomas "
      "Hrubec 6-2 6-3.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Espen Korvald", EntityType::Person));
  CHECK(same_entity(d, "Korvald", "Espen Korvald"));
  CHECK(has_mention(d, "Pieter van Aalst", EntityType::Person));
}

TEST_CASE("entities: a nationality right before a first name and a surname the lists lack backs a person "
          "('beating Ethiopian Bekele Wolde')") {
  // before: dropped, with its repeat ("Wolde finished third"): the tagger saw no name, and a guess needs backing
  const Document d = analyse(
      "Kenyan Wilfred Kiprono won the 5,000 metres at the Berlin meeting on Friday, beating Ethiopian Bekele Wolde "
      "by two seconds.\n\nKiprono, 22, said he would race again in Brussels next week. Wolde finished third last "
      "year.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Bekele Wolde", EntityType::Person));
  CHECK(same_entity(d, "Wolde", "Bekele Wolde"));
  // not after an article: "the German Billiges Kaufhaus" names a thing of that nation
  const Document t = analyse("The chain was a mix of the German Billiges Kaufhaus and an American discounter.\n");
  CHECK_FALSE(has_mention(t, "Billiges Kaufhaus", EntityType::Person));
}

TEST_CASE("entities: Welsh's 'ap' (son of) is a particle inside a person's name ('Dafydd ap Gwilym')") {
  // before: two people, "Dafydd" and "Gwilym"; "Rhys ap Thomas" gave "Thomas" alone
  CHECK(rule_types("The poet Dafydd ap Gwilym wrote in Welsh. Rhys ap Thomas fought in the battle.") ==
        "Dafydd ap Gwilym/PERSON/1 Welsh/GROUP/2 Rhys ap Thomas/PERSON/1 ");
}

TEST_CASE("entities: a listed body's name with its Arabic article in lower case ('al-Shabaab', 'al Qaeda')") {
  // before: "Shabaab" and "Qaeda" guesses (no lower-case word opens a name, and the lists write "Al-Shabaab", "Al
  // Qaeda"): "al-Shabaab" dropped, "al Qaeda" cut to "Qaeda", "Asharq al-Awsat" a person
  const Document d = analyse("Fighters from al-Shabaab attacked the base. Officials said al Qaeda had trained them, "
                             "and Asharq al-Awsat printed the claim.\n");
  check_invariants(d);
  CHECK(has_mention(d, "al-Shabaab", EntityType::Org));
  CHECK(has_mention(d, "al Qaeda", EntityType::Org));
  CHECK(has_mention(d, "Asharq al-Awsat", EntityType::Org));
  CHECK(lexicon::listed_with_article("al Shabaab") == lexicon::kKnownOrg);  // (listed "Al-Shabaab")
  CHECK(lexicon::listed_with_article("Al Qaeda") == 0);  // (no article in lower case: classes() answers)
  CHECK(lexicon::listed_with_article("al") == 0);
  // an article before a name no list holds stays out of it
  const Document t = analyse("Officials blamed al Tessvik for the attack.\n");
  CHECK_FALSE(any_mention(t, "al Tessvik"));
}

TEST_CASE("entities: a body's name with its Arabic article spaced or glued is one entity ('Al Jazeera', "
          "'Al-Jazeera')") {
  // before: two entities each (the cluster read past a glued article only)
  const Document d = analyse("Al Jazeera reported the strike. Later, Al-Jazeera said two were killed. Officials "
                             "said Al Qaeda had claimed it; al-Qaeda denied it on Friday.\n");
  check_invariants(d);
  CHECK(same_entity(d, "Al Jazeera", "Al-Jazeera"));
  CHECK(same_entity(d, "Al Qaeda", "al-Qaeda"));
  // a place keeps its article ("El Salvador" is no "Salvador"), a person's "Al" is a first name
  const Document p = analyse("Troops from El Salvador landed in Salvador, the Brazilian port, on Monday.\n");
  CHECK_FALSE(same_entity(p, "El Salvador", "Salvador"));
}

TEST_CASE("entities: a country named in the plural has its singular for an adjective ('the Philippine government')") {
  // before: "Philippine" a person three times (a first name the lists hold; the country's demonym is "Filipino")
  CHECK(gazetteer::country_adjective("Philippine"));
  CHECK(gazetteer::country_adjective("Maldive"));
  CHECK_FALSE(gazetteer::country_adjective("Hondura"));  // (no dictionary lists it)
  CHECK_FALSE(gazetteer::country_adjective("Philippines"));
  CHECK_FALSE(gazetteer::demonym("Philippine"));  // (the features' list stays as the model was trained on)
  const Document d = analyse("The Philippine government said the Philippine peso fell. Philippine President "
                             "Ferdinand Marcos Jr. spoke in Manila.\n");
  check_invariants(d);
  CHECK_FALSE(has_mention(d, "Philippine", EntityType::Person));
  CHECK(has_mention(d, "Ferdinand Marcos Jr.", EntityType::Person));
  CHECK(has_mention(analyse("He flew Philippine Airlines to Cebu.\n"), "Philippine Airlines", EntityType::Org));
}

TEST_CASE("entities: a tennis match's sets with a tie-break between are a tennis match's ('7-6 (7-4) 6-3')") {
  // before: both organisations (the tie-break in brackets parted the two sets)
  CHECK(rule_types("Espen Korvald beat Mats Lindqvist 7-6 (7-4) 6-3 on Wednesday.") ==
        "Espen Korvald/PERSON/1 Mats Lindqvist/PERSON/1 ");
  // a football score's half-time in brackets has no score after it
  CHECK(rule_types("Espen Korvald beat Tessvik 2-1 (1-0) on Saturday.") == "Espen Korvald/ORG/1 Tessvik/ORG/1 ");
}

TEST_CASE("entities: a side of a tennis match is a player, backed ('beat Mats Lindqvist 6-4 7-5')") {
  // before: a guess the tagger did not back ("Mats" is a dictionary word), dropped
  const Document d = analyse("Espen Korvald beat Mats Lindqvist 6-4 7-5 on Wednesday to reach the final.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Mats Lindqvist", EntityType::Person));
  CHECK(has_mention(d, "Espen Korvald", EntityType::Person));
}

TEST_CASE("entities: a party named with two words joined by 'and' is one body ('the Law and Justice party')") {
  // before: "Justice" a person (a title's word, split off), "Law" alone, and before "Party" the name cut to
  // "Justice Party" / "Development Party" ("Law", "Peace", "Justice" are first names or names the lists hold)
  const Document d = analyse(
      "The nationalist Law and Justice party lost its majority. He left the Justice and Development Party in "
      "2001. The Peace and Prosperity party, founded by Ilir Kadare, won three seats. Officials of the Peace and "
      "Development Party met.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Law and Justice", EntityType::Org));
  CHECK(has_mention(d, "Justice and Development Party", EntityType::Org));
  CHECK(has_mention(d, "Peace and Prosperity", EntityType::Org));
  CHECK(has_mention(d, "Peace and Development Party", EntityType::Org));
  CHECK_FALSE(any_mention(d, "Justice"));
  // two parties the lists know, places, a feast: no one body
  const Document e = analyse("The Labour and Conservative party leaders met. The Derry and Strabane council voted. "
                             "They went to the annual Christmas party.\n");
  check_invariants(e);
  CHECK_FALSE(any_mention(e, "Labour and Conservative"));
  CHECK_FALSE(any_mention(e, "Christmas"));
}

TEST_CASE("entities: a firm's name and a country is its branch there, an organisation ('Vodafone Egypt')") {
  // before: places (the tagger reads the country's word, the document's votes follow it)
  const Document d = analyse("Samsung India cut prices. Vodafone Egypt raised fees. Shares of Unilever Indonesia "
                             "fell. Flights from North Korea were cancelled.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Samsung India", EntityType::Org));
  CHECK(has_mention(d, "Vodafone Egypt", EntityType::Org));
  CHECK(has_mention(d, "Unilever Indonesia", EntityType::Org));
  CHECK(has_mention(d, "North Korea", EntityType::Loc));
}

TEST_CASE("entities: a party after 'the opposition' or 'the ruling', or before its lawmakers") {
  // before: "Civic Platform" dropped (a guess of two dictionary words the tagger saw no name in), "Justice" a person
  const Document d = analyse("The opposition Civic Platform demanded early elections, and Law and Justice lawmakers "
                             "said they would back a caretaker government. The ruling Georgian Dream won.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Civic Platform", EntityType::Org));
  CHECK(has_mention(d, "Law and Justice", EntityType::Org));
  CHECK(has_mention(d, "Georgian Dream", EntityType::Org));
  CHECK_FALSE(any_mention(d, "Justice"));
}

TEST_CASE("entities: two dictionary words opening a sentence before 'said' name the body ('Network Rail said')") {
  // before: the first word cut as a sentence's capital, the second a person ("Rail", "Chartered", "Water")
  const Document d = analyse("Storms hit on Monday. Network Rail said trains would run slowly. Prices fell. Standard "
                             "Chartered said its profit rose. Pipes burst. Southern Water told residents to wait.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Network Rail", EntityType::Org));
  CHECK(has_mention(d, "Standard Chartered", EntityType::Org));
  CHECK(has_mention(d, "Southern Water", EntityType::Org));
  CHECK_FALSE(has_mention(d, "Rail", EntityType::Person));
  // a sentence's adverb is no part of the name; an office is no body
  const Document e = analyse("It rained. Meanwhile Labour said it would vote. Prime Minister said nothing.\n");
  check_invariants(e);
  CHECK(has_mention(e, "Labour", EntityType::Org));
  CHECK_FALSE(any_mention(e, "Meanwhile Labour"));
  CHECK_FALSE(any_mention(e, "Prime Minister"));
}

TEST_CASE("entities: a town with a compass word that a player plays for is its club ('played for North Melbourne')") {
  // before: a place (the compass word and a listed town read as the town's part), while "played for Leeds" is a club
  CHECK(has_mention(analyse("He played for North Melbourne in 1998.\n"), "North Melbourne", EntityType::Org));
  CHECK(has_mention(analyse("He played for West Germany in 1974.\n"), "West Germany", EntityType::Loc));
  CHECK(has_mention(analyse("He lived in North Melbourne.\n"), "North Melbourne", EntityType::Loc));
}

TEST_CASE("entities: a title, a first name and a surname that is a place's word name the person ('Mayor Tom Park')") {
  // before: the whole run, title included, a place ("Mayor Tom Park", "Rep. Tom Hill of Texas")
  const Document d = analyse("Mayor Tom Park said no. It was backed by Rep. Tom Hill of Texas. Judge Mary Field "
                             "agreed.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Tom Park", EntityType::Person));
  CHECK(has_mention(d, "Tom Hill", EntityType::Person));
  CHECK(has_mention(d, "Texas", EntityType::Loc));
  CHECK(has_mention(d, "Mary Field", EntityType::Person));
  // a monarch's name before a square or a park, a facility's word: places
  const Document e = analyse("They met in King George Square and flew from President Kennedy Airport.\n");
  check_invariants(e);
  CHECK(has_mention(e, "King George Square", EntityType::Loc));
  CHECK_FALSE(any_mention(e, "Kennedy Airport"));
}

TEST_CASE("entities: a nationality before an unknown first name and surname: a person, not the team") {
  // before: "Remco Evenepoel" and "Evenepoel" an organisation (a cycling team's rider, read as the team)
  const Document d = analyse("Tobias Foss finished eight seconds ahead of Belgian Remco Evenepoel. Evenepoel, of "
                             "Soudal-Quick-Step, kept the overall lead.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Remco Evenepoel", EntityType::Person));
  CHECK(has_mention(d, "Evenepoel", EntityType::Person));
}

TEST_CASE("entities: a role word that is an adjective too links only where its noun phrase ends on it") {
  // before: "the chief" of "the chief justice" and "the general" of "the general election" were the army chief
  const Document d = analyse("Army chief General Kofi Mensah met students who demanded the resignation of the chief "
                             "justice. The chief said he would stay. Later the general election was called.\n");
  check_invariants(d);
  const std::vector<std::string> linked = linked_aliases(d);
  REQUIRE(linked.size() == 1);
  CHECK(linked[0] == "The chief -> Kofi Mensah");
}

TEST_CASE("entities: letters a kind of body is said of in apposition are that body ('SETE, the company that ...')") {
  // before: dropped (a guess of letters opening a sentence, which the tagger saw no name in)
  const Document d = analyse("The tower reopened. SETE, the company that runs the monument, said it had a deal. The "
                             "plant will close. IG Metall, Germany's biggest union, called it a betrayal.\n");
  check_invariants(d);
  CHECK(has_mention(d, "SETE", EntityType::Org));
  CHECK(has_mention(d, "IG Metall", EntityType::Org));
}

TEST_CASE("entities: a family name of two letters and an unknown given name: a person ('to meet Xi Jinping')") {
  // before: dropped (a guess the tagger saw no name in; "Xi" is a dictionary's letter, "Jinping" unknown to it)
  const Document d = analyse("Lula flew to Beijing to meet Xi Jinping. Talks were led by Li Qiang.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Xi Jinping", EntityType::Person));
  CHECK(has_mention(d, "Li Qiang", EntityType::Person));
  // a title's words of two letters: no person
  CHECK_FALSE(any_mention(analyse("The book was called Everyone Wants To Be Fuhrer in 1940.\n"), "Be Fuhrer"));
}

TEST_CASE("entities: a guess before a verb and 'its' is a body owning what follows ('Korvalde moved its')") {
  // before: dropped (a shape's guess the tagger saw no name in)
  const Document d = analyse("Korvalde moved its headquarters from Oslo to Bergen. Brennix quietly cut its forecast.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Korvalde", EntityType::Org));
  CHECK(has_mention(d, "Brennix", EntityType::Org));
  // not a word that is no verb before "its": "from Kestrel for its launch"
  CHECK_FALSE(any_mention(analyse("The plan gets money from Kestrel for its launch.\n"), "Kestrel"));
  // round 49: a guess that ends the text has no verb after it (the test read the token past the last:
  // AddressSanitizer, on a post that ends on a name)
  check_invariants(analyse("Shares fell at Korvalde"));
  check_invariants(analyse("Shares fell at Korvalde quietly"));
}

TEST_CASE("entities: one word right before a goal's verb is the player who scored ('Kovacs scored twice')") {
  // before: dropped (the rules' guess an organisation, the tagger seeing no name)
  const Document d = analyse("Dalvik beat Orrin 3-1 on Saturday. Kovacs scored twice and Morata netted a third.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Kovacs", EntityType::Person));
  CHECK(has_mention(d, "Morata", EntityType::Person));
}

TEST_CASE("entities: a first name that is a dictionary word too names a person only where the tagger sees one") {
  // before: a person, the rules' cue from the first name alone ("Rose", "Red", "Royal" are first names too)
  const Document d = analyse("The final was played at the Rose Bowl in Pasadena. He drank a can of Red Bull.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Rose Bowl", EntityType::Loc));
  CHECK(has_mention(d, "Red Bull", EntityType::Org));
  // a person the tagger sees stays one
  CHECK(has_mention(analyse("Tom Hill said the plan would work.\n"), "Tom Hill", EntityType::Person));
  // and where it sees no name, only the rest of the document backs one (before: "Way Forward" a person)
  CHECK_FALSE(any_mention(analyse("The plan is called the Way Forward.\n"), "Way Forward"));
}

TEST_CASE("entities: an office and its remit are no person ('has served as Minister of Justice')") {
  // before: the tagger's persons "Minister of Justice" and "Justice" (the rules propose nothing there)
  const Document d = analyse("Karen Olufsen has served as Minister of Justice since 2022.\n");
  CHECK_FALSE(any_mention(d, "Minister of Justice"));
  CHECK_FALSE(any_mention(analyse("The Minister of Justice said the law would change.\n"), "Justice"));
  // what an office is of stays, where it is a place or a body
  CHECK(has_mention(analyse("The Bishop of Durham said so.\n"), "Durham", EntityType::Loc));
}

TEST_CASE("entities: a saint's name with a possessive and no noun after it is a place ('the church, St Oswald's,')") {
  // before: the saint, a person
  CHECK(has_mention(analyse("The parish church, St Oswald's, dates from the 12th century.\n"), "St Oswald",
                    EntityType::Loc));
  CHECK(has_mention(analyse("She was treated at St Mary's in Paddington.\n"), "St Mary", EntityType::Loc));
  // a noun after it: the saint's own
  CHECK(has_mention(analyse("St Paul's letters to the Corinthians are famous.\n"), "St Paul", EntityType::Person));
}

TEST_CASE("entities: a person's name of two words right after a credit's colon is who took it ('Photo: Ada Voss')") {
  // before: dropped (a guess the tagger saw no name in)
  const Document d = analyse("The bank raised rates. Photo: Temilade Adelaja/Reuters\n");
  check_invariants(d);
  CHECK(has_mention(d, "Temilade Adelaja", EntityType::Person));
}

TEST_CASE("entities: a guess the tagger reads on through 'of' into an organisation takes the tagger's end") {
  // before: "National Institutes" (no body's word the rules know ends it: "Institutes" is a plural)
  CHECK(has_mention(analyse("The National Institutes of Health will fund the study.\n"),
                    "National Institutes of Health", EntityType::Org));
  // a name of the rules' inside the longer one is no mention of its own beside it, only the place inside the name
  // (before the fix: "Ontario" a mention overlapping "United Farmers of Ontario")
  const Document d = analyse("He joined the United Farmers of Ontario in 1919.\n");
  check_invariants(d);
  CHECK(has_mention(d, "United Farmers of Ontario", EntityType::Org));
  CHECK_FALSE(any_mention(d, "Ontario"));
}

TEST_CASE("entities: a body's kind word and a country name the body ('Police Scotland said')") {
  // before: a place (the tagger reads the country's word)
  CHECK(has_mention(analyse("The road was closed after a lorry overturned, Police Scotland said.\n"), "Police Scotland",
                    EntityType::Org));
}

TEST_CASE("entities: a list of one-word guesses that the tagger half reads as people is a list of people") {
  // before: "KEST" dropped and "TESSVIK" a body beside the persons "ORRIN" and "MARSK"
  const Document d = analyse("VANCE delivered the opinion, in which KEST, ORRIN, MARSK, and TESSVIK joined.\n");
  check_invariants(d);
  for (const char* name : {"KEST", "ORRIN", "MARSK", "TESSVIK"}) CHECK(has_mention(d, name, EntityType::Person));
  // a list of firms stays one
  CHECK(has_mention(analyse("Shares of Kelvar, Orvik, Dalvik and Brennix fell.\n"), "Dalvik", EntityType::Org));
}

TEST_CASE("entities: a place's word and a plural noun the tagger leaves out name a band or a team ('Baltic Foxes')") {
  // before: a place, the tagger's reading of "Baltic" alone stretched over the rules' two words
  const Document d = analyse("The band toured with Baltic Foxes last spring.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Baltic Foxes", EntityType::Org));
  CHECK_FALSE(has_mention(d, "Baltic Foxes", EntityType::Loc));
  // a place whose noun the tagger reads as the place's own stays a place
  CHECK(has_mention(analyse("Police in the West Midlands said.\n"), "West Midlands", EntityType::Loc));
}

TEST_CASE("entities: a body's descriptor heads its apposition before 'by' ('the largest company by market value')") {
  // before: a person (the descriptor was read as going on into "by market value", so it headed nothing)
  const Document d = analyse("Vantrex, the country's largest company by market value, rose 2 percent.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Vantrex", EntityType::Org));
  CHECK_FALSE(has_mention(d, "Vantrex", EntityType::Person));
}

TEST_CASE("entities: names at the ends of 'from ... to ...' are places ('the line from Keswick to Penrith')") {
  // before: two persons (the tagger, knowing neither town, reads persons; the rules only guess)
  const Document d = analyse("The old railway line from Keswick to Penrith closed in 1972.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Keswick", EntityType::Loc));
  CHECK(has_mention(d, "Penrith", EntityType::Loc));
  CHECK_FALSE(has_mention(d, "Keswick", EntityType::Person));
  // people named with a first name stay people
  const Document p = analyse("Power passed from Ada Kest to Ivo Marsk in 2003.\n");
  CHECK(has_mention(p, "Ada Kest", EntityType::Person));
  CHECK(has_mention(p, "Ivo Marsk", EntityType::Person));
}

TEST_CASE("entities: a family's name and a plural noun: a firm, where the tagger reads a person ('Halvek Bakeries')") {
  // before: a person, the tagger's (the founder's surname opens it)
  const Document d =
      analyse("Maria Halvek opened a bakery in Lodz in 1998. Today Halvek Bakeries has 14 shops across Poland.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Halvek Bakeries", EntityType::Org));
  CHECK(has_mention(d, "Maria Halvek", EntityType::Person));
  // a first name before such a noun is a person's ("Banks" is a surname as well as a plural)
  CHECK(has_mention(analyse("Tyra Banks said the show would return.\n"), "Tyra Banks", EntityType::Person));
}

TEST_CASE("entities: a word of firms' names joined by 'and' to a firm the tagger sees is a firm ('Honda and Nissan')") {
  // before: "Honda" dropped (a surname too, so the company list alone does not back it; the tagger saw "Nissan")
  const Document d = analyse("Honda and Nissan rose 2 percent in Tokyo.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Honda", EntityType::Org));
  CHECK(has_mention(d, "Nissan", EntityType::Org));
}

TEST_CASE("entities: a body and its town's one word, one name, are the club or the branch ('CSKA Moscow')") {
  // before: places (the town's word is a place over the document, and the name took its type)
  const Document d = analyse("Volnova trained at CSKA Moscow under coach Igor Shestakov.\n");
  check_invariants(d);
  CHECK(has_mention(d, "CSKA Moscow", EntityType::Org));
  CHECK(has_mention(analyse("He spent three seasons with Red Bull Salzburg before the move.\n"), "Red Bull Salzburg",
                    EntityType::Org));
}

TEST_CASE("entities: a surname with its particle, capitalised at a sentence's start, joins the full name") {
  // before: two people, "Femke van Roosendaal" and "Van Roosendaal"
  const Document d = analyse("Voters in Utrecht elected Femke van Roosendaal as mayor on Wednesday. Van Roosendaal, "
                             "44, defeated Pieter de Wit.\n");
  check_invariants(d);
  CHECK(canonical(d, "Van Roosendaal") == "Femke van Roosendaal");
  CHECK(canonical(d, "Pieter de Wit") == "Pieter de Wit");
}

TEST_CASE("entities: a dateline's place whose name opens with 'The', in capitals ('THE HAGUE (AP) —')") {
  // before: "HAGUE", an organisation (the article was left out, and with it the lists' name)
  const Document d = analyse("THE HAGUE (AP) — Farmers blocked motorways on Thursday, police said.\n");
  check_invariants(d);
  CHECK(has_mention(d, "THE HAGUE", EntityType::Loc));
  CHECK_FALSE(any_mention(d, "HAGUE"));
  const Document r = analyse("THE HAGUE, Dec 4 (Reuters) - Farmers blocked motorways.\n\nThe Hague is the seat of "
                             "government.\n");
  CHECK(canonical(r, "THE HAGUE") == canonical(r, "The Hague"));
  CHECK(has_mention(r, "THE HAGUE", EntityType::Loc));
}

TEST_CASE("entities: the names of a wire's byline credits are people ('Writing by Anait Miridzhanian')") {
  // before: dropped (the rules' guess, no first name the lists know, the tagger seeing no name there)
  const Document d = analyse("LAGOS, Nov 3 (Reuters) - The central bank raised its rate.\n\n(Reporting by Ivo Marsk in "
                             "Abuja; Writing by Anait Miridzhanian; Editing by Toby Chopra and Oluwaseun Adebanjo)\n");
  check_invariants(d);
  CHECK(has_mention(d, "Anait Miridzhanian", EntityType::Person));
  CHECK(has_mention(d, "Oluwaseun Adebanjo", EntityType::Person));
}

TEST_CASE("entities: a trade's word ends a firm's name ('Aegean Star Maritime', 'Kelby Tankers')") {
  // before: the place "Aegean" and the person "Star Maritime" ("Star" is a first name); "Kelby Tankers" a place
  const Document d = analyse("A court fined the Greek shipping company Aegean Star Maritime on Monday.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Aegean Star Maritime", EntityType::Org));
  CHECK_FALSE(any_mention(d, "Star Maritime"));
  CHECK(has_mention(analyse("Kelby Tankers said its profit rose.\n"), "Kelby Tankers", EntityType::Org));
}

TEST_CASE("entities: a name its own language's letters follow in brackets is one body ('Alternative for Germany')") {
  // before: only "Germany", a place, and the letters dropped; "Law and Justice (PiS)" was the person "Justice"
  const Document d =
      analyse("The far-right Alternative for Germany (AfD) came second. The AfD won in Saxony.\n");
  check_invariants(d);
  CHECK(has_mention(d, "Alternative for Germany", EntityType::Org));
  CHECK(canonical(d, "AfD") == "Alternative for Germany");
  const Document p = analyse("Poland's Law and Justice (PiS) party lost power.\n");
  CHECK(has_mention(p, "Law and Justice", EntityType::Org));
  CHECK(canonical(p, "PiS") == "Law and Justice");
  // a person and the party's letters, a term the letters spell, an event: untouched
  CHECK(has_mention(analyse("Ada Kest (SNP) said the vote was close.\n"), "Ada Kest", EntityType::Person));
  CHECK_FALSE(any_mention(analyse("The Consumer Price Index (CPI) rose.\n"), "Consumer Price Index"));
  CHECK_FALSE(any_mention(analyse("Apple opened the Worldwide Developers Conference (WWDC) on Monday.\n"),
                          "Worldwide Developers Conference"));
}

// "The Independent Community Bankers of America, which brought the suit": "Bankers" is no body's word, so the
// name stopped before "of" and "America" was a place of its own.
TEST_CASE("entities: a body named for its members goes on over 'of' and its place ('… Bankers of America')") {
  const Document d = analyse("The Independent Community Bankers of America, which brought the suit, welcomed the "
                             "ruling. The Mortgage Bankers of Canada did too. Larry Summers of Harvard spoke.");
  check_invariants(d);
  CHECK(has_mention(d, "Independent Community Bankers of America", EntityType::Org));
  CHECK(has_mention(d, "Mortgage Bankers of Canada", EntityType::Org));
  CHECK(has_mention(d, "Larry Summers", EntityType::Person));
}

// "The court ordered Shell to cut its emissions. Shell said it would appeal.": "Shell" is a first name and a word,
// on no firm's list, and the tagger made a person of both.
TEST_CASE("entities: a name that does something to what it owns by 'its' is a body's ('ordered Shell to cut its')") {
  const Document d = analyse("The court ordered Shell to cut its emissions. Shell said it would appeal. Halvex "
                             "raised its forecast. Norway has cut its rates. The Depression worked its way down.");
  check_invariants(d);
  CHECK(has_mention(d, "Shell", EntityType::Org));
  CHECK(has_mention(d, "Halvex", EntityType::Org));
  CHECK(has_mention(d, "Norway", EntityType::Loc));
  CHECK(!has_mention(d, "Depression", EntityType::Org));
}

// "Standings: PSV Eindhoven 9 points, Feyenoord 7, Ajax 6.": the rows of standings after a colon, parted by commas,
// with "points" after the first figure, were no table's line: PSV Eindhoven and Feyenoord were dropped (guesses
// the tagger saw no name in) and Ajax a town in Ontario.
TEST_CASE("entities: a line of standings after a colon names sides ('Standings: PSV Eindhoven 9 points, Ajax 6')") {
  const Document d = analyse("Results of Dutch first division matches on Friday:\n\nSparta Rotterdam 0 Heerenveen 3\n\n"
                             "Standings: PSV Eindhoven 9 points, Feyenoord 7, Ajax 6.\n");
  check_invariants(d);
  CHECK(has_mention(d, "PSV Eindhoven", EntityType::Org));
  CHECK(has_mention(d, "Feyenoord", EntityType::Org));
  CHECK(has_mention(d, "Ajax", EntityType::Org));
}

// Round 50: "Harwell Mining said it would cut jobs", "Harwell Energy said": a first name (the lists know "Harwell")
// and a body's word before a verb of saying made a person (a rule from one dev text); firms speak.
TEST_CASE("entities: a first name and a body's word that speak are a firm unless the words after make a person") {
  // before: PERSON/1 each
  CHECK(rule_types("Harwell Mining said it would cut jobs.") == "Harwell Mining/ORG/2 ");
  CHECK(rule_types("Analysts said Harwell Energy would cut jobs.") == "Harwell Energy/ORG/2 ");
  CHECK(rule_types("Danielle Steel said she would write more.") == "Danielle Steel/PERSON/1 ");
  CHECK(rule_types("\"We are ready,\" said Lars Press, the Vice Chairman of Halvex.") ==
        "Lars Press/PERSON/1 Halvex/ORG/0 ");
  CHECK(rule_types("\"We are ready,\" said Lars Press, the vice chairman of Halvex.") ==
        "Lars Press/PERSON/1 Halvex/ORG/1 ");
}

// Round 50: "Toyota Motor Corp said … Shares of Toyota fell" were two entities: a firm the lists know did not join
// the name its own word opens.
TEST_CASE("entities: a firm the lists know joins its legal name ('Toyota' … 'Toyota Motor Corp')") {
  const Document d = analyse("Toyota Motor Corp said it would recall cars. Shares of Toyota fell.");
  CHECK(canonical(d, "Toyota") == "Toyota Motor Corp");
}

// Round 50: "The Securities and Exchange Commission has filed a suit" was "Securities" and "Exchange Commission":
// the run opened on the sentence's "The", so the one plain word before "and" counted two.
TEST_CASE("entities: a body's 'and' holds after a sentence's 'The' ('The Securities and Exchange Commission')") {
  // before: Securities/ORG/... Exchange Commission/ORG/...
  CHECK(rule_types("The Securities and Exchange Commission has filed a suit.") ==
        "Securities and Exchange Commission/ORG/2 ");
}

// Round 50: "Green Party of Canada … the Green Party", "Royal Bank of Canada … Royal Bank" were two entities each.
TEST_CASE("entities: a body's name less the place it ends with after 'of' is the same body ('Royal Bank')") {
  const Document d = analyse("Royal Bank of Canada reported a profit. Royal Bank shares rose. The Bank of England "
                             "raised rates.");
  CHECK(canonical(d, "Royal Bank") == "Royal Bank of Canada");
}

// Round 50: "Honda said it would recall 400,000 cars" was a person: the lists hold "Honda" as a firm and a person.
TEST_CASE("entities: a firm the lists know before 'said it' is the firm ('Honda said it would recall')") {
  const Document d = analyse("Honda said it would recall 400,000 cars. Ada Kest said it was a mistake.");
  CHECK(has_mention(d, "Honda", EntityType::Org));
  CHECK(has_mention(d, "Ada Kest", EntityType::Person));
}
