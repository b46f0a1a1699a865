// ner_features.cpp — candidate tokens and hashed features for the name tagger (see ner_features.h).
// The hashes are persisted in the model file: change a template or a hash and the model must be retrained
// (the trainer and the tagger share this file, so they cannot drift apart).
#include "core/entities/tagger/ner_features.h"

#include <algorithm>
#include <cstring>

#include "core/detail/str_hash.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/token_features.h"
#include "core/text/utf8.h"

namespace lede {
namespace ner {
namespace {

constexpr uint64_t kSeed = 0xcbf29ce484222325ull;
inline uint64_t fnv(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ull; }
inline uint64_t fnv_str(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = fnv(h, c);
  return h;
}
inline uint64_t mix(uint64_t x) {  // splitmix64's finaliser: spreads every input bit over the top bits
  x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27; x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
inline uint64_t pair(uint64_t a, uint64_t b) { return mix(a * 0x9E3779B97F4A7C15ull + b); }
// A word's hash, eight bytes at a time (the model stores what it hashes to: x86 and wasm are both
// little-endian, so every build reads the same value).
// `overread`: eight bytes from any offset inside s may be read (s lies within a longer buffer), so the tail
// is one load masked to its bytes instead of a byte loop; both give the same value.
inline uint64_t word_hash(std::string_view s, bool overread) {
  uint64_t h = kSeed ^ s.size();
  size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + k, 8);
    h = mix(h ^ w);
  }
  uint64_t tail = 0;
  if (overread && k < s.size()) {
    std::memcpy(&tail, s.data() + k, 8);
    tail &= ~uint64_t(0) >> (64 - 8 * (s.size() - k));
  } else {
    for (size_t j = 0; k + j < s.size(); ++j) tail |= uint64_t(static_cast<unsigned char>(s[k + j])) << (8 * j);
  }
  return mix(h ^ tail ^ 0xA5);
}

// Each byte's shape letter (FeatureHasher::tok): one load where a chain of range tests was.
constexpr unsigned char kShapeSkip = 0x80;  // a UTF-8 continuation byte: no letter of its own
struct ShapeTable {
  unsigned char of[256];
  constexpr ShapeTable() : of() {
    for (int c = 0; c < 256; ++c)
      of[c] = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
              : c >= 0xC0 ? 'u' : c >= 0x80 ? kShapeSkip : static_cast<unsigned char>(c);
  }
};
constexpr ShapeTable kShape;

}  // namespace

bool is_contraction(std::string_view w) {
  size_t at = std::string_view::npos, len = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k] == '\'') { at = k; len = 1; }
    else if (k + 2 < w.size() && w.compare(k, 3, "\xE2\x80\x99") == 0) { at = k; len = 3; }
  }
  if (at == std::string_view::npos || at == 0) return false;
  const std::string_view tail = w.substr(at + len);
  if (tail == "ve" || tail == "m" || tail == "re" || tail == "ll" || tail == "d") return true;
  return tail == "t" && at > 0 && (w[at - 1] == 'n' || w[at - 1] == 'N');
}

namespace {

constexpr uint32_t kConnectorBytes = 4;  // "of", "the", "de", "la", "von", "&", "-": short words only

}  // namespace

void Candidates::mark(const Document& doc, const TokenFeatures& f) {
  const auto& tk = doc.tokens;
  const uint32_t n = uint32_t(tk.size());
  is.assign(n, 0);
  // cap_[i]: a word with a capital that is no contraction and no handle ("@POTUS"); worked out once per token
  cap_.assign(n + 2, 0);
  for (uint32_t i = 0; i < n; ++i) {
    if (tk[i].kind != TokenKind::Word) continue;
    const std::string_view w = doc.token_text(i);
    // A word holds an A-Z exactly when folding changed it: a few word-wide compares, not a test a byte.
    if (!tk[i].has(kCapitalised) && str_equal(w, f.folded_of(tk[i].span))) continue;
    if (i > 0 && !tk[i].has(kSpaceBefore) && tk[i - 1].kind == TokenKind::Symbol) {
      const std::string_view m = doc.token_text(i - 1);
      if (m == "@" || m == "#") continue;
    }
    if (w.find('\'') != std::string_view::npos || w.find('\xE2') != std::string_view::npos) {
      if (is_contraction(w)) continue;
    }
    cap_[i] = 1;
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (cap_[i]) { is[i] = 1; continue; }
    if (i == 0 || !is[i - 1]) continue;
    // "Apollo 11", "Terminal 2", "Windows 10"
    if (tk[i].kind == TokenKind::Number && cap_[i - 1]) { is[i] = 1; continue; }
    if (tk[i].span.size() > kConnectorBytes || tk[i].kind == TokenKind::Number) continue;
    if (tk[i].has(kNewlineBefore)) continue;
    if (cap_[i + 1] || (i + 2 < n && tk[i + 1].span.size() <= kConnectorBytes && cap_[i + 2])) is[i] = 1;
  }
}

// Each small value's index, as index() gives it. Rule codes (rule_at) are below kRuleCodes; the larger
// "none" values take index() itself. Template 35's document bits (kDocMidCap, kDocAtStart, kDocMany,
// kDocLower: bits 0, 1, 8, 9) are packed into four bits, doc_code() below.
struct FeatureHasher::Small {
  static constexpr uint32_t kRuleCodes = 64, kDocCodes = 16;
  uint32_t space = 0;
  uint32_t bias, possessive[2], gz[512], rule[3][kRuleCodes], doc_start[kDocCodes][2];
  uint32_t prev[kTags], prev2[kTags * 16], history[1 + TagHistory::kClasses];
  static uint32_t doc_code(uint16_t d) { return (d & 3u) | ((d >> 6) & 12u); }
  static uint16_t doc_bits(uint32_t code) { return uint16_t((code & 3u) | ((code & 12u) << 6)); }
  static_assert(1 + (3 * 2 + 1) * 4 + int(Strength::Lexical) < int(kRuleCodes), "every rule code has its entry");
  static_assert(kDocMidCap == 1 && kDocAtStart == 2 && kDocMany == 256 && kDocLower == 512, "doc_code's bits");
};

const FeatureHasher::Small& FeatureHasher::small(uint32_t space) {
  thread_local Small s;
  if (s.space == space) return s;
  s.bias = index(1, 0, space);
  for (uint32_t v = 0; v < 2; ++v) s.possessive[v] = index(25, v, space);
  for (uint32_t v = 0; v < 512; ++v) s.gz[v] = index(22, v, space);
  constexpr uint32_t kRuleTemplates[3] = {30, 32, 33};
  for (uint32_t v = 0; v < Small::kRuleCodes; ++v)
    for (uint32_t t = 0; t < 3; ++t) s.rule[t][v] = index(kRuleTemplates[t], v, space);
  for (uint32_t c = 0; c < Small::kDocCodes; ++c)
    for (uint32_t start = 0; start < 2; ++start)
      s.doc_start[c][start] = index(35, pair(Small::doc_bits(c), start), space);
  for (uint32_t p = 0; p < uint32_t(kTags); ++p) s.prev[p] = index(40, p, space);
  for (uint32_t v = 0; v < uint32_t(kTags) * 16; ++v) s.prev2[v] = index(41, v, space);
  for (uint32_t h = 0; h <= uint32_t(TagHistory::kClasses); ++h) s.history[h] = index(44, h, space);
  s.space = space;
  return s;
}

// The templates on a shape alone (7, 8, 9: the token's, the one before, the one after), paired with a flag
// (18, 24, 26) or with the tag before and the tag history (43, 45). A text has a few dozen shapes ("Xx", "x",
// "d", ","), so each is worked out when first seen (or seen again after another took its row) and then read:
// a direct-mapped table per thread, rows by the shape's top bits.
struct FeatureHasher::ShapeRow {
  uint64_t shape = 0;
  uint32_t space = 0;  // 0: an empty row
  uint32_t self, before, after, start[2], headline[2], line[2], prev[kTags], history[1 + TagHistory::kClasses];
  uint32_t named[8];  // 37: the shape with the document's name bits (kDocRulePer, kDocSurname, kDocFirstName)
  static uint32_t name_code(uint16_t d) { return ((d >> 2) & 1u) | ((d >> 5) & 6u); }
  static uint16_t name_bits(uint32_t code) { return uint16_t(((code & 1u) << 2) | ((code & 6u) << 5)); }
  static_assert(kDocRulePer == 4 && kDocSurname == 64 && kDocFirstName == 128, "name_code's bits");
};

// (the look-up inline where it is used; the rare fill apart)
inline const FeatureHasher::ShapeRow& FeatureHasher::shape_row(uint64_t shape, uint32_t space) {
  constexpr int kRowBits = 8;
  thread_local ShapeRow rows[1 << kRowBits];
  ShapeRow& r = rows[(shape * 0x9E3779B97F4A7C15ull) >> (64 - kRowBits)];
  if (r.shape != shape || r.space != space) fill_shape_row(r, shape, space);
  return r;
}

void FeatureHasher::fill_shape_row(ShapeRow& r, uint64_t shape, uint32_t space) {
  r.shape = shape;
  r.space = space;
  r.self = index(7, shape, space);
  r.before = index(8, shape, space);
  r.after = index(9, shape, space);
  for (uint32_t v = 0; v < 2; ++v) {
    r.start[v] = index(18, pair(shape, v), space);
    r.headline[v] = index(24, pair(shape, v), space);
    r.line[v] = index(26, pair(shape, v), space);
  }
  for (uint32_t p = 0; p < uint32_t(kTags); ++p) r.prev[p] = index(43, pair(shape, p), space);
  for (uint32_t h = 0; h <= uint32_t(TagHistory::kClasses); ++h) r.history[h] = index(45, pair(shape, h), space);
  for (uint32_t c = 0; c < 8; ++c) r.named[c] = index(37, pair(ShapeRow::name_bits(c), shape), space);
}

FeatureHasher::FeatureHasher(const Document& doc, const TokenFeatures& f, const std::vector<NameSpan>& rules,
                             uint32_t table_bits, bool use_rule_features, uint32_t hash_salt)
    : doc_(doc), f_(f), space_(hash_space(table_bits, hash_salt)), shift_(space_ & 0xFF),
      salt_mix_(salt_mix(space_)), rules_on_(use_rule_features), small_(&small(space_)) {
  const size_t n = doc.tokens.size();
  if (rules_on_) {
    rule_.assign(n, 0);
    for (const NameSpan& s : rules) {
      if (s.shouted) continue;  // (NameSpan::shouted: no feature)
      for (uint32_t t = s.first; t < s.end && t < n; ++t)
        rule_[t] = uint16_t(1 + (int(s.type) * 2 + (t > s.first ? 1 : 0)) * 4 + int(s.strength));
    }
  }
  // A headline or title line: most of its words capitalised ("Israel Strikes Gaza After Talks Fail"). The same
  // walk counts the capitalised words (the document table's size) when the sentences hold every token.
  headline_.assign(doc.sentences.size(), 0);
  size_t caps = 0;
  uint32_t covered = 0;  // the tokens walked, when each sentence starts where the one before ends
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    uint32_t words = 0, capitals = 0;
    const uint32_t first = doc.sentences[s].first_token, end = doc.sentences[s].end_token;
    if (first == covered && end >= first && end <= n) covered = end;
    for (uint32_t t = first; t < end; ++t) {
      const Token& k = doc.tokens[t];
      caps += capitalised_word(k);
      if (k.kind != TokenKind::Word) continue;
      ++words;
      capitals += k.has(kCapitalised);
    }
    headline_[s] = words >= 3 && capitals * 10 >= words * 8;
  }
  if (covered != n) {  // (never after split_sentences; the table must not be too small)
    caps = 0;
    for (const Token& t : doc.tokens) caps += capitalised_word(t);
  }
  // Document-level facts about each capitalised word: one walk over the tokens and one over the rule spans.
  size_t slots = 16;
  while (slots < 2 * caps + 2) slots <<= 1;
  doc_keys_.assign(slots, 0);
  doc_bits_.assign(slots, 0);
  caps_.reserve(caps);
  uint32_t sent = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (!capitalised_word(t)) continue;
    while (sent + 1 < doc.sentences.size() && doc.sentences[sent + 1].first_token <= i) ++sent;
    const uint64_t word = word_hash_of(i);
    uint16_t& b = doc_slot(word);
    caps_.push_back({word, i, uint32_t(&b - doc_bits_.data())});
    if (b & (kDocMidCap | kDocAtStart)) b |= kDocMany;
    if (t.has(kSentenceStart)) b |= kDocAtStart;
    else if (!(sent < headline_.size() && headline_[sent])) b |= kDocMidCap;
  }
  // The same word in lower case: a capitalised word that is also written small here is an ordinary word
  // written big (a title, a heading), seldom a name. Only looked up, never added: the table stays as large as
  // the capitalised words. A 64 Kbit filter on each capitalised word's length, first two and last letters
  // (folded) lets most lower-case words skip the hash: hashing every word cost 4 % of the whole analysis.
  if (!caps_.empty()) {
    std::vector<uint64_t> filter(1024, 0);
    auto sketch = [&](const Token& t) {
      const char* w = f_.folded.data() + t.span.begin;
      const uint32_t len = t.span.size();
      // (the first two bytes as one load; a word of one byte is its byte alone, what follows it differs)
      uint16_t first2 = uint8_t(w[0]);
      if (len > 1) std::memcpy(&first2, w, 2);
      const uint32_t h = (uint32_t(first2) | uint32_t(uint8_t(w[len - 1])) << 16) ^ (len << 24);
      return (h * 0x9E3779B1u) >> 16;  // 16 bits
    };
    for (const CapWord& c : caps_) {
      const uint32_t k = sketch(doc.tokens[c.token]);
      filter[k >> 6] |= uint64_t(1) << (k & 63);
    }
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = doc.tokens[i];
      if (t.kind != TokenKind::Word || capitalised_word(t) || t.span.size() == 0) continue;
      const uint32_t k = sketch(t);
      if (!(filter[k >> 6] >> (k & 63) & 1)) continue;
      if (uint16_t* b = doc_find(word_hash_of(i))) *b |= kDocLower;
    }
  }
  if (rules_on_) {
    for (const NameSpan& r : rules) {
      if (r.end > n || r.shouted) continue;  // (NameSpan::shouted: no feature)
      uint16_t type_bit = 0;
      if (r.strength != Strength::Guess) type_bit = uint16_t(kDocRulePer << int(r.type));
      for (uint32_t t = r.first; t < r.end; ++t) {
        const CapWord* w = cap_word(t);
        if (!w) continue;
        uint16_t& b = doc_bits_[w->slot];
        b |= type_bit;
        if (r.type == EntityType::Person && r.end - r.first >= 2) {
          if (t + 1 == r.end) b |= kDocSurname;
          if (t == r.first) b |= kDocFirstName;
        }
      }
    }
  }
  cap_at_ = 0;
}

// The training sets write few names with accents, so "Dvořák", "Zurbarán", "Gómez" shared nothing with what the
// tagger learned ("Gomez", "-ez"); folded, they share the word and its affixes.
inline std::string_view FeatureHasher::low_word(uint32_t i) const {
  const ByteSpan sp = doc_.tokens[i].span;
  const uint32_t len = std::min<uint32_t>(sp.size(), 32);
  const char* p = f_.folded.data() + sp.begin;
  uint64_t any = 0;  // (eight bytes a step: a high bit anywhere is a byte outside ASCII)
  uint32_t k = 0;
  for (; k + 8 <= len; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    any |= x;
  }
  for (; k < len; ++k) any |= static_cast<unsigned char>(p[k]);
  if (!(any & 0x8080808080808080ull)) return std::string_view(p, len);
  fold_buf_ = utf8::fold(doc_.slice(sp).substr(0, len));  // (rare: most text is ASCII)
  return fold_buf_;
}

inline uint64_t FeatureHasher::word_hash_of(uint32_t i) const {
  const ByteSpan sp = doc_.tokens[i].span;
  const std::string_view low = low_word(i);
  const bool in_text = low.data() == f_.folded.data() + sp.begin;
  return word_hash(low, in_text && size_t(sp.begin) + low.size() + 8 <= f_.folded.size());
}

const FeatureHasher::CapWord* FeatureHasher::cap_word(uint32_t i) {
  if (!capitalised_word(doc_.tokens[i])) return nullptr;
  // Back a few entries linearly (static_features reads i-2 .. i+2), further by a binary search.
  for (int k = 0; k < 4 && cap_at_ > 0 && caps_[cap_at_ - 1].token >= i; ++k) --cap_at_;
  if (cap_at_ > 0 && caps_[cap_at_ - 1].token >= i)
    cap_at_ = size_t(std::lower_bound(caps_.begin(), caps_.end(), i,
                                      [](const CapWord& c, uint32_t t) { return c.token < t; }) -
                     caps_.begin());
  while (cap_at_ < caps_.size() && caps_[cap_at_].token < i) ++cap_at_;
  if (cap_at_ >= caps_.size() || caps_[cap_at_].token != i) return nullptr;  // (never: every one is listed)
  return &caps_[cap_at_];
}

size_t FeatureHasher::doc_probe(uint64_t key) const {
  const size_t mask = doc_keys_.size() - 1;
  size_t h = size_t(mix(key)) & mask;
  while (doc_keys_[h] != key && doc_keys_[h] != 0) h = (h + 1) & mask;  // at most half full: a few steps
  return h;
}

uint16_t& FeatureHasher::doc_slot(uint64_t key) {
  key |= 1;  // 0 marks an empty slot
  const size_t h = doc_probe(key);
  doc_keys_[h] = key;
  return doc_bits_[h];
}

uint16_t* FeatureHasher::doc_find(uint64_t key) {
  key |= 1;
  const size_t h = doc_probe(key);
  return doc_keys_[h] == key ? &doc_bits_[h] : nullptr;
}

uint32_t FeatureHasher::index_mixed(uint32_t tmpl, uint64_t value, uint64_t salt_mix, uint32_t shift) {
  // (salt_mix is 0 for salt 0: the indices of models without a salt)
  return uint32_t(mix(value ^ (uint64_t(tmpl) * 0xD6E8FEB86659FD93ull) ^ salt_mix) >> shift);
}

FeatureHasher::Tok& FeatureHasher::hash_tok(uint32_t i) {
  Tok& t = ring_[i % kRing];
  t.index = i;
  const CapWord* cw = cap_word(i);
  t.word = cw ? cw->word : word_hash_of(i);
  t.slot = cw ? cw->slot : UINT32_MAX;
  t.shape = 0;
  return t;
}

uint64_t FeatureHasher::shape_hash(uint32_t i) const {
  // Short shape: X for capitals, x lower case, d digits, u any other letter's first byte; runs collapsed. A letter
  // outside ASCII with a case counts as its case says: "Dvořák" has the shape of "Dvorak" (before, "Xxux", a shape
  // the training sets hardly have; low_word does the same for the word and its affixes).
  uint64_t h = kSeed;
  unsigned char last = 0;
  const std::string_view w = doc_.slice(doc_.tokens[i].span);
  for (size_t k = 0; k < w.size() && k < 32; ++k) {
    unsigned char s = kShape.of[static_cast<unsigned char>(w[k])];
    if (s == kShapeSkip) continue;
    if (s == 'u') {
      char32_t cp = 0;
      utf8::decode(w, k, cp);
      s = utf8::is_upper(cp) ? 'X' : utf8::is_lower(cp) ? 'x' : 'u';
    }
    if (s != last) h = fnv(h, s);
    last = s;
  }
  return h;
}

uint64_t FeatureHasher::rule_at(uint32_t i) const { return i < rule_.size() ? rule_[i] : 0xFFFF; }

// A word in capitals ("INDIANA", "IRAN", "HANK", "IRISH" of a headline or a shouted post) looked up as the lists
// write it ("Indiana", "Hank"): the place kinds capitals cannot hide (countries, capitals, regions, big cities; a
// town's name in capitals is as often letters, "NICE", "BATH"), a first name, a people's word; four letters or more
// ("US", "UK", "AL", "ED" are letters as often). A feature only: the rules read the lists as the text writes a word.
uint16_t FeatureHasher::facts_in_capitals(uint32_t i) const {
  const Token& t = doc_.tokens[i];
  if (!t.has(kAllCaps) || t.span.size() < 4 || t.span.size() > 31) return 0;
  uint16_t out = 0;
  if (!f_.gz(i, TokenFeatures::kPlaceMask))
    out = gazetteer::place_in_capitals(doc_.slice(t.span)) &
          (gazetteer::kCountry | gazetteer::kCapital | gazetteer::kRegion | gazetteer::kBigCity);
  // (and a first name or a people's word: "HANK GREEN", "IRISH")
  char buf[32];
  const std::string_view w = doc_.slice(t.span);
  for (size_t k = 0; k < w.size(); ++k) buf[k] = k > 0 && w[k] >= 'A' && w[k] <= 'Z' ? char(w[k] - 'A' + 'a') : w[k];
  const std::string_view title(buf, w.size());
  if (gazetteer::first_name(title)) out |= TokenFeatures::kFirst;
  if (gazetteer::demonym(title)) out |= TokenFeatures::kDemonym;
  return out;
}

size_t FeatureHasher::static_features(uint32_t i, uint32_t sent, uint32_t* out) {
  const auto& tk = doc_.tokens;
  const uint32_t n = uint32_t(tk.size());
  size_t k = 0;
  constexpr uint64_t kNone = 0x5bd1e995ull;  // the value of a neighbour past the document's edge
  // The five tokens' hashes, each fetched from the ring once (they sit in distinct slots: kRing > 5).
  const int64_t ii = i;
  auto at = [&](int64_t j) { return (j < 0 || j >= int64_t(n)) ? nullptr : &tok(uint32_t(j)); };
  Tok *tm2 = at(ii - 2), *tm1 = at(ii - 1), *t0 = at(ii), *tp1 = at(ii + 1), *tp2 = at(ii + 2);
  auto word = [&](const Tok* t) { return t ? t->word : kNone; };
  auto shape = [&](Tok* t) { return t ? shape_of(*t) : kNone; };
  const uint64_t w0 = word(t0), s0 = shape(t0), wm1 = word(tm1), wp1 = word(tp1);
  const uint64_t sm1 = shape(tm1), sp1 = shape(tp1);
  const Small& sm = *small_;
  const Token& t = tk[i];
  const bool start = t.has(kSentenceStart);
  const bool headline = sent < headline_.size() && headline_[sent];
  const bool line = (t.flags & (kNewlineBefore | kParagraphBefore)) != 0;
  // Document level: how the same word is written and named elsewhere in this document.
  const uint16_t d = t0->slot != UINT32_MAX ? doc_bits_[t0->slot] : 0;
  // (each row read at once: the next look-up may take its place in the table)
  const ShapeRow& r0 = shape_row(s0, space_);
  const uint32_t f7 = r0.self, f18 = r0.start[start], f24 = r0.headline[headline], f26 = r0.line[line];
  const uint32_t f37 = r0.named[ShapeRow::name_code(d)];  // index(37, pair(d & its name bits, s0))
  const uint32_t f8 = shape_row(sm1, space_).before;
  const uint32_t f9 = shape_row(sp1, space_).after;
  out[k++] = sm.bias;
  out[k++] = index(2, w0);
  out[k++] = index(3, wm1);
  out[k++] = index(4, wp1);
  out[k++] = index(5, word(tm2));
  out[k++] = index(6, word(tp2));
  out[k++] = f7;
  out[k++] = f8;
  out[k++] = f9;
  out[k++] = index(10, pair(sm1, s0));
  out[k++] = index(11, pair(s0, sp1));
  const std::string_view low = low_word(i);
  // The prefixes of 1-3 bytes are one FNV chain (each prefix's hash is the chain at its length).
  uint64_t prefix = kSeed;
  for (size_t len = 1; len <= 3 && low.size() > len; ++len) {
    prefix = fnv(prefix, static_cast<unsigned char>(low[len - 1]));
    out[k++] = index(uint32_t(11 + len), prefix);
  }
  for (size_t len = 2; len <= 4; ++len)
    if (low.size() > len) out[k++] = index(uint32_t(13 + len), fnv_str(kSeed, low.substr(low.size() - len)));
  out[k++] = f18;  // index(18, pair(s0, start))
  out[k++] = index(19, pair(w0, t.flags & (kCapitalised | kAllCaps)));
  out[k++] = index(20, pair(wm1, w0));
  out[k++] = index(21, pair(w0, wp1));
  if (t.kind == TokenKind::Word) {
    out[k++] = sm.gz[f_.gz(i, 0x1FF) | facts_in_capitals(i)];
    out[k++] = index(23, f_.lex(i));
  }
  // A company's word here or beside it ("Siemens" of "Siemens AG"; gazetteer.h's company words), paired with
  // what else the word is (a person's name too: "Jones", "Chrysler"; a dictionary word; a place): the model
  // learns from the training data how far each holds.
  auto company = [&](int64_t j) {  // (the list holds capitalised words only: ask for no other)
    return j >= 0 && j < int64_t(n) && tk[size_t(j)].kind == TokenKind::Word && tk[size_t(j)].has(kCapitalised) &&
           f_.gz(uint32_t(j), TokenFeatures::kCompany) != 0;
  };
  const uint32_t near = uint32_t(company(ii - 1)) | uint32_t(company(ii)) << 1 | uint32_t(company(ii + 1)) << 2;
  if (near) {
    const uint16_t what = t.kind == TokenKind::Word
        ? f_.gz(i, TokenFeatures::kCommon | TokenFeatures::kFirst | TokenFeatures::kPlaceMask) : 0;
    const bool person_too = (near & 2) && gazetteer::company_word(doc_.token_text(i)) == gazetteer::kAlsoPersonName;
    const uint32_t also = ((what & TokenFeatures::kCommon) ? 1 : 0) | ((what & TokenFeatures::kFirst) ? 2 : 0) |
                          ((what & TokenFeatures::kPlaceMask) ? 4 : 0) | (person_too ? 8 : 0);
    out[k++] = index(28, pair(near, also));
  }
  if (t.kind == TokenKind::Word && t.has(kAllCaps) && headline) {
    // A word in capitals in a headline or a title line: the words either side paired with whether it is a
    // dictionary word. Case says nothing there, so the model reads "IN" + a word no dictionary holds apart from
    // "THE" + one it does. Measured (round 39, LOCO, 12 trainings, against round 38): WikiGold in capitals 0.570
    // -> 0.591 (12 of 12 up), uner_ewt test in capitals 0.710 -> 0.714, every other set within 0.001 but WNUT17
    // (0.585 -> 0.581). Tried: for every word in capitals (SEC filings' defined terms, "the BORROWER shall": SEC
    // -0.008, 3 up 9 down); for every word (MEANTIME -0.002, the seeds -0.002); with the first-name and place facts
    // of facts_in_capitals too (capitals gain smaller).
    const uint64_t common = f_.gz(i, TokenFeatures::kCommon) != 0;
    out[k++] = index(38, pair(wm1, common));
    out[k++] = index(39, pair(wp1, common));
  }
  out[k++] = f24;  // index(24, pair(s0, headline))
  out[k++] = sm.possessive[i + 1 < n && tk[i + 1].has(kPossessive)];
  out[k++] = f26;  // index(26, pair(s0, newline or paragraph before))
  out[k++] = index(27, pair(start, wp1));
  out[k++] = sm.doc_start[Small::doc_code(d)][start];  // index(35, pair(d & those four bits, start))
  // (template 36, these bits paired with the rules' own code, was tried: sparser, no better)
  out[k++] = f37;
  if (rules_on_) {
    // (a rule code below kRuleCodes has its index in the table; past the document's ends index() gives it)
    auto rule_index = [&](int t, uint32_t tmpl, uint64_t code) {
      return code < Small::kRuleCodes ? sm.rule[t][code] : index(tmpl, code);
    };
    const uint64_t r0 = rule_at(i);
    out[k++] = rule_index(0, 30, r0);
    out[k++] = index(31, pair(r0, s0));
    out[k++] = rule_index(1, 32, i > 0 ? rule_at(i - 1) : kNone);
    out[k++] = rule_index(2, 33, rule_at(i + 1));
    out[k++] = index(34, pair(r0, w0));
  }
  return k;
}

size_t FeatureHasher::dynamic_features(uint64_t word, uint64_t shape, int prev_tag, int prev2_tag, int history,
                                       uint32_t space, uint32_t* out) {
  size_t k = 0;
  const Small& sm = small(space);
  const ShapeRow& r = shape_row(shape, space);
  out[k++] = sm.prev[prev_tag];
  out[k++] = sm.prev2[prev_tag * 16 + prev2_tag];
  out[k++] = index(42, pair(word, uint64_t(prev_tag)), space);
  out[k++] = r.prev[prev_tag];  // index(43, pair(shape, prev_tag))
  if (history >= 0) {
    out[k++] = sm.history[history];
    out[k++] = r.history[history];  // index(45, pair(shape, history))
  }
  return k;
}

}  // namespace ner
}  // namespace lede
