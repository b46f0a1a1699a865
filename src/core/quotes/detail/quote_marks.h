// quote_marks.h — pairs quote marks into quoted spans (no speakers; quote_speakers.h does those).
//
//     std::vector<lede::QuoteMarks> q = lede::pair_quote_marks(doc);   // needs tokens + paragraphs
//     for (const auto& m : q) doc.slice(m.span);                      // “…” with its marks
//
// Double marks (“ ” " „ « » ‹ ›) pair first, paragraph by paragraph. A quote still open at a paragraph
// end continues when the next paragraph reopens with a mark (wire style) or closes before it opens
// anything; otherwise it is cut at the paragraph end, so an unbalanced mark never swallows the article.
// Single marks (‘ ’ ') form a top-level quote only outside double quotes, inside one paragraph, and a
// ’ that looks like a plural possessive ("soldiers’ lives") does not close one. A double quote nested
// inside a single-quoted one is dropped (British style). A paragraph without double marks that follows
// a paragraph ending in "<cue verb> …:" is a block quote (web copy often drops the marks of a quoted
// statement set off as its own paragraph). Result sorted by span.begin, non-overlapping.
#pragma once
#include <vector>

#include "core/document.h"

namespace lede {

struct QuoteMarks {
  ByteSpan span;            // marks included
  ByteSpan content;         // inside the marks (trimmed of the marks only)
  uint32_t open_tok = 0;    // token index of the opening mark
  uint32_t close_tok = 0;   // token index of the closing mark, or of the last token when unclosed
  bool closed = true;       // false when cut at a paragraph end
  bool block = false;       // a paragraph without marks introduced by "X said:" (marks-less block quote)
};

std::vector<QuoteMarks> pair_quote_marks(const Document& doc);

}  // namespace lede
