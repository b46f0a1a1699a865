// W3C Web Annotation JSON-LD: lossless round trip, machine highlights, and hostile imports.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/analyse.h"
#include "notes/annotation.h"
#include "core/text/utf8.h"
#include "notes/webanno.h"

using namespace lede;
using nlohmann::json;

namespace {

ArticleRecord article(const std::string& id, const std::string& title, const std::string& text,
                      const std::string& url = "") {
  ArticleRecord a;
  a.meta.id = id;
  a.meta.title = title;
  a.meta.source = "Elwin Gazette";
  a.meta.date = "2026-03-02";
  a.url = url;
  a.text = text;
  return a;
}

struct Fixture {
  std::vector<ArticleRecord> articles;
  std::vector<Annotation> annotations;
};

Fixture library() {
  Fixture f;
  f.articles.push_back(article("pier", "Pier to close \xE2\x80\x94 council",
                               "The harbour council voted to close the old ferry pier.\nZo\xC3\xAB Lindqvist said the "
                               "piles were cracked.\n\nRepairs will cost \xE2\x82\xAC" "4.5 million.",
                               "https://news.example/elwin/pier?id=7&lang=en"));
  f.articles.push_back(article("id with spaces/and:colons", "\xD0\x9F\xD1\x80\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x8C",
                               "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82. "
                               "The quay stays open \xF0\x9F\x9A\xA2."));
  f.articles.back().meta.date = "";
  const utf8::CodepointIndex c0(f.articles[0].text), c1(f.articles[1].text);
  const std::string& t0 = f.articles[0].text;
  const std::string& t1 = f.articles[1].text;
  auto span = [](const std::string& t, const std::string& s) {
    const size_t at = t.find(s);
    REQUIRE(at != std::string::npos);
    return ByteSpan{uint32_t(at), uint32_t(at + s.size())};
  };
  Annotation a = make_annotation("ann-1", "pier", t0, c0, span(t0, "Zo\xC3\xAB Lindqvist said"), "2026-03-02T09:15:00Z");
  a.modified = "2026-03-03T10:00:00.250+01:00";
  a.creator = "Ines M\xC3\xBCller";
  a.colour = "#3a7bd5";
  a.note = "Zitat pr\xC3\xBC" "fen \xE2\x80\x94 \xE2\x80\x9E" "Anf\xC3\xBChrungszeichen\xE2\x80\x9C\n"
           "\xE6\xB8\xAF\xE5\x8F\xA3 second line, \"quoted\", tab\there\n\n\xF0\x9F\x93\x8C last";
  a.tags = {"engineering", "Zo\xC3\xAB", "needs, checking"};
  a.motivations = default_motivations(a);
  f.annotations.push_back(a);
  Annotation b = make_annotation("ann-2", "pier", t0, c0, span(t0, "\xE2\x82\xAC" "4.5 million"), "2026-03-02T09:16:00Z");
  f.annotations.push_back(b);
  Annotation c = make_annotation("weird id \xE2\x9C\x93 #1", "id with spaces/and:colons", t1, c1,
                                 span(t1, "quay stays open \xF0\x9F\x9A\xA2"), "2026-03-02");
  c.anchor = AnchorStatus::Fuzzy;
  c.anchor_score = 0.83f;
  c.note = "x";
  c.motivations = {"commenting"};
  f.annotations.push_back(c);
  Annotation d = b;  // an orphan: its selectors stay as they were
  d.id = "ann-orphan";
  d.anchor = AnchorStatus::Orphan;
  d.anchor_score = 0.0f;
  d.quote.exact = "a sentence the editor later removed";
  d.position = {10, 4500};  // from an older, longer text: past the end of the current one
  f.annotations.push_back(d);
  return f;
}

// Exports the fixture, lets `edit` damage the JSON, and imports the result.
template <class Edit>
WebAnnoImport import_edited(Edit edit) {
  const Fixture f = library();
  json j = webanno_collection(f.articles, f.annotations);
  edit(j);
  return import_webanno(j.dump());
}

void check_refused(const WebAnnoImport& r, const char* needle) {
  CHECK_FALSE(r.ok);
  CHECK(r.articles.empty());
  CHECK(r.annotations.empty());
  CHECK(r.error.find(needle) != std::string::npos);
  if (r.error.find(needle) == std::string::npos) MESSAGE("error was: " << r.error);
}

}  // namespace

TEST_CASE("annotations/webanno: export then import restores articles and annotations exactly") {
  const Fixture f = library();
  const std::string file = export_webanno(f.articles, f.annotations);
  const WebAnnoImport in = import_webanno(file);
  REQUIRE_MESSAGE(in.ok, in.error);
  CHECK(in.articles == f.articles);
  REQUIRE(in.annotations.size() == f.annotations.size());
  for (size_t i = 0; i < f.annotations.size(); ++i) {
    CHECK(in.annotations[i] == f.annotations[i]);
    CHECK(in.annotations[i].note == f.annotations[i].note);
  }
  // And once more: export(import(x)) is the same file.
  CHECK(export_webanno(in.articles, in.annotations) == file);
}

TEST_CASE("annotations/webanno: the file speaks the W3C model") {
  const Fixture f = library();
  const json j = webanno_collection(f.articles, f.annotations);
  CHECK(j["@context"][0] == "http://www.w3.org/ns/anno.jsonld");
  CHECK(j["type"] == "AnnotationCollection");
  CHECK(j["total"] == f.annotations.size());
  const json& first = j["first"]["items"][0];
  CHECK(first["type"] == "Annotation");
  CHECK(first["id"] == "urn:lede:annotation:ann-1");
  CHECK(first["motivation"] == json::array({"highlighting", "commenting", "tagging"}));
  CHECK(first["creator"]["name"] == "Ines M\xC3\xBCller");
  CHECK(first["target"]["source"] == "https://news.example/elwin/pier?id=7&lang=en");
  CHECK(first["target"]["selector"][0]["type"] == "TextQuoteSelector");
  CHECK(first["target"]["selector"][1]["type"] == "TextPositionSelector");
  // Code points, not bytes: "Zoë" follows 54 ASCII characters and a newline; "Zoë Lindqvist said" is 18.
  CHECK(first["target"]["selector"][1]["start"] == 55);
  CHECK(first["target"]["selector"][1]["end"] == 55 + 18);
  CHECK(first["body"][0]["purpose"] == "commenting");
  CHECK(first["body"][1]["purpose"] == "tagging");
  CHECK(first["lede:colour"] == "#3a7bd5");
  const json& third = j["first"]["items"][2];
  CHECK(third["id"] == "urn:lede:annotation:weird%20id%20%E2%9C%93%20%231");
  CHECK(third["target"]["source"] == "urn:lede:article:id%20with%20spaces%2Fand%3Acolons");
  CHECK(third["motivation"] == "commenting");
}

TEST_CASE("annotations/webanno: machine highlights carry a generator and are skipped on import") {
  const Fixture f = library();
  const Document doc = analyse(f.articles[0].text);
  const json j = webanno_collection(f.articles, f.annotations, {{"pier", &doc}});
  size_t machine = 0;
  for (const json& item : j["first"]["items"]) {
    if (!item.contains("generator")) continue;
    ++machine;
    CHECK(item["generator"]["name"] == "lede");
    CHECK(item.contains("lede:kind"));
    const std::string exact = item["target"]["selector"][0]["exact"];
    const utf8::CodepointIndex cpi(doc.text);
    const size_t b = cpi.to_byte(item["target"]["selector"][1]["start"].get<size_t>());
    CHECK(doc.text.compare(b, exact.size(), exact) == 0);
  }
  CHECK(machine == doc.mentions.size() + doc.quotes.size() + doc.numbers.size());
  CHECK(machine > 0);
  const WebAnnoImport in = import_webanno(j.dump());
  REQUIRE_MESSAGE(in.ok, in.error);
  CHECK(in.machine_skipped == machine);
  CHECK(in.annotations.size() == f.annotations.size());
}

TEST_CASE("annotations/webanno: foreign files with a plain context and a single selector import") {
  const std::string file = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
    "first": {"type": "AnnotationPage", "items": [
      {"id": "https://example.org/anno/1", "type": "Annotation", "motivation": "commenting",
       "creator": "https://example.org/people/ana",
       "body": {"type": "TextualBody", "value": "Interesting."},
       "target": {"source": "https://news.example/a", "selector": {"type": "TextQuoteSelector", "exact": "pier"}}}]}})";
  const WebAnnoImport in = import_webanno(file);
  REQUIRE_MESSAGE(in.ok, in.error);
  REQUIRE(in.annotations.size() == 1);
  CHECK(in.annotations[0].id == "https://example.org/anno/1");
  CHECK(in.annotations[0].article_id == "https://news.example/a");
  CHECK(in.annotations[0].note == "Interesting.");
  CHECK(in.annotations[0].creator == "https://example.org/people/ana");
  CHECK(in.annotations[0].position.end == 4);

  // With the article in the file, a target source equal to its url finds it.
  json j = json::parse(file);
  j["lede:articles"] = json::array({{{"id", "local-7"}, {"text", "The pier closes."}, {"url", "https://news.example/a"}}});
  const WebAnnoImport mapped = import_webanno(j.dump());
  REQUIRE_MESSAGE(mapped.ok, mapped.error);
  CHECK(mapped.annotations[0].article_id == "local-7");
  CHECK(mapped.articles[0].meta.title.empty());
}

TEST_CASE("annotations/webanno: hostile imports are refused whole, with a message") {
  check_refused(import_webanno("this is not JSON"), "not valid JSON");
  check_refused(import_webanno(""), "not valid JSON");
  check_refused(import_webanno("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\""),
                "not valid JSON");
  check_refused(import_webanno("[1, 2, 3]"), "top level");
  check_refused(import_webanno(std::string(200000, '[') + std::string(200000, ']')), "nested deeper");
  check_refused(import_webanno("{\"a\": \"\xFF\"}"), "not valid JSON");  // invalid UTF-8 in a string

  check_refused(import_edited([](json& j) { j["type"] = "Annotation"; }), "AnnotationCollection");
  check_refused(import_edited([](json& j) { j["@context"] = "http://example.org/other.jsonld"; }), "@context");
  check_refused(import_edited([](json& j) { j["first"]["items"][1]["type"] = "Note"; }), "annotation #2");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["target"]["selector"][1]["end"] = 100000; }),
                "past the end");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["target"]["selector"][1]["start"] = -4; }),
                "non-negative integer");
  check_refused(import_edited([](json& j) {
                  json& pos = j["first"]["items"][0]["target"]["selector"][1];
                  pos["start"] = pos["end"].get<int>() + 1;
                }),
                "start is after its end");
  check_refused(import_edited([](json& j) { j["first"]["items"][1]["target"]["selector"][0]["exact"] = 42; }),
                "must be a string");
  check_refused(import_edited([](json& j) { j["first"]["items"][1]["target"].erase("selector"); }), "selector");
  check_refused(import_edited([](json& j) { j["first"]["items"][1].erase("target"); }), "missing \"target\"");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["body"][0]["value"] = std::string(10u << 20, 'n'); }),
                "limit");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["body"][0]["type"] = "SpecificResource"; }),
                "TextualBody");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["lede:colour"] = "javascript:alert(1)"; }),
                "colour");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["created"] = "yesterday"; }), "ISO 8601");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["motivation"] = "pwning"; }), "motivation");
  check_refused(import_edited([](json& j) { j["first"]["items"][2]["id"] = j["first"]["items"][0]["id"]; }),
                "duplicate id");
  check_refused(import_edited([](json& j) { j["lede:articles"][1]["id"] = "pier"; }), "duplicate id");
  check_refused(import_edited([](json& j) { j["lede:articles"][0]["text"] = std::string("a\0b", 3); }), "NUL");
  check_refused(import_edited([](json& j) { j["lede:articles"][0].erase("text"); }), "missing \"text\"");
  check_refused(import_edited([](json& j) { j["first"] = "https://example.org/page2"; }), "paged");
  check_refused(import_edited([](json& j) { j["first"]["items"][0]["lede:anchor"]["score"] = 7; }), "0..1");

  WebAnnoLimits small;
  small.max_annotations = 2;
  const Fixture f = library();
  check_refused(import_webanno(export_webanno(f.articles, f.annotations), small), "too many annotations");
  small = {};
  small.max_bytes = 1000;
  check_refused(import_webanno(export_webanno(f.articles, f.annotations), small), "limit");
}

TEST_CASE("annotations/webanno: a file of millions of empty values is refused before it is built") {
  // 60 MB of "[]," inside a collection: tiny on disk, gigabytes once parsed (issue 16). The SAX pass
  // stops at the parsed-size estimate, long before the end of the file.
  std::string big = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\", \"x\": [";
  big.reserve(60u << 20);
  while (big.size() < (60u << 20)) big += "[],[],[],[],[],[],[],[],[],[],";
  big += "[]]}";
  // Whichever limit trips first (the value count or the parsed-size estimate), it is refused.
  const WebAnnoImport r = import_webanno(big);
  CHECK_FALSE(r.ok);
  CHECK((r.error.find("memory") != std::string::npos || r.error.find("too many JSON values") != std::string::npos));
  WebAnnoLimits roomy;
  roomy.max_values = 100000000;   // with no value limit, the memory estimate stops it
  check_refused(import_webanno(big, roomy), "memory");
  std::string nulls = "[";
  nulls.reserve(60u << 20);
  while (nulls.size() < (60u << 20)) nulls += "null,null,null,null,null,null,";
  nulls += "null]";
  check_refused(import_webanno(nulls), "too many JSON values");
  // lede's own exports stay far inside both limits.
  const Fixture f = library();
  CHECK(import_webanno(export_webanno(f.articles, f.annotations)).ok);
}
