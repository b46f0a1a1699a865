// entity_last_words.h — a team's or a body's name by its last word after "the": "the Miami Heat" … "the Heat",
// "the Orlando Magic" … "The Magic led".
//
//     lede::add_last_word_repeats(doc, features, spans);   // after the tagger and the typing steps, before clustering
//
//   "the Miami Heat traded … The Heat will receive"   Heat     ORG   joins "Miami Heat" (entity_cluster.h)
//   "the Minnesota Wild beat … the Wild moved"        Wild     ORG
//   "for the Magic, who have won four straight"      Magic    ORG   a name of the word alone retyped (a person's)
//   "the Heat Index", "the Heat's"                    —/ORG   a capital after it: a longer name; a possessive: ORG
//   "the Tamil Tigers … the Tigers"                   —       no place the lists know opens the name
//   "the Boston Journal … the Journal", "… Harbor"    —       a body's or a place's kind last
//   "Ada Heat … the Heat"                             —       only an organisation's name
//
// Sports reports and business news name a team or a paper in full once and by its last word after, with "the".
// Where that word is also a dictionary's word ("Heat", "Magic", "Jazz", "Wild", "Chiefs") the rules start no
// name on it and a tagger trained on other texts sees a word. But where the document names an organisation of
// two to four capitalised words that a place the lists know opens (a team's or a paper's home town) and whose
// last word is no kind of body or place ("Journal", "Bank", "Court" name the kind, and each reads as one of
// many), "the" and that word capitalised, with no capital after it, is that organisation. (Without the place,
// "the Tigers", "the Code", "the Jihad" of the training sets' "Tamil Tigers", "Internal Revenue Code", "Islamic
// Jihad" came in: 1 document toward, 7 away on the 15 gold files.) One pass over the spans and one over the
// tokens (one table look-up for each "the").
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

struct TokenFeatures;
void add_last_word_repeats(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
