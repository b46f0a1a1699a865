#include <doctest/doctest.h>

#include "core/text/sentences.h"
#include "core/text/tokenizer.h"

using namespace lede;

static std::vector<std::string> words(const Document& d) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.token_text(i));
  return out;
}

static Document tok(const std::string& s) {
  Document d;
  d.text = s;
  tokenize(d);
  split_sentences(d);
  return d;
}

TEST_CASE("tokenizer: abbreviations, decimals, thousands, possessives, hyphens") {
  const Document d = tok("The U.S. paid $2.1 million to 47,460 people in Netanyahu\xE2\x80\x99s 42-day plan.");
  const std::vector<std::string> expect = {"The", "U.S.", "paid", "$", "2.1", "million", "to", "47,460", "people",
                                           "in", "Netanyahu", "\xE2\x80\x99s", "42", "-", "day", "plan", "."};
  CHECK(words(d) == expect);
  CHECK(d.tokens[11].has(kPossessive));
  CHECK_FALSE(d.tokens[13].has(kSpaceBefore));
}

// Round 49: "more than 44,000, a figure the UN accepts" was "44", ",", "000": a comma after the thousands read as
// one more group of a list.
TEST_CASE("tokenizer: a comma after a number's thousands ends it ('44,000, a figure'); a list stays apart") {
  CHECK(words(tok("It was 44,000, they said.")) ==
        std::vector<std::string>{"It", "was", "44,000", ",", "they", "said", "."});
  CHECK(words(tok("It cost 1,000,000, or more.")) ==
        std::vector<std::string>{"It", "cost", "1,000,000", ",", "or", "more", "."});
  CHECK(words(tok("Seats 22,24,26 are free.")) ==
        std::vector<std::string>{"Seats", "22", ",", "24", ",", "26", "are", "free", "."});
}

TEST_CASE("tokenizer: quote marks are classified by shape and neighbours") {
  const Document d = tok("He said \"no\" and \xE2\x80\x9Cyes\xE2\x80\x9D, don't.");
  CHECK(d.tokens[2].kind == TokenKind::QuoteOpen);
  CHECK(d.tokens[4].kind == TokenKind::QuoteClose);
  CHECK(d.tokens[6].kind == TokenKind::QuoteOpen);
  CHECK(d.tokens[8].kind == TokenKind::QuoteClose);
  CHECK(d.token_text(10) == "don't");
}

TEST_CASE("sentences: abbreviations and initials do not split; terminal marks with quotes do") {
  const Document d = tok("Dr. Smith met Donald J. Trump in Jan. 2020. \xE2\x80\x9CIt went well.\xE2\x80\x9D Then he left!");
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.slice(d.sentences[0].span) == "Dr. Smith met Donald J. Trump in Jan. 2020.");
  CHECK(d.slice(d.sentences[1].span) == "\xE2\x80\x9CIt went well.\xE2\x80\x9D");
}

TEST_CASE("paragraphs: every line in wire copy, blank lines when the text has them") {
  CHECK(tok("One.\nTwo.\nThree.").paragraphs.size() == 3);
  const Document d = tok("Title\n\nFirst line\ncontinues here.\n\nSecond.");
  CHECK(d.paragraphs.size() == 3);
  CHECK(d.sentences.size() == 3);
}
