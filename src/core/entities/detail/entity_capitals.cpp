// entity_capitals.cpp — names in a sentence in capitals read as the names the text writes below (see the header).
#include "core/entities/detail/entity_capitals.h"

#include <algorithm>
#include <string>

#include "core/detail/sv_map.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/token_features.h"

namespace lede {
namespace {

using SV = std::string_view;
constexpr uint32_t kMaxWords = 4;  // the longest run looked up (headline names are short)

// Tokens [a, b) as the folded text writes them (a view: TokenFeatures::folded keeps the text's byte offsets).
SV folded_run(const Document& doc, const TokenFeatures& f, uint32_t a, uint32_t b) {
  return f.folded_of({doc.tokens[a].span.begin, doc.tokens[b - 1].span.end});
}

// Token t, a word in capitals, is an organisation's or a place's word ("COALITION", "BANK", "RIVER"): a span that
// goes on past a found name with such a word is a longer name ("NORTH CAROLINA RELIGIOUS COALITION"), not a name
// and the headline's verb ("ADA VOSS QUITS").
bool name_word_in_capitals(const Document& doc, uint32_t t) {
  const SV w = doc.token_text(t);
  if (doc.tokens[t].kind != TokenKind::Word || w.size() < 2) return false;
  return (lexicon::classes_of_capitals(w) & (lexicon::kOrgWord | lexicon::kPlaceWord)) != 0;  // "COALITION"
}

bool mixed_case(const Document& doc, uint32_t first, uint32_t end) {
  for (uint32_t k = first; k < end; ++k)
    if (doc.tokens[k].has(kAllCaps)) return false;
  return true;
}
bool mixed_case(const Document& doc, const NameSpan& s) { return mixed_case(doc, s.first, s.end); }

// The spaced " - " that ends a slug: at most `max_words` tokens from `first`, at least `min_words`, each a word
// that `word` accepts. Returns the dash, or `first` when the sentence opens with no such slug.
template <class WordTest>
uint32_t slug_dash(const Document& doc, uint32_t first, uint32_t end, uint32_t min_words, uint32_t max_words,
                   WordTest word) {
  for (uint32_t t = first; t < end && t <= first + max_words; ++t) {
    if (t >= first + min_words && doc.token_text(t) == "-" && doc.tokens[t].has(kSpaceBefore) && t + 1 < end &&
        doc.tokens[t + 1].has(kSpaceBefore))
      return t;
    if (doc.tokens[t].kind != TokenKind::Word || !word(t)) return first;
  }
  return first;
}

// A wire's slug: the words before " - " that open a sentence in capitals ("BASEBALL - MAJOR LEAGUE RESULTS",
// "SOCCER - ENGLAND V PAKISTAN"), at most three, each a dictionary word: the desk's label for the story, no name.
uint32_t slug_end(const Document& doc, const TokenFeatures& f, uint32_t first, uint32_t end) {
  return slug_dash(doc, first, end, 1, 3, [&](uint32_t t) { return f.gz(t, TokenFeatures::kCommon) != 0; });
}

// A market slug at a line's start: a place and the market's words in capitals before " - " ("LONDON STOCKS - FTSE
// ends higher", "NEW YORK COTTON - ..."), two to four words.
uint32_t market_slug_end(const Document& doc, uint32_t first, uint32_t end) {
  if (first > 0 && !doc.tokens[first].has(kNewlineBefore)) return first;
  return slug_dash(doc, first, end, 2, 4, [&](uint32_t t) { return doc.tokens[t].has(kAllCaps); });
}

// The span that opens a market slug ends with its place: the dictionary words after it go ("LONDON STOCKS" was
// one place, or a guess at a firm); a place the lists know whole stays ("GAZA STRIP"), and so does a span with no
// listed place before its dictionary words.
void trim_market_slug(const Document& doc, const TokenFeatures& f, NameSpan& s) {
  // (the lists write places in mixed case: "LONDON" is looked up as "London")
  auto listed = [&](uint32_t from, uint32_t to) {
    std::string name;
    for (uint32_t t = from; t < to; ++t) {
      if (t > from) name += ' ';
      const SV w = doc.token_text(t);
      for (size_t k = 0; k < w.size(); ++k)
        name += k == 0 ? w[k] : char(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    }
    return gazetteer::place(name) != 0 || (lexicon::classes(name) & lexicon::kKnownPlace) != 0;
  };
  if (listed(s.first, s.end)) return;
  for (uint32_t e = s.end - 1; e > s.first && f.gz(e, TokenFeatures::kCommon); --e)
    if (listed(s.first, e)) {
      s.end = e;
      s.type = EntityType::Loc;
      s.strength = Strength::Lexical;
      s.unbacked = false;
      return;
    }
}

}  // namespace

void drop_slugs(const Document& doc, const TokenFeatures& f, const std::vector<uint8_t>& caps,
                std::vector<NameSpan>& spans) {
  if (spans.empty()) return;
  // One walk over the sentences: a market slug opens lines in mixed case too (its span trimmed to the place); a
  // desk's slug only sentences in capitals (its spans dropped).
  const bool any_caps = std::find(caps.begin(), caps.end(), 1) != caps.end();
  const auto& ss = doc.sentences;
  size_t k = 0, kept = 0;
  for (size_t si = 0; si < ss.size(); ++si) {
    const uint32_t first = ss[si].first_token;
    const uint32_t dash = market_slug_end(doc, first, ss[si].end_token);
    const uint32_t end = any_caps && caps[si] ? slug_end(doc, f, first, ss[si].end_token) : first;
    for (; k < spans.size() && spans[k].first < ss[si].end_token; ++k) {
      if (dash > first && spans[k].first == first && spans[k].end <= dash) trim_market_slug(doc, f, spans[k]);
      if (!(spans[k].first >= first && spans[k].end <= end)) spans[kept++] = spans[k];
    }
  }
  for (; k < spans.size(); ++k) spans[kept++] = spans[k];
  spans.resize(kept);
}

void align_capitals(const Document& doc, const TokenFeatures& f, const std::vector<uint8_t>& caps,
                    std::vector<NameSpan>& spans) {
  const auto& ss = doc.sentences;
  // (most documents have no sentence in capitals)
  if (spans.empty() || std::find(caps.begin(), caps.end(), 1) == caps.end()) return;

  // The document's names of one to four tokens written in mixed case: folded text -> the span that names it.
  // (a one-word name only when it is no dictionary word: "Bolton", not "Reading" or "Apple")
  SvMap names(std::min<size_t>(spans.size(), 4096));
  for (size_t i = 0; i < spans.size(); ++i) {
    const NameSpan& s = spans[i];
    if (s.end - s.first > kMaxWords || s.unbacked || s.type == EntityType::Group) continue;
    if (!mixed_case(doc, s)) continue;
    if (s.end == s.first + 1 && (doc.tokens[s.first].kind != TokenKind::Word || f.gz(s.first, TokenFeatures::kCommon)))
      continue;
    names.get_or_add(folded_run(doc, f, s.first, s.end), int32_t(i));
  }
  // A body's name without its legal form ("NORVALD SHIPPING POSTS LOSS" above "Norvald Shipping ASA"): a headline
  // leaves "ASA", "Inc", "plc" off. Two words or more before it ("Orrin Group" alone is no "ORRIN").
  for (size_t i = 0; i < spans.size(); ++i) {
    const NameSpan& s = spans[i];
    if (s.type != EntityType::Org || s.unbacked || s.end < s.first + 3 || s.end - s.first > kMaxWords + 1 ||
        !(f.lex(s.end - 1) & lexicon::kOrgSuffix) || !mixed_case(doc, s.first, s.end - 1))  // ("ASA": letters)
      continue;
    names.get_or_add(folded_run(doc, f, s.first, s.end - 1), int32_t(i));
  }
  // A person's surname too ("SELES BEATS CAPRIATI" above "Monica Seles beat Jennifer Capriati"): a headline
  // names people by it. (Added after the whole names, so a one-word name of its own keeps its entry.)
  for (size_t i = 0; i < spans.size(); ++i) {
    const NameSpan& s = spans[i];
    if (s.type != EntityType::Person || s.end < s.first + 2 || s.end - s.first > kMaxWords || s.unbacked) continue;
    const uint32_t last = s.end - 1;
    if (!mixed_case(doc, s) || doc.tokens[last].kind != TokenKind::Word || f.gz(last, TokenFeatures::kCommon)) continue;
    names.get_or_add(folded_run(doc, f, last, s.end), int32_t(i));
  }
  // Tokens some span already covers: a one-word run is taken only where neither the rules nor the tagger kept a
  // name ("LEEDS PAST BOLTON", where the tagger saw none), never in place of a longer name ("BOLTON WANDERERS").
  std::vector<uint8_t> covered(doc.tokens.size(), 0);
  for (const NameSpan& s : spans)
    for (uint32_t t = s.first; t < s.end && t < covered.size(); ++t) covered[t] = 1;
  // But a span of a sentence in capitals that no list backs and that holds two one-word names of the text below
  // ("BOLTON HOLD CHELSEA" above "Bolton" and "Chelsea") is a guess over two names and the verb between: its
  // words are read as if no span were there. (One name only stays: "BOLTON WANDERERS" is one team.)
  {
    size_t si = 0;
    for (const NameSpan& s : spans) {
      while (si + 1 < ss.size() && ss[si + 1].first_token <= s.first) ++si;
      if (si >= ss.size() || !caps[si] || s.strength == Strength::Lexical || s.end < s.first + 3 ||
          s.end - s.first > 2 * kMaxWords)
        continue;
      int hits = 0;
      for (uint32_t t = s.first; t < s.end; ++t)
        hits += doc.tokens[t].kind == TokenKind::Word && doc.tokens[t].has(kAllCaps) &&
                names.find(folded_run(doc, f, t, t + 1)) != nullptr;
      if (hits >= 2)
        for (uint32_t t = s.first; t < s.end; ++t) covered[t] = 0;
    }
  }

  // The events the text writes below in mixed case ("the Dubai Open", "the Kelby Marathon"): two to four
  // capitalised words that end on an event's word (lexicon::kEventWord) and that no span covers. The same words in
  // capitals are that event, no name ("TENNIS - RESULTS AT DUBAI OPEN": the tagger read a place there): the
  // spans inside them go. (In capitals alone "OPEN" may be a verb, "TALKS" a noun: only the text below says.)
  SvMap events(16);
  auto capitalised_word = [&](uint32_t t) {
    return doc.tokens[t].kind == TokenKind::Word && doc.tokens[t].has(kCapitalised) && !covered[t];
  };
  for (size_t si = 0; si < ss.size(); ++si) {
    if (caps[si]) continue;
    const uint32_t first = ss[si].first_token;
    for (uint32_t t = first + 1; t < ss[si].end_token; ++t) {
      if (!capitalised_word(t) || !(f.lex(t) & lexicon::kEventWord)) continue;
      for (uint32_t a = t; a > first && t + 1 - a < kMaxWords && doc.tokens[a].has(kSpaceBefore) &&
                           capitalised_word(a - 1);
           --a)
        events.get_or_add(folded_run(doc, f, a - 1, t + 1), -1);
    }
  }

  // The runs of the sentences in capitals that read as one of them, left to right, longest first.
  std::vector<NameSpan> found;
  struct TokenRun { uint32_t first, end; };
  std::vector<TokenRun> event_runs;  // the runs that read as an event below
  for (size_t si = 0; si < ss.size(); ++si) {
    if (!caps[si]) continue;
    for (uint32_t i = ss[si].first_token; i < ss[si].end_token;) {
      uint32_t next = i + 1;
      if (doc.tokens[i].kind == TokenKind::Word) {
        for (uint32_t n = std::min<uint32_t>(kMaxWords, ss[si].end_token - i); n >= 1; --n) {
          if (n >= 2 && events.find(folded_run(doc, f, i, i + n))) {
            event_runs.push_back({i, i + n});
            next = i + n;
            break;
          }
          if (n == 1 && (covered[i] || !doc.tokens[i].has(kAllCaps))) continue;
          const int32_t* hit = names.find(folded_run(doc, f, i, i + n));
          if (!hit) continue;
          NameSpan s = spans[size_t(*hit)];  // (a surname's hit: the whole name's span, typed a person)
          s.first = i;
          s.end = i + n;
          s.strength = Strength::Cue;  // as sure as the name below, no surer
          s.unbacked = false;
          s.defines_acronym = false;
          s.capitals_copy = true;
          found.push_back(s);
          next = i + n;
          break;
        }
      }
      i = next;
    }
  }
  if (!event_runs.empty()) {  // (both lists sorted: one pass)
    size_t e = 0, kept = 0;
    for (const NameSpan& sp : spans) {
      while (e < event_runs.size() && event_runs[e].end <= sp.first) ++e;
      if (!(e < event_runs.size() && event_runs[e].first <= sp.first && sp.end <= event_runs[e].end))
        spans[kept++] = sp;
    }
    spans.resize(kept);
  }
  if (found.empty()) return;

  // A found run yields to a span over it that goes on with an organisation's or a place's word (one pass: both
  // lists are sorted and without overlaps).
  size_t j = 0;
  size_t kept = 0;
  for (const NameSpan& r : found) {
    while (j < spans.size() && spans[j].end <= r.first) ++j;
    bool longer_name = false;
    for (size_t q = j; q < spans.size() && spans[q].first < r.end && !longer_name; ++q) {
      // (the few words either side only: a run of capitals may be one long span, and each run reads it once)
      const uint32_t from = std::max(spans[q].first, r.first > kMaxWords ? r.first - kMaxWords : 0);
      const uint32_t to = std::min(spans[q].end, r.end + kMaxWords);
      for (uint32_t t = from; t < to && !longer_name; ++t)
        longer_name = (t < r.first || t >= r.end) && name_word_in_capitals(doc, t);
    }
    if (!longer_name) found[kept++] = r;
  }
  found.resize(kept);
  if (found.empty()) return;

  // Merge: a found run replaces the spans it overlaps.
  std::vector<NameSpan> out;
  out.reserve(spans.size() + found.size());
  size_t k = 0;
  for (const NameSpan& s : spans) {
    while (k < found.size() && found[k].end <= s.first) out.push_back(found[k++]);
    const bool overlaps = k < found.size() && found[k].first < s.end && s.first < found[k].end;
    if (!overlaps) out.push_back(s);
  }
  while (k < found.size()) out.push_back(found[k++]);
  spans.swap(out);
}

void split_known_headline_runs(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  auto caps = [&](uint32_t k) { return doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].has(kAllCaps); };
  for (NameSpan& s : spans) {
    const uint32_t a = s.first;
    if (s.end < a + 2 || s.type == EntityType::Group || !caps(a) || !caps(a + 1) ||
        !doc.tokens[a + 1].has(kSpaceBefore) || !f.gz(a + 1, TokenFeatures::kCommon) ||
        (lexicon::classes_of_capitals(doc.token_text(a + 1)) & lexicon::kFunctionWord))
      continue;
    const std::string_view w = doc.token_text(a);
    const uint32_t listed = lexicon::classes(w);
    const bool body = (listed & (lexicon::kKnownOrg | lexicon::kCountryCode)) != 0;
    if (!body && !((gazetteer::place_in_capitals(w) & gazetteer::kCountry) && !gazetteer::demonym_in_capitals(w)))
      continue;  // ("THAI FOOD": a people's word)
    bool goes_on = false;
    for (uint32_t k = a + 1; k < s.end && k < a + 7 && !goes_on; ++k)
      goes_on = (lexicon::classes_of_capitals(doc.token_text(k)) & lexicon::kKindWords) != 0;
    if (goes_on) continue;
    s.end = a + 1;
    s.acronym = w.size() >= 2;  // (one word in capitals, as the rules mark "NATO")
    s.strength = Strength::Lexical;
    s.type = (listed & lexicon::kKnownOrg) ? EntityType::Org : EntityType::Loc;  // ("US", "IRAQ")
  }
}

}  // namespace lede
