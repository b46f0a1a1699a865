// entity_lexicon.h — hand-written word lists the entity recogniser reasons with (ours, not generated).
//
//     using namespace lede::lexicon;
//     is_title("Minister");          // person titles: "Prime Minister Benjamin Netanyahu" (titles.h)
//     is_org_word("Ministry");       // a name ending in it is an organisation: "Gaza Health Ministry"
//     is_place_word("Corridor");     // a name ending in it is a place: "Netzarim Corridor"
//     known_org("Hamas");            // well-known organisations and outlets that carry no keyword
//     country_code("US");            // short forms of countries safe to tag: US, U.S., UK, UAE …
//     group_word("Muslims");         // religions, parties' members, ethnic groups (GROUP, not scored)
//     function_word("The");          // capitalised function words: never the start of a name
//     not_name("Monday");            // capitalised words that never start a name (days, months, pronouns)
//     name_particle("bin");          // lower-case particles inside names: bin, al, van, de
// Every lookup is exact and case-sensitive (lists hold the capitalised forms), allocation-free, one hash probe;
// lexicon::classes(w) answers all lists at once as a bit set.
#pragma once
#include <cstdint>
#include <string_view>

namespace lede::lexicon {

enum Class : uint32_t {
  kTitle = 1u << 0,
  kLowerTitle = 1u << 1,
  kOrgWord = 1u << 2,
  kPlaceWord = 1u << 3,
  kPlacePrefix = 1u << 4,
  kCompassWord = 1u << 5,
  kKnownOrg = 1u << 6,
  kKnownPlace = 1u << 7,
  kSeat = 1u << 8,
  kCountryCode = 1u << 9,
  kGroupWord = 1u << 10,
  kFunctionWord = 1u << 11,
  kCompoundSuffix = 1u << 12,
  kEventWord = 1u << 13,  // Prize, Summit, Telescope: the last word of an event or a thing, no entity
  kOrgDescriptor = 1u << 14,
  kSpeechVerb = 1u << 15,
  kAbbrevTitle = 1u << 16,
  kPlaceKindNoun = 1u << 17,
  kNotName = 1u << 18,
  kParticle = 1u << 19,
  kOrgSuffix = 1u << 20,
  kNonEntityAcronym = 1u << 21,
  kPlacePreposition = 1u << 22,
  kSportsWord = 1u << 23,
  kPeopleNoun = 1u << 24,      // People, Women, Workers: a possessive of these stays inside a name
  kPartyMember = 1u << 25,     // Democrat, Republican: "a Massachusetts Democrat" names the place
  kStancePrefix = 1u << 26,    // pro, anti: "pro-Beijing" is an adjective, not a mention
  kPlaceNounAfter = 1u << 27,  // river, harbour, district: "the Sarn river" names a place
  kCreditWord = 1u << 28,      // Image, Photo: "Image: Snbehnke" names who took it
  kWorkNoun = 1u << 29,        // album, film, drug: "the album Glass Harbour" names a work (never_a_name)
};
// The words that end a body's, a place's or an event's name ("Ministry", "Corridor", "Summit"): a name holding one
// is of that kind, no person's, and one such word alone is no name ("Police").
constexpr uint32_t kKindWords = kOrgWord | kPlaceWord | kEventWord;

// Every list the word is in, as Class bits: one hash probe (the per-list functions below call it).
uint32_t classes(std::string_view w);
// The same for a word written in capitals, read as the lists write it: "COALITION" as "Coalition", "IN" as "In"
// (a headline's words). 0 for words over 32 bytes.
uint32_t classes_of_capitals(std::string_view w);
uint32_t table_size();  // distinct words and phrases (for tests)
// News writes the Arabic article of a body's or a place's name in lower case, and with a hyphen or a space, as
// often as the lists' way ("al Qaeda", "al-Shabaab", "Asharq al-Awsat" for "Al Qaeda", "Al-Shabaab", "Asharq
// Al-Awsat"): the kKnownOrg and kKnownPlace bits of a name holding such an article ("al" at a word's start, then
// a space or a hyphen), looked up with each capitalised, then with the separators after them swapped; 0 for a
// name without one (two probes at most). Not part of classes(): the tagger's features read classes(), and the
// spans this names are settled after the tagger (entity_articles.h).
uint32_t listed_with_article(std::string_view name);

bool is_title(std::string_view w);          // capitalised or lower-case forms both listed where used so
bool is_lower_title(std::string_view w);    // "envoy", "minister", "spokesperson" (lower-case, before a name)
bool is_org_word(std::string_view w);
bool is_place_word(std::string_view w);     // last word of a place name
bool is_generation_suffix(std::string_view w);  // "Jr", "Sr", "II", "III", "IV": after a person's surname
bool is_place_prefix(std::string_view w);   // first word of a place name: Mount, Lake, Gulf, Cape
bool is_compass(std::string_view w);        // North, Southern, East … (with a place: "Northern Israel")
bool known_org(std::string_view name);
bool known_place(std::string_view name);    // places the generated lists miss: West Bank, Middle East
bool seat_of_government(std::string_view name);  // White House, Kremlin: a place after "at", else the org
bool country_code(std::string_view w);
bool group_word(std::string_view w);
bool not_name(std::string_view w);
bool place_kind_noun(std::string_view w);   // "the town of X", "the province of X" (lower-case)
bool compound_suffix(std::string_view w);   // "-based", "-held", "-led": Israel-held is Israel + an adjective
bool event_word(std::string_view w);        // Conference, Prize, Cup: a name ending in it is not ours to tag
bool thing_word(std::string_view w);        // Telescope, Satellite: event words that end a thing's name
bool org_descriptor(std::string_view w);    // "broadcaster Kan", "automaker Chrysler" (lower-case, before a name)
bool speech_verb(std::string_view w);       // said, told … after a lone unknown name: a person speaks
bool abbrev_title(std::string_view w);      // Mr, Dr, Gen …: the period after them does not end a sentence
bool function_word(std::string_view w);     // The, In, But, He … (capitalised): never evidence of a name
bool name_particle(std::string_view w);
bool org_suffix(std::string_view w);        // Inc, Corp, Ltd, LLC …: dropped when matching short forms
bool non_entity_acronym(std::string_view w);  // CEO, TV, GDP …
bool person_cue_after(std::string_view w);  // "Trump administration", "Netanyahu government"? no: person only
bool place_preposition(std::string_view w); // in, at, from, near … (lower-case)
bool building_after_name(std::string_view w);  // hospital, palace, bridge …: a place after a name unless a noun follows
bool national_first_name(std::string_view w);  // Dane, Finn, Scot: a nationality before a full name, else a name
bool sports_word(std::string_view w);       // match, goal, striker …: a sports report, where countries are teams
// False when w is surely no sports word (no sports word has its first letter and length): a test without a
// hash, for scans that would otherwise look every word of a document's lead up.
bool maybe_sports_word(std::string_view w);

}  // namespace lede::lexicon
