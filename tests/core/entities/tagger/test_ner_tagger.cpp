// The learned name tagger: training converges and is deterministic, bad model files are refused, and the
// committed model gets the cases issue 12 names (context types a name; contractions are no names).
#include <doctest/doctest.h>
#include <algorithm>
#include <iterator>

#include <string>

#include "core/analyse.h"
#include "core/entities/tagger/ner_features.h"
#include "core/entities/tagger/ner_model.h"
#include "core/entities/tagger/ner_tagger.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"
#include "tools/train_ner/ner_trainer.h"

namespace {

// A tiny training set of our own: people who speak, organisations that announce, places one goes to.
std::vector<lede::TrainDoc> fixture() {
  struct Ex { const char* text; std::vector<std::pair<std::string, int>> names; };
  const Ex exs[] = {
      {"Maria Gonzalez said the plan would work.", {{"Maria Gonzalez", 0}}},
      {"The Harbour Authority announced new fees on Monday.", {{"Harbour Authority", 1}}},
      {"She flew to Lisbon last week.", {{"Lisbon", 2}}},
      {"Tomas Berg told reporters that Brightwater Systems would hire.", {{"Tomas Berg", 0}, {"Brightwater Systems", 1}}},
      {"They drove from Porto to Lisbon.", {{"Porto", 2}, {"Lisbon", 2}}},
      {"Gonzalez said she was pleased.", {{"Gonzalez", 0}}},
  };
  std::vector<lede::TrainDoc> docs;
  for (const Ex& e : exs) {
    lede::TrainDoc d;
    d.text = e.text;
    for (const auto& [name, type] : e.names) {
      const size_t at = d.text.find(name);
      d.gold.push_back({uint32_t(at), uint32_t(at + name.size()), type});
    }
    docs.push_back(d);
  }
  return docs;
}

// Restores the committed model after a test that loaded another one.
struct RestoreModel {
  ~RestoreModel() { lede::load_ner_model(lede::test::read_text(LEDE_NER_MODEL)); }
};

std::string typed(const lede::Document& doc) {
  std::string out;
  for (const lede::Mention& m : doc.mentions)
    out += std::string(doc.slice(m.span)) + "/" + lede::to_string(m.type) + " ";
  return out;
}

}  // namespace

TEST_CASE("ner trainer: a tiny fixture converges and gives the same bytes twice") {
  RestoreModel restore;
  lede::TrainOptions opt;
  opt.table_bits = 14;
  opt.epochs = 10;
  const std::vector<lede::TrainDoc> docs = fixture();
  const std::string a = lede::train_ner(docs, opt, nullptr).serialise();
  const std::string b = lede::train_ner(docs, opt, nullptr).serialise();
  CHECK(a == b);
  REQUIRE(lede::load_ner_model(a).empty());
  lede::set_entity_source(lede::EntitySource::Model);
  const lede::Document d = lede::analyse("Tomas Berg told reporters that Brightwater Systems would hire.");
  lede::set_entity_source(lede::EntitySource::Combined);
  CHECK(typed(d) == "Tomas Berg/PERSON Brightwater Systems/ORG ");
  opt.seed = 2;  // another shuffle is another model
  CHECK(lede::train_ner(docs, opt, nullptr).serialise() != a);
}

TEST_CASE("ner model: a corrupt, truncated or foreign file is refused with a message") {
  RestoreModel restore;
  lede::TrainOptions opt;
  opt.table_bits = 10;
  opt.epochs = 1;
  std::string good = lede::train_ner(fixture(), opt, nullptr).serialise();
  CHECK(lede::load_ner_model(good).empty());
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5A;
  CHECK(lede::load_ner_model(flipped).find("corrupt") != std::string::npos);
  CHECK(lede::load_ner_model(good.substr(0, good.size() - 7)).find("truncated") != std::string::npos);
  CHECK(lede::load_ner_model("<html>not a model</html>").find("not a lede name-tagger model") != std::string::npos);
  CHECK(!lede::load_ner_model("").empty());
  // a model trained on features this build does not compute (a flag it does not know) would tag worse quietly
  lede::NerModel future;
  REQUIRE(future.parse(good).empty());
  future.flags |= 1u << 7;
  CHECK(lede::load_ner_model(future.serialise()).find("needs features this build does not have") != std::string::npos);
}

TEST_CASE("ner tagger: sentence-initial contractions are no entities") {
  const lede::Document d = lede::analyse(
      "We’ve waited long enough. I’m not sure it helps. They’re leaving today.\n"
      "We'll see. It’d be fine. Don’t go.");
  CHECK(typed(d) == "");
}

// Issue 12: without the full name, the document-level features (the word is capitalised mid-sentence
// elsewhere, how the rules name it elsewhere) let the tagger type every mention PERSON.
TEST_CASE("ner tagger: seed 002 without its first line types Netanyahu PERSON" * doctest::test_suite("shared")) {
  if (!lede::test::have_shared()) return;
  std::string text = lede::test::seed("002");
  REQUIRE(!text.empty());
  // the first line with text is the one that names "Prime Minister Benjamin Netanyahu" in full
  const size_t body = text.find_first_not_of(" \r\n");
  text = text.substr(text.find('\n', body) + 1);
  REQUIRE(text.find("Benjamin") == std::string::npos);
  const lede::Document d = lede::analyse(text);
  int seen = 0;
  for (const lede::Mention& m : d.mentions) {
    if (d.slice(m.span) != "Netanyahu") continue;
    ++seen;
    CHECK(m.type == lede::EntityType::Person);
  }
  CHECK(seen >= 5);
}

TEST_CASE("ner trainer: copies in capitals keep the gold offsets; rare features keep no weight") {
  RestoreModel restore;
  std::vector<lede::TrainDoc> docs = fixture();
  lede::add_capitals_copies(docs, 2);  // documents 0, 2 and 4 again, in capitals
  REQUIRE(docs.size() == 9);
  CHECK(docs[6].text == "MARIA GONZALEZ SAID THE PLAN WOULD WORK.");
  CHECK(docs[7].text == "SHE FLEW TO LISBON LAST WEEK.");
  REQUIRE(docs[7].gold.size() == 1);
  CHECK(docs[7].text.substr(docs[7].gold[0].begin_byte, docs[7].gold[0].end_byte - docs[7].gold[0].begin_byte) ==
        "LISBON");
  lede::TrainOptions opt;
  opt.table_bits = 12;
  opt.epochs = 4;
  opt.min_count = 1000000;  // no feature is seen that often: an empty model
  lede::NerModel m = lede::train_ner(docs, opt, nullptr);
  bool any = false;
  for (int8_t w : m.weights) any |= w != 0;
  CHECK(!any);
  opt.min_count = 2;
  m = lede::train_ner(docs, opt, nullptr);
  for (int8_t w : m.weights) any |= w != 0;
  CHECK(any);
}

TEST_CASE("ner trainer: passage copies are the lines of a document, gold offsets shifted to each line") {
  lede::TrainDoc article;
  article.text = "Harbour news\nMaria Gonzalez said the plan would work.\nShe flew to Lisbon last week.\nGonzalez\n"
                 "Tomas Berg met her in\nPorto.";
  for (const char* name : {"Maria Gonzalez", "Lisbon", "Tomas Berg", "in\nPorto"}) {
    const size_t at = article.text.find(name);
    article.gold.push_back({uint32_t(at), uint32_t(at + std::string(name).size()), name[0] == 'M' || name[0] == 'T'
                                                                                        ? 0 : 2});
  }
  std::vector<lede::TrainDoc> docs = {article, article};
  lede::add_passage_copies(docs, 2);  // from document 1: its lines of four words or more
  REQUIRE(docs.size() == 5);
  CHECK(docs[2].text == "Maria Gonzalez said the plan would work.");
  REQUIRE(docs[2].gold.size() == 1);
  CHECK(docs[2].gold[0].begin_byte == 0);
  CHECK(docs[2].gold[0].end_byte == 14);
  CHECK(docs[3].text == "She flew to Lisbon last week.");
  REQUIRE(docs[3].gold.size() == 1);
  CHECK(docs[3].text.substr(docs[3].gold[0].begin_byte, 6) == "Lisbon");
  CHECK(docs[4].text == "Tomas Berg met her in");  // "Harbour news", "Gonzalez", "Porto." are too short
  REQUIRE(docs[4].gold.size() == 1);  // the span across the line break is dropped, not cut
  CHECK(docs[4].gold[0].type == 0);
}

// An acronym the tagger sees no name in stays in prose, after an article or preposition ("Frederick Fung of ADPL",
// "by the RIAA") or before the person it is the affiliation of ("DAB's Ann Chiang"); a code or a shout does not.
TEST_CASE("ner tagger: codes and shouted words are no acronyms of names; acronyms in prose are") {
  const lede::Document d = lede::analyse(
      "My booking EY4108 was cancelled and I was so MAD.");
  CHECK(typed(d) == "");  // before round 16: EY4108/ORG MAD/ORG
  const lede::Document e = lede::analyse(
      "Frederick Fung of ADPL lost his seat, while DAB's Ann Chiang held hers in the council vote.");
  CHECK(typed(e).find("ADPL/ORG") != std::string::npos);
  CHECK(typed(e).find("DAB/ORG") != std::string::npos);
  // what a body is known as is its name (before: the tagger saw none, and the guess was dropped)
  const lede::Document k = lede::analyse(
      "Ukraine's military intelligence agency, known as HUR, said drones struck a refinery overnight.");
  CHECK(typed(k).find("HUR/ORG") != std::string::npos);
  // letters in brackets after a name are its short form, though they spell another language's words (before:
  // "MSF", "CGTP" and "SKV" dropped); not after a word in lower case ("him (AP)")
  const lede::Document b = lede::analyse(
      "Doctors Without Borders (MSF) said aid was blocked. The General Confederation of Portuguese Workers (CGTP) "
      "marched. The Kelby Workers Union (SKV) struck. Police arrested him (KLX) later.");
  for (const char* a : {"MSF/ORG", "CGTP/ORG", "SKV/ORG"}) CHECK(typed(b).find(a) != std::string::npos);
  CHECK(typed(b).find("KLX") == std::string::npos);
}

// A town's name is a person's when the tagger says so over the whole document (news names "Bush" and
// "Richardson" far more often as people than as the towns the place lists also hold).
TEST_CASE("ner tagger: a town that the document makes a person is the person") {
  const lede::Document a =
      lede::analyse("Bush said on Monday that he would veto the bill. Bush spoke to reporters later.");
  CHECK(typed(a) == "Bush/PERSON Bush/PERSON ");  // before: LOC, a town the place list holds
  const lede::Document b = lede::analyse("Officials in Richardson, Texas, approved the budget on Monday.");
  CHECK(typed(b) == "Richardson/LOC Texas/LOC ");
  // right after a preposition of where, the town is not the tagger's to make a person
  CHECK(typed(lede::analyse("Officials in Carson approved the budget on Monday.")) == "Carson/LOC ");
  // a town that is also a firm's name is the firm where the tagger says so over the document
  const lede::Document c = lede::analyse(
      "Toyota said on Thursday it would recall the cars. Toyota shares fell 2 percent in Nagoya.");
  CHECK(typed(c) == "Toyota/ORG Toyota/ORG Nagoya/LOC ");  // before: Toyota a place, the city near Nagoya
  // but not where a longer name ends on the town ("University of Basel"): before, the town was the firm
  const lede::Document u = lede::analyse("The family moved to Basel. He returned to the University of Basel.");
  CHECK(typed(u) == "Basel/LOC University of Basel/ORG ");
}

// A name with a word only firms bear and no first name is no person, whatever the tagger reads in its shape.
TEST_CASE("ner tagger: a name holding a word only firms bear and no first name is no person") {
  const lede::Document a = lede::analyse(
      "Sony Ericsson, its joint venture with Sweden's Ericsson, was not affected. The job cuts were announced on "
      "Tuesday.");
  CHECK(typed(a).find("Sony Ericsson/ORG") != std::string::npos);  // before: both persons
  CHECK(typed(a).find("Ericsson/PERSON") == std::string::npos);
  // a first name makes the person ("Hans Ericsson")
  CHECK(typed(lede::analyse("Hans Ericsson said on Monday he would retire.")) == "Hans Ericsson/PERSON ");
}

// An event or a thing named after a person ("Martin Luther King Day") is no name: the rules see the event word
// at its end, and the tagger's person at its start goes too.
TEST_CASE("ner tagger: the person an event or a telescope is named after is no mention of the person") {
  // before: PERSON "Martin Luther King", ORG "Abraham Lincoln", PERSON "James Webb Space"
  const lede::Document d = lede::analyse(
      "The office is closed on Martin Luther King Day. The Abraham Lincoln Award went to a teacher. "
      "The Tomas Varga Space Telescope found water, and Tomas Varga said he was proud.");
  CHECK(typed(d) == "Tomas Varga/PERSON ");
  // nor is a festival or a contest the tagger names alone (before: "Glastonbury Festival" a place)
  CHECK(typed(lede::analyse("The band played at Glastonbury Festival in 2008 and won the Outland Trophy.")) == "");
  // nor a cup (before: "FA Cup" an organisation)
  CHECK(typed(lede::analyse("They reached the first round of the FA Cup in 1952, losing 4-1.")) == "");
  // nor an honour (before: "Eckersberg Medal" an organisation)
  CHECK(typed(lede::analyse("He was awarded the Eckersberg Medal in 1939.")) == "");
}

// A headline in capitals: the rules' shape guesses name every word there; only what the tagger backs stays.
TEST_CASE("ner tagger: a headline in capitals is not a row of names") {
  const lede::Document d = lede::analyse(
      "FLOODS FORCE THOUSANDS FROM HOMES\n\n"
      "Dockworkers in Valmere stayed away for a third week, the union leader Ada Okafor said on Monday.");
  const std::string t = typed(d);  // before: "FLOODS FORCE/ORG"
  for (const char* w : {"FLOODS", "FORCE", "THOUSANDS", "HOMES"}) CHECK(t.find(w) == std::string::npos);
  CHECK(t.find("Ada Okafor/PERSON") != std::string::npos);
}

// The prediction history (ner_features.h TagHistory): which class the decoder gave a word most often so far.
TEST_CASE("ner tag history: the class tagged most often so far, per word") {
  using namespace lede::ner;
  TagHistory h;
  h.reset(3);
  CHECK(h.value(0) == 0);               // nothing yet
  CHECK(h.value(UINT32_MAX) == 0);      // no word slot (not a capitalised word)
  h.add(UINT32_MAX, begin_tag(1));      // ignored
  h.add(0, begin_tag(1));               // ORG
  CHECK(h.value(0) == 1 + 1 + 1);       // 1 + class (O = 0, PER = 1, ORG = 2, ...)
  h.add(0, 0);
  h.add(0, 0);
  CHECK(h.value(0) == 1);               // O twice beats ORG once
  h.add(1, inside_tag(0));
  CHECK(h.value(1) == 2);               // I-PER counts as PER
  CHECK(h.value(2) == 0);
  for (int k = 0; k < 300; ++k) h.add(2, begin_tag(2));  // stops at 7, never spills into the next count
  CHECK(h.value(2) == 1 + 1 + 2);
  for (int k = 0; k < 300; ++k) h.add(2, 0);
  CHECK(h.value(2) == 1);  // a tie at 7: the first class
}

TEST_CASE("ner model: the file keeps only the used rows, and reading it gives back every weight") {
  lede::TrainOptions opt;
  opt.table_bits = 12;
  opt.epochs = 2;
  const lede::NerModel trained = lede::train_ner(fixture(), opt, nullptr);
  size_t used = 0;
  for (size_t r = 0; r < (size_t(1) << opt.table_bits); ++r)
    for (int t = 0; t < lede::ner::kTags; ++t)
      if (trained.weights[r * lede::ner::kTags + size_t(t)] != 0) { ++used; break; }
  REQUIRE(used > 0);
  const std::string bytes = trained.serialise();
  // header, used-row count, a bit per row, the used rows' weights, checksum
  CHECK(bytes.size() == 24 + 4 + (size_t(1) << opt.table_bits) / 8 + used * lede::ner::kTags + 4);
  lede::NerModel read;
  REQUIRE(read.parse(bytes).empty());
  CHECK(read.weights == trained.weights);
  CHECK(read.serialise() == bytes);
  std::string v1 = bytes;  // version 1 (the plain table) is no longer read: a clear message, no guess
  v1[8] = 1;
  CHECK(read.parse(v1).find("version 1, this build reads 2") != std::string::npos);
}

TEST_CASE("ner trainer: a model with the tag history says so, and trains the same bytes twice") {
  RestoreModel restore;
  lede::TrainOptions opt;
  opt.table_bits = 12;
  opt.epochs = 4;
  opt.use_history = true;
  const std::string a = lede::train_ner(fixture(), opt, nullptr).serialise();
  CHECK(a == lede::train_ner(fixture(), opt, nullptr).serialise());
  lede::NerModel m;
  REQUIRE(m.parse(a).empty());
  CHECK(m.uses_history());
  REQUIRE(lede::load_ner_model(a).empty());
  lede::set_entity_source(lede::EntitySource::Model);
  const lede::Document d = lede::analyse("Tomas Berg told reporters that Brightwater Systems would hire. Berg said so.");
  lede::set_entity_source(lede::EntitySource::Combined);
  CHECK(typed(d).find("Tomas Berg/PERSON") != std::string::npos);
}

// The hash salt (ner_features.h): the same features indexed with other collisions, for measuring over them.
TEST_CASE("ner trainer: a salted model says its salt, tags with it, and trains the same bytes twice") {
  RestoreModel restore;
  lede::TrainOptions opt;
  opt.table_bits = 14;
  opt.epochs = 10;
  const std::string plain = lede::train_ner(fixture(), opt, nullptr).serialise();
  opt.hash_salt = 7;
  const std::string salted = lede::train_ner(fixture(), opt, nullptr).serialise();
  CHECK(salted == lede::train_ner(fixture(), opt, nullptr).serialise());
  CHECK(salted != plain);  // other rows
  lede::NerModel m;
  REQUIRE(m.parse(salted).empty());
  CHECK(m.hash_salt() == 7);
  CHECK(m.uses_rules());
  // the tagger reads the features at the rows the trainer wrote them to
  REQUIRE(lede::load_ner_model(salted).empty());
  lede::set_entity_source(lede::EntitySource::Model);
  const lede::Document d = lede::analyse("Tomas Berg told reporters that Brightwater Systems would hire.");
  lede::set_entity_source(lede::EntitySource::Combined);
  CHECK(typed(d) == "Tomas Berg/PERSON Brightwater Systems/ORG ");
  // salt 0 is the index of models without one (the shipped model): the space is the shift alone
  CHECK(lede::ner::hash_space(18, 0) == 46u);
}

// A word in capitals is looked up as the lists write it for the gazetteer feature (before: "INDIANA", "IRAN",
// "HANK", "IRISH" in a headline or a shouted post were no place, first name or people's word to the tagger).
TEST_CASE("ner features: a place, a first name, a people in capitals read as the lists write them; letters do not") {
  const lede::Document d =
      lede::test::in_sentences("HERE IN INDIANA AND IRAN HANK AND IRISH FANS SAW BATH AND NATO. Indiana too.");
  lede::TokenFeatures f;
  f.build(d);
  const lede::ner::FeatureHasher h(d, f, {}, 18, false);
  auto facts = [&](const char* word) {
    for (uint32_t i = 0; i < d.tokens.size(); ++i)
      if (d.token_text(i) == word) return h.facts_in_capitals(i);
    return uint16_t(0xFFFF);
  };
  CHECK((facts("INDIANA") & lede::gazetteer::kRegion) != 0);
  CHECK((facts("IRAN") & lede::gazetteer::kCountry) != 0);
  CHECK((facts("HANK") & lede::TokenFeatures::kFirst) != 0);
  CHECK((facts("IRISH") & lede::TokenFeatures::kDemonym) != 0);
  CHECK(facts("BATH") == 0);     // (a town: in capitals as often letters)
  CHECK(facts("NATO") == 0);     // (no place, name or people)
  CHECK(facts("Indiana") == 0);  // (not in capitals: the word's own facts hold it)
  CHECK(facts("HERE") == 0);
}

// The static features of a text's third token (the tokens before it hashed first, as the tagger does), sorted.
static std::vector<uint32_t> features_of_third(const char* text) {
  const lede::Document d = lede::test::in_sentences(text);
  lede::TokenFeatures f;
  f.build(d);
  lede::ner::FeatureHasher h(d, f, {}, 18, false);
  std::vector<uint32_t> out(128);
  for (uint32_t i = 0; i < 2; ++i) h.static_features(i, 0, out.data());
  out.resize(h.static_features(2, 0, out.data()));
  std::sort(out.begin(), out.end());
  return out;
}

// A name with accents reads as the same name without them (before: "Dvořák" shared no word, affix or shape
// feature with "Dvorak", so the tagger named "Dvorak moved to" and not "Dvořák moved to").
TEST_CASE("ner features: a word with Latin accents has the features of the word without them") {
  CHECK(features_of_third("In 1892 Dvořák moved to Prague.") == features_of_third("In 1892 Dvorak moved to Prague."));
  CHECK(features_of_third("He met Tessvár there.") == features_of_third("He met Tessvar there."));
  CHECK(features_of_third("He met Tessvár there.") != features_of_third("He met Tessvak there."));
}

// A word in capitals in a headline pairs the words either side with whether it is a dictionary word (before: a
// headline's "IN PARIS" and "IN KELBY" shared no more than "In Paris" and "In Kelby", where case tells a name from
// a word).
TEST_CASE("ner features: a headline's word in capitals pairs its neighbours with whether it is a dictionary word") {
  auto shared = [](const char* a, const char* b) {
    const std::vector<uint32_t> x = features_of_third(a), y = features_of_third(b);
    std::vector<uint32_t> both;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
    return both.size();
  };
  CHECK(features_of_third("MARKETS IN PARIS FELL").size() == features_of_third("MARKETS IN Paris FELL").size() + 2);
  // (a headline's or a title's: a word in capitals in prose is often a defined term, "the BORROWER shall")
  CHECK(features_of_third("Markets in PARIS fell sharply").size() ==
        features_of_third("Markets in Paris fell sharply").size());
  // two words no dictionary holds share those two in capitals; a word no dictionary holds and one it does not
  CHECK(shared("MARKETS IN PARIS FELL", "MARKETS IN KELBY FELL") ==
        shared("MARKETS IN Paris FELL", "MARKETS IN Kelby FELL") + 2);
  CHECK(shared("MARKETS IN PARIS FELL", "MARKETS IN STOCKS FELL") ==
        shared("MARKETS IN Paris FELL", "MARKETS IN Stocks FELL"));
}

// A listed word the rules pick out of shouted capitals (NameSpan::shouted) is no rule feature: the tagger's training
// does not weigh it (before: its span was read as any rule span's, and retraining so moved GUM news dev's
// leave-one-corpus-out mean 0.865 -> 0.863).
TEST_CASE("ner features: a span picked out of shouted capitals is no rule feature") {
  const lede::Document d = lede::test::in_sentences("RUSSIAN TROOPS LEAVE GROZNY TODAY. Kelvar said so.");
  lede::TokenFeatures f;
  f.build(d);
  lede::NameSpan span;
  span.first = 0;
  span.end = 1;
  span.type = lede::EntityType::Group;
  span.strength = lede::Strength::Lexical;
  auto features = [&](const std::vector<lede::NameSpan>& rules) {
    lede::ner::FeatureHasher h(d, f, rules, 18, true);
    std::vector<uint32_t> out(128);
    out.resize(h.static_features(0, 0, out.data()));
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(features({span}) != features({}));
  span.shouted = true;
  CHECK(features({span}) == features({}));
}

// A span the tagger opens on a particle began at the capitalised word before it (round 43; before: "de France" of
// "the Tour de France" was a mention of its own, an organisation), but not at a title ("General de Gaulle").
TEST_CASE("ner tagger: a span opened on a particle takes in the capitalised word before it, a title aside") {
  auto first_word = [](const char* text, const char* particle) {
    const lede::Document d = lede::test::in_sentences(text);
    std::vector<uint8_t> tags(d.tokens.size(), 0);
    const uint32_t p = lede::test::token_index(d, particle);
    tags[p] = uint8_t(lede::ner::begin_tag(1));
    tags[p + 1] = uint8_t(lede::ner::inside_tag(1));
    const std::vector<lede::TaggedSpan> spans = lede::spans_from_tags(d, tags);
    REQUIRE(spans.size() == 1);
    return std::string(d.token_text(spans[0].first)) + "-" + std::string(d.token_text(spans[0].end - 1));
  };
  CHECK(first_word("He won the Tour de France twice.", "de") == "Tour-France");
  CHECK(first_word("He met General de Gaulle there.", "de") == "de-Gaulle");
  CHECK(first_word("He said de Gaulle was right.", "de") == "de-Gaulle");
}

// Round 50: "He met the Chairman of Kelvar", "said Lars Press, the Vice Chairman of Kelvar": the tagger, after a
// title, read the body a post is "of" as a person.
TEST_CASE("ner tagger combination: what a post is 'of' is no person ('the Chairman of Kelvar', 'head of Halvex')") {
  CHECK(typed(lede::analyse("He met the Chairman of Kelvar on Monday.")) == "Kelvar/ORG ");
  CHECK(typed(lede::analyse("The Mayor of Kelby said no.")) == "Kelby/LOC ");
}

// Round 50: "Exxon Mobil and Chevron gained", "Codelco and BHP Billiton declined to comment": a name opening its
// sentence before "and" and an organisation the tagger sees was dropped (the tagger, reading from the left, saw
// none there, and a guess it does not back goes).
TEST_CASE("ner tagger combination: a name opening its sentence before 'and' and an organisation is one") {
  CHECK(typed(lede::analyse("Exxon Mobil and Chevron gained more than 3% each.")) == "Exxon Mobil/ORG Chevron/ORG ");
  CHECK(typed(lede::analyse("Codelco and BHP Billiton declined to comment.")) == "Codelco/ORG BHP Billiton/ORG ");
}
