#include "core/document.h"

#include <algorithm>

namespace lede {

const NumberDetail& Document::detail(const NumberMention& n) const {
  static const NumberDetail kNone;
  return n.detail < number_details.size() ? number_details[n.detail] : kNone;
}

NumberDetail& Document::edit_detail(NumberMention& n) {
  if (n.detail >= number_details.size()) {
    n.detail = uint32_t(number_details.size());
    number_details.emplace_back();
  }
  return number_details[n.detail];
}

uint32_t Document::token_at_or_after(uint32_t b) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), b,
                             [](const Token& t, uint32_t x) { return t.span.begin < x; });
  return uint32_t(it - tokens.begin());
}

std::vector<ByteSpan> mention_spans(const Document& doc, const Entity& e) {
  std::vector<ByteSpan> out;
  out.reserve(e.mentions.size() + e.inner_mentions.size());
  for (uint32_t m : e.mentions) out.push_back(doc.mentions[m].span);
  for (uint32_t m : e.inner_mentions) out.push_back(doc.inner_mentions[m].span);
  std::sort(out.begin(), out.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  return out;
}

uint32_t Document::sentence_of(uint32_t b) const {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), b,
                             [](uint32_t x, const Sentence& s) { return x < s.span.begin; });
  if (it == sentences.begin()) return 0;
  return uint32_t(it - sentences.begin() - 1);
}

const Mention* Document::mention_at(uint32_t b) const { return mention_overlapping({b, b + 1}); }

const Mention* Document::mention_overlapping(ByteSpan s) const {
  // (sorted and never overlapping: the first mention ending after s.begin is the only one that may overlap s)
  const auto it = std::lower_bound(mentions.begin(), mentions.end(), s.begin,
                                   [](const Mention& m, uint32_t b) { return m.span.end <= b; });
  return it != mentions.end() && it->span.begin < s.end ? &*it : nullptr;
}

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Loc: return "LOC";
    case EntityType::Group: return "GROUP";
  }
  return "?";
}

const char* to_string(NumberType t) {
  switch (t) {
    case NumberType::Cardinal: return "CARDINAL";
    case NumberType::Money: return "MONEY";
    case NumberType::Percent: return "PERCENT";
    case NumberType::Ordinal: return "ORDINAL";
    case NumberType::Date: return "DATE";
    case NumberType::Time: return "TIME";
    case NumberType::Duration: return "DURATION";
    case NumberType::Quantity: return "QUANTITY";
  }
  return "?";
}

const char* to_string(QuoteKind k) { return k == QuoteKind::Direct ? "direct" : "phrase"; }

}  // namespace lede
