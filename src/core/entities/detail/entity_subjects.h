// entity_subjects.h — a name that does what only people do is a person: "Kest married the painter Lena Orrin",
// "Hitzig died in 1907", "Gaudin attended Crescent City High School" (and one that owns by "its" is a body's:
// type_body_subjects below; a place by the words around it: entity_places_by_context.h).
//
//     lede::type_person_subjects(doc, spans);   // after the tagger, before cluster_mentions
//
//   "In 2004, Kest married the painter …"     Kest      PERSON   (the rules' guess, which the tagger did not back)
//   "Orrin was born in Oslo"                   Orrin     PERSON
//   "Hauser was arrested by the coroner"       Hauser    PERSON   (what is done only to people)
//   "Hitzig became a professor at …"           Hitzig    PERSON   (what it became: an occupation)
//   "Moreau made her theatrical debut"          Moreau    PERSON   (opening the sentence, a man's or woman's pronoun)
//   "Ada Orrin (1820–1891) was a chemist"      Ada Orrin PERSON   (a life's dates in brackets: any length, any type)
//   "Halvex reported a loss"                   —                 a firm reports too: left to the tagger
//   "Mr Kest married …", "the Kest Trust died" —                 a cue or a list already typed it
//
// A passage of one sentence (a wiki's line, a news brief) often names someone by the surname alone, where neither
// a full name nor a title says who it is, and a tagger trained on other texts leaves a surname it never saw. The
// verb right after a one-word name whose only evidence is its shape (Strength::Guess) says it: to marry, divorce,
// die, be born, attend or graduate from a school, study, retire, resign, star in a film or testify is a person's
// (no firm, place or team does these); so is to be arrested, sentenced, jailed, knighted or buried, and to become
// an occupation ("became a professor"; not "was elected", "became the largest company": a country or a firm may).
// Only the verb right after the name (the name is its subject), in lower case. And a guess no evidence backs that
// opens its sentence, is no dictionary word and is followed by its verb and, a few words on with no other
// capitalised word between, "he", "she", "his", "her" … (or the next sentence opens on "He", "She"): the
// pronoun is the subject's (the same in the tagger's features cost GUM news dev in round 43; here, after the
// tagger, the dev sets and GUM open's and uner_ewt's documents do not move, and the lines of WikiGold and GUM open
// with the leave-one-out models gain 5 and 6).
// A rule, not the tagger's feature: the rules that feed the tagger stay as they are (a feature of this moved the
// trained model's scores by up to 0.008 either way, more than it was worth). Linear: one look at each span.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

void type_person_subjects(const Document& doc, std::vector<NameSpan>& spans);

// And the other way: a one-word guess after which "to" or an auxiliary, a verb and "its" follow is a body's ("The
// court ordered Shell to cut its emissions. Shell said it would appeal.": a first name and a word on no firm's
// list, which the tagger made a person twice). After the tagger too: as a rule that feeds it, the retrained model
// lost up to 0.006 on the sets no model trains on. So is a word the firm lists hold (a person's name too) before
// "said it" or "says it" ("Honda said it would recall 400,000 cars", "Valero said it was reducing rates").
void type_body_subjects(const Document& doc, std::vector<NameSpan>& spans);

}  // namespace lede
