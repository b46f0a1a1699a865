// line_wraps.h: a wrapped text's line breaks read as spaces; headlines, tables and one sentence a line keep theirs.
#include <doctest/doctest.h>

#include <string>

#include "core/analyse.h"
#include "core/text/line_wraps.h"
#include "test_util.h"

using namespace lede;
using lede::test::tokenized;

namespace {

// The flags of the first token written as `word`.
uint16_t flags_of(const Document& d, const std::string& word) {
  const uint32_t i = test::token_index(d, word);
  if (i < d.tokens.size()) return d.tokens[i].flags;
  FAIL("no token " << word);
  return 0;
}

// Wrapped at 60 columns (as Python's textwrap.fill does), two paragraphs under a headline.
const std::string kWrapped =
    "Footbridge shut after storm\n"
    "\n"
    "The footbridge over the river was first noticed by the\n"
    "walker Jim Irvine, who told the parish council that the old\n"
    "stones had moved after the storm. Engineers from Kelby\n"
    "Borough Council said on Monday it would stay shut until the\n"
    "spring.\n"
    "\n"
    "A spokesman said repairs would cost about 40,000 pounds and\n"
    "that the bridge had been listed since 1972.\n";

}  // namespace

TEST_CASE("line wraps: a wrapped paragraph's breaks are spaces, its paragraphs stay") {
  const Document d = tokenized(kWrapped);
  for (const char* w : {"walker", "stones", "Borough", "spring"}) {
    CAPTURE(w);
    CHECK((flags_of(d, w) & kNewlineBefore) == 0);
    CHECK((flags_of(d, w) & kWrapBefore) != 0);
    CHECK((flags_of(d, w) & kSpaceBefore) != 0);
  }
  CHECK((flags_of(d, "The") & kParagraphBefore) != 0);  // after the headline's blank line
  CHECK((flags_of(d, "A") & kParagraphBefore) != 0);
  CHECK((flags_of(d, "Footbridge") & kWrapBefore) == 0);
}

TEST_CASE("line wraps: names across a wrap are one name, written on one line as the entity's") {
  const Document d = analyse(kWrapped);
  bool council = false;
  for (const Entity& e : d.entities) {
    council = council || (e.canonical == "Kelby Borough Council" && e.type == EntityType::Org);
    CHECK(e.canonical.find('\n') == std::string::npos);
  }
  CHECK(council);  // before: "Kelby" and "Borough Council", two
}

TEST_CASE("line wraps: one sentence a line, a table, short lines keep their breaks") {
  const Document lines = tokenized(
      "How do you mould rubber into a mermaid's tail for a costume?\nCarve one in your chosen medium first.\n"
      "Make a mould.\nCast it in silicone and let it cure for a day.\nOr buy a kit in any craft store nearby.\n");
  for (const char* w : {"Carve", "Make", "Cast", "Or"}) CHECK((flags_of(lines, w) & kNewlineBefore) != 0);
  const Document table = tokenized(
      "Results of matches played on Saturday in the northern league:\nDalvik Rovers 2 Orrin United 1\n"
      "Kelby Town 0 Halden Athletic 0\nVoss City 3 Brann Park Rangers 2\nTessaly 1 Marsk Wanderers 1\n");
  for (const char* w : {"Dalvik", "Kelby", "Voss", "Tessaly"}) CHECK((flags_of(table, w) & kNewlineBefore) != 0);
  // a line break other than '\n' (U+2028) is never a wrapping's
  const Document sep = tokenized(std::string(60, 'a') + " b\xE2\x80\xA8" "c " + std::string(58, 'd') + "\ne f g h\n");
  CHECK((flags_of(sep, "c") & kWrapBefore) == 0);
}
