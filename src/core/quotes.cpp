// Placeholder: “…” pairs only. Replaced by the full quote finder.
#include "core/quotes.h"

namespace lede {

void find_quotes(Document& doc) {
  doc.quotes.clear();
  const auto& tk = doc.tokens;
  for (size_t i = 0; i < tk.size(); ++i) {
    if (tk[i].kind != TokenKind::QuoteOpen) continue;
    for (size_t j = i + 1; j < tk.size(); ++j) {
      if (tk[j].kind == TokenKind::QuoteClose) {
        Quote q;
        q.span = {tk[i].span.begin, tk[j].span.end};
        q.content = {tk[i].span.end, tk[j].span.begin};
        doc.quotes.push_back(q);
        i = j;
        break;
      }
    }
  }
}

}  // namespace lede
