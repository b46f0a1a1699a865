// entity_surnames.cpp — see entity_surnames.h.
#include "core/entities/detail/entity_surnames.h"

#include <optional>
#include <string_view>

#include "core/detail/sv_map.h"
#include "core/lexicon/token_features.h"

namespace lede {

void add_surname_repeats(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const auto& tk = doc.tokens;
  // (a first name the lists know opens it, and a list, a cue or the tagger backs it: "Ben Player")
  auto full_name = [&](const NameSpan& s) {
    if (s.type != EntityType::Person || s.unbacked || s.strength == Strength::Guess || s.end < s.first + 2 ||
        s.end > s.first + 4 || s.end > tk.size() || !f.gz(s.first, TokenFeatures::kFirst))
      return false;
    const Token& last = tk[s.end - 1];
    return capitalised_word(last) && !last.has(kAllCaps) && last.span.size() >= 3;
  };
  const std::optional<SvMap> surnames = last_words_of(doc, spans, full_name);
  if (!surnames) return;  // (most documents of a few names)
  std::vector<NameSpan> added;
  size_t next = 0;  // the first span that does not end before token i (spans are sorted)
  const uint32_t n = uint32_t(tk.size());
  for (uint32_t i = 1; i + 1 < n; ++i) {
    const Token& t = tk[i];
    if (!capitalised_word(t) || t.has(kAllCaps) || t.has(kSentenceStart) || t.has(kNewlineBefore) ||
        !t.has(kSpaceBefore))  // ("All-American": a word glued to the one before is part of it)
      continue;
    while (next < spans.size() && spans[next].end <= i) ++next;
    if (next < spans.size() && spans[next].first <= i) continue;  // inside a name already
    if (!surnames->find(doc.token_text(i))) continue;
    // (a capital beside it makes it part of a longer name or heading: "Player Magazine", "Ben Player"; an
    // article before it a thing's name: "the Player of the Year")
    // (nor a number after it: "Article 2", "Title 11")
    if (capitalised_word(tk[i - 1]) || capitalised_word(tk[i + 1]) || tk[i - 1].kind == TokenKind::QuoteOpen ||
        tk[i + 1].kind == TokenKind::Number)
      continue;
    // (nor what something is of, "the World Series of Poker", nor a heading's or a form's label, "Title:")
    const std::string_view before = doc.token_text(i - 1);
    if (before == "the" || before == "a" || before == "an" || before == "The" || before == "of" ||
        doc.token_text(i + 1) == ":")
      continue;
    added.push_back({i, i + 1, EntityType::Person, Strength::Cue});
  }
  add_spans_in_order(spans, added);
}

}  // namespace lede
