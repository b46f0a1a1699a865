// ner_trainer.h — trains the name tagger's model (tagger/ner_model.h) from gold-annotated documents.
//
//     std::vector<lede::TrainDoc> docs;
//     std::string err;
//     lede::read_train_jsonl("../shared/train/wikigold.train.jsonl", docs, err);   // {"text","entities"} lines
//     lede::TrainOptions opt;              // table_bits, epochs, seed, use_rules
//     lede::NerModel m = lede::train_ner(docs, opt, &std::cerr);
//     write(m.serialise());
//
// An averaged perceptron over the features of ner_features.h, decoded greedily exactly as the tagger decodes
// (so it learns from its own mistakes on the previous tags). Integer updates and integer averaging, and a
// fixed-seed shuffle: the same data and options give the same bytes on every machine.
// Partial labels: a document whose source marks no MISC (works, events, products) says nothing about them,
// so tagging MISC where it has O is not counted as an error there.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "core/entities/tagger/ner_model.h"

namespace lede {

struct TrainSpan {
  uint32_t begin_byte = 0, end_byte = 0;
  int type = 0;  // ner types: 0 PER, 1 ORG, 2 LOC, 3 MISC
};

struct TrainDoc {
  std::string text;
  std::vector<TrainSpan> gold;
  bool has_misc = false;  // the source labels MISC/OTHER (else a MISC guess is no error: unknown, not O)
};

struct TrainOptions {
  uint32_t table_bits = 18;
  int epochs = 8;
  uint64_t seed = 1;
  bool use_rules = true;   // the rules' spans as features (the committed model) or the model alone
  bool use_history = true;  // features on the tags given to the same word earlier (ner_features.h TagHistory)
  double clip_quantile = 0.9999;  // int8 scale: this quantile of |weight| maps to 127
  // A right tag that beats the best other allowed tag by `margin` or less (in the trainer's integer weights: one
  // update moves a feature's weight by 1) is learned from as a mistake against that runner-up: the perceptron
  // then keeps a margin instead of stopping at the first right answer, which carries better to text of other
  // kinds (MODEL_CARD.md, round 19: 48 chosen among 4 to 128 on the leave-one-corpus-out sets).
  int margin = 0;
  uint32_t min_count = 1;  // a feature row seen fewer times than this in the first epoch keeps no weights
  // Indexes the features with another salt (ner_features.h; written into the model's flags): the same features,
  // other collisions. 0 for the shipped model; scripts/eval-ner-loco.sh averages over several (round 23: which
  // features collide moves a score as much as a small change does).
  uint32_t hash_salt = 0;
};

// Appends the file's documents (offsets converted from code points to UTF-8 bytes); false + err on bad input.
bool read_train_jsonl(const std::string& path, std::vector<TrainDoc>& docs, std::string& err);

// Appends a copy in capitals (a-z only, so byte offsets hold) of every `every`-th document (0: none).
// Why: headlines and wire datelines come in capitals ("GAZA TALKS STALL"), where a capital says nothing, and no
// training set has them: a model trained on mixed case alone scored 0.30 F1 on uner_ewt test in capitals.
void add_capitals_copies(std::vector<TrainDoc>& docs, size_t every);

// Appends every line (four words or more) of every `every`-th document as a document of its own (0: none),
// gold spans shifted, those across a line break dropped. Copies are taken from documents every/2, every/2 +
// every, ... so they seldom coincide with the capitals copies.
// Why: a short passage (a pasted paragraph, a wiki snippet) has no rest of the article, so every
// document-level feature is empty there; a model trained on whole documents alone never learns to decide
// without them.
void add_passage_copies(std::vector<TrainDoc>& docs, size_t every);

NerModel train_ner(const std::vector<TrainDoc>& docs, const TrainOptions& opt, std::ostream* log);

}  // namespace lede
