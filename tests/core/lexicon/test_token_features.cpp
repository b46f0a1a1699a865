// TokenFeatures packs three memos into 8 bytes a token: whatever order the stages ask in, each answer is
// the word lists' own answer.
#include <doctest/doctest.h>

#include <string>

#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/quote_lexicon.h"
#include "core/lexicon/token_features.h"
#include "core/text/sentences.h"
#include "core/text/tokenizer.h"

using namespace lede;

namespace {

uint16_t gz_direct(const Document& d, const TokenFeatures& f, uint32_t i) {
  const std::string_view w = d.token_text(i);
  const bool cap = d.tokens[i].has(kCapitalised);
  uint16_t g = 0;
  if (cap) g |= gazetteer::place(w);
  if (cap && gazetteer::first_name(w)) g |= TokenFeatures::kFirst;
  if (cap && gazetteer::demonym(w)) g |= TokenFeatures::kDemonym;
  const std::string_view low(f.folded.data() + d.tokens[i].span.begin, d.tokens[i].span.size());
  if (low.size() <= 40 && gazetteer::common_word(low)) g |= TokenFeatures::kCommon;
  if (cap && gazetteer::proper_word(w)) g |= TokenFeatures::kProper;
  if (cap && (gazetteer::company_word(w) & (gazetteer::kFirmOnly | gazetteer::kAlsoPersonName)))
    g |= TokenFeatures::kCompany;
  return g;
}

}  // namespace

TEST_CASE("token features: memo answers are the lists' answers in any order of asking") {
  Document d;
  d.text = "The minister said Paris, France and the French told David Okafor of Siemens: \"$5 million\" according "
           "to them.";
  tokenize(d);
  split_sentences(d);
  const uint16_t masks[] = {TokenFeatures::kPlaceMask, TokenFeatures::kFirst, TokenFeatures::kDemonym,
                            TokenFeatures::kCommon, TokenFeatures::kProper, TokenFeatures::kCompany, 0x3FF};
  for (int order = 0; order < 3; ++order) {
    TokenFeatures f;
    f.build(d);
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      const uint32_t q = d.tokens[i].kind == TokenKind::Word ? qlex::classes(f.lower32(i)) : 0;
      const uint32_t lx = lexicon::classes(d.token_text(i));
      const uint16_t g = gz_direct(d, f, i);
      CAPTURE(d.token_text(i));
      CAPTURE(order);
      // order 0: quote classes first, 1: gazetteer facts one at a time first, 2: lexicon first
      if (order == 0) CHECK(f.qcls(i) == q);
      if (order == 2) CHECK(f.lex(i) == lx);
      for (const uint16_t m : masks) CHECK(f.gz(i, m) == (g & m));
      CHECK(f.qcls(i) == q);
      CHECK(f.lex(i) == lx);
      for (const uint16_t m : masks) CHECK(f.gz(i, m) == (g & m));
    }
    f.release();
  }
}
