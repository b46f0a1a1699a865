// entity_place_names.h — a place's name without its kind: "Socotra Island" … "Socotra", "the Chatham Islands" …
// "the Chathams".
//
//     lede::type_place_short_forms(doc, features, spans);   // after the tagger, before cluster_mentions
//
//   "Socotra Island lies off Yemen. Socotra has no airport."   Socotra      LOC   (the tagger: a person)
//   "the Chatham Islands … flights to the Chathams"            Chathams     LOC   (a group's plural alone)
//   "the Hudson River … Henry Hudson … Hudson sailed"          Hudson       —     a surname of a person in full
//   "the Red River … Red won"                                  Red          —     a dictionary's word
//
// A travel guide, an encyclopedia or a report names a place in full once ("Socotra Island", "the Omo Valley",
// "Idlib Province") and by its first word after. Where the document names a place by one word and a noun of its
// kind (an island, a river, a valley, a province …), that word alone is a place too: its spans that only the
// shape or the tagger typed become places. A list's verdict and a rule's cue stay (a person "Mr Hudson" stays),
// and so does a word that is a first name, a dictionary's word or the surname of someone named in full.
// Linear: one pass over the spans to collect, one to retype (a table look-up each).
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

struct TokenFeatures;
void type_place_short_forms(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
