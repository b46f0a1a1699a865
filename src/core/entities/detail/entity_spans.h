// entity_spans.h — finds name spans in the tokens and gives each a provisional type (first half of entities.h).
//
//     std::vector<lede::NameSpan> spans = lede::find_name_spans(doc);  // needs tokens, sentences, numbers
//
// A NameSpan is a run of tokens [first, end) such as "Benjamin Netanyahu", "Gaza Health Ministry", "IDF",
// with titles ("Prime Minister"), a possessive ’s and sentence-initial common words ("The") left out.
// Its type is a guess of some strength: entity_cluster.h settles it across the document ("Netanyahu" is a
// person because "Benjamin Netanyahu" is; "Trump" is one because "Trump administration" says so).
// Spans come sorted and never overlap.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/detail/sv_map.h"
#include "core/document.h"

namespace lede {

enum class Strength : uint8_t {
  Guess = 0,    // shape only: an unknown capitalised word defaults to an organisation
  Cue = 1,      // context: "in X", "X administration", first name + surname, "Mr X"
  Lexical = 2,  // a list says so: gazetteer place, org keyword ("Ministry"), known organisation, title
};

struct NameSpan {
  uint32_t first = 0;  // token index
  uint32_t end = 0;    // one past the last token
  EntityType type = EntityType::Org;
  Strength strength = Strength::Guess;
  bool acronym = false;    // one all-capital word: IDF, NATO
  bool defines_acronym = false;  // followed by "(ACR)": the next span is this one's short form
  bool absorbs_number = false;   // "82nd Airborne Division": the ordinal is part of the name, not a figure
  bool town = false;       // a place only as a town the lists know (no country, capital, region or big city):
                           // "Bush", "Richardson" are towns too, so the tagger may make it a person
  bool team = false;       // a side in a table of results ("Toronto 3"): an entity apart from the place of the same
                           // name ("TORONTO 1996-08-30", the dateline above it)
  bool venue = false;      // in a sports report, a place where something happens ("in Boston", "Houston, Texas")
                           // or a player comes from ("Ada Kest (Italy)"): apart from the team of the same name
  bool capitals_copy = false;  // a name in a sentence in capitals that reads as a name the text writes in mixed
                               // case ("KELVAR BANK" … "Kelvar Bank"; entity_capitals.h): the same entity
  bool unbacked = false;  // a shape-only guess the tagger sees no name in (ner_tagger.h): its entity stays only
                          // when another of its mentions is backed (entity_cluster.h)
  bool dateline = false;  // the place of a wire's dateline ("KELBY, March 4 (Lede Wire) -"): in capitals, yet it
                          // votes on the type of the entity it joins (entity_cluster.h)
  bool tagged = false;    // found by the tagger alone, where the rules found nothing (ner_tagger.h): backed like a
                          // cue, but its vote on its entity's type weighs less than a rule's cue (entity_cluster.h)
  bool shouted = false;   // a listed word picked out of a shouted run of capitals ("RUSSIAN TROOPS LEAVE GROZNY"):
                          // the tagger's features leave it out (ner_features.cpp), as its training did not weigh it
  bool described = false;  // letters a kind of body is said of in apposition ("SETE, the company that runs the
                           // tower,", "IG Metall, Germany's biggest union,"): the body whatever the tagger sees
                           // (ner_tagger.cpp); a flag, not a strength, so the tagger's features stay as trained
  bool word_first_name = false;  // a person only for a first name that is a dictionary word too, before another
                                 // ("Red Bull", "Royal Navy", "Tom Hill"): the tagger's type stands where it sees
                                 // no person, and where it sees no name the span is unbacked (ner_tagger.cpp); a
                                 // flag, as `described` is
};

// A step after the tagger settles a span's type on evidence of its own (a list, a verb, a noun of the place's
// kind): that type at that strength, no longer the tagger's alone, and backed.
inline void settle(NameSpan& s, EntityType type, Strength strength) {
  s.type = type;
  s.strength = strength;
  s.tagged = false;
  s.unbacked = false;
}

struct TokenFeatures;
std::vector<NameSpan> find_name_spans(const Document& doc);

// Tokens [first, end) that look like a name but never are one, whoever proposes them (the rules here, the tagger
// in ner_tagger.cpp): title words before a name ("Sen" of "Sen. Mitch McConnell"), or a US politician's party and
// state ("R-Ky" of "Mitch McConnell, R-Ky.,", "D-Calif"), or a storm's or ship's name ("Hurricane Ian", "USS Carney"),
// or a work named after its kind ("the album Glass Harbour"), or a place a stance's prefix makes an adjective
// ("pro-Beijing").
bool never_a_name(const Document& doc, const TokenFeatures& features, uint32_t first, uint32_t end);
std::vector<NameSpan> find_name_spans(const Document& doc, const TokenFeatures& features);  // analyse()'s table

// One byte per sentence of doc, 1 for a sentence in capitals ("GAZA TALKS STALL AS ENVOYS LEAVE"): most of its
// words of two letters or more are all capitals, so a capital says nothing about a name there. find_entities
// builds it once and hands it to both readers (the tagger's combination and entity_capitals.h), so no sentence is
// counted twice.
std::vector<uint8_t> sentences_in_capitals(const Document& doc);

// A hyphen as its own token: hyphen-minus, U+2010 or the non-breaking U+2011 (the tokenizer splits "al-Qaeda",
// "42-day" there).
bool hyphen_token(std::string_view t);

// The place lists' kind (gazetteer.h's bits) of what stands in brackets opened at token `open`, one to three
// tokens before ")": "(Czech Republic)", "(U.S.)", "(Marovia)"; 0 for no bracket or no listed place.
uint8_t place_in_brackets_at(const Document& doc, uint32_t open);

// Token i is a word only firms are named ("Commerzbank", "Pfizer"; gazetteer.h's company words): no person's
// name ("Jones", "Siemens": those are left to the tagger), and four letters or more or an acronym (the short
// mixed-case entries, "Hee", "Kung", are as often syllables of a person's name).
bool firm_word(const Document& doc, const TokenFeatures& features, uint32_t i);

// A word written with a capital first ("Heat", "Kest"; all capitals too): what the steps after the tagger look for.
inline bool capitalised_word(const Token& t) { return t.kind == TokenKind::Word && t.has(kCapitalised); }

// Adds the spans a later step found (in text order) to `spans` (in text order too), keeping that order; where two
// start at one token the one already there goes first. Linear (one merge), for the steps after the tagger.
void add_spans_in_order(std::vector<NameSpan>& spans, const std::vector<NameSpan>& added);

// The last words of the spans `keep` accepts ("Player" of "Ben Player", "Heat" of "Miami Heat"), as keys (values
// 1), for a step that finds a name repeated by its last word; none when `keep` accepts no span (most documents: no
// table is built).
template <class Keep>
std::optional<SvMap> last_words_of(const Document& doc, const std::vector<NameSpan>& spans, Keep keep) {
  size_t n = 0;
  for (const NameSpan& s : spans) n += keep(s) ? 1 : 0;
  if (n == 0) return std::nullopt;
  std::optional<SvMap> words(std::in_place, n);
  for (const NameSpan& s : spans)
    if (keep(s)) words->get_or_add(doc.token_text(s.end - 1), 1);
  return words;
}

// The surnames of the people `spans` names in full, two words or more ("Kest" of "Ada Kest"), as keys (values 1):
// the steps after the tagger ask it before they retype a one-word name ("Fillmore's Santa Cruz Lectures" below
// "Charles J. Fillmore", "Tessvik" below "Henry Tessvik" and "the Tessvik River").
SvMap full_name_surnames(const Document& doc, const std::vector<NameSpan>& spans);

}  // namespace lede
