// entity_terms.cpp — acronyms defined by lower-case words, and a contract's defined terms (see entity_terms.h).
#include "core/entities/detail/entity_terms.h"

#include <algorithm>

#include "core/detail/sv_map.h"
#include "core/lexicon/entity_lexicon.h"

namespace lede {
namespace {

constexpr size_t kMaxLetters = 8;  // "SCLED", "UNCLOS": longer runs of capitals are shouting, not acronyms

bool small_word(std::string_view w) {  // skipped between a term's words: "soil moisture and ocean salinity"
  return w == "of" || w == "and" || w == "the" || w == "for" || w == "in" || w == "on" || w == "to" || w == "a";
}

// The letters an acronym spells: its capitals, without a plural's "s" ("NGOs" -> NGO). Empty when it is no
// acronym of 2 to kMaxLetters capitals.
std::string_view letters_of(std::string_view w, char (&buf)[kMaxLetters]) {
  if (!w.empty() && w.back() == 's') w.remove_suffix(1);
  if (w.size() < 2 || w.size() > kMaxLetters) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z') return {};
    buf[i] = w[i];
  }
  return std::string_view(buf, w.size());
}

// Token k is "(", k + 1 an acronym, k + 2 ")": do the words before k spell it, each giving its first letter, all
// lower-case (capitals false: "the radiative transfer equation (RTE)") or all capitalised (capitals true, and
// plain(i) holds for each: "the Consumer Price Index (CPI)")? Small words, a hyphen's parts and, among
// capitals, a plural's apostrophe ("Purchasing Managers' Index") may stand between them. Returns the first word
// that spells it, or k when they do not. Looks back at most twice as many words as it has letters, plus the small
// words between them.
template <class Plain>
uint32_t spelled_before(const Document& doc, uint32_t k, std::string_view letters, bool capitals, Plain plain) {
  const auto& tk = doc.tokens;
  size_t want = letters.size();
  uint32_t i = k;
  for (uint32_t seen = 0; i > 0 && want > 0 && seen < 2 * kMaxLetters + 4; ++seen) {
    --i;
    if (tk[i].has(kNewlineBefore) && want > 1) return k;
    const std::string_view w = doc.token_text(i);
    const bool apostrophe = (w == "'" || w == "\u2019") && !tk[i].has(kSpaceBefore);
    if (capitals && (tk[i].has(kPossessive) || apostrophe)) continue;
    if (tk[i].kind != TokenKind::Word) {
      if (w == "-" && i > 0) continue;  // "other-initiated repair": each part gives its letter
      return k;
    }
    const bool upper = w[0] >= 'A' && w[0] <= 'Z';
    if (upper != capitals) {  // (among lower-case words a capitalised one is a name's: "Gaza Health Ministry")
      if (!upper && small_word(w)) continue;
      return k;
    }
    const char letter = capitals ? letters[want - 1] : char(letters[want - 1] - 'A' + 'a');
    if (w[0] == letter && plain(i)) { --want; continue; }
    if (!capitals && small_word(w)) continue;
    return k;
  }
  return want == 0 ? i : k;
}

// The capitalised words that spell a term are dictionary words, none of them a body's, a place's or a title's
// word or a listed place (those make a name's acronym: "Badminton World Federation (BWF)").
bool plain_capitalised(const Document& doc, const TokenFeatures& f, uint32_t i) {
  namespace lx = lexicon;
  constexpr uint32_t kNamesWord = lx::kOrgWord | lx::kPlaceWord | lx::kKnownOrg | lx::kKnownPlace | lx::kTitle;
  return !doc.tokens[i].has(kAllCaps) && f.gz(i, TokenFeatures::kCommon) && !f.gz(i, TokenFeatures::kPlaceMask) &&
         !(f.lex(i) & kNamesWord);
}

bool quote_mark(const Token& t) {
  return t.kind == TokenKind::QuoteOpen || t.kind == TokenKind::QuoteClose || t.kind == TokenKind::QuoteAmbig;
}

constexpr uint32_t kMaxTermWords = 4;  // "Loan Documents", "Special Servicer": a contract's terms are short

// Tokens [k + 1, end) are a contract's defined term: quoted, capitalised, and "means", "shall mean", "shall have
// the meaning" or "has the meaning" after the closing quote. Returns end, or 0.
uint32_t term_defined_at(const Document& doc, uint32_t k) {
  const auto& tk = doc.tokens;
  uint32_t e = k + 1;
  while (e < tk.size() && e <= k + kMaxTermWords && tk[e].kind == TokenKind::Word && tk[e].has(kCapitalised)) ++e;
  if (e == k + 1 || e + 2 >= tk.size() || !quote_mark(tk[e])) return 0;
  const std::string_view v = doc.token_text(e + 1), w = doc.token_text(e + 2);
  if (v == "means" || (v == "shall" && (w == "mean" || w == "have")) || (v == "has" && w == "the")) return e;
  return 0;
}

}  // namespace

void drop_defined_terms(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const auto& tk = doc.tokens;
  std::vector<uint32_t> defined;  // the acronyms' tokens (most documents define none: no table is built)
  std::vector<ByteSpan> spelled;  // the capitalised words that define one ("Consumer Price Index"), as text
  std::vector<ByteSpan> contract_terms;  // the quoted terms a contract defines ("Servicer" shall mean …)
  char buf[kMaxLetters];
  // (a one-byte "(" tested first and byte by byte: nearly every token fails it, and this walk reads them all)
  auto is_char = [&](uint32_t t, char c) { return tk[t].span.size() == 1 && doc.text[tk[t].span.begin] == c; };
  for (uint32_t k = 0; k + 2 < tk.size(); ++k) {
    if (tk[k].kind == TokenKind::Word || tk[k].kind == TokenKind::Number) continue;  // (most tokens: asked first)
    if (tk[k].kind == TokenKind::Punct && is_char(k, '(') && tk[k + 1].kind == TokenKind::Word && is_char(k + 2, ')')) {
      const std::string_view letters = letters_of(doc.token_text(k + 1), buf);
      if (letters.empty()) continue;
      auto any = [](uint32_t) { return true; };
      auto plain = [&](uint32_t i) { return plain_capitalised(doc, f, i); };
      if (spelled_before(doc, k, letters, false, any) < k) {
        defined.push_back(k + 1);
      } else if (const uint32_t first = spelled_before(doc, k, letters, true, plain); first < k) {
        defined.push_back(k + 1);
        spelled.push_back({tk[first].span.begin, tk[k - 1].span.end});
      }
    } else if (tk[k + 1].kind == TokenKind::Word && quote_mark(tk[k])) {
      if (const uint32_t e = term_defined_at(doc, k))
        contract_terms.push_back({tk[k + 1].span.begin, tk[e - 1].span.end});
    }
  }
  if (defined.empty() && contract_terms.empty()) return;
  SvMap terms(defined.size() + contract_terms.size() + spelled.size());
  for (const uint32_t k : defined) terms.get_or_add(doc.token_text(k), 1);
  for (const ByteSpan& t : contract_terms) terms.get_or_add(doc.slice(t), 2);
  for (const ByteSpan& t : spelled) terms.get_or_add(doc.slice(t), 2);
  // The words that spell a term are no name wherever the text repeats them (written_term), nor is any name within
  // them where they spell it ("Purchasing Managers"; spans and `spelled` are both in text order: one merge).
  size_t next = 0;
  auto within_spelled = [&](const NameSpan& s) {
    if (spelled.empty() || s.end > tk.size()) return false;
    const uint32_t b = tk[s.first].span.begin, e = tk[s.end - 1].span.end;
    while (next < spelled.size() && spelled[next].end <= b) ++next;
    return next < spelled.size() && spelled[next].begin <= b && e <= spelled[next].end;
  };
  // A contract's term goes as written, whatever its length ("Special Servicer" stays a term of its own), and so
  // do the words that spell an acronym's term.
  auto written_term = [&](const NameSpan& s) {
    if ((contract_terms.empty() && spelled.empty()) || s.end > tk.size()) return false;
    const int32_t* v = terms.find(doc.slice({tk[s.first].span.begin, tk[s.end - 1].span.end}));
    return v && *v == 2;
  };
  // (the plural and the singular are one term: "NGOs" defines "NGO" too, and the other way round)
  auto is_term = [&](std::string_view w) {
    if (terms.find(w)) return true;
    if (!w.empty() && w.back() == 's' && terms.find(w.substr(0, w.size() - 1))) return true;
    if (w.size() + 1 > 32) return false;
    char plural[32];
    std::copy(w.begin(), w.end(), plural);
    plural[w.size()] = 's';
    return terms.find(std::string_view(plural, w.size() + 1)) != nullptr;
  };
  spans.erase(std::remove_if(spans.begin(), spans.end(),
                             [&](const NameSpan& s) {
                               return (s.end == s.first + 1 && s.first < tk.size() && !defined.empty() &&
                                       is_term(doc.token_text(s.first))) || written_term(s) || within_spelled(s);
                             }),
              spans.end());
}

}  // namespace lede
