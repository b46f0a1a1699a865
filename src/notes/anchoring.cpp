#include "notes/anchoring.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace lede {
namespace {

// ---- exact search: Horspool over a byte range ---------------------------------------------------------
// Calls f(pos) for each occurrence of needle fully inside hay[from, to); stops early when f returns false.
template <class F>
void find_all(std::string_view hay, size_t from, size_t to, std::string_view needle, F f) {
  const size_t m = needle.size();
  to = std::min(to, hay.size());
  if (m == 0 || from >= to || to - from < m) return;
  const auto* h = reinterpret_cast<const unsigned char*>(hay.data());
  const auto* n = reinterpret_cast<const unsigned char*>(needle.data());
  if (m == 1) {
    for (size_t i = from; i < to;) {
      const void* p = std::memchr(h + i, n[0], to - i);
      if (!p) return;
      const size_t at = size_t(static_cast<const unsigned char*>(p) - h);
      if (!f(at)) return;
      i = at + 1;
    }
    return;
  }
  size_t skip[256];
  for (size_t& s : skip) s = m;
  for (size_t i = 0; i + 1 < m; ++i) skip[n[i]] = m - 1 - i;
  const unsigned char last = n[m - 1];
  for (size_t i = from; i + m <= to;) {
    const unsigned char c = h[i + m - 1];
    if (c == last && std::memcmp(h + i, n, m - 1) == 0 && !f(i)) return;
    i += skip[c];
  }
}

// ---- approximate matching: Myers' bit-vector edit distance, in 64-bit blocks (Hyyrö's formulation) ----
// Column j of the DP table is kept as vertical +1/-1 delta bit-vectors; each text byte updates every
// block in O(1) word operations. Information only flows to higher bits, so the unused bits above the
// pattern's end in the last block never disturb the result.
class BitMatcher {
 public:
  void set(std::string_view pattern, bool reversed) {
    m_ = pattern.size();
    blocks_ = (m_ + 63) / 64;
    peq_.assign(256 * blocks_, 0);
    for (size_t i = 0; i < m_; ++i) {
      const unsigned char c = static_cast<unsigned char>(reversed ? pattern[m_ - 1 - i] : pattern[i]);
      peq_[size_t(c) * blocks_ + i / 64] |= uint64_t(1) << (i % 64);
    }
  }
  size_t size() const { return m_; }

  // out[j] = edit distance after consuming byte get(j), j = 0..n-1, where get() walks the text.
  //   free_start: min over substrings of the text ending at j (search);
  //   otherwise:  distance to the text prefix [0, j] (the alignment starts at the first byte).
  template <class Get>
  void run(size_t n, Get get, bool free_start, std::vector<int32_t>& out) {
    out.resize(n);
    if (m_ == 0) {
      for (size_t j = 0; j < n; ++j) out[j] = free_start ? 0 : int32_t(j + 1);
      return;
    }
    const uint64_t last_high = uint64_t(1) << ((m_ - 1) % 64);
    int32_t score = int32_t(m_);
    if (blocks_ == 1) {  // most quotes: the whole column in one register pair
      uint64_t pv = ~uint64_t(0), mv = 0;
      const uint64_t carry_in = free_start ? 0 : 1;  // anchored: row 0 grows by one per column
      for (size_t j = 0; j < n; ++j) {
        const uint64_t e = peq_[size_t(get(j))];
        const uint64_t xv = e | mv;
        const uint64_t xh = (((e & pv) + pv) ^ pv) | e;
        uint64_t ph = mv | ~(xh | pv);
        uint64_t mh = pv & xh;
        score += (ph & last_high) ? 1 : (mh & last_high) ? -1 : 0;
        ph = (ph << 1) | carry_in;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        out[j] = score;
      }
      return;
    }
    pv_.assign(blocks_, ~uint64_t(0));
    mv_.assign(blocks_, 0);
    for (size_t j = 0; j < n; ++j) {
      const uint64_t* eq = &peq_[size_t(get(j)) * blocks_];
      int hin = free_start ? 0 : 1;
      for (size_t b = 0; b < blocks_; ++b) {
        const uint64_t high = b + 1 == blocks_ ? last_high : (uint64_t(1) << 63);
        uint64_t pv = pv_[b], mv = mv_[b], e = eq[b];
        const uint64_t xv = e | mv;
        if (hin < 0) e |= 1;
        const uint64_t xh = (((e & pv) + pv) ^ pv) | e;
        uint64_t ph = mv | ~(xh | pv);
        uint64_t mh = pv & xh;
        int hout = 0;
        if (ph & high) hout = 1;
        else if (mh & high) hout = -1;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        pv_[b] = mh | ~(xv | ph);
        mv_[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      out[j] = score;
    }
  }

 private:
  size_t m_ = 0, blocks_ = 0;
  std::vector<uint64_t> peq_, pv_, mv_;
};

constexpr size_t kGram = 8;  // seed length for the text index

uint32_t gram_hash(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  x *= 0x9E3779B97F4A7C15ull;
  return uint32_t(x >> 32);
}

bool is_cont(std::string_view s, size_t i) { return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; }
size_t floor_boundary(std::string_view s, size_t b) {
  while (b > 0 && is_cont(s, b)) --b;
  return b;
}
size_t ceil_boundary(std::string_view s, size_t b) {
  while (is_cont(s, b)) ++b;
  return b;
}

struct Candidate {
  size_t begin = 0, end = 0;
  double quote_sim = 0;  // 1 - edits / quote bytes
  double context = 0;    // prefix/suffix similarity 0..1
  double score = 0;
  size_t distance = 0;   // from the expected position
};

bool better(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  return a.distance < b.distance;
}

size_t absdiff(size_t a, size_t b) { return a > b ? a - b : b - a; }

}  // namespace

// ---- the anchorer -----------------------------------------------------------------------------------
struct Anchorer::Impl {
  std::string_view text;
  AnchorOptions opt;
  utf8::CodepointIndex cpi;
  size_t n_cp = 0;

  // Gram index: (hash << 32 | position) for every `step`-th text position, sorted, plus a directory of
  // where each value of the hash's top `dir_bits` bits starts — so a lookup is one directory read and a
  // search in a bucket of ~1 entry. Built on first need, in linear time (counting sort by bucket).
  bool index_built = false;
  size_t step = 4;
  unsigned dir_bits = 0;
  std::vector<uint64_t> grams;
  std::vector<uint32_t> dir;  // 2^dir_bits + 1 bucket starts

  BitMatcher matcher, back_matcher, ctx_matcher;  // quote forwards, quote reversed, context
  std::vector<int32_t> scores, back_scores, ctx_scores;

  Impl(std::string_view t, AnchorOptions o) : text(t), opt(o), cpi(t), n_cp(cpi.to_codepoint(t.size())) {}

  AnchorResult placed(AnchorStatus st, size_t b, size_t e, double score) const {
    AnchorResult r;
    r.status = st;
    r.bytes = {uint32_t(b), uint32_t(e)};
    r.codepoints.start = uint32_t(cpi.to_codepoint(b));
    r.codepoints.end = uint32_t(cpi.to_codepoint(e));
    r.score = float(std::clamp(score, 0.0, 1.0));
    return r;
  }

  void build_index() {
    index_built = true;
    if (text.size() < kGram) return;
    // At most ~2M entries (16 MB) whatever the text size: long texts are sampled more sparsely.
    step = std::max<size_t>(4, text.size() / (size_t(1) << 21) + 1);
    const size_t n = (text.size() - kGram) / step + 1;
    dir_bits = 1;
    while (dir_bits < 22 && (size_t(1) << dir_bits) < n) ++dir_bits;
    const unsigned shift = 32 - dir_bits;
    dir.assign((size_t(1) << dir_bits) + 1, 0);
    std::vector<uint64_t> unsorted;
    unsorted.reserve(n);
    for (size_t p = 0; p + kGram <= text.size(); p += step) {
      const uint32_t h = gram_hash(text.data() + p);
      unsorted.push_back((uint64_t(h) << 32) | uint64_t(p));
      ++dir[(h >> shift) + 1];
    }
    for (size_t b = 1; b < dir.size(); ++b) dir[b] += dir[b - 1];
    grams.resize(unsorted.size());
    std::vector<uint32_t> fill(dir.begin(), dir.end() - 1);
    for (uint64_t g : unsorted) grams[fill[uint32_t(g >> 32) >> shift]++] = g;
    for (size_t b = 0; b + 1 < dir.size(); ++b)  // buckets hold ~1 entry: sorting them is linear overall
      if (dir[b + 1] - dir[b] > 1) std::sort(grams.begin() + dir[b], grams.begin() + dir[b + 1]);
  }

  // Text positions (sampled) whose gram hashes to h, in position order.
  std::pair<const uint64_t*, const uint64_t*> lookup(uint32_t h) const {
    const uint32_t b = h >> (32 - dir_bits);
    const uint64_t* first = grams.data() + dir[b];
    const uint64_t* last = grams.data() + dir[b + 1];
    const uint64_t lo = uint64_t(h) << 32, hi = lo | 0xFFFFFFFFull;
    const uint64_t* a = std::lower_bound(first, last, lo);
    return {a, std::upper_bound(a, last, hi)};
  }

  // Fraction of prefix/suffix bytes that agree with the text around [b, e) — exact comparison, outwards.
  double exact_context(const TextQuoteSelector& q, size_t b, size_t e) const {
    const size_t pl = q.prefix.size(), sl = q.suffix.size();
    if (pl + sl == 0) return 1.0;
    size_t a = 0;
    while (a < pl && a < b && text[b - 1 - a] == q.prefix[pl - 1 - a]) ++a;
    size_t s = 0;
    while (s < sl && e + s < text.size() && text[e + s] == q.suffix[s]) ++s;
    return double(a + s) / double(pl + sl);
  }

  // Edit similarity of prefix/suffix with the text around [b, e) — tolerant of edits in the context.
  double fuzzy_context(const TextQuoteSelector& q, size_t b, size_t e) {
    const size_t pl = q.prefix.size(), sl = q.suffix.size();
    if (pl + sl == 0) return 1.0;
    double matched = 0;
    if (pl) {
      // Reversed prefix against the text read backwards from b, aligned at b.
      ctx_matcher.set(q.prefix, /*reversed=*/true);
      const size_t n = std::min(b, pl + pl / 2 + 1);
      ctx_matcher.run(n, [&](size_t j) { return static_cast<unsigned char>(text[b - 1 - j]); }, false, ctx_scores);
      int32_t best = int32_t(pl);
      for (int32_t d : ctx_scores) best = std::min(best, d);
      matched += double(pl) - double(best);
    }
    if (sl) {
      ctx_matcher.set(q.suffix, false);
      const size_t n = std::min(text.size() - e, sl + sl / 2 + 1);
      ctx_matcher.run(n, [&](size_t j) { return static_cast<unsigned char>(text[e + j]); }, false, ctx_scores);
      int32_t best = int32_t(sl);
      for (int32_t d : ctx_scores) best = std::min(best, d);
      matched += double(sl) - double(best);
    }
    return std::max(0.0, matched / double(pl + sl));
  }

  // ---- exact search ----
  void consider_exact(const TextQuoteSelector& q, size_t t, size_t expected, Candidate& best, bool& found) const {
    Candidate c;
    c.begin = t;
    c.end = t + q.exact.size();
    c.context = exact_context(q, c.begin, c.end);
    c.score = c.context;
    c.distance = absdiff(t, expected);
    if (!found || better(c, best)) best = c;
    found = true;
  }

  bool exact_global(const TextQuoteSelector& q, size_t expected, Candidate& best) {
    bool found = false;
    const std::string_view needle = q.exact;
    const size_t m = needle.size();
    if (!index_built) build_index();
    if (grams.empty() || m < kGram + step - 1) {
      find_all(text, 0, text.size(), needle, [&](size_t t) {
        consider_exact(q, t, expected, best, found);
        return true;
      });
      return found;
    }
    // Every occurrence t has exactly one residue r = (-t) mod step; for that residue every pattern offset
    // j ≡ r (mod step) lands on a sampled position. Use the rarest such gram per residue.
    for (size_t r = 0; r < step; ++r) {
      const uint64_t* lo = nullptr;
      const uint64_t* hi = nullptr;
      size_t best_j = 0;
      for (size_t j = r; j + kGram <= m; j += step) {
        const auto range = lookup(gram_hash(needle.data() + j));
        if (!lo || range.second - range.first < hi - lo) { lo = range.first; hi = range.second; best_j = j; }
        if (hi - lo <= 1) break;  // cannot do better than one candidate to verify
      }
      for (const uint64_t* it = lo; it != hi; ++it) {
        const size_t p = size_t(*it & 0xFFFFFFFFull);
        if (p < best_j) continue;
        const size_t t = p - best_j;
        if (t + m <= text.size() && std::memcmp(text.data() + t, needle.data(), m) == 0)
          consider_exact(q, t, expected, best, found);
      }
    }
    return found;
  }

  // ---- fuzzy search ----
  // Approximate occurrences of the quote inside text[from, to), appended to out. matcher and back_matcher
  // must hold the quote (forwards, reversed).
  void fuzzy_in(const TextQuoteSelector& q, size_t from, size_t to, size_t expected, int32_t k,
                std::vector<Candidate>& out) {
    const std::string_view pat = q.exact;
    const size_t m = pat.size();
    to = std::min(to, text.size());
    if (from >= to) return;
    const size_t n = to - from;
    matcher.run(n, [&](size_t j) { return static_cast<unsigned char>(text[from + j]); }, true, scores);
    // Ends of matches: the best end in each run of nearby ends with score <= k.
    struct End { size_t end; int32_t d; };
    std::vector<End> ends;
    for (size_t j = 0; j < n; ++j) {
      if (scores[j] > k) continue;
      const size_t end = from + j + 1;
      if (!ends.empty() && end - ends.back().end <= size_t(k) + 1) {
        if (scores[j] < ends.back().d) ends.back() = {end, scores[j]};
        else if (scores[j] == ends.back().d) { /* keep the earlier end: trailing bytes would be extra */ }
        continue;
      }
      ends.push_back({end, scores[j]});
    }
    if (ends.size() > 16) {
      // Full tie-breaks keep results identical across standard libraries (native and wasm).
      std::partial_sort(ends.begin(), ends.begin() + 16, ends.end(), [&](const End& a, const End& b) {
        if (a.d != b.d) return a.d < b.d;
        if (absdiff(a.end, expected) != absdiff(b.end, expected)) return absdiff(a.end, expected) < absdiff(b.end, expected);
        return a.end < b.end;
      });
      ends.resize(16);
    }
    for (const End& en : ends) {
      // The start: align the reversed quote against the text read backwards from the end.
      const size_t span = std::min(en.end - from, m + size_t(k) + 1);
      back_matcher.run(span, [&](size_t j) { return static_cast<unsigned char>(text[en.end - 1 - j]); }, false, back_scores);
      size_t best_len = 0;
      int32_t best_d = INT32_MAX;
      for (size_t j = 0; j < span; ++j) {
        const size_t len = j + 1;
        if (back_scores[j] < best_d || (back_scores[j] == best_d && absdiff(len, m) < absdiff(best_len, m))) {
          best_d = back_scores[j];
          best_len = len;
        }
      }
      if (best_d > k || best_len == 0) continue;
      Candidate c;
      c.begin = floor_boundary(text, en.end - best_len);
      c.end = ceil_boundary(text, en.end);
      c.quote_sim = 1.0 - double(best_d) / double(m);
      c.distance = absdiff(c.begin, expected);
      out.push_back(c);
    }
  }

  // Candidate places for the quote anywhere in the text: grams of prefix+exact+suffix vote for the
  // diagonal (text position - pattern position); the densest diagonals become small search regions.
  void fuzzy_global(const TextQuoteSelector& q, size_t expected, int32_t k, std::vector<Candidate>& out) {
    if (!index_built) build_index();
    if (grams.empty()) return;
    std::string pat;
    pat.reserve(q.prefix.size() + q.exact.size() + q.suffix.size());
    pat += q.prefix;
    pat += q.exact;
    pat += q.suffix;
    const int64_t base = int64_t(q.prefix.size());
    std::vector<int64_t> diagonals;
    for (size_t j = 0; j + kGram <= pat.size(); ++j) {
      const auto range = lookup(gram_hash(pat.data() + j));
      if (range.second - range.first > 32) continue;  // too common to say anything ("of the ")
      for (const uint64_t* it = range.first; it != range.second; ++it)
        diagonals.push_back(int64_t(*it & 0xFFFFFFFFull) - int64_t(j) + base);
    }
    if (diagonals.empty()) return;
    std::sort(diagonals.begin(), diagonals.end());
    struct Cluster { int64_t lo, hi; size_t votes; };
    std::vector<Cluster> clusters;
    const int64_t band = int64_t(k) + 16;
    for (int64_t d : diagonals) {
      if (!clusters.empty() && d - clusters.back().lo <= band) {
        clusters.back().hi = d;
        ++clusters.back().votes;
      } else {
        clusters.push_back({d, d, 1});
      }
    }
    std::sort(clusters.begin(), clusters.end(), [&](const Cluster& a, const Cluster& b) {
      if (a.votes != b.votes) return a.votes > b.votes;
      const uint64_t da = uint64_t(std::llabs(a.lo - int64_t(expected))), db = uint64_t(std::llabs(b.lo - int64_t(expected)));
      if (da != db) return da < db;
      return a.lo < b.lo;
    });
    const size_t m = q.exact.size();
    for (size_t i = 0; i < clusters.size() && i < 4; ++i) {
      if (clusters[i].votes < 2) break;
      const int64_t from = std::max<int64_t>(0, clusters[i].lo - k - 16);
      const int64_t to = std::min<int64_t>(int64_t(text.size()), clusters[i].hi + int64_t(m) + k + 16);
      if (from < to) fuzzy_in(q, size_t(from), size_t(to), expected, k, out);
    }
  }

  AnchorResult anchor(const TextQuoteSelector& q, const TextPositionSelector& pos, int64_t hint) {
    const std::string_view exact = q.exact;
    const size_t m = exact.size();
    if (m == 0) {
      // Nothing to search for: trust the position when it fits.
      if (pos.start <= pos.end && pos.end <= n_cp)
        return placed(AnchorStatus::Exact, cpi.to_byte(pos.start), cpi.to_byte(pos.end), 1.0);
      return {};
    }
    if (m > text.size()) return fuzzy_or_orphan(q, pos, hint);
    // (a) the position selector still holds.
    if (pos.start <= pos.end && pos.end <= n_cp) {
      const size_t b = cpi.to_byte(pos.start);
      if (b + m <= text.size() && text.compare(b, m, exact) == 0) return placed(AnchorStatus::Exact, b, b + m, 1.0);
    }
    const size_t expected = expected_byte(pos, hint);
    // (b) the same quote elsewhere: first where the hint says, then the window, then everywhere.
    if (hint != 0 && expected + m <= text.size() && text.compare(expected, m, exact) == 0 &&
        exact_context(q, expected, expected + m) == 1.0)
      return placed(AnchorStatus::Moved, expected, expected + m, 1.0);
    Candidate best;
    bool found = false;
    const size_t w = opt.window_bytes;
    find_all(text, expected > w ? expected - w : 0, expected + w + m, exact, [&](size_t t) {
      consider_exact(q, t, expected, best, found);
      return true;
    });
    if (!(found && best.context == 1.0)) found = exact_global(q, expected, best) || found;
    if (found) return placed(AnchorStatus::Moved, best.begin, best.end, 0.8 + 0.2 * best.context);
    return fuzzy_or_orphan(q, pos, hint);
  }

  size_t expected_byte(const TextPositionSelector& pos, int64_t hint) const {
    int64_t cp = int64_t(pos.start) + hint;
    cp = std::clamp<int64_t>(cp, 0, int64_t(n_cp));
    return cpi.to_byte(size_t(cp));
  }

  // (c) fuzzy, (d) orphan.
  AnchorResult fuzzy_or_orphan(const TextQuoteSelector& q, const TextPositionSelector& pos, int64_t hint) {
    const size_t m = q.exact.size();
    if (m < opt.min_fuzzy_bytes || m > opt.max_fuzzy_bytes || text.empty()) return {};
    const int32_t k = int32_t(double(m) * double(opt.max_error_rate));
    if (k <= 0) return {};
    const size_t expected = expected_byte(pos, hint);
    matcher.set(q.exact, false);
    back_matcher.set(q.exact, true);
    std::vector<Candidate> cands;
    // A close local match settles it; a weak or missing one is compared with what the rest of the text
    // offers, found through the gram index (much cheaper than scanning a wide window with the matcher).
    auto settled = [&] {
      for (const Candidate& c : cands)
        if (c.quote_sim >= 1.0 - double(k) / double(m) / 2.0) return true;
      return false;
    };
    const size_t near = size_t(opt.fuzzy_window_bytes) + size_t(k);
    fuzzy_in(q, expected > near ? expected - near : 0, expected + m + near, expected, k, cands);
    if (!settled()) fuzzy_global(q, expected, k, cands);
    if (cands.empty()) return {};
    for (Candidate& c : cands) {
      c.context = fuzzy_context(q, c.begin, c.end);
      c.score = 0.75 * c.quote_sim + 0.25 * c.context;
    }
    const Candidate& best = *std::min_element(cands.begin(), cands.end(), better);
    if (best.end <= best.begin) return {};
    return placed(AnchorStatus::Fuzzy, best.begin, best.end, best.score);
  }
};

Anchorer::Anchorer(std::string_view text, AnchorOptions options) : impl_(std::make_unique<Impl>(text, options)) {}
Anchorer::~Anchorer() = default;

AnchorResult Anchorer::anchor(const TextQuoteSelector& quote, const TextPositionSelector& position, int64_t hint) {
  return impl_->anchor(quote, position, hint);
}
std::string_view Anchorer::text() const { return impl_->text; }
const utf8::CodepointIndex& Anchorer::codepoints() const { return impl_->cpi; }
size_t Anchorer::codepoint_count() const { return impl_->n_cp; }

AnchorResult anchor(std::string_view text, const TextQuoteSelector& quote, const TextPositionSelector& position,
                    const AnchorOptions& options) {
  Anchorer a(text, options);
  return a.anchor(quote, position);
}

static std::vector<AnchorResult> anchor_each(Anchorer& anchorer, const std::vector<Annotation>& annotations) {
  std::vector<size_t> order(annotations.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return annotations[a].position.start < annotations[b].position.start;
  });
  std::vector<AnchorResult> out(annotations.size());
  int64_t shift = 0;
  for (size_t i : order) {
    out[i] = anchorer.anchor(annotations[i], shift);
    if (out[i].status != AnchorStatus::Orphan)
      shift = int64_t(out[i].codepoints.start) - int64_t(annotations[i].position.start);
  }
  return out;
}

std::vector<AnchorResult> anchor_all(std::string_view text, const std::vector<Annotation>& annotations,
                                     const AnchorOptions& options) {
  Anchorer anchorer(text, options);
  return anchor_each(anchorer, annotations);
}

void apply_anchor(Annotation& a, std::string_view text, const utf8::CodepointIndex& cpi, const AnchorResult& r) {
  a.anchor = r.status;
  a.anchor_score = r.score;
  if (r.status == AnchorStatus::Orphan) return;
  AnnotationTarget t = make_selectors(text, cpi, r.bytes);
  a.quote = std::move(t.quote);
  a.position = t.position;
}

std::vector<AnchorResult> reanchor_all(std::string_view text, std::vector<Annotation>& annotations,
                                       const AnchorOptions& options) {
  Anchorer anchorer(text, options);
  std::vector<AnchorResult> r = anchor_each(anchorer, annotations);
  for (size_t i = 0; i < annotations.size(); ++i) apply_anchor(annotations[i], text, anchorer.codepoints(), r[i]);
  return r;
}

}  // namespace lede
