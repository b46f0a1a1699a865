// Imports that replace an article only when it really is a new version (issue 16 item 5), and library
// imports that place annotations against the text they point into.
#include <doctest/doctest.h>

#include "fake_storage.h"
#include "notes/text_similarity.h"

using namespace lede;
using namespace lede::app;
using lede::app::testing::FakeStorage;
using lede::app::testing::Tab;
using lede::app::testing::span_of;

namespace {

const std::string kFlood =
    "Flood waters rose through the night in the Sarn valley, and the health office said at least 41 people "
    "had died. Rescue boats reached the lower villages on Monday morning.\n\nThe regional council opened "
    "three shelters in school halls and asked residents of the river streets to leave their homes.";
const std::string kFloodUpdated = kFlood +
    "\n\nBy the evening the toll had risen to 47, the office said, and two bridges were closed.";
const std::string kMarket =
    "Traders at the Elwin fish market protested on Tuesday against new harbour fees, closing their stalls "
    "for the morning. The council said the fees pay for the repair of the quay.";

int visible_articles(const AppState& st) {
  int n = 0;
  for (const Article& a : st.articles) n += !a.deleted;
  return n;
}

}  // namespace

TEST_CASE("similarity: an update is the same story, another story under the same title is not") {
  CHECK(same_story(kFlood, kFloodUpdated));
  CHECK(same_story(kFlood, kFlood));
  CHECK_FALSE(same_story(kFlood, kMarket));
  CHECK_FALSE(same_story("", kMarket));
}

TEST_CASE("two different articles with one title both stay") {
  FakeStorage db;
  Tab t(db);
  t.run([&] {
    const int a = add_imported_article(t.st, {"Live updates", kFlood, "", "", ""});
    const int b = add_imported_article(t.st, {"Live updates", kMarket, "", "", ""});
    CHECK(a != b);
    CHECK(visible_articles(t.st) == 2);
    CHECK(t.st.articles[size_t(a)].body == kFlood);
    CHECK(t.st.articles[size_t(b)].body == kMarket);
  });
  t.deliver();
  Tab r(db);
  r.reload();
  CHECK(visible_articles(r.st) == 2);
}

TEST_CASE("a new version without notes replaces the text; the same URL is the same article") {
  FakeStorage db;
  Tab t(db);
  t.run([&] {
    const int a = add_imported_article(t.st, {"Flood toll rises", kFlood, "", "", ""});
    CHECK(add_imported_article(t.st, {"Flood toll rises", kFloodUpdated, "", "", ""}) == a);
    CHECK(t.st.articles[size_t(a)].body == kFloodUpdated);
    const int u = add_imported_article(t.st, {"Market protest", kMarket, "", "", "https://news.example/m"});
    CHECK(add_imported_article(t.st, {"Market protest (corrected)", kMarket + " Corrected.", "", "", "https://news.example/m"}) == u);
    CHECK(visible_articles(t.st) == 2);
  });
}

TEST_CASE("replacing an article with notes asks; the old text stays until the user says") {
  FakeStorage db;
  Tab t(db);
  int a = -1;
  t.run([&] {
    a = add_imported_article(t.st, {"Flood toll rises", kFlood, "", "", ""});
    REQUIRE(open_article(t.st, a));
    create_annotation(t.st, span_of(t.st.articles[size_t(a)].doc.text, "at least 41 people"), "yellow");
    CHECK(add_imported_article(t.st, {"Flood toll rises", kFloodUpdated, "", "", ""}) == a);
    CHECK(t.st.articles[size_t(a)].body == kFlood);      // not replaced yet
    REQUIRE(t.st.user.pending_replace.size() == 1);
  });
  SUBCASE("keep both") {
    t.run([&] { const int b = resolve_replace(t.st, 0, false); CHECK(b != a); });
    CHECK(visible_articles(t.st) == 2);
    CHECK(t.st.articles[size_t(a)].body == kFlood);
  }
  SUBCASE("replace: annotations placed again") {
    t.run([&] { CHECK(resolve_replace(t.st, 0, true) == a); });
    CHECK(visible_articles(t.st) == 1);
    CHECK(t.st.articles[size_t(a)].body == kFloodUpdated);
    CHECK(t.st.user.annotations[0].anchor == AnchorStatus::Exact);
  }
  CHECK(t.st.user.pending_replace.empty());
}

TEST_CASE("an imported page's javascript: URL is dropped") {
  FakeStorage db;
  Tab t(db);
  t.run([&] {
    const int a = add_imported_article(t.st, {"Market protest", kMarket, "", "", "javascript:alert(1)"});
    CHECK(t.st.articles[size_t(a)].url.empty());
  });
}

TEST_CASE("a library import that replaces an article by id places its annotations again") {
  FakeStorage db;
  Tab a(db);
  std::string file;
  a.run([&] {
    const int i = add_imported_article(a.st, {"Flood toll rises", kFloodUpdated, "", "", ""});
    REQUIRE(open_article(a.st, i));
    file = export_library_jsonld(a.st, false);        // the updated text, no annotations
  });
  Tab b(db);
  b.run([&] {
    // b holds the older text of the same article (same id) with a note near the end.
    const int i = import_library_jsonld(b.st, file) ? 0 : -1;
    REQUIRE(i == 0);
    Article& art = b.st.articles[0];
    ArticleRecord older = article_record(art);
    older.text = "Preface.\n\n" + kFlood;
    apply_record(art, older);
    REQUIRE(open_article(b.st, 0));
    create_annotation(b.st, span_of(art.doc.text, "three shelters"), "yellow");
    REQUIRE(import_library_jsonld(b.st, file));      // the new text replaces it by id
    const Annotation& n = b.st.user.annotations[0];
    CHECK(n.anchor == AnchorStatus::Moved);
    const std::string& text = b.st.articles[0].doc.text;
    const ByteSpan s = annotation_bytes(b.st, n);
    CHECK(text.substr(s.begin, s.size()) == "three shelters");
  });
}

TEST_CASE("an imported annotation whose quote is not at its position is never kept exact") {
  FakeStorage db;
  Tab a(db);
  std::string file;
  a.run([&] {
    const int i = add_imported_article(a.st, {"Flood toll rises", kFlood, "", "", ""});
    REQUIRE(open_article(a.st, i));
    create_annotation(a.st, span_of(a.st.articles[size_t(i)].doc.text, "Rescue boats"), "yellow");
    file = export_library_jsonld(a.st, false);
  });
  // Shift the position selector onto other words (a file edited by hand, or by another tool).
  nlohmann::json j = nlohmann::json::parse(file);
  for (auto& sel : j["first"]["items"][0]["target"]["selector"])
    if (sel["type"] == "TextPositionSelector") { sel["start"] = 0; sel["end"] = 12; }
  Tab b(db);
  b.run([&] {
    REQUIRE(import_library_jsonld(b.st, j.dump()));
    REQUIRE(open_article(b.st, 0));                    // annotation_bytes reads the analysed text
  });
  const Annotation& n = b.st.user.annotations[0];
  CHECK(n.anchor != AnchorStatus::Exact);
  const ByteSpan s = annotation_bytes(b.st, n);
  const std::string& text = b.st.articles[0].doc.text;
  REQUIRE_FALSE(n.orphan());                          // the quote is in the text once: it is found there
  if (!n.orphan()) CHECK(text.substr(s.begin, s.size()) == "Rescue boats");
}
