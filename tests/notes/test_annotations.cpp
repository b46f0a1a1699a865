// Annotations: selectors, anchoring (exact / moved / fuzzy / orphan), robustness.
// Fixture texts are written for these tests (an invented harbour town), not taken from anywhere.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "notes/anchoring.h"
#include "notes/annotation.h"
#include "core/text/utf8.h"

using namespace lede;

namespace {

const std::string kPier =
    "The harbour council of Port Elwin voted on Tuesday to close the old ferry pier after engineers found "
    "cracks in three of its concrete piles. \xE2\x80\x9CWe cannot ask people to stand on something we would "
    "not stand on ourselves,\xE2\x80\x9D said Zo\xC3\xAB Lindqvist, the council\xE2\x80\x99s chief engineer. "
    "The pier carried about 1,200 passengers a day last summer.\n\n"
    "Repairs are expected to cost \xE2\x82\xAC" "4.5 million and take at least eighteen months. Local shop "
    "owners said the closure would hurt trade during the festival season, and several asked the council to "
    "run a temporary shuttle boat from the fishing quay.\n\n"
    "The council will meet again on 14 March to discuss the shuttle proposal.";

ByteSpan span_of(const std::string& text, const std::string& needle, size_t nth = 0) {
  size_t at = text.find(needle);
  for (size_t i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  return {uint32_t(at), uint32_t(at + needle.size())};
}

Annotation annotate(const std::string& text, const std::string& needle, const std::string& id = "a1") {
  const utf8::CodepointIndex cpi(text);
  return make_annotation(id, "pier", text, cpi, span_of(text, needle), "2026-11-22T08:30:00Z");
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::string slice(const std::string& text, ByteSpan s) { return text.substr(s.begin, s.size()); }

}  // namespace

TEST_CASE("annotations: selectors keep 32 code points of context and count code points") {
  const Annotation a = annotate(kPier, "Zo\xC3\xAB Lindqvist");
  CHECK(a.quote.exact == "Zo\xC3\xAB Lindqvist");
  CHECK(utf8::count_codepoints(a.quote.prefix) == kSelectorContext);
  CHECK(utf8::count_codepoints(a.quote.suffix) == kSelectorContext);
  CHECK(kPier.compare(kPier.find("Zo\xC3\xAB") - a.quote.prefix.size(), a.quote.prefix.size(), a.quote.prefix) == 0);
  const utf8::CodepointIndex cpi(kPier);
  CHECK(a.position.start == cpi.to_codepoint(kPier.find("Zo\xC3\xAB")));
  CHECK(a.position.end - a.position.start == 13);  // "Zoë Lindqvist": ë is one code point
  CHECK(a.motivations == std::vector<std::string>{"highlighting"});
  CHECK(validate_annotation(a).empty());

  // Short context at the text edges; spans past the end or inside a code point are clamped, not UB.
  const AnnotationTarget start = make_selectors(kPier, {0, 3});
  CHECK(start.quote.prefix.empty());
  CHECK(start.quote.exact == "The");
  const AnnotationTarget wild = make_selectors(kPier, {uint32_t(kPier.size() - 2), 0xFFFFFFFFu});
  CHECK(wild.quote.suffix.empty());
  CHECK(wild.position.end == utf8::count_codepoints(kPier));
  const size_t euro = kPier.find("\xE2\x82\xAC");
  const AnnotationTarget mid = make_selectors(kPier, {uint32_t(euro + 1), uint32_t(euro + 2)});
  CHECK(mid.quote.exact == "\xE2\x82\xAC");
  const AnnotationTarget empty = make_selectors("", {5, 9});
  CHECK(empty.quote.exact.empty());
  CHECK(empty.position.start == 0);
}

TEST_CASE("annotations: colours and motivations") {
  CHECK(valid_colour("yellow"));
  CHECK(valid_colour("#A0b1C2"));
  CHECK_FALSE(valid_colour("#12345"));
  CHECK_FALSE(valid_colour("chartreuse"));
  CHECK(colour_rgb("#102030") == 0x102030u);
  CHECK(colour_rgb("green") == kPalette[1].rgb);
  Annotation a = annotate(kPier, "ferry pier");
  a.note = "check";
  a.tags = {"x"};
  CHECK(default_motivations(a) == std::vector<std::string>{"highlighting", "commenting", "tagging"});
  a.colour = "mauve";
  CHECK_FALSE(validate_annotation(a).empty());
}

TEST_CASE("annotations: anchoring exact when the text is unchanged") {
  const Annotation a = annotate(kPier, "close the old ferry pier");
  const AnchorResult r = anchor(kPier, a.quote, a.position);
  CHECK(r.status == AnchorStatus::Exact);
  CHECK(r.score == 1.0f);
  CHECK(slice(kPier, r.bytes) == "close the old ferry pier");
  CHECK(r.codepoints == a.position);
}

TEST_CASE("annotations: anchoring moved when text is inserted before") {
  const Annotation a = annotate(kPier, "several asked the council to run a temporary shuttle boat");
  const std::string updated = "UPDATED 15:40 \xE2\x80\x94 adds comment from the ferry operator.\n\n" + kPier +
                              "\n\nThe ferry operator declined to comment.";
  const AnchorResult r = anchor(updated, a.quote, a.position);
  CHECK(r.status == AnchorStatus::Moved);
  CHECK(slice(updated, r.bytes) == a.quote.exact);
  CHECK(r.score == doctest::Approx(1.0));
  const utf8::CodepointIndex cpi(updated);
  CHECK(r.codepoints.start == cpi.to_codepoint(r.bytes.begin));
}

TEST_CASE("annotations: a repeated quote goes to the occurrence whose context matches") {
  const std::string text = "First: the council will meet again. Second: the shuttle plan. Third: the council will "
                           "meet again, said the clerk.";
  const utf8::CodepointIndex cpi(text);
  const Annotation a = make_annotation("r", "t", text, cpi, span_of(text, "the council will meet again", 1), "");
  // Shift everything; both occurrences still exist, and the position no longer points at either.
  const std::string moved = "Agenda. " + text;
  const AnchorResult r = anchor(moved, a.quote, a.position);
  CHECK(r.status == AnchorStatus::Moved);
  CHECK(r.bytes.begin == span_of(moved, "the council will meet again", 1).begin);
  // Without any context the nearest occurrence to the old position wins.
  TextQuoteSelector bare{a.quote.exact, "", ""};
  const AnchorResult near = anchor(moved, bare, a.position);
  CHECK(near.bytes.begin == span_of(moved, "the council will meet again", 1).begin);
}

TEST_CASE("annotations: anchoring fuzzy when words inside and around the quote are edited") {
  const Annotation a =
      annotate(kPier, "Local shop owners said the closure would hurt trade during the festival season");
  std::string edited = replace_once(kPier, "Local shop owners said the closure would hurt trade during the festival season",
                                    "Local shopkeepers said the closure could hurt trade during the summer festival season");
  edited = replace_once(edited, "at least eighteen months", "at least two years");
  edited = replace_once(edited, "and several asked", "and many asked");
  edited = "Correction appended.\n\n" + edited;
  const AnchorResult r = anchor(edited, a.quote, a.position);
  REQUIRE(r.status == AnchorStatus::Fuzzy);
  const std::string got = slice(edited, r.bytes);
  CHECK(got.find("shopkeepers said the closure could hurt trade") != std::string::npos);
  CHECK(got.find("festival season") != std::string::npos);
  CHECK(got.size() < a.quote.exact.size() + 12);
  CHECK(r.score > 0.6f);
  CHECK(r.score < 1.0f);
}

TEST_CASE("annotations: fuzzy placement far from the old position uses the text index") {
  std::string filler;
  for (int i = 0; i < 4000; ++i) filler += "Paragraph " + std::to_string(i) + " of routine council minutes.\n";
  const std::string text = kPier + "\n\n" + filler;
  const Annotation a = annotate(text, "Repairs are expected to cost \xE2\x82\xAC" "4.5 million and take at least eighteen months");
  // The passage moves to the end, with edits.
  std::string moved = filler + "\n\n" +
                      replace_once(kPier, "Repairs are expected to cost", "Repairs are now expected to cost");
  moved = replace_once(moved, "eighteen months", "nineteen months");
  const AnchorResult r = anchor(moved, a.quote, a.position);
  REQUIRE(r.status == AnchorStatus::Fuzzy);
  CHECK(slice(moved, r.bytes).find("now expected to cost") != std::string::npos);
  CHECK(r.bytes.begin > filler.size());
}

TEST_CASE("annotations: orphan when the quote is removed, and the annotation is kept") {
  std::vector<Annotation> list = {annotate(kPier, "We cannot ask people to stand on something", "gone"),
                                  annotate(kPier, "discuss the shuttle proposal", "kept")};
  const Annotation before = list[0];
  const std::string cut =
      replace_once(kPier, "\xE2\x80\x9CWe cannot ask people to stand on something we would not stand on ourselves,\xE2\x80\x9D said Zo\xC3\xAB Lindqvist, the council\xE2\x80\x99s chief engineer. ", "");
  const std::vector<AnchorResult> r = reanchor_all(cut, list);
  REQUIRE(r.size() == 2);
  CHECK(r[0].status == AnchorStatus::Orphan);
  CHECK(r[0].score == 0.0f);
  CHECK(r[0].bytes.empty());
  CHECK(list[0].orphan());
  CHECK(list[0].quote == before.quote);       // selectors kept for a later re-import
  CHECK(list[0].position == before.position);
  CHECK(r[1].status == AnchorStatus::Moved);
  CHECK(list[1].anchor == AnchorStatus::Moved);
  CHECK(slice(cut, r[1].bytes) == "discuss the shuttle proposal");
  // The moved annotation's selectors now match the new text: anchoring again is exact.
  CHECK(anchor(cut, list[1].quote, list[1].position).status == AnchorStatus::Exact);
}

TEST_CASE("annotations: anchor_all follows a large shift for many annotations") {
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += "Item " + std::to_string(i) + ": the pier inspector logged crack number " + std::to_string(i * 7) + ".\n";
  const utf8::CodepointIndex cpi(text);
  std::vector<Annotation> list;
  for (int i = 0; i < 300; i += 3) {
    const std::string needle = "crack number " + std::to_string(i * 7) + ".";
    list.push_back(make_annotation("n" + std::to_string(i), "t", text, cpi, span_of(text, needle), ""));
  }
  const std::string shifted = std::string(20000, '~') + "\n" + text;
  const std::vector<AnchorResult> r = anchor_all(shifted, list);
  for (size_t i = 0; i < list.size(); ++i) {
    CHECK(r[i].status == AnchorStatus::Moved);
    CHECK(slice(shifted, r[i].bytes) == list[i].quote.exact);
  }
}

TEST_CASE("annotations: anchoring never crashes on odd input") {
  const std::string bad_utf8 = "caf\xC3 \xFF\xFE broken \xE2\x82 text \xF0\x9F\x98\x80 end";
  const Annotation a = annotate(kPier, "fishing quay");
  std::vector<std::pair<std::string, TextQuoteSelector>> cases = {
      {"", a.quote},
      {bad_utf8, a.quote},
      {kPier, TextQuoteSelector{"", "", ""}},
      {bad_utf8, TextQuoteSelector{"broken", "\xFF", "\xE2"}},
      {"short", TextQuoteSelector{kPier, "", ""}},
      {std::string(5000, 'a'), TextQuoteSelector{std::string(40, 'a') + "b", "", ""}},
      {std::string(3000, '\0'), TextQuoteSelector{std::string(12, '\0'), "", ""}},
  };
  const TextPositionSelector positions[] = {{0, 0}, {5, 3}, {1000000, 1000005}, {2, 4}, {0xFFFFFFF0u, 0xFFFFFFFFu}};
  for (const auto& [text, quote] : cases) {
    for (const TextPositionSelector& p : positions) {
      const AnchorResult r = anchor(text, quote, p);
      CHECK(r.bytes.begin <= r.bytes.end);
      CHECK(r.bytes.end <= text.size());
      if (r.status == AnchorStatus::Orphan) CHECK(r.score == 0.0f);
    }
  }
  // Empty quote: trusted position when it fits.
  CHECK(anchor(kPier, TextQuoteSelector{}, {3, 3}).status == AnchorStatus::Exact);
  CHECK(anchor(kPier, TextQuoteSelector{}, {3, 999999}).status == AnchorStatus::Orphan);
}

TEST_CASE("annotations: random edits keep results on code point boundaries inside the text") {
  std::mt19937 rng(7);
  const char* words[] = {"pier", "council", "Zo\xC3\xAB", "\xE2\x82\xAC" "4.5", "quay", "shuttle", "the", "a",
                         "\xE2\x80\x9Cnever\xE2\x80\x9D", "\xF0\x9F\x9A\xA2", "engineers", "\n\n"};
  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::string(words[rng() % 12]) + " ";
  const utf8::CodepointIndex cpi(text);
  std::vector<Annotation> list;
  for (int i = 0; i < 60; ++i) {
    const uint32_t b = uint32_t(rng() % text.size());
    const uint32_t e = std::min<uint32_t>(uint32_t(text.size()), b + 5 + rng() % 80);
    list.push_back(make_annotation("r" + std::to_string(i), "t", text, cpi, {b, e}, ""));
  }
  std::string edited = text;
  for (int i = 0; i < 200; ++i) {
    const size_t at = rng() % edited.size();
    if (rng() % 2) edited.insert(at, words[rng() % 12]);
    else edited.erase(at, 1 + rng() % 6);
  }
  edited = utf8::repair(edited);
  const std::vector<AnchorResult> r = anchor_all(edited, list);
  int placed = 0;
  for (const AnchorResult& x : r) {
    CHECK(x.bytes.end <= edited.size());
    CHECK(x.bytes.begin <= x.bytes.end);
    CHECK((x.bytes.begin == edited.size() || (static_cast<unsigned char>(edited[x.bytes.begin]) & 0xC0) != 0x80));
    CHECK((x.bytes.end == edited.size() || (static_cast<unsigned char>(edited[x.bytes.end]) & 0xC0) != 0x80));
    placed += x.status != AnchorStatus::Orphan;
  }
  CHECK(placed > 40);
}
