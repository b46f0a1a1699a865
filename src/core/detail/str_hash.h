// str_hash.h — one fast hash for lede's in-memory string tables (entity lexicon, gazetteer indexes,
// per-document SvMaps).
//
//     uint32_t h = lede::str_hash("Netanyahu");   // same bytes, same hash, on every platform
//
// It reads eight bytes (or two overlapping four-byte halves) at a time where byte-wise FNV-1a spends
// four instructions a byte. The tables only ever compare keys for equality, so the hash decides the
// probe order and never an answer. Not for anything persisted or shared with the generators
// (gazetteer Bloom filters must keep scripts/gen's fnv1a).
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lede {

inline uint64_t str_hash_mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

inline uint32_t str_hash(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  auto load8 = [](const char* q) { uint64_t w; std::memcpy(&w, q, 8); return w; };
  auto load4 = [](const char* q) { uint32_t w; std::memcpy(&w, q, 4); return uint64_t(w); };
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = str_hash_mix(h, load8(p + i));
    if (i < n) h = str_hash_mix(h, load8(p + n - 8));  // the tail, overlapping the last full word
  } else if (n >= 4) {
    h = str_hash_mix(h, load4(p) | (load4(p + n - 4) << 32));
  } else if (n > 0) {
    h = str_hash_mix(h, uint64_t(uint8_t(p[0])) | uint64_t(uint8_t(p[n / 2])) << 8 | uint64_t(uint8_t(p[n - 1])) << 16);
  }
  h *= 0xc4ceb9fe1a85ec53ull;
  return uint32_t(h ^ (h >> 29));
}

// a == b for the short keys of those tables, compared inline: eight (or four) bytes at a time with
// overlapping loads that stay inside both strings. A libc memcmp call was 1.5 % of the analysis, nearly all
// of it equal-length words of a few letters found in a table. Longer keys go to memcmp.
inline bool str_equal(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto load8 = [](const char* r) { uint64_t w; std::memcpy(&w, r, 8); return w; };
  auto load4 = [](const char* r) { uint32_t w; std::memcpy(&w, r, 4); return w; };
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

}  // namespace lede
