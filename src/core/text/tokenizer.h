// tokenizer.h — splits Document::text into Tokens (first layer of the pipeline).
//
//     lede::tokenize(doc);   // fills doc.tokens; doc.text must already be valid UTF-8
//
// Conventions the later layers rely on:
//   - hyphens are separate tokens: "42-day" -> 42 | - | day (the '-' and 'day' lack kSpaceBefore)
//   - digits then letters split: "14th" -> 14 | th, "$11bn" -> $ | 11 | bn
//   - a possessive ’s / 's is its own token flagged kPossessive: Netanyahu | ’s
//   - dotted abbreviations stay whole: U.S. | a.m. ; a lone trailing period is a separate token
//   - “ ” ‘ « » are QuoteOpen/QuoteClose; straight " and ' are judged by their neighbours
//     (QuoteAmbig when the neighbours do not tell); a ’ after a word and before a space is QuoteClose
//     (it may be a plural possessive: quotes.h decides)
//   - a line break that only wraps a paragraph ("… by Jim\nIrvine, …" in a text wrapped at 72 columns) sets
//     kWrapBefore, not kNewlineBefore (line_wraps.h)
#pragma once
#include "core/document.h"

namespace lede {

void tokenize(Document& doc);

// Helpers shared by the analysers.
bool is_space_cp(char32_t cp);
bool is_dash_cp(char32_t cp);  // - – — ‒ −
bool is_quote_cp(char32_t cp); // " ' “ ” ‘ ’ « » „ ‹ ›

}  // namespace lede
