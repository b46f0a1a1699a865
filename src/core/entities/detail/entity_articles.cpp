// entity_articles.cpp — see entity_articles.h.
#include "core/entities/detail/entity_articles.h"

#include <string_view>

#include "core/lexicon/entity_lexicon.h"

namespace lede {
namespace {

bool article_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  char low[3];
  for (size_t k = 0; k < w.size(); ++k) low[k] = char(w[k] >= 'A' && w[k] <= 'Z' ? w[k] - 'A' + 'a' : w[k]);
  const std::string_view l(low, w.size());
  return l == "al" || l == "el" || l == "ad" || l == "ar" || l == "ash" || l == "az";
}

}  // namespace

bool glued_article(const Document& doc, uint32_t t) {
  const auto& tk = doc.tokens;
  if (t + 2 >= tk.size() || tk[t].kind != TokenKind::Word || !article_word(doc.token_text(t))) return false;
  // glued to what follows ("al-Qaeda"), not to a word before it ("Jamaat-ad-Dawa" is one word)
  if (tk[t + 1].has(kSpaceBefore) || !hyphen_token(doc.token_text(t + 1))) return false;
  if (tk[t + 2].has(kSpaceBefore) || tk[t + 2].kind != TokenKind::Word || !tk[t + 2].has(kCapitalised)) return false;
  return t == 0 || tk[t].has(kSpaceBefore) ||
         (tk[t - 1].kind != TokenKind::Word && !hyphen_token(doc.token_text(t - 1)));
}

bool spaced_article(const Document& doc, uint32_t t) {
  const auto& tk = doc.tokens;
  return t + 1 < tk.size() && tk[t].kind == TokenKind::Word && article_word(doc.token_text(t)) &&
         tk[t + 1].has(kSpaceBefore) && tk[t + 1].kind == TokenKind::Word && tk[t + 1].has(kCapitalised);
}

uint32_t article_before(const Document& doc, uint32_t first) {
  return first >= 2 && glued_article(doc, first - 2) ? first - 2 : first;
}

// Token t is the article "al" in lower case, a word of its own before a capitalised word: "al Qaeda".
static bool lower_article(const Document& doc, uint32_t t) {
  return spaced_article(doc, t) && doc.token_text(t) == "al";
}

// The lists' bits for [first, end) when it holds the article in lower case ("al Qaeda", "al-Shabaab", "Asharq
// al-Awsat"), else 0.
static uint32_t listed_with_lower_article(const Document& doc, uint32_t first, uint32_t end) {
  bool article = false;
  for (uint32_t t = first; t < end && !article; ++t) article = doc.token_text(t) == "al";
  if (!article) return 0;
  return lexicon::listed_with_article(doc.slice({doc.tokens[first].span.begin, doc.tokens[end - 1].span.end}));
}

void widen_to_articles(const Document& doc, std::vector<NameSpan>& spans) {
  uint32_t prev_end = 0;  // spans are sorted and never overlap: the widened one must not reach into the last
  for (NameSpan& s : spans) {
    uint32_t a = article_before(doc, s.first);
    // (a spaced one only where the name with it is listed: "fighters from al Qaeda"; "al" is a word too)
    if (a == s.first && s.first > 0 && doc.token_text(s.first - 1) == "al" && lower_article(doc, s.first - 1) &&
        listed_with_lower_article(doc, s.first - 1, s.end))
      a = s.first - 1;
    if (a < s.first && a >= prev_end) {
      s.first = a;
      s.acronym = false;
    }
    // A listed body's or place's name so written is what the lists say, whoever found it: "al-Shabaab" was a
    // guess the tagger did not back (dropped), "Asharq al-Awsat" a person.
    if (const uint32_t listed = listed_with_lower_article(doc, s.first, s.end))
      settle(s, (listed & lexicon::kKnownOrg) ? EntityType::Org : EntityType::Loc, Strength::Lexical);
    prev_end = s.end;
  }
}

}  // namespace lede
