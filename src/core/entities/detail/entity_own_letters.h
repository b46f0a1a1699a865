// entity_own_letters.h — a name that its own language's letters follow in brackets is one name.
//
//     lede::join_names_before_letters(doc, features, spans);   // after drop_defined_terms, before clustering
//
//   "the far-right Alternative for Germany (AfD)"   Alternative for Germany   ORG   (was "Germany", a place)
//   "Poland's Law and Justice (PiS) party"          Law and Justice           ORG   (was "Justice", a person)
//   "the Socialist Workers' Party (PSOE)"           —                               already one name: untouched
//   "the Consumer Price Index (CPI)"                —                               letters its words spell:
//                                                                                   entity_terms.h's to read
//   "Ivo Marsk (SNP) said"                          —                               a first name and one word:
//                                                                                   a person, whose party it is
//
// News writes a party's or a movement's name in English and its letters as its own language has them ("AfD",
// "PiS", "PSOE", "RN"). Where the letters do not spell the English words' initials, no rule links them, and a
// name of plain words with a country in it was cut to its pieces ("Germany", "Justice"). So: a run of two to
// six capitalised words (with "of", "for", "and", "the" between) right before "(" letters ")", where the letters
// (two to six, two capitals or more, "AfD") are not the words' initials and no span already covers the whole run,
// becomes one organisation's name, in place of the spans inside it. One pass over the brackets, one merge.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void join_names_before_letters(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
