// find_quotes: pair the marks (quote_marks.h), classify each quote, attribute it (quote_speakers.h).
#include "core/quotes/quotes.h"

#include "core/quotes/detail/quote_marks.h"
#include "core/quotes/detail/quote_speakers.h"
#include "core/lexicon/token_features.h"

namespace lede {

namespace {

// A phrase is a quoted fragment that is not a sentence: “for the time being”, "scare quotes" —
// four words or fewer, or a title in title case ("Maria Lopez: Drawings and Letters from the
// City Archive"), with no sentence punctuation inside.
QuoteKind classify(const Document& doc, const QuoteMarks& m) {
  uint32_t words = 0, caps = 0;
  const uint32_t from = m.block ? m.open_tok : m.open_tok + 1;
  const uint32_t to = m.closed ? m.close_tok : m.close_tok + 1;
  for (uint32_t i = from; i < to; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::Word && !t.has(kPossessive)) {
      ++words;
      caps += t.has(kCapitalised);
    } else if (t.kind == TokenKind::Number) {
      ++words;
    } else if (t.kind == TokenKind::Punct) {
      const std::string_view p = doc.token_text(i);
      if (p == "." || p == "!" || p == "?") return QuoteKind::Direct;
    }
    if (words > 15) return QuoteKind::Direct;
  }
  // (a fragment of more words inside a sentence, a word right before its opening mark and no mark of an
  // utterance's end inside it, is a partial quote too: the plan was “a betrayal of working families”)
  const bool inside = m.closed && m.open_tok > 0 && doc.tokens[m.open_tok - 1].kind == TokenKind::Word &&
                      !doc.tokens[m.open_tok].has(kNewlineBefore) && m.close_tok > m.open_tok + 1 &&
                      doc.tokens[m.close_tok - 1].kind != TokenKind::Punct;
  if (words > 4) return m.closed && (caps * 10 >= words * 6 || inside) ? QuoteKind::Phrase : QuoteKind::Direct;
  if (!m.closed) return QuoteKind::Direct;
  // “We are ready,” Smith said — a quote opening its sentence and ending in , ! ? is an utterance.
  // (American style also puts the comma inside a mid-sentence phrase: The “Witkoff proposal,” which …)
  const bool opens_sentence = m.open_tok == 0 || doc.tokens[m.open_tok].has(kNewlineBefore) ||
                              doc.tokens[m.open_tok + 1].has(kSentenceStart);
  if (opens_sentence && m.close_tok > m.open_tok + 1 && doc.tokens[m.close_tok - 1].kind == TokenKind::Punct) {
    const std::string_view p = doc.token_text(m.close_tok - 1);
    if (p == "," || p == "!" || p == "?") return QuoteKind::Direct;
  }
  return QuoteKind::Phrase;
}

}  // namespace

void find_quotes(Document& doc) {
  TokenFeatures f;
  f.build(doc);
  find_quotes(doc, f);
}

void find_quotes(Document& doc, const TokenFeatures& features) {
  doc.quotes.clear();
  std::vector<QuoteMarks> marks = pair_quote_marks(doc);
  doc.quotes.reserve(marks.size());
  for (const QuoteMarks& m : marks) {
    Quote q;
    q.span = m.span;
    q.content = m.content;
    q.kind = classify(doc, m);
    doc.quotes.push_back(std::move(q));
  }
  attribute_speakers(doc, marks, features);
  // A phrase nobody is said to have said is a scare quote, a title or a nickname — not reported
  // speech. News gold sets count attributed phrases (“until further notice”, Israel announced) as
  // quotes and the rest not at all, so only attributed phrases are kept.
  size_t w = 0;
  for (size_t r = 0; r < doc.quotes.size(); ++r) {
    if (doc.quotes[r].kind == QuoteKind::Phrase && doc.quotes[r].speaker.empty()) continue;
    if (w != r) doc.quotes[w] = std::move(doc.quotes[r]);
    ++w;
  }
  doc.quotes.resize(w);
}

}  // namespace lede
