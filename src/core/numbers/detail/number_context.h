// number_context.h — the token view shared by the numbers analyser's parts (amount, time, numbers).
//
//     lede::numctx::Ctx c(doc, features);        // reads the number-lexicon entries token_features.h found
//     if (c.is(i, "per") && c.is(i + 1, "cent")) ...
//     const lede::numlex::Entry* e = c.lex(i);  // nullptr for unknown words and non-words
//
// Index arguments may run past the end: every accessor answers "nothing there" instead of reading out
// of bounds, so matchers can peek ahead without checks.
#pragma once
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/lexicon/number_lexicon.h"
#include "core/lexicon/token_features.h"

namespace lede::numctx {

struct Ctx {
  const Document& doc;
  const numlex::EntryId* lexicon = nullptr;  // per token (TokenFeatures::num), or none
  size_t lexicon_size = 0;
  // doc.tokens and doc.text read once: they never change while a Ctx is in use, and every accessor checks
  // its index (through the Document, a vector's size() is two loads, a subtraction and a division by 12:
  // a twelfth of the work on a text of figures).
  const Token* tok;
  uint32_t n;
  const char* chars;

  // Without features lex() answers nullptr everywhere (for callers that only compare token text).
  explicit Ctx(const Document& d)
      : doc(d), tok(d.tokens.data()), n(uint32_t(d.tokens.size())), chars(d.text.data()) {}
  Ctx(const Document& d, const TokenFeatures& f) : Ctx(d) {
    lexicon = f.num.data();
    lexicon_size = f.num.size();
  }

  uint32_t size() const { return n; }
  bool valid(uint32_t i) const { return i < n; }
  // Token spans always lie inside the text (the tokenizer made them from it), so this skips
  // string_view::substr's range check: matchers call it on every token they peek at.
  std::string_view text(uint32_t i) const {
    if (!valid(i)) return std::string_view();
    const ByteSpan sp = tok[i].span;
    return std::string_view(chars + sp.begin, sp.end - sp.begin);
  }
  const numlex::Entry* lex(uint32_t i) const { return i < lexicon_size ? numlex::entry(lexicon[i]) : nullptr; }
  bool has_role(uint32_t i, uint32_t role) const {
    const numlex::Entry* e = lex(i);
    return e && (e->roles & role);
  }
  // A lexicon word that is more than an opener ("five", "March", "week", not only "a", "in", "between"):
  // with digit tokens, what every mention holds.
  bool is_numeric_word(uint32_t i) const {
    const numlex::Entry* e = lex(i);
    return e && tok[i].kind == TokenKind::Word && (e->roles & ~uint32_t(numlex::kStarter)) != 0;
  }
  TokenKind kind(uint32_t i) const { return valid(i) ? tok[i].kind : TokenKind::Symbol; }
  bool is_word(uint32_t i) const { return valid(i) && tok[i].kind == TokenKind::Word; }
  bool is_number(uint32_t i) const { return valid(i) && tok[i].kind == TokenKind::Number; }
  bool flag(uint32_t i, TokenFlag f) const { return valid(i) && tok[i].has(f); }
  // True when no whitespace separates token i from the one before it.
  bool attached(uint32_t i) const { return valid(i) && i > 0 && !tok[i].has(kSpaceBefore); }
  bool capitalised(uint32_t i) const { return flag(i, kCapitalised); }

  // Case-insensitive comparison of token i with an ASCII lower-case word.
  bool is(uint32_t i, std::string_view lower) const {
    if (!valid(i)) return lower.empty();
    const ByteSpan sp = tok[i].span;
    if (sp.end - sp.begin != lower.size()) return false;  // most calls end here, before any text is read
    const char* t = chars + sp.begin;
    for (size_t k = 0; k < lower.size(); ++k) {
      char c = t[k];
      if (c >= 'A' && c <= 'Z') c = char(c + 32);
      if (c != lower[k]) return false;
    }
    return true;
  }
  bool is_char(uint32_t i, char c) const {
    const std::string_view t = text(i);
    return t.size() == 1 && t[0] == c;
  }
  // (These two compare bytes: string_view == called memcmp, and find_numbers asks is_dash of every punctuation
  // mark.)
  bool is_quote_apostrophe(uint32_t i) const {
    const std::string_view t = text(i);
    if (t.size() == 1) return t[0] == '\'';
    return t.size() == 3 && t[0] == '\xE2' && t[1] == '\x80' && (t[2] == '\x99' || t[2] == '\x98');  // ’ ‘
  }
  // - – — and the minus sign.
  bool is_dash(uint32_t i) const {
    const std::string_view t = text(i);
    if (t.size() == 1) return t[0] == '-';
    if (t.size() != 3 || t[0] != '\xE2') return false;
    return (t[1] == '\x80' && (t[2] == '\x93' || t[2] == '\x94' || t[2] == '\x90')) ||  // – — ‐
           (t[1] == '\x88' && t[2] == '\x92');                                          // −
  }
};

}  // namespace lede::numctx
