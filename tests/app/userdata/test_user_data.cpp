// The user-data logic end to end, natively: import, annotate, edit, undo, store, reload, export.
// Texts are written for these tests (an invented harbour town).
#include <doctest/doctest.h>

#include "fake_storage.h"
#include "notes/records.h"

using namespace lede;
using namespace lede::app;
using lede::app::testing::FakeStorage;
using lede::app::testing::Tab;
using lede::app::testing::span_of;

namespace {

const char* kPier =
    "The harbour council of Port Elwin voted on Tuesday to close the old ferry pier after engineers found "
    "cracks in three of its concrete piles.\n\nRepairs are expected to take at least eighteen months.";

int import_pier(Tab& t) {
  int i = -1;
  t.run([&] {
    i = add_imported_article(t.st, {"Pier to close", kPier, "Elwin Gazette", "2026-11-30", ""});
    REQUIRE(i >= 0);
    REQUIRE(open_article(t.st, i));
  });
  return i;
}

}  // namespace

TEST_CASE("an import, an annotation and a note survive a reload") {
  FakeStorage db;
  {
    Tab a(db);
    import_pier(a);
    a.run([&] {
      const std::string& text = a.st.articles[size_t(a.st.current)].doc.text;
      const int n = create_annotation(a.st, span_of(text, "ferry pier"), "green");
      REQUIRE(n >= 0);
      a.st.user.annotations[size_t(n)].note = "Which pier?";
      save_annotation(a.st, n);
    });
    a.deliver();
    CHECK(a.st.user.in_flight.empty());
  }
  Tab b(db);
  b.reload();
  REQUIRE(b.st.articles.size() == 1);
  CHECK(b.st.articles[0].title == "Pier to close");
  CHECK(b.st.articles[0].body == kPier);
  REQUIRE(b.st.user.annotations.size() == 1);
  CHECK(b.st.user.annotations[0].note == "Which pier?");
  CHECK(b.st.user.annotations[0].quote.exact == "ferry pier");
  CHECK(b.st.user.annotations[0].colour == "green");
}

TEST_CASE("writes are queued per record: a second edit waits and goes with the new revision") {
  FakeStorage db;
  Tab a(db);
  import_pier(a);
  a.deliver();
  int n = -1;
  a.run([&] {
    n = create_annotation(a.st, span_of(a.st.articles[0].doc.text, "concrete piles"), "yellow");
    a.st.user.annotations[size_t(n)].note = "one";
    save_annotation(a.st, n);  // in flight already: marked again, not sent twice
  });
  CHECK(a.outbox.size() == 1);
  a.deliver();  // answer -> sent once more with rev 1 -> stored as rev 2
  const std::string id = a.st.user.annotations[size_t(n)].id;
  CHECK(db.stores["annotations"][id]["rev"] == 2);
  CHECK(db.stores["annotations"][id]["note"] == "one");
  CHECK(a.st.last_error.empty());
}

TEST_CASE("delete and undo restore exactly") {
  FakeStorage db;
  Tab a(db);
  import_pier(a);
  a.run([&] {
    const int n = create_annotation(a.st, span_of(a.st.articles[0].doc.text, "council"), "yellow");
    delete_annotation(a.st, n);
    CHECK(visible_annotations(a.st, "").empty());
    CHECK(undo(a.st));
    CHECK(visible_annotations(a.st, "").size() == 1);
    delete_article(a.st, 0);
    CHECK(a.st.articles[0].deleted);
    CHECK(undo(a.st));
    CHECK_FALSE(a.st.articles[0].deleted);
    CHECK_FALSE(undo(a.st));
  });
  a.deliver();
  Tab b(db);
  b.reload();
  CHECK(b.st.articles.size() == 1);
  CHECK_FALSE(b.st.articles[0].deleted);
  CHECK(visible_annotations(b.st, "").size() == 1);
}

TEST_CASE("record adapters: one stored shape per kind, read back exactly") {
  ArticleRecord r;
  r.meta = {"imp:1", "Title \xF0\x9F\x98\x80", "Src", "2026-01-02"};
  r.url = "https://example.org/a";
  r.text = "check \xF0\x9F\x98\x80 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 e\xCC\x81";
  const nlohmann::json j = article_record_json(r, {3, true});
  ArticleRecord back;
  RecordState s;
  REQUIRE(read_article_record(nlohmann::json::parse(dump_record(j)), back, s));
  CHECK(back == r);
  CHECK(s.rev == 3);
  CHECK(s.deleted);

  const std::string text = r.text;
  const utf8::CodepointIndex cpi(text);
  Annotation a = make_annotation("ann:1", "imp:1", text, cpi, {6, 10}, "2026-12-01T10:00:00Z");
  a.note = "emoji \xF0\x9F\x98\x80";
  a.tags = {"t1", "t2"};
  Annotation b;
  REQUIRE(read_annotation_record(nlohmann::json::parse(dump_record(annotation_record_json(a, {2, false}))), b, s));
  CHECK(b == a);
  CHECK(s.rev == 2);
  CHECK_FALSE(s.deleted);
  CHECK_FALSE(read_annotation_record(nlohmann::json::parse(R"({"id":"x","rev":1})"), b, s));
}

TEST_CASE("exports see the user's data") {
  FakeStorage db;
  Tab a(db);
  import_pier(a);
  a.run([&] {
    const int n = create_annotation(a.st, span_of(a.st.articles[0].doc.text, "ferry pier"), "yellow");
    a.st.user.annotations[size_t(n)].note = "Check the date";
    save_annotation(a.st, n);
  });
  const std::string md = export_markdown(a.st, false);
  CHECK(md.find("Pier to close") != std::string::npos);
  CHECK(md.find("Check the date") != std::string::npos);
  const std::string ld = export_library_jsonld(a.st, false);
  Tab b(db);
  b.run([&] { REQUIRE(import_library_jsonld(b.st, ld)); });
  REQUIRE(b.st.articles.size() == 1);
  CHECK(b.st.articles[0].body == kPier);
  REQUIRE(b.st.user.annotations.size() == 1);
  CHECK(b.st.user.annotations[0].note == "Check the date");
}

TEST_CASE("an article's stored text: its body as it is when valid (no copy), repaired when not; word counts") {
  Article a;
  a.body = "Ferry pier \xE2\x80\x94 closed";
  std::string scratch;
  CHECK(&stored_text(a, scratch) == &a.body);  // a 20 MB import is not copied again to be written
  CHECK(scratch.empty());
  a.body = "bad \xFF byte";
  const std::string& t = stored_text(a, scratch);
  CHECK(&t == &scratch);
  CHECK(t == "bad \xEF\xBF\xBD byte");
  CHECK(article_record(a).text == t);
  CHECK(article_record(a, /*with_text=*/false).text.empty());
  a.analysed = true;
  a.doc.text = "analysed";
  CHECK(&stored_text(a, scratch) == &a.doc.text);
  CHECK(word_count("") == 0);
  CHECK(word_count("  one\ttwo\r\nthree  ") == 3);
  CHECK(word_count("\xE2\x80\x9Cquoted\xE2\x80\x9D words\n\nnext") == 3);
  // Eight bytes at a time gives what one at a time does, wherever the words and spaces fall.
  uint32_t seed = 7;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t len = size_t(round % 67);
    for (size_t k = 0; k < len; ++k) {
      seed = seed * 1664525u + 1013904223u;
      static const char kBytes[] = {' ', '\n', '\t', '\r', 'a', 'Z', '\x80', '\xE2', '\x0b', '\0'};
      text += kBytes[(seed >> 24) % sizeof kBytes];
    }
    size_t slow = 0;
    bool in = false;
    for (unsigned char c : text) {
      const bool word = !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
      slow += word && !in;
      in = word;
    }
    CHECK(word_count(text) == slow);
  }
}
