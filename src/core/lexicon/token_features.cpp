// token_features.cpp — builds the shared per-token table and fills its memos on first ask.
#include "core/lexicon/token_features.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "core/detail/str_hash.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/quote_lexicon.h"

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

}  // namespace

static_assert(lexicon::kCreditWord < (1u << 30), "TokenFeatures::Memo::lex keeps bits 30-31 for kQKnown, kKnown");
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
  cap_words_.assign(size_t(1) << 8, CapWord{});  // an article's distinct capitalised words, most often
  cap_word_count_ = 0;
}

uint16_t& TokenFeatures::cap_word_gz(std::string_view w) const {
  if ((cap_word_count_ + 1) * 2 > cap_words_.size()) {  // at most half full: short probes
    std::vector<CapWord> old(cap_words_.size() * 2, CapWord{});
    old.swap(cap_words_);
    const size_t mask = cap_words_.size() - 1;
    for (const CapWord& c : old) {
      if (!c.data) continue;
      size_t h = str_hash(std::string_view(c.data, c.len)) & mask;
      while (cap_words_[h].data) h = (h + 1) & mask;
      cap_words_[h] = c;
    }
  }
  const size_t mask = cap_words_.size() - 1;
  for (size_t h = str_hash(w) & mask;; h = (h + 1) & mask) {
    CapWord& c = cap_words_[h];
    if (!c.data) {
      c = CapWord{w.data(), uint32_t(w.size()), 0};
      ++cap_word_count_;
      return c.gz;
    }
    if (str_equal(std::string_view(c.data, c.len), w)) return c.gz;
  }
}

void TokenFeatures::release() {
  memo_.reset();
  std::vector<numlex::EntryId>().swap(num);
  std::string().swap(folded);
  std::vector<CapWord>().swap(cap_words_);
  cap_word_count_ = 0;
  doc = nullptr;
}

uint32_t TokenFeatures::fill_lex(uint32_t i) const {
  const uint32_t v = lexicon::classes(doc->token_text(i));
  memo_[i].lex |= v | kKnown;
  return v;
}

uint16_t TokenFeatures::fill_gz(uint32_t i, uint16_t want) const {
  namespace gzt = gazetteer;
  Memo& m = memo_[i];
  const std::string_view w = doc->token_text(i);
  const bool cap = doc->tokens[i].has(kCapitalised);  // the name lists hold capitalised words only
  // (a capitalised word's facts live in its word's entry, which knows at least what the token does; all six
  // are filled at the first question, since the tagger asks nearly all of them of every capitalised word
  // anyway: the token's memo then answers the later questions inline. Another word is in no name list, so
  // those five facts cost nothing: they are filled too, and only the dictionary waits to be asked.)
  uint16_t& word_gz = cap ? cap_word_gz(w) : m.gz;
  constexpr uint16_t kAll = kPlaceMask | kFirst | kDemonym | kCommon | kProper | kCompany;
  const uint16_t fill = cap ? kAll : uint16_t(want | (kAll & ~kCommon));
  const uint16_t known = uint16_t(word_gz >> kGzKnownShift);
  uint16_t gz = word_gz;
  if ((fill & kPlaceMask) && !(known & 1)) { gz |= 1 << kGzKnownShift; if (cap) gz |= gzt::place(w); }
  if ((fill & kFirst) && !(known & 2)) { gz |= 2 << kGzKnownShift; if (cap && gzt::first_name(w)) gz |= kFirst; }
  if ((fill & kDemonym) && !(known & 4)) { gz |= 4 << kGzKnownShift; if (cap && gzt::demonym(w)) gz |= kDemonym; }
  if ((fill & kCommon) && !(known & 8)) {
    gz |= 8 << kGzKnownShift;
    // the dictionary is lower-case: ask with the folded text (words over 40 bytes are never common)
    const ByteSpan sp = doc->tokens[i].span;
    if (sp.size() <= 40 && gzt::common_word(std::string_view(folded.data() + sp.begin, sp.size()))) gz |= kCommon;
  }
  if ((fill & kProper) && !(known & 16)) { gz |= 16 << kGzKnownShift; if (cap && gzt::proper_word(w)) gz |= kProper; }
  if ((fill & kCompany) && !(known & 32)) {
    gz |= 32 << kGzKnownShift;
    // (a town that is also a firm's name, "Toyota", is a place to the features, as the place lists say)
    if (cap && (gzt::company_word(w) & (gzt::kFirmOnly | gzt::kAlsoPersonName))) gz |= kCompany;
  }
  word_gz = gz;
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
