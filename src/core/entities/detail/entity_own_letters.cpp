// entity_own_letters.cpp — a name that its own language's letters follow in brackets (see entity_own_letters.h).
#include "core/entities/detail/entity_own_letters.h"

#include <string>

#include "core/detail/sv_map.h"
#include "core/lexicon/entity_lexicon.h"

namespace lede {
namespace {

constexpr uint32_t kMaxWords = 6;  // capitalised words of the name ("Together for Catalonia" has two)

bool joiner(std::string_view w) { return w == "of" || w == "for" || w == "and" || w == "the"; }

// Letters of 2 to 6, the first a capital, two capitals or more, no digit: "AfD", "PiS", "PSOE", "RN".
bool own_letters(std::string_view w) {
  if (w.size() < 2 || w.size() > 6 || w[0] < 'A' || w[0] > 'Z') return false;
  int capitals = 0;
  for (const char c : w) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c < 'a' || c > 'z') return false;
  }
  return capitals >= 2;
}

}  // namespace

void join_names_before_letters(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans) {
  const auto& tk = doc.tokens;
  std::vector<NameSpan> joined;
  size_t next_span = 0;
  for (uint32_t k = 2; k + 2 < tk.size(); ++k) {
    if (doc.text[tk[k].span.begin] != '(')  // (one byte read per token: most are no bracket)
      continue;
    if (doc.token_text(k) != "(" || doc.token_text(k + 2) != ")" || tk[k + 1].kind != TokenKind::Word ||
        !own_letters(doc.token_text(k + 1)))
      continue;
    // the run of capitalised words right before the bracket, joiners between them
    uint32_t first = k, words = 0;
    bool joined_by_word = false;
    std::string initials;
    for (uint32_t i = k; i-- > 0;) {
      const std::string_view w = doc.token_text(i);
      // (a word in capitals is shouting, not a name's: "FRIDAY I'M (NOT)")
      if (capitalised_word(tk[i]) && !tk[i].has(kPossessive) && !tk[i].has(kAllCaps) && words < kMaxWords) {
        first = i, ++words;
        initials.insert(initials.begin(), w[0]);
        if (tk[i].has(kSentenceStart) || tk[i].has(kNewlineBefore)) break;
        continue;
      }
      if (tk[i].kind == TokenKind::Word && joiner(w) && i > 0 && capitalised_word(tk[i - 1])) {
        joined_by_word = true;
        continue;
      }
      break;
    }
    // (a capitalised article is no word of the name: "…: The Egyptian Exchange (EGX) lost ground")
    if (words > 0 && (doc.token_text(first) == "The" || doc.token_text(first) == "A")) ++first, --words;
    while (first < k && !capitalised_word(tk[first])) ++first;
    // (nor an event's, which is no body: "the Worldwide Developers Conference (WWDC)")
    if (features.lex(k - 1) & lexicon::kEventWord) continue;
    // (two words side by side opening on a first name are a person's, whose party the letters give: "Ada Kest
    // (SNP)"; "Law and Justice" is no one's)
    if (words < 2 || (words == 2 && !joined_by_word && features.gz(first, TokenFeatures::kFirst))) continue;
    // (letters that spell the words' initials, in order, are the English name's: the other steps read them)
    std::string letters;
    for (const char c : doc.token_text(k + 1))
      if (c >= 'A' && c <= 'Z') letters += c;
    if (initials.find(letters) != std::string::npos) continue;
    // no span covers the whole run already, and none reaches out of it (the spans are sorted and the runs come
    // in text order: one pointer walks them once)
    while (next_span < spans.size() && spans[next_span].end <= first) ++next_span;
    bool whole = false, across = false;
    for (size_t q = next_span; q < spans.size() && spans[q].first < k; ++q) {
      whole = whole || (spans[q].first <= first && spans[q].end >= k);
      across = across || spans[q].first < first || spans[q].end > k;
    }
    if (whole || across) continue;
    NameSpan name;
    name.first = first;
    name.end = k;
    name.defines_acronym = true;
    settle(name, EntityType::Org, Strength::Cue);
    joined.push_back(name);
    // and the letters are the body's short name (cluster_mentions links a defined acronym to its name)
    NameSpan letters_span;
    letters_span.first = k + 1;
    letters_span.end = k + 2;
    letters_span.acronym = true;
    settle(letters_span, EntityType::Org, Strength::Cue);
    joined.push_back(letters_span);
  }
  if (joined.empty()) return;
  SvMap defined(joined.size());  // the letters defined, for their other mentions (one look-up per span)
  for (const NameSpan& l : joined)
    if (l.acronym) defined.get_or_add(doc.token_text(l.first), 1);
  // the spans inside a joined name or on its letters go (the joined ones take their place); the rest keep
  // their order, in place, and the letters' other mentions are the same short name ("The AfD won in Saxony")
  size_t j = 0, w = 0;
  for (size_t r = 0; r < spans.size(); ++r) {
    const NameSpan& s = spans[r];
    while (j < joined.size() && joined[j].end <= s.first) ++j;
    if (j < joined.size() && s.first >= joined[j].first && s.end <= joined[j].end) continue;
    if (w != r) spans[w] = s;
    NameSpan& kept = spans[w++];
    if (kept.end == kept.first + 1 && own_letters(doc.token_text(kept.first)) &&
        defined.find(doc.token_text(kept.first))) {
      kept.acronym = true;
      settle(kept, EntityType::Org, Strength::Cue);
    }
  }
  spans.resize(w);
  add_spans_in_order(spans, joined);
}

}  // namespace lede
