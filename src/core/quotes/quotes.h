// quotes.h — direct quotes and who said them.
//
//     lede::find_quotes(doc);   // needs tokens, sentences, mentions/entities; fills doc.quotes
//
// Finds “…”, "…", nested ‘…’, «…», multi-sentence quotes and quotes continued into the next paragraph
// (quote_marks.h); attributes each to a speaker by cue verbs (said, told, according to …) and resolves
// pronouns to the nearest fitting person (quote_speakers.h). Short quoted phrases (≤ 4 words, not a
// sentence) and longer fragments inside a sentence (the plan was “a betrayal of working families”) are
// QuoteKind::Phrase and are kept only when someone is said to have said them (“until further notice”, Israel
// announced); unattributed scare quotes and titles are dropped.
#pragma once
#include "core/document.h"

namespace lede {

struct TokenFeatures;

void find_quotes(Document& doc);
void find_quotes(Document& doc, const TokenFeatures& features);  // with the table analyse() built

}  // namespace lede
