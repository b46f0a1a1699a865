// Hostile patterns (issue 14) at a small size: the whole analysis and the JSON export finish and give
// sane output (spans inside the text, sorted layers, sentences within kMaxSentenceTokens). Not timed:
// speed is measured by scripts/bench.d/hostile.sh.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "core/analyse.h"
#include "core/export_json.h"
#include "core/text/sentences.h"
#include "hostile_patterns.h"

using namespace lede;

namespace {

void check_sane(const Document& d) {
  const size_t n = d.text.size();
  for (const Token& t : d.tokens) REQUIRE(t.span.end <= n);
  uint32_t next = 0;
  for (const Sentence& s : d.sentences) {
    REQUIRE(s.first_token == next);
    REQUIRE(s.end_token > s.first_token);
    REQUIRE(s.end_token - s.first_token <= kMaxSentenceTokens);
    next = s.end_token;
  }
  CHECK(next == d.tokens.size());
  for (size_t k = 1; k < d.mentions.size(); ++k) REQUIRE(d.mentions[k - 1].span.end <= d.mentions[k].span.begin);
  for (size_t k = 1; k < d.quotes.size(); ++k) REQUIRE(d.quotes[k - 1].span.end <= d.quotes[k].span.begin);
  for (const NumberMention& x : d.numbers) REQUIRE(x.span.end <= n);
  for (const Quote& q : d.quotes) REQUIRE(q.span.end <= n);
}

const test::HostilePattern& pattern(const char* name) {
  for (const auto& p : test::hostile_patterns())
    if (std::string(p.name) == name) return p;
  FAIL("no pattern " << name);
  return test::hostile_patterns().front();
}

}  // namespace

TEST_CASE("hostile patterns: each analyses to sane output, and the streamed JSON equals the tree's") {
  for (const auto& p : test::hostile_patterns()) {
    CAPTURE(p.name);
    const Document d = analyse(test::hostile_text(p, 8 * 1024));
    check_sane(d);
    std::ostringstream streamed;
    write_json(streamed, d, p.name);
    CHECK(streamed.str() == to_json(d, p.name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("hostile patterns: what the analysis still finds in them") {
  // The cut of an over-long sentence changes no analysis of its pieces: quotes are still quotes,
  // figures still figures, names still names.
  // ("said “x”" with nobody saying it is an unattributed phrase: no quote, as in an ordinary text.)
  const Document said = analyse(test::hostile_text(pattern("said_quote"), 4096));
  CHECK(said.sentences.size() > 1);
  const Document dollars = analyse(test::hostile_text(pattern("dollar_one"), 4096));
  REQUIRE(!dollars.numbers.empty());
  CHECK(dollars.numbers.front().type == NumberType::Money);
  const Document names = analyse(test::hostile_text(pattern("capitalised"), 4096));
  CHECK(!names.mentions.empty());
  const Document words = analyse(test::hostile_text(pattern("number_words"), 4096));
  CHECK(!words.numbers.empty());
  const Document line = analyse(test::hostile_text(pattern("one_line"), 64 * 1024));
  CHECK(line.sentences.size() > 1);  // cut at kMaxSentenceTokens
  REQUIRE(!line.quotes.empty());
  CHECK(!line.quotes.back().speaker.empty());  // "according to Anna Berg" after it
  CHECK(!line.numbers.empty());
}
