// ner_trainer.cpp — averaged perceptron training for the name tagger (see ner_trainer.h).
#include "tools/train_ner/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/entities/detail/entity_spans.h"
#include "core/entities/tagger/ner_features.h"
#include "core/lexicon/token_features.h"
#include "core/numbers/numbers.h"
#include "core/text/sentences.h"
#include "core/text/tokenizer.h"
#include "core/text/utf8.h"

namespace lede {
namespace {

int type_of(const std::string& t) {
  if (t == "PERSON" || t == "PER") return 0;
  if (t == "ORG") return 1;
  if (t == "LOC" || t == "GPE") return 2;
  if (t == "MISC" || t == "OTHER") return 3;
  return -1;
}

// One scored token of the training set: its static features live in Corpus::feats[from, to).
struct Item {
  uint32_t from = 0, to = 0;
  uint64_t word = 0, shape = 0;
  uint32_t slot = UINT32_MAX;  // its word's row in the document's TagHistory (capitalised words only)
  uint8_t gold = 0;
  bool after_gap = false;   // the token before it is no candidate: its tag is O
  bool after_gap2 = false;  // same for the token two back
};
struct DocItems { uint32_t first = 0, end = 0, slots = 0; bool has_misc = false; };

struct Corpus {
  std::vector<uint32_t> feats;
  std::vector<Item> items;
  std::vector<DocItems> docs;
};

void featurise(const TrainDoc& td, const TrainOptions& opt, Corpus& c) {
  Document doc;
  doc.text = utf8::repair(td.text);
  tokenize(doc);
  split_sentences(doc);
  TokenFeatures f;
  f.build(doc);
  find_numbers(doc, f);
  const std::vector<NameSpan> rules = find_name_spans(doc, f);
  // gold BIO per token: a token starting inside a gold span belongs to it
  const uint32_t n = uint32_t(doc.tokens.size());
  std::vector<uint8_t> gold(n, 0);
  for (const TrainSpan& g : td.gold) {
    bool first = true;
    for (uint32_t t = doc.token_at_or_after(g.begin_byte); t < n && doc.tokens[t].span.begin < g.end_byte; ++t) {
      gold[t] = uint8_t(first ? ner::begin_tag(g.type) : ner::inside_tag(g.type));
      first = false;
    }
  }
  ner::Candidates cand;
  cand.mark(doc, f);
  ner::FeatureHasher h(doc, f, rules, opt.table_bits, opt.use_rules, opt.hash_salt);
  DocItems d;
  d.first = uint32_t(c.items.size());
  d.has_misc = td.has_misc;
  d.slots = uint32_t(h.word_slots());
  uint32_t buf[ner::kMaxStatic];
  uint32_t sent = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (!cand.is[i]) continue;
    while (sent + 1 < doc.sentences.size() && doc.sentences[sent + 1].first_token <= i) ++sent;
    Item it;
    it.from = uint32_t(c.feats.size());
    const size_t k = h.static_features(i, sent, buf);
    c.feats.insert(c.feats.end(), buf, buf + k);
    it.to = uint32_t(c.feats.size());
    h.token_hashes(i, it.word, it.shape);
    it.slot = h.word_slot(i);
    it.gold = gold[i];
    it.after_gap = i == 0 || !cand.is[i - 1];
    it.after_gap2 = i < 2 || !cand.is[i - 2];
    c.items.push_back(it);
  }
  d.end = uint32_t(c.items.size());
  c.docs.push_back(d);
}

}  // namespace

bool read_train_jsonl(const std::string& path, std::vector<TrainDoc>& docs, std::string& err) {
  std::ifstream in(path);
  if (!in) { err = path + ": cannot open"; return false; }
  std::string line;
  size_t lineno = 0;
  const size_t first_doc = docs.size();
  bool file_has_misc = false;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) { err = path + ":" + std::to_string(lineno) + ": not a JSON document"; return false; }
    TrainDoc d;
    d.text = j["text"].get<std::string>();
    // code point -> byte offsets
    std::vector<uint32_t> cp_to_byte;
    cp_to_byte.reserve(d.text.size() + 1);
    for (uint32_t b = 0; b < d.text.size(); ++b)
      if ((static_cast<unsigned char>(d.text[b]) & 0xC0) != 0x80) cp_to_byte.push_back(b);
    cp_to_byte.push_back(uint32_t(d.text.size()));
    for (const auto& e : j.value("entities", nlohmann::json::array())) {
      const int type = type_of(e.value("type", std::string()));
      if (type < 0) continue;
      const size_t s = e.value("start", size_t(0)), t = e.value("end", size_t(0));
      if (s >= t || t >= cp_to_byte.size()) { err = path + ":" + std::to_string(lineno) + ": entity out of range"; return false; }
      if (type == 3) file_has_misc = true;
      d.gold.push_back({cp_to_byte[s], cp_to_byte[t], type});
    }
    docs.push_back(std::move(d));
  }
  for (size_t k = first_doc; k < docs.size(); ++k) docs[k].has_misc = file_has_misc;
  return true;
}

void add_capitals_copies(std::vector<TrainDoc>& docs, size_t every) {
  if (every == 0) return;
  const size_t n = docs.size();
  docs.reserve(n + n / every + 1);
  for (size_t i = 0; i < n; i += every) {
    TrainDoc d = docs[i];
    for (char& c : d.text)
      if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    docs.push_back(std::move(d));
  }
}

void add_passage_copies(std::vector<TrainDoc>& docs, size_t every) {
  if (every == 0) return;
  const size_t n = docs.size();
  for (size_t i = every / 2; i < n; i += every) {
    const std::string text = docs[i].text;  // (copied: push_back may move docs)
    const std::vector<TrainSpan> gold = docs[i].gold;
    const bool has_misc = docs[i].has_misc;
    size_t begin = 0;
    while (begin < text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      size_t words = 0;
      for (size_t k = begin; k < end; ++k)
        words += text[k] != ' ' && text[k] != '\t' && (k == begin || text[k - 1] == ' ' || text[k - 1] == '\t');
      if (words >= 4 && end - begin < text.size()) {
        TrainDoc d;
        d.text = text.substr(begin, end - begin);
        d.has_misc = has_misc;
        for (const TrainSpan& g : gold)
          if (g.begin_byte >= begin && g.end_byte <= end)
            d.gold.push_back({uint32_t(g.begin_byte - begin), uint32_t(g.end_byte - begin), g.type});
        docs.push_back(std::move(d));
      }
      begin = end + 1;
    }
  }
}

NerModel train_ner(const std::vector<TrainDoc>& docs, const TrainOptions& opt, std::ostream* log) {
  Corpus c;
  for (const TrainDoc& d : docs) featurise(d, opt, c);
  if (log) *log << "train_ner: " << docs.size() << " documents, " << c.items.size() << " candidate tokens, "
                << c.feats.size() << " feature occurrences\n";
  const size_t rows = size_t(1) << opt.table_bits, cells = rows * ner::kTags;
  std::vector<int32_t> w(cells, 0);
  std::vector<int64_t> u(cells, 0);  // sum of step * update: the average is w - u / steps
  int64_t step = 1;
  const uint32_t space = ner::hash_space(opt.table_bits, opt.hash_salt);
  std::vector<uint32_t> order(c.docs.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  uint64_t rng = opt.seed * 0x9E3779B97F4A7C15ull + 1;
  auto next = [&]() { rng = rng * 6364136223846793005ull + 1442695040888963407ull; return rng >> 33; };
  ner::TagHistory history;
  uint32_t dyn[ner::kMaxDynamic];
  // Rows of features seen in the first epoch (static and on the tags decoded then), for min_count.
  std::vector<uint16_t> seen(opt.min_count > 1 ? rows : 0, 0);
  auto see = [&](uint32_t f) { if (seen[f] < 0xFFFF) ++seen[f]; };
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[size_t(next() % k)]);
    size_t errors = 0;
    for (uint32_t di : order) {
      const DocItems& d = c.docs[di];
      int prev = 0, prev2 = 0;
      history.reset(opt.use_history ? d.slots : 0);
      for (uint32_t ii = d.first; ii < d.end; ++ii) {
        const Item& it = c.items[ii];
        if (it.after_gap) { prev2 = it.after_gap2 ? 0 : prev; prev = 0; }
        const int hist = opt.use_history ? history.value(it.slot) : -1;
        const size_t nd = ner::FeatureHasher::dynamic_features(it.word, it.shape, prev, prev2, hist, space, dyn);
        int32_t score[ner::kTags] = {0};
        auto add_row = [&](uint32_t f) {
          const int32_t* row = w.data() + size_t(f) * ner::kTags;
          for (int t = 0; t < ner::kTags; ++t) score[t] += row[t];
        };
        for (uint32_t q = it.from; q < it.to; ++q) add_row(c.feats[q]);
        for (size_t q = 0; q < nd; ++q) add_row(dyn[q]);
        if (epoch == 0 && !seen.empty()) {
          for (uint32_t q = it.from; q < it.to; ++q) see(c.feats[q]);
          for (size_t q = 0; q < nd; ++q) see(dyn[q]);
        }
        int best = 0;
        for (int t = 1; t < ner::kTags; ++t)
          if (score[t] > score[best] && ner::tag_allowed(t, prev)) best = t;
        int gold = it.gold;
        if (!ner::tag_allowed(gold, prev)) gold = ner::begin_tag(ner::tag_type(gold));
        int rival = best;  // the tag to learn against: the decoder's, or when it is right a close runner-up
        if (best == gold && opt.margin > 0) {
          int second = -1;
          for (int t = 0; t < ner::kTags; ++t)
            if (t != gold && ner::tag_allowed(t, prev) && (second < 0 || score[t] > score[second])) second = t;
          if (second >= 0 && score[gold] - score[second] <= opt.margin) rival = second;
        }
        const bool unknown = gold == 0 && !d.has_misc && ner::tag_type(rival) == ner::kMisc;
        if (rival != gold && !unknown) {
          errors += best != gold;
          auto update = [&](uint32_t f) {
            const size_t g = size_t(f) * ner::kTags + size_t(gold), b = size_t(f) * ner::kTags + size_t(rival);
            w[g] += 1; u[g] += step;
            w[b] -= 1; u[b] -= step;
          };
          for (uint32_t q = it.from; q < it.to; ++q) update(c.feats[q]);
          for (size_t q = 0; q < nd; ++q) update(dyn[q]);
        }
        ++step;
        history.add(it.slot, best);
        prev2 = prev;
        prev = best;
      }
    }
    if (log) *log << "train_ner: epoch " << (epoch + 1) << ": " << errors << " errors on " << c.items.size()
                  << " tokens\n";
  }
  // Average, then quantise to int8 with one scale (a high quantile maps to 127; the few beyond are clipped).
  std::vector<double> avg(cells);
  std::vector<double> mags;
  for (size_t k = 0; k < cells; ++k) {
    avg[k] = double(w[k]) - double(u[k]) / double(step);
    if (!seen.empty() && seen[k / ner::kTags] < opt.min_count) avg[k] = 0;  // rare: noise, and bytes
    if (avg[k] != 0) mags.push_back(std::fabs(avg[k]));
  }
  double clip = 1;
  if (!mags.empty()) {
    const size_t q = std::min(mags.size() - 1, size_t(double(mags.size()) * opt.clip_quantile));
    std::nth_element(mags.begin(), mags.begin() + long(q), mags.end());
    clip = std::max(mags[q], 1e-9);
  }
  NerModel m;
  m.tags = ner::kTags;
  m.table_bits = opt.table_bits;
  m.flags = (opt.use_rules ? NerModel::kUsesRules : 0) | (opt.use_history ? NerModel::kUsesHistory : 0) |
            opt.hash_salt << 8;
  m.weights.resize(cells);
  for (size_t k = 0; k < cells; ++k) {
    const double v = std::round(avg[k] / clip * 127.0);
    m.weights[k] = int8_t(std::max(-127.0, std::min(127.0, v)));
  }
  m.pack_rows();
  if (log) *log << "train_ner: " << mags.size() << " non-zero weights, int8 scale 127/" << clip << "\n";
  return m;
}

}  // namespace lede
