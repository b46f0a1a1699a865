// entity_coordination.h — names in one list share their kind: "Brindle, Marsk and General Motors", "Allianz and
// Siemens"; two names an ampersand joins are two ("Sam & Stephanie"), unless they name a firm ("Davis Polk &
// Wardwell").
//
//     lede::split_ampersand_names(doc, features, spans);    // after the tagger, before type_coordinated_names
//     lede::type_coordinated_names(doc, features, spans);   // before cluster_mentions
//
// In an enumeration of three names or more ("A, B and C", "A, B, or C"), a one-word name that only its shape
// proposed (a guess, or the tagger's type for one) takes the type of an organisation the same list names with
// evidence (a list or a cue; a word only firms are named counts too: "Unilever, Nestle and Danone"). It then
// counts as context (Strength::Cue), so every repeat of it in the document follows (entity_cluster.h), and as
// backed.
// A one-word guess the tagger saw no name in, in such a list of people the tagger or the context backs ("Cheney,
// Rumsfeld, or Wolfowitz"), is a person (Strength::Cue, backed).
// Two names joined by "and" only when one is a word only firms bear or an organisation with evidence, and the
// other one word of a firm's name too ("Allianz and Siemens", "General Motors and Chrysler", where "Siemens" and
// "Chrysler" are also people's names; an acronym in brackets may stand between: "General Motors (GM) and
// Chrysler"). Why three or more otherwise, with a comma: two names joined
// by "and" are as often two clauses ("support from Google and Tamsin was invited"), and a wrong type spreads to
// every mention. Why organisations, and places only when every other name of the list is one ("Galway, Mayo and
// Clare"): lists of places and people mix kinds ("Israel, Egypt and Hamas"). Linear: one pass over the spans;
// kMaxListGap tokens between two names.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

// A person's or a place's span that an ampersand cuts in two ("A & B": the rules and the tagger both read "&" as a
// connector inside a name, as in "Procter & Gamble") is settled here, with what the lists say of each side:
//   - a firm's word ends it ("Beatty & Associates", "Hart & Sons"): one organisation;
//   - two places ("France & Germany", "Sydney & Melbourne"), two first names ("Sam & Stephanie", "Alex Salmond &
//     Alistair Darling"), two surnames a year follows ("Dye & Bavelier, 2010": a citation) or a photo credit
//     names ("Image: Kelby & Orrin"): two names of the one type;
//   - else, a short name ending in a surname ("Davis Polk & Wardwell", "Marks & Spencer", "Ernst & Young"): in
//     news, people are joined with "and"; surnames joined with "&" are a firm's name.
// Organisations' spans are left whole: "Labour & Greens" is as often one name ("Pac Hydro & Solar Council").
// Linear: one look at each span's tokens; a split adds one span.
void split_ampersand_names(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

void type_coordinated_names(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
