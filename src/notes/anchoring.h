// anchoring.h — place stored annotations in a (possibly updated) article text.
//
// When an article is re-imported (same URL or title, edited text), each annotation is re-anchored:
//
//     std::vector<lede::AnchorResult> r = lede::reanchor_all(new_text, article_annotations);
//     // each annotation now has anchor = Exact | Moved | Fuzzy | Orphan and, unless orphaned, selectors
//     // remade from new_text; r[i].bytes is where annotation i sits in new_text (empty for orphans)
//
// or, to look without changing anything:
//
//     lede::Anchorer anchorer(text);                      // text must outlive the Anchorer
//     lede::AnchorResult r = anchorer.anchor(a.quote, a.position);
//     if (r.status != lede::AnchorStatus::Orphan) highlight(r.bytes);
//
// The ladder, cheapest first (the W3C / Hypothesis approach):
//   exact   the position selector still points at the exact quote
//   moved   the exact quote found elsewhere: among its occurrences the one whose prefix/suffix match
//           best, nearest the expected position
//   fuzzy   approximate match (Myers' bit-parallel edit distance, at most max_error_rate edits per byte
//           of the quote), first in a window around the expected position, then at candidate places
//           found by an 8-byte-gram index of the text (seed and verify: the quote with its context
//           votes for places; the best few are checked); context similarity picks between candidates
//   orphan  nothing good enough — never dropped, the caller keeps the annotation and lists it
//
// Cost: a position check is O(quote); exact search is a window scan, then an index lookup; fuzzy work is
// O(quote/64 · window) plus a few index lookups per quote byte. Nothing scans the whole text per
// annotation except the exact search for quotes shorter than 11 bytes. The gram index (about 4 bytes of
// memory per text byte, built in linear time) is made once per Anchorer, lazily, only if some annotation
// needs a global search. anchor_all() carries the shift seen on the previous annotation forward, so an
// insertion near the top costs one comparison each. Measured (scripts/bench.d/anchoring.sh): 1,000
// annotations in a 1 MB text take ~1 ms unchanged or shifted, ~50 ms with a third of the quotes edited.
// Results are deterministic and identical native and in wasm (every sort has a full tie-break).
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "notes/annotation.h"
#include "core/document.h"
#include "core/text/utf8.h"

namespace lede {

struct AnchorResult {
  AnchorStatus status = AnchorStatus::Orphan;
  ByteSpan bytes;                  // in the anchored text; empty for orphans
  TextPositionSelector codepoints; // the same span in code points
  float score = 0.0f;              // confidence 0..1: exact 1; moved 0.8 + 0.2·context; fuzzy
                                   // 0.75·quote similarity + 0.25·context; orphan 0
};

struct AnchorOptions {
  float max_error_rate = 0.3f;      // fuzzy: edits allowed per byte of the quote
  uint32_t window_bytes = 4096;     // exact search: radius scanned around the expected position
  uint32_t fuzzy_window_bytes = 512;// fuzzy search: radius scanned around it (beyond: gram-index seeds)
  uint32_t min_fuzzy_bytes = 8;     // shorter quotes are only matched exactly (fuzzy would match noise)
  uint32_t max_fuzzy_bytes = 32768; // longer quotes are only matched exactly (bounds the work)
};

class Anchorer {
 public:
  explicit Anchorer(std::string_view text, AnchorOptions options = {});
  ~Anchorer();
  Anchorer(const Anchorer&) = delete;
  Anchorer& operator=(const Anchorer&) = delete;

  // shift_hint: code points the text is believed to have moved by around this annotation (anchor_all
  // passes the shift of the previous annotation); only changes where the search starts.
  AnchorResult anchor(const TextQuoteSelector& quote, const TextPositionSelector& position,
                      int64_t shift_hint = 0);
  AnchorResult anchor(const Annotation& a, int64_t shift_hint = 0) { return anchor(a.quote, a.position, shift_hint); }

  std::string_view text() const;
  const utf8::CodepointIndex& codepoints() const;
  size_t codepoint_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-off anchoring (builds a code point index of text each call: use Anchorer for many).
AnchorResult anchor(std::string_view text, const TextQuoteSelector& quote, const TextPositionSelector& position,
                    const AnchorOptions& options = {});

// Anchors every annotation against text (results in the input order), walking them in position order.
std::vector<AnchorResult> anchor_all(std::string_view text, const std::vector<Annotation>& annotations,
                                     const AnchorOptions& options = {});

// Records a result in the annotation: placed -> selectors remade from text (so the next anchoring is
// exact), anchor and anchor_score set; orphan -> selectors kept as they were, anchor = Orphan, score 0.
void apply_anchor(Annotation& a, std::string_view text, const utf8::CodepointIndex& cpi, const AnchorResult& r);

// anchor_all + apply_anchor: the call to make when an article's text is replaced.
std::vector<AnchorResult> reanchor_all(std::string_view text, std::vector<Annotation>& annotations,
                                       const AnchorOptions& options = {});

}  // namespace lede
