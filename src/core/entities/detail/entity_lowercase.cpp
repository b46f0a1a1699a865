// entity_lowercase.cpp — see entity_lowercase.h.
#include "core/entities/detail/entity_lowercase.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "core/detail/str_hash.h"
#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

namespace gz = gazetteer;

// A word of ASCII letters, all in lower case ("lisbon"; not "iPhone", "e-mail", "x2").
bool lower_word(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::Word || t.has(kCapitalised)) return false;
  const std::string_view w = doc.token_text(i);
  for (const char c : w)
    if (c < 'a' || c > 'z') return false;
  return !w.empty();
}

// The words [first, end) as the lists write them, each capitalised, one space between, in `buf` (no allocation:
// most words are looked up and missed); empty when longer than the lists' keys.
constexpr size_t kMaxKey = 64;
std::string_view capitalised(const Document& doc, uint32_t first, uint32_t end, char (&buf)[kMaxKey]) {
  size_t n = 0;
  for (uint32_t i = first; i < end; ++i) {
    const std::string_view w = doc.token_text(i);
    if (n + (i > first) + w.size() > kMaxKey) return {};
    if (i > first) buf[n++] = ' ';
    std::memcpy(buf + n, w.data(), w.size());
    buf[n] = char(buf[n] - 'a' + 'A');
    n += w.size();
  }
  return std::string_view(buf, n);
}

// Which lower-case words may open a name the step can find: a place's single word or first word, a firm's word,
// in lower case, as one bit each of a filter of 2^18 bits (built once, from the lists' own tables; about one word
// in fifteen of the others passes too, and the look-ups below answer it). Most words of a text are asked only
// this: the dictionary's and the lists' look-ups cost several times more, and ran for every word before.
class OpenerFilter {
 public:
  OpenerFilter() : bits_(kBits / 64, 0) {
    add_table(gz::data::kPlaces);
    add_table(gz::data::kCompanies);
  }
  bool may_open(std::string_view lower) const {
    const uint32_t h = str_hash(lower) & (kBits - 1);
    return (bits_[h >> 6] >> (h & 63)) & 1;
  }

 private:
  static constexpr uint32_t kBits = 1u << 18;
  void add_table(const gz::StringTable& t) {
    char word[kMaxKey];
    for (uint32_t at = 0; at < t.bytes;) {
      if (t.tagged) ++at;
      size_t n = 0;
      bool first = true;
      for (; at < t.bytes && t.blob[at] != '\0'; ++at) {
        const char c = t.blob[at];
        if (c == ' ') first = false;
        if (first && n < kMaxKey) word[n++] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
      }
      ++at;  // the '\0'
      // (not a word of one or two letters, nor "the": "el paso", "la paz", "the hague" in lower case are rare, and
      // those words are a text's commonest: each would send every "of", "in" and "the" to the look-ups)
      if (n <= 2 || std::string_view(word, n) == "the") continue;
      const uint32_t h = str_hash(std::string_view(word, n)) & (kBits - 1);
      bits_[h >> 6] |= uint64_t(1) << (h & 63);
    }
  }
  std::vector<uint64_t> bits_;
};
const OpenerFilter& opener_filter() {
  static const OpenerFilter filter;
  return filter;
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
  for (uint32_t i = s.first_token; i < s.end_token && i < doc.tokens.size(); ++i)
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
  const OpenerFilter& openers = opener_filter();
  auto dictionary = [&](uint32_t i) { return features.gz(i, TokenFeatures::kCommon) != 0; };
  char buf[kMaxKey];
  std::vector<NameSpan> found;
  for (const Sentence& sentence : doc.sentences) {
    int english = -1;  // asked once a sentence, when it holds a word to look up
    for (uint32_t i = sentence.first_token; i < sentence.end_token && i < n; ++i) {
      // (the filter first: one hash, where reading the word's letters and the rest cost more)
      const Token& t = doc.tokens[i];
      if (t.kind != TokenKind::Word || t.has(kCapitalised) || t.span.size() <= 2 ||
          !openers.may_open(doc.token_text(i)) || !candidate(i) || !free_standing_start(doc, i))
        continue;
      uint32_t end = i;
      EntityType type = EntityType::Loc;
      // two or three words the lists know as one place, one of them no dictionary's ("new york", "san francisco")
      // (the lists first: their index misses most keys at once, where the dictionary's filter reads every word)
      for (uint32_t e = std::min(sentence.end_token, i + 3); e > i + 1 && end == i; --e) {
        bool ok = true, unknown = false;
        for (uint32_t k = i + 1; k < e && ok; ++k) ok = candidate(k) && doc.tokens[k].has(kSpaceBefore);
        if (!ok) continue;
        const std::string_view key = capitalised(doc, i, e, buf);
        if (key.empty() || !gz::place(key)) continue;
        for (uint32_t k = i; k < e; ++k) unknown = unknown || !dictionary(k);
        if (unknown) end = e;
      }
      if (end == i) {
        if (doc.token_text(i).size() < 4) continue;
        const std::string_view key = capitalised(doc, i, i + 1, buf);
        if (key.empty()) continue;
        const uint8_t place = gz::place(key);
        const bool firm_word = gz::company_word(key) == gz::kFirmOnly;
        if (!(place & (gz::kCountry | gz::kCapital | gz::kRegion | gz::kBigCity)) && !firm_word) continue;
        // (a country or a capital whatever else it is, but a dictionary's word or a people's word; a region, a
        // big city or a firm's word not when it is a first name too: "china", "somali", "thai", "lola", "farah")
        if (dictionary(i) || gz::demonym(key)) continue;
        // (and only when the dictionary writes it with a capital: "Chicago", not the lists' "Bloke", "Tapa")
        const bool first_name = gz::first_name(key);
        const bool proper = gz::proper_word(key);
        if ((place & (gz::kCountry | gz::kCapital)) ||
            ((place & (gz::kRegion | gz::kBigCity)) && !first_name && proper)) {
          end = i + 1;
        } else if (firm_word && !first_name && proper) {
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
  add_spans_in_order(spans, found);  // (found in text order: one merge, not a sort)
}

}  // namespace lede
