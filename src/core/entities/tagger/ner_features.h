// ner_features.h — what the learned name tagger looks at: which tokens it scores, and the hashed features of
// each (shared by the runtime tagger, ner_tagger.h, and the trainer, src/tools/train_ner, so both see the
// very same numbers).
//
//     lede::ner::Candidates c;  c.mark(doc, features);   // which tokens may be (part of) a name
//     lede::ner::FeatureHasher h(doc, features, rules, table_bits, use_rule_features, hash_salt);
//     uint32_t idx[lede::ner::kMaxStatic];  size_t n = h.static_features(i, sentence, idx);  // token i's own
//     h.token_hashes(i, word, shape);  slot = h.word_slot(i);                           // (while in the ring)
//     n2 = FeatureHasher::dynamic_features(word, shape, prev_tag, prev2_tag, history, h.space(), idx2);  // tags
//
// Tags are BIO over four types: 0 = O, 1 + 2k = B-k, 2 + 2k = I-k with k = PER, ORG, LOC, MISC (kTags = 9).
// A feature is a template id mixed with a hash of its value, folded to `table_bits` bits: the index of a
// row of kTags weights in the model (hashing keeps the model one flat array; collisions cost a little
// accuracy, never correctness). A nonzero hash salt (the model file says which) mixes every index differently:
// the same features, other collisions. The shipped model has salt 0; scripts/eval-ner-loco.sh trains with
// several, because which features collide moves a score as much as a small change does (MODEL_CARD.md, round 23).
// The table size and the salt travel together as one "space" value (hash_space below).
// Why candidates: a name needs a capital somewhere near it, so lower-case runs are O without scoring them;
// that keeps the tagger to a fraction of the tokens (the speed budget is ~50 ns a token for everything).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {
struct TokenFeatures;

namespace ner {

constexpr int kTypes = 4;  // PER, ORG, LOC, MISC (MISC: works, events, products; scored by nobody, kept apart)
constexpr int kTags = 1 + 2 * kTypes;
constexpr int kMisc = 3;
inline int tag_type(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }
inline bool tag_begins(int tag) { return tag != 0 && (tag - 1) % 2 == 0; }
inline int begin_tag(int type) { return 1 + 2 * type; }
inline int inside_tag(int type) { return 2 + 2 * type; }
// I-k may only follow B-k or I-k (the decoder's one constraint).
inline bool tag_allowed(int tag, int prev) { return tag == 0 || tag_begins(tag) || tag_type(prev) == tag_type(tag); }

constexpr size_t kMaxStatic = 40;

// The hashing's "space": the right shift that folds a hash to table_bits bits (64 - table_bits), and the salt
// above it. Every cache of indices is keyed by it. Salt 0 gives the indices of models without a salt.
constexpr uint32_t kMaxHashSalt = (1u << 24) - 1;
inline uint32_t hash_space(uint32_t table_bits, uint32_t salt) { return (64 - table_bits) | (salt << 8); }
constexpr size_t kMaxDynamic = 6;

// The tags the decoder already gave the same capitalised word earlier in the document ("prediction history",
// Ratinov & Roth 2009): "Chrysler" tagged ORG twice above is likely ORG again in "Chrysler said". Learned, like
// every other feature: the trainer decodes its training documents in the same order and keeps the same counts.
// One uint16 per row of the document's word table (FeatureHasher::word_slot): five counts of 3 bits (O, then
// one per type), each stopping at 7. So each token costs one add and one look-up, and memory 2 bytes a row.
struct TagHistory {
  static constexpr int kClasses = 1 + kTypes;
  std::vector<uint16_t> counts;
  void reset(size_t slots) { counts.assign(slots, 0); }
  // 0: no earlier tag for this word (or no word slot); else 1 + the class tagged most often (ties: the first).
  int value(uint32_t slot) const {
    if (slot >= counts.size() || counts[slot] == 0) return 0;
    int best = 0;
    for (int k = 1; k < kClasses; ++k)
      if (count(slot, k) > count(slot, best)) best = k;
    return 1 + best;
  }
  void add(uint32_t slot, int tag) {
    if (slot >= counts.size()) return;
    const int k = tag == 0 ? 0 : 1 + tag_type(tag);
    if (count(slot, k) < 7) counts[slot] = uint16_t(counts[slot] + (1u << (3 * k)));
  }

 private:
  int count(uint32_t slot, int k) const { return (counts[slot] >> (3 * k)) & 7; }
};

// Token i may be part of a name: a word with a capital letter; a number right after one ("Apollo 11");
// a short connector between two such words ("Bank of America", "Procter & Gamble", "de la Rosa").
// A contraction ("We’ve", "I’m", "They’re") never is: it is a pronoun with a verb.
struct Candidates {
  std::vector<uint8_t> is;  // per token: 1 when the tagger scores it
  void mark(const Document& doc, const TokenFeatures& f);

 private:
  std::vector<uint8_t> cap_;
};

// "We’ve", "I’m", "They’re", "It'll", "Don’t": an apostrophe then a verb's clitic (never a name).
bool is_contraction(std::string_view word);

// Computes feature indices for the tokens of one document. Per-token hashes are cached in a small ring keyed
// by token index: callers walk tokens in order and ask for neighbours within 2, so each token's text is hashed
// about once, while memory stays constant instead of 24 bytes per token of the document (issue 14).
class FeatureHasher {
 public:
  FeatureHasher(const Document& doc, const TokenFeatures& f, const std::vector<NameSpan>& rules,
                uint32_t table_bits, bool use_rule_features, uint32_t hash_salt = 0);
  // Token i's own features; `sent` is the index of its sentence (callers walk tokens in order).
  size_t static_features(uint32_t i, uint32_t sent, uint32_t* out);
  // Token i's row in a TagHistory (one per distinct capitalised word of the document), or UINT32_MAX.
  // (Read from the ring: ask right after static_features(i), as both callers do, or token i is hashed again.)
  uint32_t word_slot(uint32_t i) { return tok(i).slot; }
  size_t word_slots() const { return doc_bits_.size(); }
  // The hashes the dynamic features read (the trainer and the tagger keep them instead of the document).
  void token_hashes(uint32_t i, uint64_t& word, uint64_t& shape) { word = tok(i).word; shape = shape_of(tok(i)); }
  uint32_t space() const { return space_; }
  // Token i in capitals ("INDIANA", "HANK") looked up as the lists write it ("Indiana", "Hank"): its place kinds
  // among countries, capitals, regions and big cities (where the word as written is none), and whether it is a
  // first name or a people's word (TokenFeatures' gz bits), which the gazetteer feature reads beside the word's
  // own facts; 0 for a word not in capitals or of three letters or fewer.
  uint16_t facts_in_capitals(uint32_t i) const;

  // The features on the tags already decoded, from token i's hashes (space: hash_space's). `history`:
  // TagHistory::value for token i, or -1 when the model has no history features.
  static size_t dynamic_features(uint64_t word, uint64_t shape, int prev_tag, int prev2_tag, int history,
                                 uint32_t space, uint32_t* out);

 private:
  // slot: the word's entry in the document table (CapWord::slot), UINT32_MAX for no capitalised word
  // shape: 0 until asked (shape_of): the tokens two away from a candidate give their words alone, so their
  // shapes are mostly never needed
  struct Tok { uint64_t word = 0, shape = 0; uint32_t index = UINT32_MAX, slot = UINT32_MAX; };
  static constexpr uint32_t kRing = 8;  // > the 5 tokens one static_features call reads (i-2 .. i+2)
  // (the ring's hit inline: static_features asks five tokens a candidate, most of them already hashed)
  Tok& tok(uint32_t i) {
    Tok& t = ring_[i % kRing];
    return t.index == i ? t : hash_tok(i);
  }
  Tok& hash_tok(uint32_t i);  // fills token i's ring slot (its shape on the first shape_of)
  uint64_t shape_of(Tok& t) const { return t.shape ? t.shape : (t.shape = shape_hash(t.index)); }
  uint64_t shape_hash(uint32_t i) const;  // (one that is 0 is only worked out again)
  uint64_t rule_at(uint32_t i) const;
  // (the member form reads the salt's mix and the shift worked out once; the static one works them out)
  uint32_t index(uint32_t tmpl, uint64_t value) const { return index_mixed(tmpl, value, salt_mix_, shift_); }
  static uint32_t index(uint32_t tmpl, uint64_t value, uint32_t space) {
    return index_mixed(tmpl, value, salt_mix(space), space & 0xFF);
  }
  static uint64_t salt_mix(uint32_t space) { return uint64_t(space >> 8) * 0x9E3779B97F4A7C15ull; }  // 0: salt 0
  static uint32_t index_mixed(uint32_t tmpl, uint64_t value, uint64_t salt_mix, uint32_t shift);
  // The indices of the templates whose values are a few small numbers (tags, rule codes, gazetteer bits),
  // worked out once per hash space and thread instead of mixed again for every token (ner_features.cpp).
  struct Small;
  static const Small& small(uint32_t space);
  // The indices of the templates on one shape (ner_features.cpp), kept per thread for the shapes last seen.
  struct ShapeRow;
  static const ShapeRow& shape_row(uint64_t shape, uint32_t space);
  static void fill_shape_row(ShapeRow& r, uint64_t shape, uint32_t space);

  const Document& doc_;
  const TokenFeatures& f_;
  uint32_t space_;  // hash_space(table_bits, salt)
  uint32_t shift_;  // space_'s shift, 64 - table_bits
  uint64_t salt_mix_;  // salt_mix(space_)
  bool rules_on_;
  const Small* small_;  // small(space_)
  Tok ring_[kRing];
  std::vector<uint16_t> rule_;      // per token: 0 none, else 1 + (type*2 + inside)*4 + strength
  std::vector<uint8_t> headline_;   // per sentence: mostly capitalised words (a headline or title line)
  // What the document says about each capitalised word elsewhere (issue 12's document-level features, one
  // pass): keyed by the word's folded hash, bits kDoc* below. Open addressing, at most 2 slots a token.
  enum : uint16_t {
    kDocMidCap = 1,       // capitalised away from a sentence start and a headline ("... said Chrysler")
    kDocAtStart = 2,      // at a sentence start
    kDocRulePer = 4,      // inside a rule span backed by a list or context (Cue, Lexical), by type
    kDocRuleOrg = 8,
    kDocRuleLoc = 16,
    kDocRuleGroup = 32,
    kDocSurname = 64,     // the last word of a person's name of two words or more ("Netanyahu")
    kDocFirstName = 128,  // the first word of one
    kDocMany = 256,       // two or more occurrences
    kDocLower = 512,      // also written in lower case ("... the best available" beside "Best Available")
  };
  std::vector<uint64_t> doc_keys_;
  std::vector<uint16_t> doc_bits_;
  size_t doc_probe(uint64_t key) const;  // the slot holding key, or the empty one where it would go
  uint16_t& doc_slot(uint64_t key);      // finds or adds
  uint16_t* doc_find(uint64_t key);      // finds only: nullptr when the word is not in the table
  // Each capitalised word's hash and table slot, kept from the constructor's walk (in token order) so
  // tok() never hashes or probes for it again: 16 bytes a capitalised word. cap_at_ is a
  // forward cursor (callers walk tokens in order; a step back falls back to a binary search).
  struct CapWord { uint64_t word; uint32_t token, slot; };
  std::vector<CapWord> caps_;
  size_t cap_at_ = 0;
  static bool capitalised_word(const Token& t) {
    return t.kind == TokenKind::Word && (t.flags & (kCapitalised | kAllCaps));
  }
  uint64_t word_hash_of(uint32_t i) const;
  // Token i's first 32 bytes lower-cased, and outside ASCII without Latin accents ("Dvořák" reads "dvorak",
  // "México" "mexico"): what the word and affix features read. A view into the folded text or into fold_buf_
  // (valid until the next call).
  std::string_view low_word(uint32_t i) const;
  mutable std::string fold_buf_;
  const CapWord* cap_word(uint32_t i);  // token i's entry, or nullptr when it is no capitalised word
};

}  // namespace ner
}  // namespace lede
