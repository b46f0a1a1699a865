// entity_lowercase.cpp — see entity_lowercase.h.
#include "core/entities/detail/entity_lowercase.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

namespace gz = gazetteer;

// A word of ASCII letters, all in lower case ("lisbon"; not "iPhone", "e-mail", "x2").
bool lower_word(const Document& doc, uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::Word) return false;
  const std::string_view w = doc.token_text(i);
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The words [first, end) as the lists write them: each capitalised, one space between.
std::string capitalised(const Document& doc, uint32_t first, uint32_t end) {
  std::string key;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) key += ' ';
    const std::string_view w = doc.token_text(i);
    key += char(w[0] - 'a' + 'A');
    key.append(w.substr(1));
  }
  return key;
}

// A word that stands apart, as a name in a sentence does: after a space, a line's start, an opening bracket or
// quote (not "#maryland", "@ryanair", "www.reddit.com/r/…": a tag, a handle, a part of an address)
bool free_standing_start(const Document& doc, uint32_t i) {
  if (i == 0) return true;
  const std::string_view before = doc.token_text(i - 1);
  if (before == "#" || before == "@") return false;  // (spaced too, as tweets' sets write them: "# gers")
  return doc.tokens[i].has(kSpaceBefore) || doc.tokens[i - 1].kind == TokenKind::QuoteOpen || before == "(" ||
         before == "[";
}
// and before a space, the text's end, or punctuation that ends a clause and is followed by a space itself
bool free_standing_end(const Document& doc, uint32_t end) {
  const uint32_t n = uint32_t(doc.tokens.size());
  if (end == n || doc.tokens[end].has(kSpaceBefore)) return true;
  if (doc.tokens[end].kind == TokenKind::Word || doc.tokens[end].kind == TokenKind::Number) return false;
  const std::string_view after = doc.token_text(end);
  const bool clause_end = after == "," || after == "." || after == "!" || after == "?" || after == ";" ||
                          after == ":" || after == ")" || after == "]" || doc.tokens[end].kind == TokenKind::QuoteClose;
  return clause_end && (end + 1 == n || doc.tokens[end + 1].has(kSpaceBefore) ||
                        doc.tokens[end + 1].kind != TokenKind::Word);
}
// A sentence in English: of its words in lower case, at least two in three the dictionary holds (not "ya y
// trigo polo gui", "como um anjo": another tongue's words, which its places' names are too, "Para", "Como")
bool english_sentence(const Document& doc, const TokenFeatures& f, const Sentence& s) {
  uint32_t lower = 0, known = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i)
    if (lower_word(doc, i)) {
      ++lower;
      known += f.gz(i, TokenFeatures::kCommon) ? 1 : 0;
    }
  return 3 * known >= 2 * lower;
}

}  // namespace

void add_lowercase_names(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans) {
  const uint32_t n = uint32_t(doc.tokens.size());
  std::vector<uint8_t> taken(n, 0);
  for (const NameSpan& s : spans)
    for (uint32_t i = s.first; i < s.end && i < n; ++i) taken[i] = 1;
  auto candidate = [&](uint32_t i) { return !taken[i] && lower_word(doc, i); };
  auto dictionary = [&](uint32_t i) { return features.gz(i, TokenFeatures::kCommon) != 0; };
  std::vector<NameSpan> found;
  for (const Sentence& sentence : doc.sentences) {
    int english = -1;  // asked once a sentence, when it holds a word to look up
    for (uint32_t i = sentence.first_token; i < sentence.end_token && i < n; ++i) {
      if (!candidate(i) || !free_standing_start(doc, i)) continue;
      uint32_t end = i;
      EntityType type = EntityType::Loc;
      // two or three words the lists know as one place, one of them no dictionary's ("new york", "san francisco")
      for (uint32_t e = std::min(sentence.end_token, i + 3); e > i + 1 && end == i; --e) {
        bool ok = true, unknown = false;
        for (uint32_t k = i + 1; k < e && ok; ++k) ok = candidate(k) && doc.tokens[k].has(kSpaceBefore);
        for (uint32_t k = i; k < e && ok; ++k) unknown = unknown || !dictionary(k);
        if (ok && unknown && gz::place(capitalised(doc, i, e))) end = e;
      }
      if (end == i) {
        const std::string_view w = doc.token_text(i);
        if (w.size() < 4 || dictionary(i)) continue;
        const std::string key = capitalised(doc, i, i + 1);
        const uint8_t place = gz::place(key);
        // (a country or a capital whatever else it is, but a people's word; a region or a big city not when it is
        // a first name too: "somali", "thai", "lola", "farah")
        if (gz::demonym(key)) continue;
        // (the rest only when the dictionary writes it with a capital: "Chicago", not the lists' "Bloke", "Tapa")
        const bool first_name = gz::first_name(key);
        const bool proper = gz::proper_word(key);
        if ((place & (gz::kCountry | gz::kCapital)) ||
            ((place & (gz::kRegion | gz::kBigCity)) && !first_name && proper)) {
          end = i + 1;
        } else if (gz::company_word(key) == gz::kFirmOnly && !first_name && proper) {
          end = i + 1;
          type = EntityType::Org;
        }
      }
      if (end == i || !free_standing_end(doc, end)) continue;
      if (english < 0) english = english_sentence(doc, features, sentence) ? 1 : 0;
      if (!english) break;
      NameSpan s;
      s.first = i;
      s.end = end;
      s.type = type;
      s.strength = Strength::Guess;
      found.push_back(s);
      i = end - 1;
    }
  }
  if (found.empty()) return;
  spans.insert(spans.end(), found.begin(), found.end());
  std::stable_sort(spans.begin(), spans.end(), [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
}

}  // namespace lede
