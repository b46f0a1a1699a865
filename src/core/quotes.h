// quotes.h — direct quotes and who said them.
//
//     lede::find_quotes(doc);   // needs tokens, sentences, mentions/entities; fills doc.quotes
//
// Finds “…”, "…", nested ‘…’, «…», multi-sentence quotes and quotes continued into the next paragraph;
// attributes each to a speaker by cue verbs (said, told, according to …) and resolves pronouns to the
// nearest fitting person. Short quoted phrases are QuoteKind::Phrase.
#pragma once
#include "core/document.h"

namespace lede {

void find_quotes(Document& doc);

}  // namespace lede
