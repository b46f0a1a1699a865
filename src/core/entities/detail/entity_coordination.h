// entity_coordination.h — names in one list share their kind: "Brindle, Marsk and General Motors".
//
//     lede::type_coordinated_names(doc, features, spans);   // after the tagger, before cluster_mentions
//
// In an enumeration of three names or more ("A, B and C", "A, B, or C"), a one-word name that only its shape
// proposed (a guess, or the tagger's type for one) takes the type of an organisation the same list names with
// evidence (a list or a cue; a word only firms are named counts too: "Unilever, Nestle and Danone"). It then
// counts as context (Strength::Cue), so every repeat of it in the document follows (entity_cluster.h), and as
// backed.
// Why three or more, with a comma: two names joined by "and" are as often two clauses ("support from Google and
// Tamsin was invited"), and a wrong type spreads to every mention. Why organisations, and places only when every
// other name of the list is one ("Galway, Mayo and Clare"): lists of places and people mix kinds ("Israel, Egypt
// and Hamas"). Linear: one pass over the spans; kMaxListGap tokens between two names.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void type_coordinated_names(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
