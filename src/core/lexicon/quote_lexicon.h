// quote_lexicon.h — the closed word lists quote attribution reads: cue verbs, pronouns, function words.
//
//     char buf[32];
//     std::string_view w = lede::qlex::lower(doc.token_text(i), buf);   // ASCII-lower, "" if too long
//     if (lede::qlex::is_cue_verb(w)) ...                                   // said, told, added, ...
//
// Every list takes an ASCII lower-cased word (use lower()). All lists live in one hash table of
// word -> class bits: classes(w) answers every question about a word with one lookup.
#pragma once
#include <cstdint>
#include <string_view>

namespace lede::qlex {

enum Class : uint32_t {
  kCue = 1u << 0, kPassive = 1u << 1, kPreposition = 1u << 2, kSubordinator = 1u << 3,
  kDeterminer = 1u << 4, kSkippable = 1u << 5, kAux = 1u << 6, kTime = 1u << 7, kRole = 1u << 8,
  kGroup = 1u << 9, kTitle = 1u << 10, kParticle = 1u << 11, kPronoun = 1u << 12,
  kConjunction = 1u << 13, kRelative = 1u << 14, kFunction = 1u << 15,
};
// All classes of w at once (bits of Class).
uint32_t classes(std::string_view w);

// Lower-cases ASCII letters of w into buf (size 32); returns "" when w does not fit.
std::string_view lower(std::string_view w, char (&buf)[32]);

// Verbs (inflected forms) that introduce or follow reported speech: said, told, added, warned, ...
bool is_cue_verb(std::string_view w);
// Cue verbs whose grammatical subject is the listener when passive: "was told", "were asked".
bool is_passive_sensitive(std::string_view w);

enum class Pron : unsigned char { None, Male, Female, Neuter, Plural };
Pron pronoun(std::string_view w);          // he/she/it/they/we (subject forms only)

bool is_preposition(std::string_view w);   // of, in, at, from, by, ...
bool is_subordinator(std::string_view w);  // when, while, as, although, if, because, ...
bool is_conjunction(std::string_view w);   // and, but, or, so, yet
bool is_determiner(std::string_view w);    // the, a, an, his, its, their, this, ...
bool is_skippable(std::string_view w);     // adverbs/auxiliaries between a subject and its cue verb
bool is_aux(std::string_view w);           // forms of be/have/do and modals: ends a noun phrase
bool is_time_word(std::string_view w);     // monday … sunday, today, yesterday, tonight
bool is_role_noun(std::string_view w);     // leader, minister, spokesman, coach, ...: a person's role
bool is_group_noun(std::string_view w);  // media, government, ministry, office, ...: a collective speaker
bool is_title(std::string_view w);         // president, minister, mr, dr, ...: stripped before names (titles.h)
bool is_name_particle(std::string_view w); // bin, al, de, van, von, ...: may sit inside a name
bool is_relative(std::string_view w);      // who, which, that, whose

}  // namespace lede::qlex
