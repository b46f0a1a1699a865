// line_wraps.h — line breaks that only wrap a paragraph's text, read as spaces (part of the tokenizer's pass).
//
//     lede::mark_soft_wraps(doc);   // after tokenize (tokenize calls it); needs doc.text and doc.tokens
//
// A file wrapped at a fixed width (e-mail, plain-text wire copy, Markdown) breaks lines inside sentences and
// names: "… first spotted by Jim\nIrvine, the son of …". Every later layer reads a line break as the end of a
// headline, a dateline or a table row, so "Jim" and "Irvine" were two names. Here such breaks lose
// kNewlineBefore and get kWrapBefore instead.
// When a text is wrapped: its lines (of at most kMaxWrapWidth code points) are at most W wide, and most lines
// followed by another line end where the next line's first word would not have fitted within W (how greedy
// wrapping breaks): width + 1 + that word's width > W. A table's rows (short lines, numbers last) and one
// sentence per line (short lines, room left) are not wrapped text. Only breaks of such a text that wrap this way
// are marked; a blank line (a paragraph) never is.
// Linear: two passes over the text's lines, one over the tokens that open a line.
#pragma once
#include "core/document.h"

namespace lede {

constexpr uint32_t kMaxWrapWidth = 132;  // wider lines are paragraphs of their own, never wrapped ones

void mark_soft_wraps(Document& doc);

}  // namespace lede
