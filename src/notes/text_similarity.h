// text_similarity.h — is a newly imported text a new version of an article, or another article?
//
//     if (lede::same_story(old_text, new_text)) replace(); else add();
//
// Word-pair shingles (case-folded ASCII, other bytes kept) hashed into sets; two texts are the same
// story when most of the smaller one's pairs are in the larger (an update that adds paragraphs keeps
// them) and a fair share of the larger's are in the smaller (a long page that quotes a short one is not
// its new version). Thresholds: SimilarityOptions. Linear in the two texts (one hash set each).
#pragma once
#include <string_view>

namespace lede {

struct SimilarityOptions {
  double min_of_smaller = 0.6;  // shared pairs / pairs of the smaller text
  double min_of_larger = 0.3;   // shared pairs / pairs of the larger text
};

// Shared word pairs as a share of each text's pairs (0..1 both; texts of under two words compare as
// equal only when identical).
struct Overlap {
  double of_smaller = 0, of_larger = 0;
};
Overlap text_overlap(std::string_view a, std::string_view b);
bool same_story(std::string_view a, std::string_view b, const SimilarityOptions& o = {});

}  // namespace lede
