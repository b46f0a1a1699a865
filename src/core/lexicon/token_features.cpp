// token_features.cpp — builds the shared per-token table and fills its memos on first ask.
#include "core/lexicon/token_features.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include "core/detail/str_hash.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/quote_lexicon.h"
#include "core/text/utf8.h"

namespace lede {
namespace {

// `out` = `in` with A-Z lower-cased, eight bytes at a time (a byte loop costs ~8 instructions a byte here,
// as much as the number-lexicon lookups of the whole document).
void fold_ascii(const std::string& in, std::string& out) {
  out.resize(in.size());
  const size_t n = in.size();
  const char* p = in.data();
  char* q = &out[0];
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t low7 = w & ~kHigh;                    // each byte's low seven bits; no carries between bytes
    const uint64_t ge_a = low7 + (0x80 - 'A') * kOnes;   // high bit set where the byte is >= 'A'
    const uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit set where it is > 'Z'
    const uint64_t upper = ge_a & ~gt_z & ~w & kHigh;    // A-Z, and not a UTF-8 byte (high bit set)
    w |= upper >> 2;                                     // 0x80 >> 2 == 0x20: the lower-case bit
    std::memcpy(q + i, &w, 8);
  }
  for (; i < n; ++i) {
    const char c = p[i];
    q[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
}

// What the lexicon and the six name lists say about a capitalised word, remembered across documents (per
// thread): each document looked up its own capitalised words afresh, and a text's commonest ones ("The",
// "He", "US", "Monday", the names in the news) recur from one article to the next. Direct-mapped by the
// word's hash, words of up to kMaxKnown bytes; a row taken by another word is simply overwritten. The lists
// never change while a program runs, so a remembered answer is the answer.
struct KnownWord {
  static constexpr size_t kMaxKnown = 22;
  uint8_t len = 0;  // 0: an empty row
  char text[kMaxKnown];
  uint32_t lex;
  uint16_t gz;
};
constexpr int kKnownBits = 12;  // 4096 words, 128 KB a thread, allocated at the first capitalised word

KnownWord* known_word_row(std::string_view w) {
  if (w.empty() || w.size() > KnownWord::kMaxKnown) return nullptr;
  thread_local std::vector<KnownWord> rows;
  if (rows.empty()) rows.resize(size_t(1) << kKnownBits);
  return &rows[str_hash(w) & ((1u << kKnownBits) - 1)];
}

}  // namespace

static_assert(lexicon::kWorkNoun < (1u << 30), "TokenFeatures::Memo::lex keeps bits 30-31 for kQKnown, kKnown");
static_assert(qlex::kFunction <= (1u << 15), "TokenFeatures::Memo::qcls holds 16 bits of quote classes");
static_assert(TokenFeatures::kProper < (1u << 9), "TokenFeatures::Memo::gz keeps 9 bits for the gazetteer facts");

void TokenFeatures::Free::operator()(void* p) const { std::free(p); }

void TokenFeatures::build(const Document& d) {
  doc = &d;
  numlex::lookup_words(d, num);
  fold_ascii(d.text, folded);
  memo_.reset();  // before the next one is allocated: never two tables at once
  memo_.reset(static_cast<Memo*>(std::calloc(d.tokens.size() + 1, sizeof(Memo))));
  if (!memo_) throw std::bad_alloc();
  cap_index_ = SvMap(127);  // 256 slots: an article's distinct capitalised words, most often
  cap_facts_.clear();
}

TokenFeatures::CapFacts& TokenFeatures::cap_facts(std::string_view w) const {
  const int32_t at = cap_index_.get_or_add(w, int32_t(cap_facts_.size()));
  if (size_t(at) == cap_facts_.size()) cap_facts_.push_back(CapFacts{0, 0});
  return cap_facts_[size_t(at)];
}

void TokenFeatures::release() {
  memo_.reset();
  std::vector<numlex::EntryId>().swap(num);
  std::string().swap(folded);
  cap_index_ = SvMap(0);
  std::vector<CapFacts>().swap(cap_facts_);
  doc = nullptr;
}

bool TokenFeatures::dictionary_word(uint32_t i) const {
  // the dictionary is lower-case: ask with the folded text (words over 40 bytes are never common)
  const ByteSpan sp = doc->tokens[i].span;
  return sp.size() <= 40 && gazetteer::common_word(std::string_view(folded.data() + sp.begin, sp.size()));
}

uint32_t TokenFeatures::fill_lex(uint32_t i) const {
  if (doc->tokens[i].has(kCapitalised)) {
    fill_capitalised(i);
    return memo_[i].lex & kLexBits;
  }
  const uint32_t v = lexicon::classes(doc->token_text(i));
  memo_[i].lex |= v | kKnown;
  return v;
}

// A place the lists write without the accents a text gives it: "Perú", "Méjico" are "Peru", "Mejico" (the lists
// hold both forms of the names they have with accents, "Bogotá" and "Bogota", not every accent a writer adds).
// Only for a capitalised word with a letter outside ASCII; 0 when the folded word is no place either.
uint16_t TokenFeatures::place_without_accents(std::string_view w) {
  bool ascii = true;
  for (const char c : w) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii || w.empty() || static_cast<unsigned char>(w[0]) >= 0x80) return 0;
  std::string folded = utf8::fold(w);
  if (folded.empty() || folded[0] < 'a' || folded[0] > 'z') return 0;
  folded[0] = char(folded[0] - 'a' + 'A');
  return gazetteer::place(folded);
}

// A capitalised word: its entry in the word table holds the lexicon classes and all six gazetteer facts,
// looked up at the word's first question in the document (the tagger asks five of the six of every
// capitalised word anyway, the name finder the classes); each of its tokens copies them at its own first
// question, so the later ones are answered inline.
void TokenFeatures::fill_capitalised(uint32_t i) const {
  namespace gzt = gazetteer;
  const std::string_view w = doc->token_text(i);
  CapFacts& c = cap_facts(w);
  if (!(c.lex & kKnown)) {
    KnownWord* known = known_word_row(w);
    if (known && known->len == w.size() && std::memcmp(known->text, w.data(), w.size()) == 0) {
      c.lex = known->lex;
      c.gz = known->gz;
    } else {
      c.lex = lexicon::classes(w) | kKnown;
      uint16_t gz = uint16_t(63 << kGzKnownShift) | gzt::place(w);
      if (!(gz & kPlaceMask)) gz |= place_without_accents(w);
      if (gzt::first_name(w)) gz |= kFirst;
      if (gzt::demonym(w)) gz |= kDemonym;
      if (dictionary_word(i)) gz |= kCommon;
      if (gzt::proper_word(w)) gz |= kProper;
      // (a town that is also a firm's name, "Toyota", is a place to the features, as the place lists say)
      if (gzt::company_word(w) & (gzt::kFirmOnly | gzt::kAlsoPersonName)) gz |= kCompany;
      c.gz = gz;
      if (known) {
        known->len = uint8_t(w.size());
        std::memcpy(known->text, w.data(), w.size());
        known->lex = c.lex;
        known->gz = c.gz;
      }
    }
  }
  Memo& m = memo_[i];
  m.lex = (m.lex & kQKnown) | c.lex;
  m.gz = c.gz;
}

uint16_t TokenFeatures::fill_gz(uint32_t i, uint16_t want) const {
  namespace gzt = gazetteer;
  if (doc->tokens[i].has(kCapitalised)) {
    fill_capitalised(i);
    return uint16_t(memo_[i].gz & want);
  }
  // Another word is in no name list: those five facts cost nothing and are all filled at once; only the
  // dictionary is looked up, when asked.
  Memo& m = memo_[i];
  uint16_t gz = uint16_t(m.gz | ((1 | 2 | 4 | 16 | 32) << kGzKnownShift));
  if ((want & kCommon) && !(gz & (8 << kGzKnownShift))) {
    gz |= 8 << kGzKnownShift;
    if (dictionary_word(i)) gz |= kCommon;
  }
  m.gz = gz;
  return uint16_t(gz & want);
}

uint32_t TokenFeatures::fill_qcls(uint32_t i) const {
  uint32_t v = 0;
  if (doc->tokens[i].kind == TokenKind::Word) v = qlex::classes(lower32(i));
  memo_[i].qcls = uint16_t(v);
  memo_[i].lex |= kQKnown;
  return v;
}

}  // namespace lede
