// gazetteer.cpp — binary search over the generated sorted string tables, and the common-word Bloom filter.
#include "core/gazetteer.h"

#include <cstring>

namespace lede::gazetteer {
namespace {

// Index of key in t, or -1. Keys are sorted bytewise, which is what string_view::compare does.
int32_t find(const StringTable& t, std::string_view key) {
  uint32_t lo = 0, hi = t.count;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    const std::string_view k(t.blob + t.offsets[mid], t.offsets[mid + 1] - t.offsets[mid] - 1);
    const int c = k.compare(key);
    if (c == 0) return int32_t(mid);
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return -1;
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
  const int32_t i = find(data::kPlaces, name);
  return i < 0 ? 0 : data::kPlaces.tags[i];
}

bool first_name(std::string_view name) { return find(data::kFirstNames, name) >= 0; }

bool demonym(std::string_view word) { return find(data::kDemonyms, word) >= 0; }

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

}  // namespace lede::gazetteer
