#include <doctest/doctest.h>

#include "core/analyse.h"
#include "core/text/utf8.h"

using namespace lede;

TEST_CASE("utf8: repair replaces each invalid byte and NUL with one U+FFFD") {
  const std::string bad = std::string("a\xFF") + '\0' + "b\xE2\x80";
  const std::string fixed = utf8::repair(bad);
  CHECK(utf8::is_clean(fixed));
  CHECK(fixed == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(utf8::repair("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("utf8: code point index round-trips byte offsets") {
  std::string s;
  for (int i = 0; i < 200; ++i) s += (i % 3 == 0) ? "\xE2\x80\x9C" : (i % 3 == 1 ? "e" : "\xC3\xA9");
  utf8::CodepointIndex idx(s);
  size_t b = 0;
  for (size_t cp = 0; cp < 200; ++cp) {
    CHECK(idx.to_codepoint(b) == cp);
    CHECK(idx.to_byte(cp) == b);
    char32_t c;
    b += size_t(utf8::decode(s, b, c));
  }
  CHECK(idx.to_codepoint(s.size()) == 200);
  CHECK(idx.to_byte(200) == s.size());
}

TEST_CASE("utf8: case and folding") {
  CHECK(utf8::is_upper(U'É'));
  CHECK(utf8::is_lower(U'é'));
  CHECK(utf8::fold("Élysée ÇA") == "elysee ca");
}

TEST_CASE("robustness: hostile inputs never crash and offsets stay inside the text") {
  std::vector<std::string> inputs = {"", std::string(1, '\0'), "\xFF\xFE\xFD", "no punctuation at all just words",
                                     std::string(100000, 'a'), std::string(5000, '"'), "\xE2\x80\x9C", "1,2,3.4.5:6"};
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "Word “quoted” 1,000 ";
  inputs.push_back(line);
  for (const auto& in : inputs) {
    const Document d = analyse(in);
    for (const auto& t : d.tokens) CHECK(t.span.end <= d.text.size());
    for (const auto& m : d.mentions) CHECK(m.span.end <= d.text.size());
    for (const auto& q : d.quotes) CHECK(q.span.end <= d.text.size());
    for (const auto& n : d.numbers) CHECK(n.span.end <= d.text.size());
  }
}
