// entity_coordination.cpp — see entity_coordination.h.
#include "core/entities/detail/entity_coordination.h"

#include <cstddef>
#include <string_view>

#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

// ", " "and" "or" ", and" (each may take a "the"): at most this many tokens between two names of one list.
constexpr uint32_t kMaxListGap = 3;

enum class Link { None, Comma, Conjunction };

// How the tokens between two names join them: only a comma, a conjunction (with or without a comma), or not.
Link link_between(const Document& doc, uint32_t from, uint32_t to) {
  if (to <= from || to - from > kMaxListGap) return Link::None;
  int commas = 0, conjunctions = 0;
  for (uint32_t t = from; t < to; ++t) {
    const std::string_view w = doc.token_text(t);
    if (t == from && w == "." && !doc.tokens[t].has(kSpaceBefore)) continue;  // "Ford Motor Co. and …"
    if (w == ",") ++commas;
    else if (w == "and" || w == "or") ++conjunctions;
    else if (w == "the" && t + 1 == to && t > from) continue;  // "the Tate, the National Museum and the …"
    else return Link::None;
  }
  if (commas > 1 || conjunctions > 1 || commas + conjunctions == 0) return Link::None;
  return conjunctions ? Link::Conjunction : Link::Comma;
}

bool evidenced(const NameSpan& s, EntityType t) { return s.type == t && s.strength != Strength::Guess; }
// A word only firms are named ("Unilever", "Danone": gazetteer.h's company words) is a guess to the rules, but
// in a list it says what the list names as surely as a cue does.
bool listed_firm(const Document& doc, const TokenFeatures& f, const NameSpan& s) {
  return s.type == EntityType::Org && s.end == s.first + 1 && firm_word(doc, f, s.first);
}
bool shape_only_word(const NameSpan& s) {
  return s.strength == Strength::Guess && s.end == s.first + 1 && s.type != EntityType::Group;
}

// What an ampersand inside a name's span makes of it (split_ampersand_names).
enum class Ampersand { Keep, Firm, TwoPeople, TwoPlaces };

bool year_at(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size() || doc.tokens[i].kind != TokenKind::Number) return false;
  const std::string_view w = doc.token_text(i);
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') && w.find_first_not_of("0123456789") == std::string_view::npos;
}

// The one spaced "&" of [first, end) with a word either side, or end.
uint32_t ampersand_in(const Document& doc, const NameSpan& s) {
  uint32_t at = s.end;
  for (uint32_t t = s.first + 1; t + 1 < s.end; ++t) {
    if (doc.token_text(t) != "&") continue;
    if (at != s.end || !doc.tokens[t].has(kSpaceBefore) || !doc.tokens[t + 1].has(kSpaceBefore)) return s.end;
    at = t;
  }
  return at;
}

Ampersand read_ampersand(const Document& doc, const TokenFeatures& f, const NameSpan& s, uint32_t amp) {
  namespace lx = lexicon;
  const uint32_t last = s.end - 1;
  const std::string_view tail = doc.token_text(last);
  if ((f.lex(last) & lx::kOrgWord) || tail == "Associates" || tail == "Sons") return Ampersand::Firm;
  auto side_text = [&](uint32_t a, uint32_t b) {
    const uint32_t from = doc.tokens[a].span.begin;
    return std::string_view(doc.text).substr(from, doc.tokens[b - 1].span.end - from);
  };
  auto place = [&](uint32_t a, uint32_t b) { return gazetteer::place(side_text(a, b)) != 0; };
  auto first_name = [&](uint32_t i) { return f.gz(i, TokenFeatures::kFirst) != 0; };
  const bool left_place = place(s.first, amp), right_place = place(amp + 1, s.end);
  if (s.type == EntityType::Loc) return left_place || right_place ? Ampersand::TwoPlaces : Ampersand::Keep;
  // ("Sydney & Melbourne", which the tagger took for two people: a place's list says it)
  const bool first_names = first_name(s.first) && first_name(amp + 1);
  if (left_place && right_place && !first_names) return Ampersand::TwoPlaces;
  if (first_names) return Ampersand::TwoPeople;
  const bool pair_of_words = amp == s.first + 1 && s.end == amp + 2;
  // ("Dye & Bavelier, 2010", "Baron & Beresford (2014)", "Carrano & Biewener [7]")
  const bool cited = year_at(doc, s.end) ||
      (s.end + 1 < doc.tokens.size() && (doc.token_text(s.end) == "," || doc.token_text(s.end) == "(") &&
       year_at(doc, s.end + 1)) ||
      (s.end + 1 < doc.tokens.size() && doc.token_text(s.end) == "[" &&
       doc.tokens[s.end + 1].kind == TokenKind::Number);
  const bool credit = s.first >= 2 && doc.token_text(s.first - 1) == ":" && (f.lex(s.first - 2) & lx::kCreditWord);
  if (pair_of_words && (cited || credit)) return Ampersand::TwoPeople;
  // (not a place and a name, "Derry & Strabane", nor a name and an acronym, "Liam Adams & UVF": two entities, kept
  // whole for want of a type for each)
  auto acronym = [&](uint32_t i) { return doc.tokens[i].has(kAllCaps) && doc.tokens[i].span.size() >= 2; };
  const bool short_name = s.end == amp + 2 && amp <= s.first + 2;
  return short_name && !left_place && (!acronym(last) || acronym(s.first)) ? Ampersand::Firm : Ampersand::Keep;
}

// "Allianz and Siemens", "BP and Shell", "General Motors and Chrysler": two names joined by "and", one a word only
// firms are named or an organisation a list or the context backs, the other one word of a firm's name too
// ("Siemens", "Shell", "Chrysler": also a person's name or a dictionary word, which the tagger took it for): two
// firms. (And two more ways one side of a pair says what the other is: type_pair's body_too and person_too.)
void type_pair(const Document& doc, const TokenFeatures& f, NameSpan& a, NameSpan& b) {
  auto one_word = [](const NameSpan& s) { return s.end == s.first + 1; };
  auto firm_too = [&](NameSpan& s, const NameSpan& other) {
    if (!one_word(s) || s.type == EntityType::Org || s.strength == Strength::Lexical) return;
    const bool beside_firm = listed_firm(doc, f, other);
    if (!beside_firm && !(evidenced(other, EntityType::Org) && !other.team)) return;
    // (beside a word only firms are named, a guess no list knows as a first name or a place is one too:
    // "Volvo and Scania")
    const bool unknown_guess = beside_firm && s.strength == Strength::Guess &&
                               !f.gz(s.first, TokenFeatures::kFirst | TokenFeatures::kPlaceMask |
                                     TokenFeatures::kDemonym);
    if (!doc.tokens[s.first].has(kCapitalised) || !(f.gz(s.first, TokenFeatures::kCompany) || unknown_guess)) return;
    s.type = EntityType::Org;
    s.strength = Strength::Cue;
    s.unbacked = false;
  };
  firm_too(a, b);
  firm_too(b, a);
  // "Sequoia Capital and Andreessen Horowitz": two words only the shape called a person, no first name among
  // them, after a body a list or the context backs, are a second body
  auto body_too = [&](NameSpan& s, const NameSpan& other) {
    if (s.end != s.first + 2 || s.type != EntityType::Person || s.strength != Strength::Guess) return;
    if (!evidenced(other, EntityType::Org) || other.team || other.end < other.first + 2) return;
    if (f.gz(s.first, TokenFeatures::kFirst | TokenFeatures::kPlaceMask)) return;
    s.type = EntityType::Org;
    s.unbacked = false;
  };
  body_too(b, a);
  // "attacks on Aleppo and Daraya": a one-word guess of a person that no list knows as a first name (nor as a
  // firm's word), beside a place a list knows, is a second place
  auto place_too = [&](NameSpan& s, const NameSpan& other) {
    if (!one_word(s) || s.strength != Strength::Guess || s.type != EntityType::Person) return;
    if (other.type != EntityType::Loc || other.strength != Strength::Lexical || other.team || other.venue) return;
    if (f.gz(s.first, TokenFeatures::kFirst | TokenFeatures::kCompany | TokenFeatures::kDemonym)) return;
    s.type = EntityType::Loc;
  };
  place_too(a, b);
  place_too(b, a);
  // "Previous winners include Joan Didion and Ta-Nehisi Coates": a person's guess of two words or more that the
  // tagger saw no name in, beside a person named in full, is a second person (the pair backs it)
  auto person_too = [&](NameSpan& s, const NameSpan& other) {
    if (s.end < s.first + 2 || s.type != EntityType::Person || !s.unbacked) return;
    if (!evidenced(other, EntityType::Person) || other.unbacked || other.end < other.first + 2) return;
    s.unbacked = false;
  };
  person_too(a, b);
  person_too(b, a);
}

}  // namespace

void split_ampersand_names(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  std::vector<NameSpan> out;
  bool split = false;
  for (size_t k = 0; k < spans.size(); ++k) {
    const NameSpan& s = spans[k];
    const uint32_t amp = s.type == EntityType::Person || s.type == EntityType::Loc ? ampersand_in(doc, s) : s.end;
    const Ampersand a = amp < s.end ? read_ampersand(doc, f, s, amp) : Ampersand::Keep;
    if (a == Ampersand::Firm) {
      spans[k].type = EntityType::Org;
      // (a guess's weight: where the text names one side alone as a person, "Carrano and Biewener's subjects",
      // the entity those mentions join stays a person)
      spans[k].strength = Strength::Guess;
      spans[k].tagged = false;
    }
    if (a == Ampersand::Keep || a == Ampersand::Firm) {
      if (split) out.push_back(spans[k]);
      continue;
    }
    if (!split) out.assign(spans.begin(), spans.begin() + std::ptrdiff_t(k));
    split = true;
    NameSpan left = s, right = s;
    left.end = amp;
    right.first = amp + 1;
    if (a == Ampersand::TwoPlaces && s.type == EntityType::Person) {
      // (a place's list against what the tagger read: the weakest vote, so that the names' other mentions decide;
      // "Jean & Thane" of an e-mail's greeting, where Thane is also a town, stays two people)
      left.strength = right.strength = Strength::Guess;
      left.tagged = right.tagged = false;
    }
    left.type = right.type = a == Ampersand::TwoPlaces ? EntityType::Loc : EntityType::Person;
    out.push_back(left);
    out.push_back(right);
  }
  if (split) spans.swap(out);
}

void type_coordinated_names(const Document& doc, const TokenFeatures& f, std::vector<NameSpan>& spans) {
  const size_t n = spans.size();
  size_t i = 0;
  while (i < n) {
    // The list [i, j): names joined by commas, ended by its conjunction ("A, B and C").
    size_t j = i + 1;
    bool comma = false, conjunction = false;
    while (j < n) {
      const Link l = link_between(doc, spans[j - 1].end, spans[j].first);
      if (l == Link::None) break;
      ++j;
      if (l == Link::Comma) comma = true;
      if (l == Link::Conjunction) { conjunction = true; break; }
    }
    if (!comma && conjunction && j - i == 2) type_pair(doc, f, spans[i], spans[i + 1]);
    // "General Motors (GM) and Chrysler": the name that defines the acronym in brackets is the pair's other side
    if (j == i + 1 && i >= 1 && spans[i - 1].defines_acronym && spans[i].first == spans[i - 1].end + 1 &&
        i + 1 < n && spans[i].end + 2 == spans[i + 1].first && doc.token_text(spans[i].end) == ")" &&
        doc.token_text(spans[i].end + 1) == "and")
      type_pair(doc, f, spans[i - 1], spans[i + 1]);
    // "featuring Jared Leto, Shannon Leto, Tomo Milicevic": in a list of three names or more, with or without its
    // conjunction, a person's guess of two words or more that the tagger saw no name in, where every other name
    // is a person named in full that the tagger or the context backs, is a person too (as a pair's, person_too)
    if (comma && j - i >= 3) {
      size_t full = 0, unbacked = 0;
      for (size_t k = i; k < j; ++k) {
        const NameSpan& s = spans[k];
        if (s.type != EntityType::Person || s.end < s.first + 2) break;
        (s.unbacked ? unbacked : full) += 1;
      }
      if (unbacked > 0 && full >= 2 && full + unbacked == j - i)
        for (size_t k = i; k < j; ++k) spans[k].unbacked = false;
    }
    if (!comma || !conjunction || j - i < 3) { i = j; continue; }  // (most names are in no list: asked first)
    // A list of places with one word only its shape proposed ("Galway, Mayo and Clare", where "Mayo" is also a
    // dictionary word): when every other name of it is a place with evidence, so is that word.
    // "Cheney, Rumsfeld, or Wolfowitz": one word the tagger saw no name in, where every other name of the list is
    // a person's that the tagger or the context backs, is a person too (a list of people names no body between)
    size_t places = 0, guesses = 0, persons = 0, lone = 0;
    bool org = false, any_place = false;  // (any_place: a place's guess among them too, for the list of people below)
    for (size_t k = i; k < j; ++k) {
      const bool firm = listed_firm(doc, f, spans[k]);
      org = org || evidenced(spans[k], EntityType::Org) || firm;
      any_place = any_place || spans[k].type == EntityType::Loc;
      places += evidenced(spans[k], EntityType::Loc);
      guesses += shape_only_word(spans[k]) && !firm;
      persons += spans[k].type == EntityType::Person && !spans[k].unbacked;
      lone += shape_only_word(spans[k]) && spans[k].unbacked;
    }
    const bool all_places = guesses == 1 && places + 1 == j - i;
    if (!org && lone == 1 && persons + 1 == j - i)
      for (size_t k = i; k < j; ++k)
        if (shape_only_word(spans[k]) && spans[k].unbacked) {
          spans[k].type = EntityType::Person;
          spans[k].strength = Strength::Cue;  // (so its repeats follow: "Wolfowitz lied", entity_cluster.h)
          spans[k].unbacked = false;
        }
    // "in which KENNEDY, SOUTER, GINSBURG, and BREYER joined": a list of one-word guesses, no place or body among
    // them with evidence, half of which or more the tagger reads as persons, is a list of people (the tagger typed
    // the others a body's, reading each word alone)
    // (not with a place's guess among them: "The attacks in Qamenas, Sarmin and Talamenes")
    if (!org && !any_place && guesses == j - i && persons >= 2 && persons * 2 >= j - i)
      for (size_t k = i; k < j; ++k) {
        if (spans[k].type != EntityType::Person) spans[k].strength = Strength::Cue;
        spans[k].type = EntityType::Person;
        spans[k].unbacked = false;  // (a person's guess the tagger saw no name in is backed by the list too)
      }
    if (org || all_places)
      for (size_t k = i; k < j; ++k)
        if (shape_only_word(spans[k]) && !listed_firm(doc, f, spans[k])) {
          spans[k].type = all_places ? EntityType::Loc : EntityType::Org;
          spans[k].strength = Strength::Cue;
          spans[k].unbacked = false;
        }
    i = j;
  }
}

}  // namespace lede
