// Round trips of document_codec.h: every layer survives encode -> decode, and damaged bytes are refused.
#include <doctest/doctest.h>

#include <string>

#include "core/analyse.h"
#include "core/document_codec.h"
#include "core/export_json.h"
#include "hostile_patterns.h"
#include "test_util.h"

using namespace lede;

namespace {

// Field-by-field equality through the canonical JSON export, plus the layers that export leaves out.
void check_same(const Document& a, const Document& b) {
  CHECK(a.text == b.text);
  CHECK(to_json(a, "x").dump() == to_json(b, "x").dump());
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    CHECK(a.tokens[i].span.begin == b.tokens[i].span.begin);
    CHECK(a.tokens[i].span.end == b.tokens[i].span.end);
    CHECK(a.tokens[i].kind == b.tokens[i].kind);
    CHECK(a.tokens[i].flags == b.tokens[i].flags);
  }
  REQUIRE(a.sentences.size() == b.sentences.size());
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    CHECK(a.sentences[i].first_token == b.sentences[i].first_token);
    CHECK(a.sentences[i].end_token == b.sentences[i].end_token);
  }
  REQUIRE(a.paragraphs.size() == b.paragraphs.size());
  REQUIRE(a.inner_mentions.size() == b.inner_mentions.size());
  REQUIRE(a.entities.size() == b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(a.entities[i].mentions == b.entities[i].mentions);
    CHECK(a.entities[i].inner_mentions == b.entities[i].inner_mentions);
  }
  REQUIRE(a.numbers.size() == b.numbers.size());
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    CHECK(a.numbers[i].value == b.numbers[i].value);
    const NumberDetail &x = a.detail(a.numbers[i]), &y = b.detail(b.numbers[i]);
    CHECK(x.value_max == y.value_max);
    CHECK(a.str(a.numbers[i].unit) == b.str(b.numbers[i].unit));
    CHECK(a.str(x.source) == b.str(y.source));
    CHECK(x.counted_span.begin == y.counted_span.begin);
  }
  REQUIRE(a.quotes.size() == b.quotes.size());
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    CHECK(a.quotes[i].content.begin == b.quotes[i].content.begin);
    CHECK(a.quotes[i].speaker_span.end == b.quotes[i].speaker_span.end);
  }
}

}  // namespace

TEST_CASE("document_codec: an analysed article round-trips layer by layer") {
  const Document d = analyse(
      "Kenyan President Amina Odhiambo met envoys from the University of Oregon in Geneva on Friday.\n\n"
      "“We will talk,” the Kenyan leader said. At least 3,200 workers were laid off, according to the Port "
      "Authority, and $7 billion (about 4%) was pledged between 15 and 25 days ago.");
  REQUIRE(!d.mentions.empty());
  REQUIRE(!d.quotes.empty());
  REQUIRE(!d.numbers.empty());
  const std::string bytes = encode_document(d);
  Document back;
  std::string error;
  REQUIRE(decode_document(bytes, back, &error));
  CHECK(error.empty());
  check_same(d, back);
  CHECK(encode_document(back) == bytes);  // stable: encoding the copy gives the same bytes
}

TEST_CASE("document_codec: an empty document round-trips") {
  const Document d = analyse("");
  Document back;
  REQUIRE(decode_document(encode_document(d), back));
  check_same(d, back);
}

LEDE_SHARED_TEST_CASE("document_codec: seed articles round-trip") {
  for (const std::string& text : {test::seed("000"), test::seed("001"), test::seed("002")}) {
    REQUIRE(!text.empty());
    const Document d = analyse(text);
    Document back;
    REQUIRE(decode_document(encode_document(d), back));
    check_same(d, back);
  }
}

TEST_CASE("document_codec: damaged, truncated and foreign bytes are refused with a message, never crash") {
  const Document d = analyse("Benjamin Netanyahu said “no” to 40 envoys in Doha.");
  const std::string bytes = encode_document(d);
  Document out;
  out.text = "kept";
  std::string error;
  CHECK_FALSE(decode_document("", out, &error));
  CHECK(error.find("not a lede document") != std::string::npos);
  CHECK_FALSE(decode_document("{\"text\":1}", out, &error));
  // Every truncation is refused, and the output is left as it was.
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(decode_document(std::string_view(bytes).substr(0, n), out));
  CHECK(out.text == "kept");
  CHECK_FALSE(decode_document(bytes + "x", out, &error));
  // Flipping bytes anywhere either decodes to something in bounds or is refused.
  for (size_t i = 8; i < bytes.size(); i += 3) {
    std::string bad = bytes;
    bad[i] = char(bad[i] ^ 0xA5);
    Document got;
    if (!decode_document(bad, got)) continue;
    for (const Mention& m : got.mentions) CHECK(m.span.end <= got.text.size());
    for (const Mention& m : got.mentions) CHECK(m.entity < int32_t(got.entities.size()));
  }
  std::string future = bytes;
  future[4] = char(future[4] + 1);  // the version after ours
  CHECK_FALSE(decode_document(future, out, &error));
  CHECK(error.find("version") != std::string::npos);
}

TEST_CASE("document_codec: every hostile pattern round-trips, and a text of figures stays compact") {
  for (const auto& p : test::hostile_patterns()) {
    CAPTURE(p.name);
    const Document d = analyse(test::hostile_text(p, 4096));
    const std::string bytes = encode_document(d);
    Document back;
    std::string error;
    REQUIRE_MESSAGE(decode_document(bytes, back, &error), error);
    check_same(d, back);
    CHECK(encode_document(back) == bytes);
    // "$1$1…": a token a byte and a figure every two; version 2's fixed-width fields took 27 bytes per
    // input byte, which the page could not hold for a 50 MB article (issue 14).
    if (std::string(p.name) == "dollar_one") CHECK(bytes.size() < 8 * d.text.size());
  }
}

TEST_CASE("document_codec: a document over the memory limit is refused as too large before it is allocated") {
  const Document d = analyse(test::hostile_text(test::hostile_patterns()[7], 4000));  // "$1$1…": 2000 figures
  REQUIRE(std::string(test::hostile_patterns()[7].name) == "dollar_one");
  const std::string bytes = encode_document(d);
  Document out;
  out.text = "kept";
  std::string error;
  DecodeLimit limit;
  limit.max_bytes = 64 * 1024;  // the tokens alone take 48 KB, the numbers 64 KB
  CHECK_FALSE(decode_document(bytes, out, &error, limit));
  CHECK(error.rfind("too large", 0) == 0);
  CHECK(out.text == "kept");
  limit.max_bytes = 1 << 20;
  limit.bytes_per_span = 1000;  // 2000 figures' highlights: 2 MB
  CHECK_FALSE(decode_document(bytes, out, &error, limit));
  limit.bytes_per_span = 64;
  REQUIRE(decode_document(bytes, out, &error, limit));
  check_same(d, out);
  limit.max_bytes = 64 * 1024;  // a slice at a time: the same verdict
  DocumentDecoder dec(bytes, limit);
  while (!dec.step(100)) {}
  CHECK(dec.error().rfind("too large", 0) == 0);
}

TEST_CASE("document_codec: decoding a slice at a time gives the same document, and refuses what decode refuses") {
  const Document d = analyse(
      "Kenyan President Amina Odhiambo met envoys from the University of Oregon in Geneva on Friday.\n\n"
      "“We will talk,” the Kenyan leader said. At least 3,200 workers were laid off, according to the Port "
      "Authority, and $7 billion (about 4%) was pledged between 15 and 25 days ago.");
  const std::string bytes = encode_document(d);
  for (size_t slice : {size_t(1), size_t(7), size_t(64), size_t(1000)}) {
    CAPTURE(slice);
    DocumentDecoder dec(bytes);
    size_t steps = 0, last = 0;
    while (!dec.step(slice)) {
      ++steps;
      CHECK(dec.bytes_read() > last);  // every step moves on
      CHECK(dec.bytes_read() - last <= slice + 128);  // and stops about where it was asked to
      last = dec.bytes_read();
    }
    REQUIRE(dec.ok());
    CHECK(dec.error().empty());
    CHECK(steps >= (bytes.size() - 1) / (slice + 128));
    const Document back = dec.take();
    check_same(d, back);
    CHECK(encode_document(back) == bytes);
  }
  // Truncated or damaged bytes: the same verdict as decode_document, whatever the slice.
  for (size_t n = 0; n < bytes.size(); n += 5) {
    DocumentDecoder dec(std::string_view(bytes).substr(0, n));
    while (!dec.step(16)) {}
    CHECK_FALSE(dec.ok());
    CHECK_FALSE(dec.error().empty());
  }
  for (size_t i = 8; i < bytes.size(); i += 7) {
    std::string bad = bytes;
    bad[i] = char(bad[i] ^ 0xA5);
    Document whole;
    const bool whole_ok = decode_document(bad, whole);
    DocumentDecoder dec(bad);
    while (!dec.step(32)) {}
    CHECK(dec.ok() == whole_ok);
  }
}
