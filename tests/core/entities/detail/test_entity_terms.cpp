// drop_defined_terms on hand-made spans: an acronym that lower-case words define is a term, not a name.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_terms.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"

using namespace lede;

namespace {

// One span on every word `proposed` picks (as the rules' guesses make them), then the words of the ones kept.
template <typename Proposed>
std::string kept(const std::string& text, Proposed proposed) {
  Document d = test::in_sentences(text);
  std::vector<NameSpan> spans;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (!proposed(d, i)) continue;
    NameSpan s;
    s.first = i;
    s.end = i + 1;
    s.type = EntityType::Org;
    spans.push_back(s);
  }
  TokenFeatures f;
  f.build(d);
  drop_defined_terms(d, f, spans);
  std::string out;
  for (const NameSpan& s : spans) out += std::string(d.token_text(s.first)) + " ";
  return out;
}

// Every token written in capitals (the rules' acronym guess).
std::string kept_acronyms(const std::string& text) {
  return kept(text, [](const Document& d, uint32_t i) {
    const std::string_view w = d.token_text(i);
    return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z';
  });
}

// Every capitalised word but "The".
std::string kept_capitalised(const std::string& text) {
  return kept(text, [](const Document& d, uint32_t i) {
    const std::string_view w = d.token_text(i);
    return d.tokens[i].kind == TokenKind::Word && w[0] >= 'A' && w[0] <= 'Z' && w != "The";
  });
}

}  // namespace

TEST_CASE("entity terms: a contract's quoted term that 'means' something is a term wherever it stands") {
  // before: "Servicer" a person at each of its mentions (77 in one SEC filing)
  CHECK(kept_capitalised("\"Servicer\" shall mean Orrin Capital or any replacement Servicer. The Servicer shall "
                         "act. “Lender” means Halvex Bank. Lender has the meaning above.") ==
        "Orrin Capital Halvex Bank ");
  // quoted, but defining nothing: a name
  CHECK(kept_capitalised("The \"Servicer\" was late, said Halvex.") == "Servicer Halvex ");
}

TEST_CASE("entity terms: an acronym spelled by lower-case words is a term wherever the text uses it") {
  CHECK(kept_acronyms("The radiative transfer equation (RTE) is solved. RTE models are fast.") == "");
  CHECK(kept_acronyms("the soil moisture and ocean salinity (SMOS) satellite; SMOS data") == "");  // "and" skipped
  CHECK(kept_acronyms("other-initiated repair (OIR) is rare") == "");  // a hyphen's parts each give a letter
  CHECK(kept_acronyms("Aid reached non-governmental organisations (NGOs). The NGO said so.") == "");  // plural
}

TEST_CASE("entity terms: a name's acronym, or letters the words do not spell, stay") {
  CHECK(kept_acronyms("The Gaza Health Ministry (GHM) said. GHM figures rose.") == "GHM GHM ");
  CHECK(kept_acronyms("the ministry of health (MSF) said") == "MSF ");      // no such initials
  CHECK(kept_acronyms("transfer equation (RTE) models") == "RTE ");         // one letter short
  CHECK(kept_acronyms("He met the envoy (UN) there.") == "UN ");           // the word before spells no U
}

TEST_CASE("entity terms: an acronym spelled by capitalised dictionary words alone is a term, and so are they") {
  // before: "Consumer Price Index" and every "CPI" were bodies (the rules' guesses the tagger typed ORG)
  CHECK(kept_capitalised("The Consumer Price Index (CPI) rose, the Labor Department said. CPI rose too.") ==
        "Labor Department ");
  CHECK(kept_capitalised("The Purchasing Managers' Index (PMI) fell. The PMI has been low.") == "");
  CHECK(kept_capitalised("They tested the System Under Test (SUT) daily.") == "They ");
  // a body's word, a place or a first name among them: a name's acronym, kept
  CHECK(kept_capitalised("The Badminton World Federation (BWF) met.") == "Badminton World Federation BWF ");
  CHECK(kept_capitalised("The Lagos Price Index (LPI) rose.") == "Lagos Price Index LPI ");
}
