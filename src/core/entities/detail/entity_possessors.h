// entity_possessors.h — a name whose possessive opens a person's full name is what the person belongs to.
//
//     lede::type_possessors(doc, features, spans);   // after the tagger, before cluster_mentions
//
// "Ferrari's Michael Schumacher", "McLaren's Mika Hakkinen", "Demosisto's Nathan Law": one word, a possessive ’s,
// then a person named by first name and surname. A person does not own a person named in full (a wife, a lawyer,
// a son come with their noun between: "Smith's lawyer Ada Voss"), so the one word is the team, firm, party or
// country the person is of: a place when the lists know one, else an organisation. The tagger types such a word a
// person when it is also a surname ("Ferrari").
// Only one word, which is no first name and no surname of someone the document names in full: "David Sexton's
// Dan Brown" (a person's character) stays, and so does "Fillmore's Santa Cruz Lectures" below "Charles J. Fillmore".
// Linear: one look at each pair of neighbouring spans.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void type_possessors(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
