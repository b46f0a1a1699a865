// entity_places_by_context.cpp — see entity_places_by_context.h.
#include "core/entities/detail/entity_places_by_context.h"

#include <string_view>

#include "core/detail/word_match.h"
#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

// "Kelby-based", "Orrin-born", "Tessaly-headquartered" right after the name ending at token e: where something
// is based or someone born, a place (the hyphen written tight on both sides).
bool place_compound_after(const Document& doc, uint32_t e) {
  static constexpr std::string_view kPlaced[] = {"based", "born", "headquartered"};
  const auto& tk = doc.tokens;
  return e + 1 < tk.size() && doc.token_text(e) == "-" && !tk[e].has(kSpaceBefore) && !tk[e + 1].has(kSpaceBefore) &&
         one_of(doc.token_text(e + 1), kPlaced);
}

// "flew to", "fled back to", "a trip to": the two words before token s are "to" after a word of going (or that and
// "back").
bool going_to_before(const Document& doc, uint32_t s) {
  static constexpr std::string_view kGoing[] = {
      "came",     "come",      "comes",     "coming",     "drove",     "emigrated", "fled",      "flee",
      "flees",    "fleeing",   "flew",      "flies",      "flight",    "flights",   "flown",     "fly",
      "flying",   "go",        "goes",      "going",      "gone",      "headed",    "heading",   "journey",
      "move",     "moved",     "moves",     "moving",     "relocated", "return",    "returned",  "returning",
      "returns",  "sailed",    "travel",    "travelled",  "traveled",  "travelling", "traveling", "travels",
      "trip",     "trips",     "visit",     "visits",     "went"};
  if (s < 2 || doc.token_text(s - 1) != "to") return false;
  uint32_t k = s - 2;
  if (doc.token_text(k) == "back" && k > 0) --k;
  const Token& t = doc.tokens[k];
  return t.kind == TokenKind::Word && !t.has(kCapitalised) && one_of(doc.token_text(k), kGoing);
}

// "in the Outer Hebrides", "across the Kelby Flats": "in", "near" or "across", then "the", right before token s.
bool in_the_before(const Document& doc, uint32_t s) {
  if (s < 2 || doc.token_text(s - 1) != "the") return false;
  const std::string_view w = doc.token_text(s - 2);
  return w == "in" || w == "near" || w == "across";
}

}  // namespace

void type_compound_places(const Document& doc, std::vector<NameSpan>& spans) {
  // (a name no dictionary, firm list or capitals make a thing's: "Intel-based Mac", "UNIX-based" are what runs it)
  auto unknown = [&](const NameSpan& s) {
    for (uint32_t k = s.first; k < s.end; ++k) {
      const std::string_view w = doc.token_text(k);
      if (doc.tokens[k].has(kAllCaps) || gazetteer::proper_word(w) || gazetteer::common_word_any_case(w) ||
          gazetteer::company_word(w))
        return false;
    }
    return true;
  };
  for (NameSpan& s : spans)
    if (s.strength == Strength::Guess && (s.type == EntityType::Person || s.type == EntityType::Org) &&
        place_compound_after(doc, s.end) && unknown(s))
      settle(s, EntityType::Loc, Strength::Cue);
}

void type_destinations(const Document& doc, std::vector<NameSpan>& spans) {
  for (const NameSpan& s : spans)
    if (s.team || s.venue) return;  // (a sports report: "Berg moved to Chelsea" is the club)
  for (NameSpan& s : spans) {
    if (s.end != s.first + 1 || s.strength != Strength::Guess || s.type == EntityType::Group ||
        !going_to_before(doc, s.first))
      continue;
    const std::string_view w = doc.token_text(s.first);
    // (nor letters: "travel to CSHL", "went to MIT" are schools and firms as often)
    if (gazetteer::first_name(w) || gazetteer::common_word_any_case(w) || doc.tokens[s.first].has(kAllCaps)) continue;
    if (s.end < doc.tokens.size() && doc.tokens[s.end].has(kPossessive)) continue;  // ("JoJo's concert")
    settle(s, EntityType::Loc, Strength::Cue);
  }
}

void type_places_in_the(const Document& doc, std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans)
    if (s.end >= s.first + 2 && s.strength == Strength::Guess && s.type == EntityType::Person &&
        in_the_before(doc, s.first) && !gazetteer::first_name(doc.token_text(s.first)))
      settle(s, EntityType::Loc, Strength::Cue);
}

}  // namespace lede
