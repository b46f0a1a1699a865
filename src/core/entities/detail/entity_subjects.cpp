// entity_subjects.cpp — see entity_subjects.h.
#include "core/entities/detail/entity_subjects.h"

#include <string_view>

#include "core/detail/word_match.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

// The word at token i (in lower case, right after the name) is a verb of a person's life; "was" before "born".
bool life_verb_at(const Document& doc, uint32_t i) {
  static constexpr std::string_view kLifeVerbs[] = {"attended", "died", "divorced", "graduated", "married",
                                                    "resigned", "retired", "starred", "studied", "testified"};
  const auto& tk = doc.tokens;
  if (i + 1 >= tk.size() || tk[i].kind != TokenKind::Word || tk[i].has(kCapitalised)) return false;
  const std::string_view w = doc.token_text(i);
  if (one_of(w, kLifeVerbs)) return true;
  if (w != "was" && w != "is") return false;
  // what only happens to people: "Orrin was born", "Hauser was arrested", "Kest was sentenced to …" (not "was
  // elected", "named", "awarded", "appointed": a country, a firm, a team are too)
  static constexpr std::string_view kDoneToPeople[] = {"acquitted", "arrested", "baptised", "baptized", "born",
                                                       "buried", "convicted", "educated", "executed", "imprisoned",
                                                       "jailed", "kidnapped", "knighted", "sentenced"};
  return tk[i + 1].kind == TokenKind::Word && one_of(doc.token_text(i + 1), kDoneToPeople);
}

// The words at token i say what the name became: "became" (or "becomes"), an article, at most three words, then
// an occupation (lexicon::kLowerTitle) that ends the phrase: "Hitzig became a professor at the University of
// Halle", "Nida became a founding charter member" (not "became a professor's assistant": the occupation then only
// qualifies; not "became the largest company": no occupation).
bool became_occupation_at(const Document& doc, uint32_t i) {
  const auto& tk = doc.tokens;
  if (i + 2 >= tk.size() || tk[i].kind != TokenKind::Word) return false;
  const std::string_view v = doc.token_text(i), article = doc.token_text(i + 1);
  if ((v != "became" && v != "becomes") || (article != "a" && article != "an" && article != "the")) return false;
  for (uint32_t k = i + 2; k < tk.size() && k < i + 6; ++k) {
    if (tk[k].kind != TokenKind::Word || tk[k].has(kCapitalised)) return false;
    if (!lexicon::is_lower_title(doc.token_text(k))) continue;
    if (k + 1 >= tk.size()) return true;
    if (tk[k + 1].has(kPossessive)) return false;
    const std::string_view next = doc.token_text(k + 1);
    return tk[k + 1].kind != TokenKind::Word || tk[k + 1].has(kCapitalised) || lexicon::place_preposition(next) ||
           next == "of" || next == "and" || next == "who" || next == "for" || next == "with";
  }
  return false;
}

// A personal pronoun of a man or a woman refers back to the subject that ends at token i: "Moreau made her debut",
// "Galois returned to mathematics after his expulsion". The word right after the name is its verb (a lower-case
// word, no pronoun: not an interjection's "Haha, he …" or "Heh he …"); the pronoun comes at most kPronounWindow
// words on, in the sentence or opening the next one, before any other capitalised word (another name it may be
// of) or a thing's or a group's pronoun ("its", "their").
bool pronoun_after(const Document& doc, uint32_t i) {
  constexpr uint32_t kPronounWindow = 10;
  static constexpr std::string_view kPersonal[] = {"he", "her", "herself", "him", "himself", "his", "she"};
  static constexpr std::string_view kOpening[] = {"He", "Her", "His", "She"};
  static constexpr std::string_view kOthers[] = {"it", "its", "their", "them", "they"};
  const auto& tk = doc.tokens;
  if (i >= tk.size() || tk[i].kind != TokenKind::Word || tk[i].has(kCapitalised) ||
      one_of(doc.token_text(i), kPersonal) || one_of(doc.token_text(i), kOthers))
    return false;
  for (uint32_t k = i + 1, words = 1; k < tk.size() && words < kPronounWindow; ++k) {
    if (tk[k].kind != TokenKind::Word) continue;
    ++words;
    const std::string_view w = doc.token_text(k);
    // ("Okafor joined the ministry in 2019. He previously worked …": the next sentence's opening pronoun)
    if (tk[k].has(kSentenceStart)) return one_of(w, kOpening);
    if (tk[k].has(kCapitalised)) return false;
    if (one_of(w, kPersonal)) return true;
    if (one_of(w, kOthers)) return false;
  }
  return false;
}

// "ordered Shell to cut its emissions", "Halvex has cut its forecast", "Orrin raised its stake": after the name
// ending at token e, "to" or an auxiliary, a verb in lower case and "its": what the name does is to something of
// its own, and only a body (or a place, which the lists know) owns by "its". (Not a preposition or a conjunction
// in the verb's place: "Kest and its", "Tessaly for its".)
bool verb_then_its(const Document& doc, uint32_t e) {
  static constexpr std::string_view kBefore[] = {"to", "has", "have", "had", "will", "would", "is", "was", "also"};
  static constexpr std::string_view kNoVerb[] = {"and", "or", "in", "at", "for", "of", "with", "since", "as", "from",
                                                 "on", "by", "to", "into", "until", "before", "after", "is", "was",
                                                 "be", "its", "that"};
  const auto& tk = doc.tokens;
  auto spaced_word = [&](uint32_t k) {
    return k < tk.size() && tk[k].kind == TokenKind::Word && tk[k].has(kSpaceBefore);
  };
  uint32_t k = e;
  if (spaced_word(k) && one_of(doc.token_text(k), kBefore)) ++k;
  if (!spaced_word(k) || !spaced_word(k + 1) || tk[k].has(kCapitalised) || one_of(doc.token_text(k), kNoVerb))
    return false;
  return doc.token_text(k + 1) == "its";
}

// "Honda said it would recall 400,000 cars": a word the firm lists hold (a person's name too: "Honda", "Siemens")
// right before "said" or "says" and "it" (a person who says "it" speaks of something else as often: "Kest said it
// was a mistake"; a firm the lists name seldom does).
bool listed_firm_says_it(const Document& doc, const NameSpan& s) {
  const auto& tk = doc.tokens;
  if (s.end + 1 >= tk.size() || !gazetteer::company_word(doc.token_text(s.first))) return false;
  const std::string_view verb = doc.token_text(s.end);
  return (verb == "said" || verb == "says") && doc.token_text(s.end + 1) == "it";
}

// "Ada Orrin (1820–1891) was a chemist", "Kest (born 12 May 1950) is a painter": a wiki's or an obituary's
// opening, where the brackets right after the name (token e) give the dates of a life, then "is" or "was". A life
// by "born", "b." or "c." opening the brackets, or by its span, two years with a dash between, after a name that a
// first name opens (`first_named`; a body's or a state's years are so written too, "Nordvik Rail (1890–1931)
// was a railway"; one year alone is a work's: "Blue Winds Dancing (1938) is a novel"). In the training sets'
// gold, 32 names open such a sentence, all persons.
bool life_dates_after(const Document& doc, uint32_t e, bool first_named) {
  constexpr uint32_t kBracketWords = 16;
  static constexpr std::string_view kOpeners[] = {"b", "b.", "born", "c", "c."};  // ("c." may be "c" and ".")
  static constexpr std::string_view kDashes[] = {"-", "--", "–", "—"};
  const auto& tk = doc.tokens;
  if (e + 2 >= tk.size() || doc.token_text(e) != "(") return false;
  const bool opener = one_of(doc.token_text(e + 1), kOpeners);
  uint32_t years = 0;
  bool dash = false;
  for (uint32_t k = e + 1; k < tk.size() && k < e + 1 + kBracketWords; ++k) {
    const std::string_view w = doc.token_text(k);
    if (w == "(" || tk[k].has(kNewlineBefore)) return false;
    if (w == ")") {
      if (k + 1 >= tk.size() || (doc.token_text(k + 1) != "is" && doc.token_text(k + 1) != "was")) return false;
      return opener || (first_named && dash && years >= 2);
    }
    if (tk[k].kind == TokenKind::Number && (w.size() == 3 || w.size() == 4) && (years == 0 || dash)) ++years;
    dash = dash || (years > 0 && one_of(w, kDashes));
  }
  return false;
}

// A body's, a place's or an event's word in the name ("Halden Chamber Orchestra (1971–1990) was"): of that kind.
bool kind_word_in(const Document& doc, const NameSpan& s) {
  for (uint32_t k = s.first; k < s.end; ++k)
    if (lexicon::classes(doc.token_text(k)) & lexicon::kKindWords) return true;
  return false;
}

}  // namespace

void type_body_subjects(const Document& doc, std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans) {
    if (s.end != s.first + 1 || s.strength != Strength::Guess || s.type == EntityType::Group ||
        s.type == EntityType::Org || !(verb_then_its(doc, s.end) || listed_firm_says_it(doc, s)))
      continue;
    // (not after "the": "the Depression worked its way down", "the Liberty visited its ports")
    if (s.first > 0 && (doc.token_text(s.first - 1) == "the" || doc.token_text(s.first - 1) == "The")) continue;
    settle(s, EntityType::Org, Strength::Cue);
  }
}

void type_person_subjects(const Document& doc, std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans) {
    // (a name of any length whose life the brackets after it give, opening its sentence: "Benedikt Aurel Strand
    // (1820–1891) was a German chemist", a place to the tagger, which knows a town "Benedikt" and a "Strand")
    if (s.type != EntityType::Person && s.type != EntityType::Group && s.strength != Strength::Lexical &&
        doc.tokens[s.first].has(kSentenceStart) && !kind_word_in(doc, s) &&
        life_dates_after(doc, s.end, gazetteer::first_name(doc.token_text(s.first)))) {
      settle(s, EntityType::Person, Strength::Cue);
      continue;
    }
    if (s.end != s.first + 1 || s.strength != Strength::Guess || s.type == EntityType::Group ||
        !(life_verb_at(doc, s.end) || became_occupation_at(doc, s.end) ||
          (s.unbacked && doc.tokens[s.first].has(kSentenceStart) && !doc.tokens[s.first].has(kAllCaps) &&
           !gazetteer::common_word_any_case(doc.token_text(s.first)) && pronoun_after(doc, s.end))))
      continue;
    settle(s, EntityType::Person, Strength::Cue);
  }
}

}  // namespace lede
