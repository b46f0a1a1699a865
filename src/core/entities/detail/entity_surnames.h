// entity_surnames.h — a person's surname standing alone where it is also an ordinary word: "Ben Player" …
// "awarding Player the points", "Kelby Hill" … "said Hill".
//
//     lede::add_surname_repeats(doc, features, spans);   // after the tagger and the typing steps, before clustering
//
//   "Ben Player won. … awarding Player the points"   Player   PERSON   joins "Ben Player" (entity_cluster.h)
//   "Ben Player won. Player returned home."           —                a sentence's first word: a word as often
//   "the Player of the Year", "Player Magazine"       —                after an article or "of", beside a capital,
//   "Article 2", "Title:"                             —                before a number or a colon
//
// The rules start no name on a dictionary's word (most capitalised ones mid-sentence open a title or a
// heading), and a tagger trained on other texts misses a surname it has only seen as a word. But where the
// document names a person in full (two to four words, opened by a first name the lists know, backed by a list, a
// cue or the tagger), the same word capitalised inside a sentence, with no capitalised word on either side, is
// that person. One pass over the spans and one over the tokens (one table look-up for each capitalised word).
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

struct TokenFeatures;
void add_surname_repeats(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
