// sentences.h — sentence and paragraph segmentation over doc.tokens (second layer).
//
//     lede::tokenize(doc); lede::split_sentences(doc);   // fills doc.sentences and doc.paragraphs
//
// A sentence ends at . ! ? … (plus any closing quotes/brackets after it) when the next token begins a
// new sentence (capitalised, a digit, an opening quote), unless the period ends an abbreviation
// (Mr. Dr. Gen. Jan. …) or an initial (Donald J. Trump). Paragraphs: when the text has blank lines they
// separate paragraphs and single line breaks are soft; otherwise every line is a paragraph (wire copy).
// Paragraph and line-final headline breaks always end a sentence. A sentence never has more than
// kMaxSentenceTokens tokens: a longer one (a transcript without full stops) is cut for analysis, so
// every per-sentence search in the components is bounded by a constant.
#pragma once
#include <cstdint>

#include "core/document.h"

namespace lede {

// News sentences run ~25 tokens; cutting at 128 changes no output on the dev sets and halves the cost of
// a quote in a text without full stops (the speaker search reads its sentence).
inline constexpr uint32_t kMaxSentenceTokens = 128;

void split_sentences(Document& doc);

// True when the lower-cased word is an abbreviation that takes a period (mr, dr, gen, jan, inc, ...).
bool is_abbreviation(std::string_view lower_word);

}  // namespace lede
