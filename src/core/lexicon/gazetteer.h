// gazetteer.h — lookups in the name lists generated at build time (scripts/gen/gazetteer.js).
//
//     using namespace lede::gazetteer;
//     if (place("Saudi Arabia") & kCountry) ...     // 0 when not a place; bits say what kind
//     first_name("Steve");                           // English first name
//     demonym("Palestinians");                       // nationality words and their plurals
//     proper_word("Apple");                          // a capitalised dictionary entry (same caveat)
//     common_word("apple");                          // a lower-case English word (wamerican; Bloom filter,
//                                                    // so about 0.05% false "yes", never a false "no")
// Keys are matched exactly as written (case-sensitive, words separated by one space, hyphens without).
// All tables are constant data: no start-up cost, no allocation, safe from any thread.
#pragma once
#include <cstdint>
#include <string_view>

namespace lede::gazetteer {

enum PlaceKind : uint8_t { kCountry = 1, kRegion = 2, kCity = 4, kCapital = 8, kBigCity = 16 };

uint8_t place(std::string_view name);
bool first_name(std::string_view name);
bool demonym(std::string_view word);
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
};
namespace data {
extern const StringTable kPlaces, kDemonyms, kFirstNames;
extern const Bloom kCommonWords, kProperWords;
}  // namespace data

}  // namespace lede::gazetteer
