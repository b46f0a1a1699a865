// token_features.h — what the word lists say about each token, worked out once and read by every analyser.
//
//     lede::TokenFeatures f;
//     f.build(doc);                          // after split_sentences; doc.tokens must not change afterwards
//     find_numbers(doc, f); find_entities(doc, f); find_quotes(doc, f);
//
// What it holds, per token of doc.tokens:
//   - num:     the number-lexicon entry of a word ("million", "March", "per"), looked up for every word at build
//   - folded:  the text with ASCII letters lower-cased, so a case-insensitive test reads a view, never a copy
//   - memos, filled on first ask: entity-lexicon classes (exact case), gazetteer facts, quote-lexicon classes
// Why one table: each stage used to keep its own per-token vectors and look words up again; now the lookups
// and the allocations happen once per document (and analyse() reuses one table's capacity across documents).
// The memos are `mutable` so that stages holding a const reference can fill them: every answer depends on the
// token's text and case flags alone, so the order in which stages ask cannot change one.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/detail/sv_map.h"
#include "core/document.h"
#include "core/lexicon/number_lexicon.h"

namespace lede {

struct TokenFeatures {
  // Gazetteer fact bits (gz): the place kind bits (gazetteer::PlaceKind) and five more.
  static constexpr uint16_t kPlaceMask = 0x1F, kFirst = 1 << 5, kDemonym = 1 << 6, kCommon = 1 << 7,
                            kProper = 1 << 8, kCompany = 1 << 9;

  const Document* doc = nullptr;
  std::vector<numlex::EntryId> num;  // per token; numlex::kNoEntry for non-words and unknown words
  std::string folded;                     // doc->text with A-Z lower-cased (same byte offsets)

  void build(const Document& d);
  // Frees every per-token table (analyse() calls it after a large document, so that its analysis is not
  // kept alive beside the next steps: encoding, the next document).
  void release();

  // Bytes [sp.begin, sp.end) of the text lower-cased (a view into `folded`).
  std::string_view folded_of(ByteSpan sp) const { return std::string_view(folded.data() + sp.begin, sp.size()); }
  // Token i's text lower-cased; empty when it is 32 bytes or longer (qlex::lower's rule).
  std::string_view lower32(uint32_t i) const {
    const ByteSpan sp = doc->tokens[i].span;
    return sp.size() >= 32 ? std::string_view() : folded_of(sp);
  }
  // lexicon::classes of the exact text
  uint32_t lex(uint32_t i) const {
    const uint32_t v = memo_[i].lex;
    return (v & kKnown) ? v & kLexBits : fill_lex(i);
  }
  // The gazetteer facts in `want` (each fact looked up at most once per token)
  uint16_t gz(uint32_t i, uint16_t want) const {
    const uint16_t v = memo_[i].gz;
    return (want & ~known_bits(v >> kGzKnownShift)) ? fill_gz(i, want) : uint16_t(v & want);
  }
  // qlex::classes of lower32(i) for word tokens, 0 for the rest
  uint32_t qcls(uint32_t i) const {
    const Memo& m = memo_[i];
    return (m.lex & kQKnown) ? m.qcls : fill_qcls(i);
  }

 private:
  // 8 bytes a token (a text of figures has a token every input byte; issue 14 allows ~50 bytes of memory
  // per input byte for the whole analysis): the three memos and their "known" bits packed together.
  struct Memo {
    uint32_t lex;   // lexicon classes (30 bits), | kKnown once computed, | kQKnown once qcls is
    uint16_t qcls;  // quote classes (16 bits)
    uint16_t gz;    // bits 0-9 gazetteer facts, 10-15 which of the six facts are looked up already
  };
  static constexpr uint32_t kKnown = 1u << 31, kQKnown = 1u << 30, kLexBits = kQKnown - 1;
  static constexpr int kGzKnownShift = 10;
  // Zeroed by calloc: all-zero means "nothing known", and the pages of a large table that no word token
  // asks about (a text of figures has no words) are never touched. Replaced for each document.
  struct Free { void operator()(void* p) const; };
  mutable std::unique_ptr<Memo[], Free> memo_;
  // The lexicon classes and gazetteer facts of each distinct capitalised word (the name lists hold only
  // those), shared by its tokens: a name the document repeats ("Netanyahu" ten times) is looked up in the
  // lexicon and six lists once, not at each mention. The word's text indexes its entry; a token's own memo
  // copies the entry at its first question (fill_capitalised).
  struct CapFacts {
    uint32_t lex;  // as Memo::lex: 0 until filled (then kKnown is set)
    uint16_t gz;   // as Memo::gz
  };
  mutable SvMap cap_index_{0};  // word -> its index in cap_facts_
  mutable std::vector<CapFacts> cap_facts_;
  CapFacts& cap_facts(std::string_view w) const;
  void fill_capitalised(uint32_t i) const;  // token i's lex and gz memos from its word's entry
  static uint16_t place_without_accents(std::string_view w);  // "Perú": the place bits of "Peru"

  // The fact bits a gz_known mask covers (bit 0 places, 1 first names, 2 demonyms, 3 common, 4 proper,
  // 5 company words).
  static uint16_t known_bits(uint32_t k) {
    return uint16_t(((k & 1) ? kPlaceMask : 0) | ((k & 2) ? kFirst : 0) | ((k & 4) ? kDemonym : 0) |
                    ((k & 8) ? kCommon : 0) | ((k & 16) ? kProper : 0) | ((k & 32) ? kCompany : 0));
  }
  bool dictionary_word(uint32_t i) const;  // gazetteer::common_word of token i's folded text
  uint32_t fill_lex(uint32_t i) const;
  uint16_t fill_gz(uint32_t i, uint16_t want) const;
  uint32_t fill_qcls(uint32_t i) const;
};

}  // namespace lede
