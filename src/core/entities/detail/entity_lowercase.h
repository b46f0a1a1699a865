// entity_lowercase.h — places and firms written in lower case, as web posts and messages write them: "stayed in
// lisbon", "flying to porto next month", "why did i put it on facebook".
//
//     lede::add_lowercase_names(doc, features, spans);   // after the tagger, before the spans are clustered
//
//   "we moved to maryland"         maryland     LOC   a country, a region, a capital or a big city the lists know
//   "the best pizza in new york"   new york     LOC   two or three words the lists know as one place
//   "posted it on facebook"        facebook     ORG   a word only firms are named
//   "a china cabinet", "turkey"    —                  a dictionary's word: no name, whatever the lists say
//
// The rules and the tagger start names on a capital, so these were never found (a tenth of the names of the
// web sets' gold, a quarter of the tweets'). Only words in lower case no dictionary holds, and of the lists
// only their surest entries: a town's name, a person's first name in lower case stay unread, and so does a name
// opened by a word of one or two letters or "the" ("el paso", "the hague"). One pass over the tokens: one hash a
// word against a filter of the words that open the lists' places and firms (built once), the look-ups only for
// the few that pass (about 3 % of the analysis on the bench corpus, callgrind).
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void add_lowercase_names(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
