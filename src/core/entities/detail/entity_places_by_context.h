// entity_places_by_context.h — a name the words right around it make a place, after the tagger: where something is
// based or someone born ("The Kelby-based startup"), where someone goes ("He flew to Crete"), what lies "in the"
// ("in the Outer Hebrides").
//
//     lede::type_compound_places(doc, spans);   // after the tagger, before cluster_mentions
//     lede::type_destinations(doc, spans);      // the same
//     lede::type_places_in_the(doc, spans);     // the same
//
//   "The Kelby-based startup"         Kelby            LOC   (the tagger: a person)
//   "He flew to Crete on Monday"      Crete            LOC   (the rules' guess a body, the tagger saw no name)
//   "It lies in the Outer Hebrides"   Outer Hebrides   LOC   (the rules' guess a person, the tagger saw no name)
//   "I went to Daddy's"               —                      a first name, a dictionary's word, an owner: left to
//                                                            the tagger
//
// Only spans whose evidence is their shape or the tagger's type (Strength::Guess) change: a list's verdict or a
// rule's cue stays. Rules, not the tagger's features: the rules that feed the tagger stay as they are (as a feature,
// the destination moved the retrained model's leave-one-corpus-out means on MEANTIME by -0.0015, round 50), and
// the model is the one trained without them. Linear: one look at each span and the two words before it.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

// A guess of words no dictionary or firm list holds right before "-based", "-born" or "-headquartered" ("The
// Kelby-based startup", which the tagger made a person). In the training sets' gold, of the capitalised names so
// written, 10 are places, the rest no names ("UNIX-based"); none a person or a body.
void type_compound_places(const Document& doc, std::vector<NameSpan>& spans);

// A one-word guess after "to" and a word of going ("flew to Crete", "fled back to Corfu", "a trip to Kos"): where
// someone goes is a place (in the training sets' gold, 197 of 226 names there are places, the rest mostly a web
// post's shops and restaurants). Not a first name or a dictionary's word ("go to Daddy"), not letters ("travel to
// CSHL", "went to MIT"), not an owner ("go to JoJo's concert"), not in a sports report, where a player moves to a
// club (a span of the document is a team's or a venue's).
void type_destinations(const Document& doc, std::vector<NameSpan>& spans);

// A guess of two words or more that only its shape or the tagger made a person, after "in the", "near the" or
// "across the" ("It lies in the Outer Hebrides", which the rules read as a first name and a surname and the tagger
// as no name): no person goes there (in the training sets' gold, of the names of two words or more after "in the",
// 103 of 158 are places, 37 bodies, 3 persons; after "near the" and "across the", 10 of 10 places). Not a name
// a first name opens: "Letters in the John Murray archive" are the publisher's.
void type_places_in_the(const Document& doc, std::vector<NameSpan>& spans);

}  // namespace lede
