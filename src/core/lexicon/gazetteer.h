// gazetteer.h — lookups in the name lists generated at build time (scripts/gen/gazetteer.js).
//
//     using namespace lede::gazetteer;
//     if (place("Saudi Arabia") & kCountry) ...     // 0 when not a place; bits say what kind
//     place_in_capitals("NEW YORK");                 // a wire's capitals looked up as the lists write them
//     first_name("Steve");                           // first name (English, German, Spanish, Italian,
//                                                    // Turkish); "Ra\u00FAl" also as the list's "Raul"
//     demonym("Palestinians");                       // nationality words and their plurals
//     company_word("Commerzbank") == kFirmOnly;      // a word of company names; kAlsoPersonName for those
//                                                    // that name people too ("Jones", "Siemens", "Disney"),
//                                                    // kAlsoTown for towns ("Toyota": place() knows it too)
//     proper_word("Apple");                          // a capitalised dictionary entry (same caveat)
//     common_word("apple");                          // a lower-case English word (wamerican, wbritish; Bloom filter,
//                                                    // so about 0.05% false "yes", never a false "no")
// Keys are matched exactly as written (case-sensitive, words separated by one space, hyphens without); a first
// name is looked up once more without its Latin accents when the lists lack it with them.
// All tables are constant data: no start-up cost, no allocation, safe from any thread.
// The build refuses to configure without the packaged data they come from (cmake/generated_data.cmake);
// describe_tables() says what went in.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace lede::gazetteer {

enum PlaceKind : uint8_t { kCountry = 1, kRegion = 2, kCity = 4, kCapital = 8, kBigCity = 16 };

uint8_t place(std::string_view name);
uint8_t place_in_capitals(std::string_view name);  // "NEW YORK" as "New York" (ASCII; names up to 64 bytes)
bool first_name(std::string_view name);
bool demonym(std::string_view word);
bool demonym_in_capitals(std::string_view word);  // "RUSSIAN" as "Russian" (as place_in_capitals reads)
// A country named in the plural has its singular for an adjective, which the lists' demonym is not: "Philippine"
// (the Philippines; demonym "Filipino"), "Maldive", "Bahama", "Lao": a word whose plural is a country and that the
// dictionaries list capitalised ("Hondura" is none). Not among demonym(): the tagger's features read that list.
bool country_adjective(std::string_view word);
enum CompanyWord : uint8_t { kFirmOnly = 1, kAlsoPersonName = 2, kAlsoTown = 4 };
uint8_t company_word(std::string_view word);  // 0 when the list has no such word
bool common_word(std::string_view lower_word);
bool common_word_any_case(std::string_view word);  // "Grace" -> common_word("grace"); false past 40 bytes
bool proper_word(std::string_view word);  // capitalised in the dictionary: "Apple", "Ford" (Bloom filter too)

// ---- the generated tables' layout (gazetteer_data.cpp in the build tree) ---------------------------------
struct StringTable {
  const char* blob;  // per key: [tag byte if tagged] key bytes '\0'; keys sorted bytewise
  uint32_t bytes;    // size of blob
  uint32_t count;    // number of keys
  bool tagged;       // one tag byte (never 0) precedes each key
};
struct Bloom {
  const uint32_t* bits;
  uint32_t nbits;
  uint32_t hashes;
  uint32_t words;    // how many words went in (for `lede --version`; lookups never read it)
};
struct TableInfo {   // one line of what this build holds: "places", 31874, "Debian iso-codes 4.15.0-1 …"
  const char* name;
  uint32_t count;
  const char* from;  // the packages (with versions) the table was generated from
};
namespace data {
extern const StringTable kPlaces, kDemonyms, kFirstNames, kCompanies;
extern const Bloom kCommonWords, kProperWords;
extern const TableInfo kTables[];
extern const uint32_t kTableCount;
}  // namespace data

// What this build holds, one table a line ("  places  31874  Debian iso-codes 4.15.0-1 …"): `lede --version`
// and scripts/eval.sh print it, so a score always comes with the data it was measured with.
std::string describe_tables();

}  // namespace lede::gazetteer
