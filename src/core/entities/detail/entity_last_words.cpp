// entity_last_words.cpp — see entity_last_words.h.
#include "core/entities/detail/entity_last_words.h"

#include <optional>
#include <string_view>

#include "core/detail/sv_map.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/token_features.h"

namespace lede {

void add_last_word_repeats(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const auto& tk = doc.tokens;
  // (two to four capitalised words, backed, opened by a place the lists know, as a team's or a paper's home
  // town opens its name; its last word no body's or place's kind, nor a place)
  auto full_name = [&](const NameSpan& s) {
    if (s.type != EntityType::Org || s.unbacked || s.end < s.first + 2 || s.end > s.first + 4 || s.end > tk.size() ||
        !f.gz(s.first, TokenFeatures::kPlaceMask))
      return false;
    for (uint32_t k = s.first; k < s.end; ++k)
      if (!capitalised_word(tk[k])) return false;
    const Token& last = tk[s.end - 1];
    const std::string_view w = doc.token_text(s.end - 1);
    return !last.has(kAllCaps) && w.size() >= 3 && !lexicon::is_org_word(w) && !lexicon::is_place_word(w) &&
           !f.gz(s.end - 1, TokenFeatures::kPlaceMask);
  };
  const std::optional<SvMap> last_words = last_words_of(doc, spans, full_name);
  if (!last_words) return;  // (most documents)
  std::vector<NameSpan> added;
  size_t next = 0;  // the first span that does not end before token i (spans are sorted)
  const uint32_t n = uint32_t(tk.size());
  for (uint32_t i = 1; i < n; ++i) {
    const Token& t = tk[i];
    if (!capitalised_word(t) || t.has(kAllCaps) || !t.has(kSpaceBefore)) continue;
    const std::string_view before = doc.token_text(i - 1);
    if (before != "the" && before != "The") continue;
    while (next < spans.size() && spans[next].end <= i) ++next;
    // (a name of that word alone is retyped: "for the Magic, who have won four straight" read as a person's)
    NameSpan* alone = next < spans.size() && spans[next].first == i && spans[next].end == i + 1 ? &spans[next]
                                                                                                : nullptr;
    if (next < spans.size() && spans[next].first <= i && !alone) continue;  // inside a longer name
    if (!last_words->find(doc.token_text(i))) continue;
    // (a capital after it makes it part of a longer name: "the Heat Index")
    if (i + 1 < n && capitalised_word(tk[i + 1]) && tk[i + 1].has(kSpaceBefore)) continue;
    if (alone) {
      alone->type = EntityType::Org;
      alone->unbacked = false;
    } else {
      added.push_back({i, i + 1, EntityType::Org, Strength::Cue});
    }
  }
  add_spans_in_order(spans, added);
}

}  // namespace lede
