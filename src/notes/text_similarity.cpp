// text_similarity.cpp — word-pair overlap of two texts (see text_similarity.h).
#include "notes/text_similarity.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace lede {

namespace {

// FNV-1a over each word (ASCII letters folded, punctuation ends a word); pairs of consecutive words.
std::unordered_set<uint64_t> shingles(std::string_view s) {
  std::unordered_set<uint64_t> out;
  out.reserve(s.size() / 6 + 1);
  uint64_t prev = 0, h = 1469598103934665603ull;
  bool in_word = false, have_prev = false;
  auto end_word = [&] {
    if (!in_word) return;
    if (have_prev) out.insert(prev * 1099511628211ull ^ h);
    prev = h;
    have_prev = true;
    h = 1469598103934665603ull;
    in_word = false;
  };
  for (unsigned char c : s) {
    const bool word = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (!word) { end_word(); continue; }
    const unsigned char f = (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
    h = (h ^ f) * 1099511628211ull;
    in_word = true;
  }
  end_word();
  return out;
}

}  // namespace

Overlap text_overlap(std::string_view a, std::string_view b) {
  const std::unordered_set<uint64_t> sa = shingles(a), sb = shingles(b);
  const std::unordered_set<uint64_t>& small = sa.size() <= sb.size() ? sa : sb;
  const std::unordered_set<uint64_t>& large = sa.size() <= sb.size() ? sb : sa;
  if (small.empty()) return a == b ? Overlap{1, 1} : Overlap{};
  size_t shared = 0;
  for (uint64_t x : small) shared += large.count(x);
  return {double(shared) / double(small.size()), double(shared) / double(large.size())};
}

bool same_story(std::string_view a, std::string_view b, const SimilarityOptions& o) {
  const Overlap v = text_overlap(a, b);
  return v.of_smaller >= o.min_of_smaller && v.of_larger >= o.min_of_larger;
}

}  // namespace lede
