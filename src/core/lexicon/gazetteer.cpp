// gazetteer.cpp — hash lookups in the generated string tables, and the word Bloom filters.
#include "core/lexicon/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/detail/str_hash.h"

namespace lede::gazetteer {
namespace {

// A hash index over a generated table, built on first use (about a millisecond for all tables together).
// Slots hold the blob offset of a key + 1 (0 = empty) and the key's length (kLenShift): a probe compares
// lengths first, then the bytes inline, where a strncmp call read every probed key up to its '\0'.
// A tag, when the table has them, is the byte before the key.
class Index {
 public:
  explicit Index(const StringTable& t) : t_(t) {
    if (t.bytes >= kOffsetMask) std::abort();  // (a generated table grew past 16 MB: widen the slots)
    uint32_t cap = 16;
    while (cap < t.count * 2 + 2) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, 0);
    filter_.assign(kFilterBits / 64, 0);
    for (uint32_t at = 0; at < t.bytes;) {
      if (t.tagged) ++at;
      const uint32_t begin = at;
      while (at < t.bytes && t.blob[at] != '\0') ++at;
      const std::string_view k(t.blob + begin, at - begin);
      ++at;  // the '\0'
      const uint32_t full = hash(k);
      const uint32_t f = filter_bit(full);
      filter_[f >> 6] |= uint64_t(1) << (f & 63);
      uint32_t h = full & mask_;
      while (slots_[h]) h = (h + 1) & mask_;
      slots_[h] = (std::min<uint32_t>(at - 1 - begin, kLongKey) << kLenShift) | (begin + 1);
    }
  }
  // Offset of key in the blob, or -1.
  int32_t find(std::string_view k) const {
    if (t_.count == 0) return -1;
    const uint32_t full = hash(k);
    const uint32_t f = filter_bit(full);
    if (!(filter_[f >> 6] & (uint64_t(1) << (f & 63)))) return -1;  // most words are in no table: 16 KB says so
    for (uint32_t h = full & mask_;; h = (h + 1) & mask_) {
      const uint32_t s = slots_[h];
      if (!s) return -1;
      const uint32_t len = s >> kLenShift, at = (s & kOffsetMask) - 1;
      const char* key = t_.blob + at;
      if (len == kLongKey ? std::strncmp(key, k.data(), k.size()) == 0 && key[k.size()] == '\0'
                          : len == k.size() && str_equal(std::string_view(key, len), k))
        return int32_t(at);
    }
  }

 private:
  // The generated blobs are a few hundred KB: 24 bits of offset; a key of 255 bytes or more is compared
  // the old way.
  static constexpr uint32_t kLenShift = 24, kOffsetMask = (1u << kLenShift) - 1, kLongKey = 255;
  static constexpr uint32_t kFilterLog = 17, kFilterBits = 1u << kFilterLog;
  const StringTable& t_;
  std::vector<uint32_t> slots_;    // blob offset + 1; 0 = empty
  std::vector<uint64_t> filter_;   // one bit per key hash: a cache-friendly "surely not here"
  uint32_t mask_ = 0;

  static uint32_t filter_bit(uint32_t h) { return (h * 0x9E3779B1u) >> (32 - kFilterLog); }
  static uint32_t hash(std::string_view s) { return str_hash(s); }
};

// Each table's index is built on its own first lookup, in a function of its own: code that looks up only some
// tables links only those (the web page's cross-article library reads places and demonyms; the first names and
// companies are the analysis's alone, and stay in the worker's module).
template <const StringTable& T>
int32_t find(std::string_view key) {
  static const Index ix(T);
  return ix.find(key);
}

// Must hash exactly like scripts/gen/gazetteer.js.
uint32_t fnv1a(std::string_view s) {
  uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) { h ^= c; h *= 0x01000193u; }
  return h;
}
uint32_t mix(uint32_t h) {
  h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
  return h | 1u;
}

}  // namespace

uint8_t place(std::string_view name) {
  const int32_t at = find<data::kPlaces>(name);
  return at <= 0 ? 0 : uint8_t(data::kPlaces.blob[at - 1]);  // the tag byte before the key
}

namespace {
// "NEW YORK" as "New York": each word's first letter stays, the rest in lower case (ASCII; false past 64 bytes)
bool as_capitalised(std::string_view name, char (&buf)[64]) {
  if (name.size() > sizeof buf) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool opens = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
    buf[i] = !opens && c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
  }
  return true;
}
}  // namespace

uint8_t place_in_capitals(std::string_view name) {
  char buf[64];
  return as_capitalised(name, buf) ? place(std::string_view(buf, name.size())) : 0;
}

namespace {
// The Latin letters of U+00C0..U+017F without their marks ("é" -> "e", "ł" -> "l"; '.' where none is one
// letter: "Æ", "ß", "Œ", "×"). One row a lead byte: 0xC3, 0xC4, 0xC5, indexed by the continuation byte - 0x80.
constexpr char kBare[3][65] = {
    "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y",
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKkkLlLlLl.",
    ".LlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.",
};

// `name` without its Latin marks into `out` (as long as name at most); its length, or 0 when it has no mark or a
// letter that is no one letter bare.
size_t without_marks(std::string_view name, char* out) {
  size_t n = 0;
  bool folded = false;
  for (size_t k = 0; k < name.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(name[k]);
    if (c < 0x80) { out[n++] = char(c); continue; }
    if (c < 0xC3 || c > 0xC5 || k + 1 >= name.size()) return 0;
    const unsigned char next = static_cast<unsigned char>(name[k + 1]);
    if (next < 0x80 || next > 0xBF) return 0;
    const char bare = kBare[c - 0xC3][next - 0x80];
    if (bare == '.') return 0;
    out[n++] = bare;
    folded = true;
    ++k;
  }
  return folded ? n : 0;
}
}  // namespace

// ("Ra\u00FAl", "Se\u00E1n", "J\u00E9r\u00F4me": the lists hold many names only without their accents)
bool first_name(std::string_view name) {
  if (find<data::kFirstNames>(name) >= 0) return true;
  char bare[40];
  if (name.size() > sizeof bare) return false;
  const size_t n = without_marks(name, bare);
  return n > 0 && find<data::kFirstNames>(std::string_view(bare, n)) >= 0;
}

bool demonym(std::string_view word) { return find<data::kDemonyms>(word) >= 0; }

bool demonym_in_capitals(std::string_view word) {
  char buf[64];
  return as_capitalised(word, buf) && demonym(std::string_view(buf, word.size()));
}

bool country_adjective(std::string_view word) {
  char plural[48];
  if (word.size() < 3 || word.size() + 1 > sizeof plural || word[0] < 'A' || word[0] > 'Z' || word.back() == 's')
    return false;
  for (size_t i = 0; i < word.size(); ++i) plural[i] = word[i];
  plural[word.size()] = 's';
  return (place(std::string_view(plural, word.size() + 1)) & kCountry) && proper_word(word);
}

uint8_t company_word(std::string_view word) {
  const int32_t at = find<data::kCompanies>(word);
  return at <= 0 ? 0 : uint8_t(data::kCompanies.blob[at - 1]);  // the tag byte before the key
}

namespace {
bool bloom_has(const Bloom& b, std::string_view w) {
  if (b.nbits == 0 || w.empty()) return false;
  const uint32_t h1 = fnv1a(w), h2 = mix(h1);
  for (uint32_t i = 0; i < b.hashes; ++i) {
    const uint32_t bit = (h1 + i * h2) % b.nbits;
    if (!(b.bits[bit >> 5] & (1u << (bit & 31)))) return false;
  }
  return true;
}
}  // namespace

bool common_word(std::string_view w) { return bloom_has(data::kCommonWords, w); }
bool proper_word(std::string_view w) { return bloom_has(data::kProperWords, w); }

bool common_word_any_case(std::string_view w) {
  char buf[40];
  if (w.size() > sizeof buf) return false;
  for (size_t i = 0; i < w.size(); ++i) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? char(w[i] - 'A' + 'a') : w[i];
  return common_word(std::string_view(buf, w.size()));
}

}  // namespace lede::gazetteer
