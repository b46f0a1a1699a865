// ner_model.cpp — reading, checking and writing the tagger's model file (layout in ner_model.h).
#include "core/entities/tagger/ner_model.h"

#include <cstring>
#include <memory>
#include <vector>

#include "core/entities/tagger/ner_features.h"

namespace lede {
namespace {

constexpr char kMagic[8] = {'L', 'E', 'D', 'E', 'N', 'E', 'R', '1'};
constexpr size_t kHeader = 8 + 4 * 4;  // magic, version, tags, table_bits, flags

uint32_t fnv32(std::string_view s) {
  uint32_t h = 2166136261u;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  // Eight bytes a loop step: the loop's own count and branch were half the work of checking a model (1 MB).
  for (; i + 8 <= n; i += 8) {
    h = (h ^ p[i]) * 16777619u;
    h = (h ^ p[i + 1]) * 16777619u;
    h = (h ^ p[i + 2]) * 16777619u;
    h = (h ^ p[i + 3]) * 16777619u;
    h = (h ^ p[i + 4]) * 16777619u;
    h = (h ^ p[i + 5]) * 16777619u;
    h = (h ^ p[i + 6]) * 16777619u;
    h = (h ^ p[i + 7]) * 16777619u;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * 16777619u;
  return h;
}
uint32_t get_u32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
}
void put_u32(std::string& out, uint32_t v) {
  for (int k = 0; k < 4; ++k) out += char((v >> (8 * k)) & 0xFF);
}

std::unique_ptr<NerModel>& slot() {
  static std::unique_ptr<NerModel> model;
  return model;
}
EntitySource g_source = EntitySource::Combined;

}  // namespace

std::string NerModel::parse(std::string_view bytes) {
  if (bytes.size() < kHeader + 8 || std::memcmp(bytes.data(), kMagic, 8) != 0)
    return "not a lede name-tagger model (the file does not start with LEDENER1)";
  const uint32_t version = get_u32(bytes.data() + 8);
  const uint32_t n_tags = get_u32(bytes.data() + 12), bits = get_u32(bytes.data() + 16);
  if (version != kVersion) return "name-tagger model version " + std::to_string(version) + ", this build reads " +
                                  std::to_string(kVersion) + ": retrain it (scripts/train-ner.sh)";
  if (n_tags != uint32_t(ner::kTags) || bits < 8 || bits > 26)
    return "name-tagger model has an unexpected shape (tags " + std::to_string(n_tags) + ", table bits " +
           std::to_string(bits) + ")";
  const size_t n_rows = size_t(1) << bits, used_rows = get_u32(bytes.data() + kHeader);
  const size_t payload = 4 + n_rows / 8 + (used_rows <= n_rows ? used_rows * n_tags : 0);
  if (used_rows > n_rows || bytes.size() != kHeader + payload + 4)
    return "name-tagger model is truncated or padded (" + std::to_string(bytes.size()) + " bytes, expected " +
           std::to_string(kHeader + payload + 4) + ")";
  if (fnv32(bytes.substr(0, kHeader + payload)) != get_u32(bytes.data() + kHeader + payload))
    return "name-tagger model is corrupt (checksum mismatch)";
  const uint32_t file_flags = get_u32(bytes.data() + 20);
  // A model on features this build does not compute would tag worse without a word: refuse it.
  if (file_flags & ~(kUsesRules | kUsesHistory | kSaltMask))
    return "name-tagger model needs features this build does not have (flags " + std::to_string(file_flags) +
           "): use the model that came with this build or retrain it (scripts/train-ner.sh)";
  const auto* used = reinterpret_cast<const unsigned char*>(bytes.data() + kHeader + 4);
  const auto* w = reinterpret_cast<const int8_t*>(bytes.data() + kHeader + 4 + n_rows / 8);
  weights.assign(n_rows * n_tags, 0);
  // The packed rows are filled here too (as pack_rows() would, in the same pass): an unused row is all
  // zeros, which packed is kRowBias in every byte.
  Row zero;
  std::memset(zero.w, kRowBias, sizeof zero.w);
  rows.assign(n_rows, zero);
  size_t k = 0;  // the used row's index among the used rows
  for (size_t r = 0; r < n_rows; ++r) {
    if (!(used[r >> 3] >> (r & 7) & 1)) continue;
    if (k == used_rows) return "name-tagger model is corrupt (more used rows than it counts)";
    Row row = zero;  // (gathered here, then stored whole: one copy a row instead of a store a weight)
    for (uint32_t t = 0; t < uint32_t(ner::kTags); ++t) row.w[t] = w[t * used_rows + k];
    std::memcpy(&weights[r * ner::kTags], row.w, ner::kTags);
    for (uint32_t t = 0; t < uint32_t(ner::kTags); ++t) row.w[t] = int8_t(uint8_t(row.w[t]) ^ kRowBias);
    rows[r] = row;
    ++k;
  }
  if (k != used_rows) return "name-tagger model is corrupt (fewer used rows than it counts)";
  tags = n_tags;
  table_bits = bits;
  flags = file_flags;
  return "";
}

void NerModel::pack_rows() {
  static_assert(ner::kTags <= 16, "a row must fit the 16-byte vector");
  const size_t n = tags ? weights.size() / tags : 0;
  rows.assign(n, Row{});
  // parse() admits kTags only: a copy of a constant size is a few moves, not a libc call per row
  // (262,144 rows; they were a sixth of the model's loading).
  // The bias (kRowBias) goes on with two 8-byte XORs a row as it is copied in.
  const uint64_t flip = 0x0101010101010101ull * kRowBias;
  auto put = [&](size_t r, const int8_t* w, size_t len) {
    uint64_t half[2] = {0, 0};
    std::memcpy(half, w, len);
    half[0] ^= flip;
    half[1] ^= flip;
    std::memcpy(rows[r].w, half, 16);
  };
  if (tags == uint32_t(ner::kTags)) {
    for (size_t r = 0; r < n; ++r) put(r, weights.data() + r * ner::kTags, ner::kTags);
    return;
  }
  for (size_t r = 0; r < n; ++r) put(r, weights.data() + r * tags, tags);
}

std::string NerModel::serialise() const {
  std::string out(kMagic, 8);
  put_u32(out, kVersion);
  put_u32(out, tags);
  put_u32(out, table_bits);
  put_u32(out, flags);
  const size_t n_rows = size_t(1) << table_bits;
  std::string used(n_rows / 8, '\0');
  std::vector<uint32_t> rows_used;
  for (size_t r = 0; r < n_rows; ++r)
    for (uint32_t t = 0; t < tags; ++t)
      if (weights[r * tags + t] != 0) {
        used[r >> 3] = char(used[r >> 3] | (1 << (r & 7)));
        rows_used.push_back(uint32_t(r));
        break;
      }
  put_u32(out, uint32_t(rows_used.size()));
  out += used;
  for (uint32_t t = 0; t < tags; ++t)
    for (const uint32_t r : rows_used) out += char(weights[size_t(r) * tags + t]);
  put_u32(out, fnv32(out));
  return out;
}

std::string load_ner_model(std::string_view bytes) {
  auto m = std::make_unique<NerModel>();
  std::string err = m->parse(bytes);
  if (!err.empty()) return err;
  slot() = std::move(m);
  return "";
}

bool ner_model_loaded() { return slot() != nullptr; }
const NerModel* ner_model() { return slot().get(); }
void unload_ner_model() { slot().reset(); }
void set_entity_source(EntitySource s) { g_source = s; }
EntitySource entity_source() { return g_source; }

}  // namespace lede
