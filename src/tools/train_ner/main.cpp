// lede_train_ner — rebuilds the name tagger's model from gold JSONL files (scripts/train-ner.sh runs it).
//
//   lede_train_ner --out assets/models/lede-ner.bin [--bits 18] [--epochs 8] [--seed 1] [--no-rules]
//                  [--no-history] [--caps-copies N] [--passage-copies N] [--margin N] [--min-count N]
//                  [--hash-salt N]
//                  TRAIN.jsonl...
//
// --caps-copies N: every N-th document is also learned in capitals (ner_trainer.h add_capitals_copies).
// --passage-copies N: each line of every N-th document is also learned alone (add_passage_copies).
// --margin N: a right tag that beats the runner-up by N or less is still learned from (TrainOptions::margin).
// --min-count N: features seen fewer than N times keep no weight (a smaller model file; TrainOptions).
// --no-history: without the tag-history features (ner_features.h TagHistory), to measure what they bring.
// --hash-salt N: the features indexed with another salt (TrainOptions::hash_salt), to measure over collisions.
// Same files and options, same bytes (ner_trainer.h). Exit 0 ok, 1 bad input, 2 usage.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/entities/tagger/ner_features.h"
#include "tools/train_ner/ner_trainer.h"

int main(int argc, char** argv) {
  lede::TrainOptions opt;
  std::string out;
  std::vector<std::string> files;
  size_t caps_every = 0, passage_every = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) { std::fprintf(stderr, "lede_train_ner: %s needs a value\n", a.c_str()); std::exit(2); }
      return argv[++i];
    };
    if (a == "--out") out = value();
    else if (a == "--bits") opt.table_bits = uint32_t(std::stoul(value()));
    else if (a == "--epochs") opt.epochs = std::stoi(value());
    else if (a == "--seed") opt.seed = std::stoull(value());
    else if (a == "--no-rules") opt.use_rules = false;
    else if (a == "--no-history") opt.use_history = false;
    else if (a == "--caps-copies") caps_every = std::stoul(value());
    else if (a == "--passage-copies") passage_every = std::stoul(value());
    else if (a == "--margin") opt.margin = std::stoi(value());
    else if (a == "--min-count") opt.min_count = uint32_t(std::stoul(value()));
    else if (a == "--hash-salt") opt.hash_salt = uint32_t(std::stoul(value()));
    else if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "lede_train_ner: unknown option %s\n", a.c_str()); return 2; }
    else files.push_back(a);
  }
  if (out.empty() || files.empty() || opt.table_bits < 8 || opt.table_bits > 26 ||
      opt.hash_salt > lede::ner::kMaxHashSalt) {
    std::fprintf(stderr, "usage: lede_train_ner --out MODEL [--bits 8..26] [--epochs N] [--seed N] [--no-rules] "
                         "[--no-history] [--caps-copies N] [--passage-copies N] [--margin N] [--min-count N] "
                         "[--hash-salt 0..16777215] TRAIN.jsonl...\n");
    return 2;
  }
  std::vector<lede::TrainDoc> docs;
  for (const std::string& f : files) {
    std::string err;
    if (!lede::read_train_jsonl(f, docs, err)) { std::fprintf(stderr, "lede_train_ner: %s\n", err.c_str()); return 1; }
  }
  lede::add_passage_copies(docs, passage_every);
  lede::add_capitals_copies(docs, caps_every);
  const lede::NerModel m = lede::train_ner(docs, opt, &std::cerr);
  const std::string bytes = m.serialise();
  std::ofstream o(out, std::ios::binary);
  if (!o.write(bytes.data(), std::streamsize(bytes.size()))) {
    std::fprintf(stderr, "lede_train_ner: cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "lede_train_ner: wrote %s (%zu bytes)\n", out.c_str(), bytes.size());
  return 0;
}
