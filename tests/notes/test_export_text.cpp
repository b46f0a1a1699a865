// Markdown and CSV exports of annotations and analysis.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/analyse.h"
#include "notes/annotation.h"
#include "notes/export_text.h"
#include "core/text/utf8.h"

using namespace lede;

namespace {

// A minimal RFC 4180 reader for checking what the writer produced.
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  (void)was_quoted;
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

ArticleRecord pier() {
  ArticleRecord a;
  a.meta = {"pier", "Pier to close,\nsays \"council\"", "Elwin Gazette", "2026-03-02"};
  a.url = "https://news.example/pier";
  a.text = "# Not a heading\nThe council said: \xE2\x80\x9CWe will close the pier.\xE2\x80\x9D\n"
           "1. Not a list either, and - not a bullet.\nZo\xC3\xAB Lindqvist agreed.";
  return a;
}

Annotation on(const ArticleRecord& art, const std::string& needle, const std::string& id) {
  const utf8::CodepointIndex cpi(art.text);
  const size_t at = art.text.find(needle);
  REQUIRE(at != std::string::npos);
  return make_annotation(id, art.meta.id, art.text, cpi, {uint32_t(at), uint32_t(at + needle.size())}, "2026-03-02T10:00:00Z");
}

}  // namespace

TEST_CASE("annotations/csv: RFC 4180 quoting of commas, quotes and newlines") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("=SUM(A1:A9)") == "'=SUM(A1:A9)");
  CHECK(csv_field("-3", false) == "-3");
  CHECK(csv_field("") == "");

  const ArticleRecord art = pier();
  Annotation a = on(art, "\xE2\x80\x9CWe will close the pier.\xE2\x80\x9D", "a,1");
  a.note = "Line one, with a comma\nand \"quotes\" on line two";
  a.tags = {"pier", "quote, direct"};
  a.motivations = default_motivations(a);
  const std::string csv = csv_annotations({art}, {a});
  CHECK(csv.find("\r\n") != std::string::npos);
  const auto rows = parse_csv(csv);
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].size() == 14);
  REQUIRE(rows[1].size() == 14);
  CHECK(rows[0][0] == "annotation_id");
  CHECK(rows[1][0] == "a,1");
  CHECK(rows[1][2] == "Pier to close,\nsays \"council\"");
  CHECK(rows[1][3] == std::to_string(a.position.start));
  CHECK(rows[1][5] == a.quote.exact);
  CHECK(rows[1][6] == a.note);
  CHECK(rows[1][7] == "pier; quote, direct");
  CHECK(rows[1][9] == "highlighting; commenting; tagging");
  CHECK(rows[1][13] == "exact");
}

TEST_CASE("annotations/csv: entity, quote and number tables in code points") {
  const std::string text = "Zo\xC3\xAB Lindqvist, the chief engineer, said \xE2\x80\x9CThe pier must close, now.\xE2\x80\x9D "
                           "Repairs will cost \xE2\x82\xAC" "4.5 million and 1,200 passengers a day will need a boat.";
  const Document doc = analyse(text);
  const utf8::CodepointIndex cpi(doc.text);
  const auto ents = parse_csv(csv_entities(doc, "pier"));
  REQUIRE(ents.size() == doc.mentions.size() + 1);
  CHECK(ents[0] == std::vector<std::string>{"article_id", "start", "end", "text", "type", "entity", "canonical"});
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    CHECK(ents[i + 1][1] == std::to_string(cpi.to_codepoint(doc.mentions[i].span.begin)));
    CHECK(ents[i + 1][3] == std::string(doc.slice(doc.mentions[i].span)));
  }
  const auto quotes = parse_csv(csv_quotes(doc, "pier"));
  REQUIRE(quotes.size() == doc.quotes.size() + 1);
  for (size_t i = 0; i < doc.quotes.size(); ++i) CHECK(quotes[i + 1][4] == std::string(doc.slice(doc.quotes[i].span)));
  const auto nums = parse_csv(csv_numbers(doc, "pier"));
  REQUIRE(nums.size() == doc.numbers.size() + 1);
  for (const auto& row : nums) CHECK(row.size() == 12);
  // Rows only, for appending a second article.
  CHECK(parse_csv(csv_numbers(doc, "pier", false)).size() == doc.numbers.size());
}

TEST_CASE("annotations/markdown: title, meta line, quotes as blockquotes, notes, tags, orphans") {
  const ArticleRecord art = pier();
  Annotation first = on(art, "# Not a heading\nThe council said", "m1");
  first.note = "Odd opening line.\nSecond line of the note.";
  first.tags = {"style", "two words"};
  Annotation second = on(art, "1. Not a list either, and - not a bullet.", "m2");
  Annotation gone = on(art, "Zo\xC3\xAB Lindqvist agreed.", "m3");
  gone.anchor = AnchorStatus::Orphan;
  // Given out of order: the export sorts by position and puts orphans last.
  const std::string md = export_markdown({art}, {gone, second, first});
  const std::string expect =
      "# Pier to close, says \"council\"\n\n"
      "Elwin Gazette · 2026-03-02 · <https://news.example/pier>\n\n"
      "> \\# Not a heading\n"
      "> The council said\n\n"
      "Odd opening line.\nSecond line of the note.\n\n"
      "#style #two-words\n\n"
      "> 1\\. Not a list either, and - not a bullet.\n\n"
      "## Orphaned annotations\n\n_Their text is no longer found in the article._\n\n"
      "> Zo\xC3\xAB Lindqvist agreed.\n\n";
  CHECK(md == expect);
  // An article without annotations still gets its heading; unknown articles' annotations are left out.
  ArticleRecord bare;
  bare.meta.id = "bare";
  const std::string two = export_markdown({bare, art}, {first});
  CHECK(two.rfind("# Untitled\n\n", 0) == 0);
  CHECK(two.find("# Pier to close") != std::string::npos);
}

TEST_CASE("annotations/markdown: hostile titles, notes, tags and links stay text") {
  ArticleRecord art = pier();
  art.meta.title = "<script>alert(1)</script> & [x](javascript:alert(2))";
  art.meta.source = "<img src=x onerror=alert(3)>";
  art.url = "javascript:alert(4)";
  Annotation a = on(art, "The council said", "h1");
  a.note = "[click](javascript:alert(5))\n<javascript:alert(6)>\n# heading?\n\\<b>";
  a.tags = {"<b>bold</b>"};
  const std::string md = export_markdown({art}, {a});
  // No raw tag opener, no link or autolink syntax that a renderer would follow.
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<' || md[i] == '[' || md[i] == ']' || md[i] == '&') {
      INFO("unescaped char at " << i << " in:\n" << md);
      REQUIRE(i > 0);
      CHECK(md[i - 1] == '\\');
    }
  }
  CHECK(md.find("\\](javascript:") != std::string::npos);            // the bracket is escaped: no link
  CHECK(md.find("\\<script\\>alert(1)\\</script\\> \\& \\[x\\](javascript:alert(2))") != std::string::npos);
  CHECK(md.find("javascript:alert(4)") != std::string::npos);     // shown as text ...
  CHECK(md.find("<javascript:alert(4)>") == std::string::npos);   // ... never as a link
  CHECK(md.find("\n\\# heading?\n") != std::string::npos);        // a note line is no heading
  CHECK(md.find("\\\\\\<b\\>") != std::string::npos);             // a user's backslash cannot undo an escape
  CHECK(md.find("#\\<b\\>bold\\</b\\>") != std::string::npos);
  // Safe schemes stay links.
  art.url = "https://news.example/pier";
  CHECK(export_markdown({art}, {}).find("<https://news.example/pier>") != std::string::npos);
  art.url = "mailto:desk@news.example";
  CHECK(export_markdown({art}, {}).find("<mailto:desk@news.example>") != std::string::npos);
}

TEST_CASE("annotations/markdown: a table cell keeps its row whole and stays text") {
  CHECK(lede::markdown_cell("a|b\nc") == "a\\|b c");
  CHECK(lede::markdown_cell("<script>x</script> [y](javascript:z)") ==
        "\\<script\\>x\\</script\\> \\[y\\](javascript:z)");
  CHECK(lede::markdown_cell("Ada Okafor") == "Ada Okafor");
}
