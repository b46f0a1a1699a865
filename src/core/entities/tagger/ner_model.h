// ner_model.h — the learned name tagger's weights: one file, checked when loaded, then shared read-only.
//
//     std::string err = lede::load_ner_model(bytes);   // bytes of assets/models/lede-ner.bin
//     if (!err.empty()) { show(err); }                 // refused: wrong magic, size, version or checksum
//     lede::ner_model_loaded();                        // true once a model is in
//
// The caller reads the file (the CLI from disk, the web app from its embedded file system, a Web Worker from
// whatever it was given), so the core never touches files. Until a model is loaded, find_entities() runs the
// rules alone; the CLI and the app refuse to analyse without a model, so nobody gets weaker output unawares.
//
// File layout (little-endian), written by src/tools/train_ner:
//   "LEDENER1"  8 bytes magic
//   u32 version (2), u32 tags (ner::kTags), u32 table_bits, u32 flags (bit 0: uses the rules' spans as features;
//       bit 1: the tag history, ner_features.h TagHistory; bits 8-31: the hash salt, ner_features.h, 0 in the
//       shipped model)
//   u32 used_rows                               rows (hashed features) with a weight that is not 0
//   u8  used[(1 << table_bits) / 8]             bit r (byte r / 8, bit r % 8) set when row r is used
//   int8 weights[tags][used_rows]               the used rows' weights, one tag after another (quantised, see
//                                               the card); every other row is all zeros
//   u32 FNV-1a checksum of every byte before it
// Why sparse and tag by tag: two rows in three are empty, and one tag's weights are alike, so the file gzips to
// 85 % of the plain table's size (the page's download budget is 2 MB); version 1 was the plain table.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

struct NerModel {
  static constexpr uint32_t kVersion = 2;
  static constexpr uint32_t kUsesRules = 1;
  static constexpr uint32_t kUsesHistory = 2;  // features on the tags given to the same word earlier (TagHistory)
  static constexpr uint32_t kSaltMask = 0xFFFFFF00;  // the hash salt the features were indexed with, << 8
  uint32_t tags = 0;
  uint32_t table_bits = 0;
  uint32_t flags = 0;
  std::vector<int8_t> weights;  // (1 << table_bits) rows of `tags` weights, as in the file
  // The same weights 16 bytes a row (the 9 tags, then 7 zeros), filled by parse() and pack_rows(): one row is
  // one aligned 16-byte load, so the tagger sums a row in a few vector instructions instead of nine scalar
  // adds (its inner loop; see ner_tagger.cpp). 4 MB for the shipped model's 2^18 rows.
  // On x86 (SSE2) each byte is stored XOR kRowBias, i.e. as the unsigned w + 128: the tagger sums it unsigned
  // (SSE2 has no sign-extending load), and the flip it did on every row it sums is done here once per row instead.
  struct alignas(16) Row { int8_t w[16]; };
#if defined(__SSE2__)
  static constexpr uint8_t kRowBias = 0x80;
#else
  static constexpr uint8_t kRowBias = 0;
#endif
  std::vector<Row> rows;

  // Parses and checks a model file's bytes; returns "" or what is wrong with them.
  std::string parse(std::string_view bytes);
  // The file's bytes for these weights (the trainer writes them; parse(serialise()) round-trips).
  std::string serialise() const;
  // Fills `rows` from `weights` (parse() does it; the trainer calls it on the model it made).
  void pack_rows();
  bool uses_rules() const { return (flags & kUsesRules) != 0; }
  bool uses_history() const { return (flags & kUsesHistory) != 0; }
  uint32_t hash_salt() const { return flags >> 8; }
};

// Loads a model for every later analysis; "" on success, else a message for the user (the previous model,
// if any, stays in use).
std::string load_ner_model(std::string_view bytes);
bool ner_model_loaded();
const NerModel* ner_model();  // nullptr until loaded
void unload_ner_model();      // back to rules alone (tests)

// Where entity spans come from (scripts/eval.sh compares the three; the CLI's --entities flag):
//   Combined  the model, with the rules' spans among its features; the rules' groups ("Palestinians") kept
//   Model     the model's spans alone
//   Rules     the rule cascade alone (entity_spans.h), as before the tagger
enum class EntitySource : uint8_t { Combined, Model, Rules };
void set_entity_source(EntitySource s);
EntitySource entity_source();

}  // namespace lede
