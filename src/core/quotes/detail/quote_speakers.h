// quote_speakers.h — who said each quote: cue verbs, inversions, pronouns, paragraph context.
//
//     std::vector<lede::QuoteMarks> marks = lede::pair_quote_marks(doc);
//     doc.quotes = ...one Quote per mark, same order...;
//     lede::attribute_speakers(doc, marks);   // fills speaker, speaker_span, speaker_entity, cue
//
// Reads, in order of trust: a cue right after the quote (“…,” Hanna said / “…,” said Hanna / “…,”
// according to X), the nearest cue verb before it in its sentence (X said: “…” / X described it as
// “…”), then paragraph context (a previous sentence ending in ':' or "X said on Tuesday.", or the
// speaker of the quote just before). Names come from doc.mentions when a mention covers them, else from
// the capitalised words themselves; the canonical is the fullest name in the document ending in the same
// surname, titles stripped ("Hanna" -> "Mike Hanna"). he/she resolve to the most recent fitting speaker
// or sentence subject; "the Israeli leader" to the most recent person; indefinite descriptions
// ("a former Israeli official") stay descriptions.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/quotes/detail/quote_marks.h"

namespace lede {

// doc.quotes[i] must correspond to marks[i] (same order, span.begin ascending).
struct TokenFeatures;

void attribute_speakers(Document& doc, const std::vector<QuoteMarks>& marks, const TokenFeatures& features);

}  // namespace lede
