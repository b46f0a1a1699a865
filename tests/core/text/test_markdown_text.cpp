// Markdown import -> plain text: what goes (marks), what stays (arithmetic, identifiers, code), the title.
#include <doctest/doctest.h>

#include <string>

#include "core/text/markdown_text.h"

using lede::markdown_to_text;

namespace {
std::string text_of(const std::string& md) { return markdown_to_text(md).text; }
}  // namespace

TEST_CASE("markdown: the first heading is the title; marks, links and bullets go") {
  const lede::MarkdownText m = markdown_to_text(
      "# Flood toll rises\n\nAt least **40** people died, [officials](http://x) said.\n\n- Aid: $3.5 million\n\n"
      "## Later\nMore.");
  CHECK(m.title == "Flood toll rises");
  CHECK(m.text == "At least 40 people died, officials said.\n\nAid: $3.5 million\n\nLater\nMore.");
}

TEST_CASE("markdown: the title may stay the text's first line (the app's import)") {
  const lede::MarkdownText m = markdown_to_text("# Flood toll rises\n\nAt least **40** died.\n\n## Later\nMore.", true);
  CHECK(m.title == "Flood toll rises");
  CHECK(m.text == "Flood toll rises\n\nAt least 40 died.\n\nLater\nMore.");
}

TEST_CASE("markdown: a lone * or _ is text, not emphasis") {
  CHECK(text_of("2 * 3 = 6") == "2 * 3 = 6");                  // was "2  3 = 6"
  CHECK(text_of("costs 5 * 2 and 3 * 4") == "costs 5 * 2 and 3 * 4");
  CHECK(text_of("snake_case_name and __init__") == "snake_case_name and init");
  CHECK(text_of("file_name.txt") == "file_name.txt");
  CHECK(text_of("a footnote* here") == "a footnote* here");     // no partner in the line
  CHECK(text_of("rated 4* out of 5*") == "rated 4* out of 5*");  // two closers, no opener
}

TEST_CASE("markdown: emphasis of every kind loses its marks") {
  CHECK(text_of("*it* and _it_ and **bold** and __bold__") == "it and it and bold and bold");
  CHECK(text_of("***both*** and **nested *inside* it**") == "both and nested inside it");
  CHECK(text_of("un*believ*able") == "unbelievable");  // * works inside a word, _ does not
  CHECK(text_of("“*quoted*”") == "“quoted”");
}

TEST_CASE("markdown: escapes, code spans, images") {
  CHECK(text_of("\\*not emphasis\\* and 2\\*3") == "*not emphasis* and 2*3");
  CHECK(text_of("run `a * b` or ``x ` y``") == "run a * b or x ` y");
  CHECK(text_of("a lone ` backtick") == "a lone ` backtick");
  CHECK(text_of("![a map](map.png) of [the **region**](https://e.x/r)") == "a map of the region");
  CHECK(text_of("[not a link] (x) and [a](b") == "[not a link] (x) and [a](b");
}

TEST_CASE("markdown: block marks — quotes, bullets, breaks, headings, fences") {
  CHECK(text_of("> quoted\n> > nested") == "quoted\nnested");
  CHECK(text_of("* one\n+ two\n  - three\n1. four") == "one\ntwo\nthree\n1. four");
  CHECK(text_of("above\n\n---\n\n* * *\n\nbelow") == "above\n\nbelow");
  CHECK(text_of("#hashtag stays") == "#hashtag stays");
  const lede::MarkdownText m = markdown_to_text("Intro line\n\n## Section ##\n\n```\nx = a * b\n\n_y_\n```\nafter");
  CHECK(m.title == "Section");
  CHECK(m.text == "Intro line\n\nx = a * b\n\n_y_\nafter");  // code blocks verbatim
}

TEST_CASE("markdown: line ends, blank runs, empty input") {
  CHECK(text_of("a\r\nb\r\n\r\n\r\n\r\nc\r\n") == "a\nb\n\nc");
  CHECK(text_of("") == "");
  CHECK(markdown_to_text("# Only a title\n").title == "Only a title");
  CHECK(markdown_to_text("# Only a title\n").text == "");
}

TEST_CASE("markdown: hostile lines stay linear and sane") {
  // Many unmatched emphasis openers and link starts (a "](" with no ")" after it) on one line; then backtick
  // runs of growing length, none with a partner.
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "[a *b _c ](";
  const std::string t = text_of(s);
  CHECK(t.size() == s.size());  // nothing pairs, so every character stays
  std::string ticks;
  for (int n = 1; n < 300; ++n) ticks += std::string(size_t(n), '`') + "x";
  CHECK(text_of(ticks).size() == ticks.size());
}
