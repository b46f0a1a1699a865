// Library (cross-article) tests on hand-built Documents, so they test the library's logic alone;
// the seeds test at the end runs the whole pipeline on ../shared/seeds.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/analyse.h"
#include "core/library/library.h"
#include "core/text/sentences.h"
#include "core/text/tokenizer.h"
#include "test_util.h"

using namespace lede;

namespace {

// A document with real tokens and sentences, and entity/number/quote layers added by hand.
struct DocBuilder {
  Document d;
  explicit DocBuilder(std::string text) {
    d.text = std::move(text);
    tokenize(d);
    split_sentences(d);
  }
  ByteSpan find(const std::string& what, size_t from = 0) const {
    const size_t at = d.text.find(what, from);
    REQUIRE(at != std::string::npos);
    return {uint32_t(at), uint32_t(at + what.size())};
  }
  DocBuilder& entity(const std::string& canonical, EntityType t, std::vector<std::string> mentions) {
    Entity e;
    e.type = t;
    e.canonical = canonical;
    size_t from = 0;
    for (const auto& m : mentions) {
      Mention mm;
      mm.span = find(m, from);
      from = mm.span.end;
      mm.type = t;
      mm.entity = int32_t(d.entities.size());
      e.mentions.push_back(uint32_t(d.mentions.size()));
      d.mentions.push_back(mm);
    }
    d.entities.push_back(e);
    return *this;
  }
  DocBuilder& number(const std::string& text, double value, std::string counted, std::string hedge = "",
                     std::string source = "") {
    NumberMention n;
    n.span = find(text);
    n.value = value;
    n.has_value = true;
    NumberDetail& x = d.edit_detail(n);
    x.counted = d.strings.intern(counted);
    x.hedge = d.strings.intern(hedge);
    x.source = d.strings.intern(source);
    d.numbers.push_back(n);
    return *this;
  }
  DocBuilder& quote(const std::string& text, const std::string& speaker, int32_t entity = -1) {
    Quote q;
    q.span = find(text);
    q.content = {q.span.begin + 1, q.span.end - 1};
    q.speaker = speaker;
    q.speaker_entity = entity;
    d.quotes.push_back(q);
    return *this;
  }
};

}  // namespace

TEST_CASE("library: a surname in one article joins the full name in another") {
  Library lib;
  DocBuilder a("Envoy Martin Hale arrived. Hale spoke.");
  a.entity("Martin Hale", EntityType::Person, {"Martin Hale", "Hale"});
  DocBuilder b("Hale left Geneva.");
  b.entity("Hale", EntityType::Person, {"Hale"}).entity("Geneva", EntityType::Loc, {"Geneva"});
  lib.add({"a", "A", "", "2025-01-01"}, std::move(a.d));
  lib.add({"b", "B", "", "2025-02-01"}, std::move(b.d));
  const auto ents = lib.entities();
  auto it = std::find_if(ents.begin(), ents.end(), [](const LibraryEntity& e) { return e.canonical == "Martin Hale"; });
  REQUIRE(it != ents.end());
  CHECK(it->mentions.size() == 3);
  CHECK(it->per_article.size() == 2);
  CHECK(std::none_of(ents.begin(), ents.end(), [](const LibraryEntity& e) { return e.canonical == "Hale"; }));
}

TEST_CASE("library: hand merge and split") {
  Library lib;
  DocBuilder a("The IDF said. The Israeli army said.");
  a.entity("IDF", EntityType::Org, {"IDF"}).entity("Israeli army", EntityType::Org, {"Israeli army"});
  lib.add({"a", "A", "", ""}, std::move(a.d));
  CHECK(lib.entities().size() == 2);
  lib.merge_entities(Library::entity_key("Israeli army"), Library::entity_key("IDF"));
  CHECK(lib.entities().size() == 1);
  lib.split_entity(Library::entity_key("Israeli army"));
  CHECK(lib.entities().size() == 2);
}

namespace {
const LibraryEntity* find_entity(const std::vector<LibraryEntity>& ents, const std::string& canonical) {
  for (const auto& e : ents)
    if (e.canonical == canonical) return &e;
  return nullptr;
}
std::set<uint32_t> articles_of(const std::vector<SearchHit>& hits) {
  std::set<uint32_t> a;
  for (const auto& h : hits) a.insert(h.article);
  return a;
}
}  // namespace

TEST_CASE("library: one person across articles — surname, nickname with the same office, a type slip") {
  Library lib;
  DocBuilder a("Kenyan President Amina Odhiambo met envoys. Odhiambo left.");
  a.entity("Amina Odhiambo", EntityType::Person, {"Amina Odhiambo", "Odhiambo"});
  DocBuilder b("President Ami Odhiambo spoke. Odhiambo smiled.");
  b.entity("Ami Odhiambo", EntityType::Person, {"Ami Odhiambo", "Odhiambo"});
  DocBuilder c("Odhiambo said no. Odhiambo left Geneva.");  // the tagger called her an organisation here
  c.entity("Odhiambo", EntityType::Org, {"Odhiambo", "Odhiambo"}).entity("Geneva", EntityType::Loc, {"Geneva"});
  lib.add({"a", "A", "", ""}, std::move(a.d));
  lib.add({"b", "B", "", ""}, std::move(b.d));
  lib.add({"c", "C", "", ""}, std::move(c.d));
  const auto ents = lib.entities();
  const LibraryEntity* n = find_entity(ents, "Amina Odhiambo");
  REQUIRE(n != nullptr);
  CHECK(n->type == EntityType::Person);  // 4 person mentions against 2 organisation ones
  CHECK(n->per_article.size() == 3);
  CHECK(n->mentions.size() == 6);
  CHECK(n->names == std::vector<std::string>{"Amina Odhiambo", "Ami Odhiambo", "Odhiambo"});  // canonical first
  CHECK(find_entity(ents, "Ami Odhiambo") == nullptr);
  CHECK(articles_of(lib.search("Odhiambo")).size() == 3);
  CHECK(articles_of(lib.search("Ami Odhiambo")).size() == 3);
  CHECK(lib.suggested_merges().empty());
}

TEST_CASE("library: same surname, different people — apart, offered as a suggestion; a place stays a place") {
  Library lib;
  DocBuilder a("President Joe Biden spoke. Biden left. George Washington was the first president.");
  a.entity("Joe Biden", EntityType::Person, {"Joe Biden", "Biden"})
      .entity("George Washington", EntityType::Person, {"George Washington"});
  DocBuilder b("First Lady Jill Biden visited Washington.");
  b.entity("Jill Biden", EntityType::Person, {"Jill Biden"}).entity("Washington", EntityType::Loc, {"Washington"});
  DocBuilder c("Biden said yes.");
  c.entity("Biden", EntityType::Person, {"Biden"});
  lib.add({"a", "A", "", ""}, std::move(a.d));
  lib.add({"b", "B", "", ""}, std::move(b.d));
  lib.add({"c", "C", "", ""}, std::move(c.d));
  const auto ents = lib.entities();
  REQUIRE(find_entity(ents, "Joe Biden") != nullptr);
  REQUIRE(find_entity(ents, "Jill Biden") != nullptr);
  CHECK(find_entity(ents, "Biden") != nullptr);  // two people of that name: the lone surname joins neither
  CHECK(find_entity(ents, "Washington") != nullptr);
  CHECK(find_entity(ents, "Washington")->type == EntityType::Loc);
  const auto sug = lib.suggested_merges();
  REQUIRE(sug.size() == 1);
  CHECK(sug[0].from_name == "Jill Biden");
  CHECK(sug[0].into_name == "Joe Biden");
}

TEST_CASE("library: two names one article tells apart never join; a name kept on its own stays so") {
  Library lib;
  DocBuilder a("Minister Sara Levi met Minister Dan Levi.");
  a.entity("Sara Levi", EntityType::Person, {"Sara Levi"}).entity("Dan Levi", EntityType::Person, {"Dan Levi"});
  lib.add({"a", "A", "", ""}, std::move(a.d));
  CHECK(lib.entities().size() == 2);
  CHECK(lib.suggested_merges().empty());  // the article itself says they are two people

  Library lib2;
  DocBuilder b("Martin Hale spoke.");
  b.entity("Martin Hale", EntityType::Person, {"Martin Hale"});
  DocBuilder c("Hale left.");
  c.entity("Hale", EntityType::Person, {"Hale"});
  lib2.add({"b", "B", "", ""}, std::move(b.d));
  lib2.add({"c", "C", "", ""}, std::move(c.d));
  CHECK(lib2.entities().size() == 1);
  lib2.merge_entities("hale", "hale");  // the user says: another Hale
  CHECK(lib2.entities().size() == 2);
  lib2.split_entity("hale");
  CHECK(lib2.entities().size() == 1);
}

TEST_CASE("library: a hand merge works across types; the result's type is what most mentions say") {
  Library lib;
  DocBuilder a("The IDF said. The IDF struck. Tzahal said.");
  a.entity("IDF", EntityType::Org, {"IDF", "IDF"}).entity("Tzahal", EntityType::Person, {"Tzahal"});
  lib.add({"a", "A", "", ""}, std::move(a.d));
  lib.merge_entities("tzahal", "idf");
  const auto ents = lib.entities();
  REQUIRE(ents.size() == 1);
  CHECK(ents[0].canonical == "IDF");
  CHECK(ents[0].type == EntityType::Org);
  CHECK(ents[0].mentions.size() == 3);
  CHECK(articles_of(lib.search("Tzahal")).size() == 1);
}

TEST_CASE("library: a death toll becomes one series in date order, with its source, largest figure per article") {
  Library lib;
  DocBuilder late("The conflict has killed 8,412 civilians.");
  late.number("8,412", 8412, "civilians");
  DocBuilder early("The conflict killed 6,120 civilians, according to the Health Ministry. On Friday 45 civilians were killed.");
  early.number("6,120", 6120, "civilians", "", "Health Ministry").number("45", 45, "civilians");
  DocBuilder mid("It has killed at least 7,301 civilians and wounded 15,944 others.");
  mid.number("7,301", 7301, "civilians", "at least").number("15,944", 15944, "others");
  lib.add({"late", "", "", "2025-09-01"}, std::move(late.d));
  lib.add({"early", "", "", "2025-01-30"}, std::move(early.d));
  lib.add({"mid", "", "", "2025-07-08"}, std::move(mid.d));
  const auto series = lib.figure_series();
  auto killed = std::find_if(series.begin(), series.end(), [](const FigureSeries& s) { return s.event == "killed"; });
  REQUIRE(killed != series.end());
  CHECK(killed->source.empty());  // one report of three names it: the series credits no one
  CHECK(killed->points[0].source == "Health Ministry");
  CHECK(killed->points[1].source.empty());  // each point carries its own article's source, or none
  std::vector<double> reps;
  for (const auto& p : killed->points) if (p.representative) reps.push_back(p.value);
  CHECK(reps == std::vector<double>{6120, 7301, 8412});
  CHECK(killed->points[2].wording == "at least 7,301");
  auto injured = std::find_if(series.begin(), series.end(), [](const FigureSeries& s) { return s.event == "injured"; });
  REQUIRE(injured != series.end());
  CHECK(injured->counted == "Civilians");  // "others" inherits the group of the figure before it
  CHECK_FALSE(killed->disagreement);
}

TEST_CASE("library: a series holds only figures counting the same thing for the same event") {
  Library lib;
  lib.add({"a", "", "", "2025-01-30"},
          analyse("An estimated 1,260 people were killed in Valmere during the raid of March 3, 2021, and more "
                  "than 40 were taken captive. Valmere will free 900 prisoners in return for 12 captives. "
                  "Much of the town has been displaced by the fighting, and nearly 9,000 people are "
                  "facing famine. The conflict has killed 6,120 civilians, according to the Health Ministry."));
  lib.add({"b", "", "", "2025-03-08"},
          analyse("Under the deal, 12 hostages have been released. An epidemic that has killed 210 civilians "
                  "worsened. Since the conflict began, it has killed 6,800 civilians."));
  std::map<std::string, std::vector<double>> by_label;
  for (const auto& s : lib.figure_series())
    for (const auto& p : s.points) by_label[s.label].push_back(p.value);
  CHECK(by_label["Civilians killed"] == std::vector<double>{6120, 6800});
  CHECK(by_label["People killed · 3 March 2021"] == std::vector<double>{1260});
  CHECK(by_label["Hostages taken · 3 March 2021"] == std::vector<double>{40});
  CHECK(by_label["Hostages released"] == std::vector<double>{12});          // done, in b
  CHECK(by_label["Hostages released (expected)"] == std::vector<double>{12}); // a deal's terms, in a
  CHECK(by_label["Civilians killed by epidemic"] == std::vector<double>{210});
  for (const auto& [label, values] : by_label) {
    CHECK_MESSAGE(label.find("starved") == std::string::npos, label);
    CHECK_MESSAGE(label.find("displaced") == std::string::npos, label);  // "facing famine" is no count of it
  }
}

TEST_CASE("library: reports of one date that disagree stand out") {
  Library lib;
  DocBuilder a("Floods killed 40 people.");
  a.number("40", 40, "people");
  DocBuilder b("Floods killed 52 people.");
  b.number("52", 52, "people");
  lib.add({"a", "", "", "2025-03-01"}, std::move(a.d));
  lib.add({"b", "", "", "2025-03-01"}, std::move(b.d));
  const auto s = lib.figure_series();
  REQUIRE(!s.empty());
  CHECK(s[0].disagreement);
}

TEST_CASE("library: one statement reported twice is recognised; search by word, entity and number range") {
  Library lib;
  DocBuilder a("Hale said “We have to get this fixed, it is a disgrace and we will mend it.” Killed 500 people.");
  a.entity("Martin Hale", EntityType::Person, {"Hale"}).quote("“We have to get this fixed, it is a disgrace and we will mend it.”", "Martin Hale", 0);
  a.number("500", 500, "people");
  DocBuilder b("“We have to get this fixed, it is a disgrace,” Hale said. Killed 70,000 people.");
  b.entity("Hale", EntityType::Person, {"Hale"}).quote("“We have to get this fixed, it is a disgrace,”", "Hale", 0);
  b.number("70,000", 70000, "people");
  lib.add({"a", "", "", "2025-01-01"}, std::move(a.d));
  lib.add({"b", "", "", "2025-02-01"}, std::move(b.d));
  const auto sp = lib.speakers();
  REQUIRE(sp.size() == 1);
  CHECK(sp[0].speaker == "Martin Hale");
  CHECK(sp[0].quotes.size() == 2);
  CHECK(sp[0].statements == 1);
  CHECK(lib.search("disgrace").size() == 2);
  CHECK(lib.search("get this fixed").size() == 2);
  CHECK(lib.search("killed > 50000").size() == 1);
  CHECK(lib.search("Martin Hale").size() == 2);
}

TEST_CASE("library: adding the same id replaces the article") {
  Library lib;
  lib.add({"x", "v1", "", ""}, analyse("Alpha Beta went to Paris."));
  lib.add({"x", "v2", "", ""}, analyse("Gamma Delta went to Rome."));
  CHECK(lib.articles().size() == 1);
  CHECK(lib.articles()[0].meta.title == "v2");
  CHECK(lib.search("rome").size() == 1);
  CHECK(lib.search("paris").empty());
  CHECK(lib.remove("x"));
  CHECK(lib.articles().empty());
}

LEDE_SHARED_TEST_CASE("library on the seeds: the Gaza death toll is one series in date order, sourced; Witkoff is one entity") {
  // Publication dates as a user would confirm them (the seed texts carry no dateline).
  const std::vector<std::pair<std::string, std::string>> seeds = {
      {"000", "2025-01-30"}, {"001", "2025-09-12"}, {"002", "2025-07-08"}, {"003", "2025-08-20"}, {"004", "2025-07-10"}};
  Library lib;
  for (const auto& [prefix, date] : seeds) lib.add({prefix, prefix, "", date}, analyse(lede::test::seed(prefix)));
  const auto series = lib.figure_series();
  const FigureSeries* toll = nullptr;
  for (const auto& s : series)
    if (s.event == "killed" && s.counted == "Palestinians" && s.when.empty()) toll = &s;  // the running total
  REQUIRE(toll != nullptr);
  std::vector<double> reps;
  std::vector<std::string> sources;
  for (const auto& p : toll->points)
    if (p.representative) {
      reps.push_back(p.value);
      sources.push_back(p.source);
      CHECK(p.chart_date == p.date);
      CHECK(p.wording.find("at least at least") == std::string::npos);
    }
  CHECK(reps == std::vector<double>{47460, 57575, 64231});
  // Each point its own article's source: only seed 000 names the Gaza Health Ministry.
  REQUIRE(sources.size() == 3);
  CHECK(sources[0].find("Health Ministry") != std::string::npos);
  CHECK(sources[1].empty());
  CHECK(sources[2].empty());
  CHECK(toll->source.empty());
  for (const auto& s : series) {
    for (const auto& p : s.points) {
      // "nearly half a million facing famine" counts no one starved or displaced
      CHECK_MESSAGE(p.value != 500000, s.label);
      // the 200 taken captive on October 7 and the 33 released in a deal never share a series
      if (p.value == 200) {
        for (const auto& q : s.points) CHECK_MESSAGE(q.value != 33, s.label);
      }
    }
  }
  const auto ents = lib.entities();
  int witkoffs = 0;
  for (const auto& e : ents)
    if (e.canonical.find("Witkoff") != std::string::npos) {
      ++witkoffs;
      CHECK(e.per_article.size() == 5);
    }
  CHECK(witkoffs == 1);
}

LEDE_SHARED_TEST_CASE("library on the seeds: Netanyahu is one PERSON entity in all five; search finds the five") {
  Library lib;
  for (const char* prefix : {"000", "001", "002", "003", "004"}) lib.add({prefix, prefix, "", ""}, analyse(lede::test::seed(prefix)));
  int netanyahus = 0;
  for (const auto& e : lib.entities()) {
    bool named = false;
    for (const auto& n : e.names) named |= n.find("Netanyahu") != std::string::npos && n.find("office") == std::string::npos;
    if (!named) continue;
    ++netanyahus;
    CHECK(e.type == EntityType::Person);
    CHECK(e.per_article.size() == 5);
  }
  CHECK(netanyahus == 1);
  CHECK(articles_of(lib.search("Netanyahu")).size() == 5);
  CHECK(articles_of(lib.search("Bibi Netanyahu")).size() == 5);
}
