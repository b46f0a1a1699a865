// number_lexicon.h — the words the numbers analyser knows: number words, scales, months, weekdays,
// currencies, measurement and time units, hedges' first words.
//
//     const lede::numlex::Entry* e = lede::numlex::lookup("Million");   // case-insensitive, nullptr if unknown
//     if (e && (e->roles & lede::numlex::kScale)) amount *= e->scale;
//
// One hash lookup per token: a word's roles are a bit set, so "second" is at once an ordinal and a time
// unit, and "may" a month (the recogniser checks capitals before believing that).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace lede::numlex {

enum Role : uint32_t {
  kCardinal = 1u << 0,    // zero .. ninety (value)
  kOrdinal = 1u << 1,     // first .. ninetieth, hundredth .. (value)
  kScale = 1u << 2,       // hundred thousand million billion trillion lakh crore bn mn k (scale)
  kFraction = 1u << 3,    // half halves quarter(s) third(s) fifths ... (denominator in value)
  kMonth = 1u << 4,       // january .. december, jan feb ... (index 1..12)
  kWeekday = 1u << 5,     // monday .. sunday (index 1..7)
  kCurrency = 1u << 6,    // dollar(s) euros pounds cents yen USD ... (code)
  kUnit = 1u << 7,        // km tonnes GB ... (code = unit)
  kTimeUnit = 1u << 8,    // second minute hour day week month year decade century (code = ISO letter)
  kRelDay = 1u << 9,      // today yesterday tomorrow tonight
  kDeictic = 1u << 10,    // this last next past coming previous
  kDayPart = 1u << 11,    // morning afternoon evening night
  kSeason = 1u << 12,     // spring summer autumn fall winter
  kVague = 1u << 13,      // dozens hundreds thousands millions billions (value = the scale)
  kPercent = 1u << 14,    // percent percentage pct
  kDozen = 1u << 15,      // dozen(s)
  kNegative = 1u << 16,   // minus negative
  kFew = 1u << 17,        // several few many
  kDayPartTime = 1u << 18, // noon midnight
  kStarter = 1u << 19,    // other words that can open an expression: hedges' first words, a, between
  kHoliday = 1u << 20,    // Christmas Easter Ramadan ... (a calendar day or season by name)
  kDecadeWord = 1u << 21  // weekend, sixties, nineties: calendar words that need "the" before them
};

struct Entry {
  uint32_t roles = 0;
  double value = 0;       // cardinal/ordinal value, fraction denominator, vague scale
  double scale = 0;       // multiplier for kScale
  uint8_t index = 0;      // month 1..12, weekday 1..7
  bool plural = false;    // "thirds", "days", "dollars"
  const char* code = "";  // currency code, unit name, or ISO duration letter ("D", "M", "Y", "H", ...)
  bool time_unit_is_t = false;  // hours/minutes/seconds take the "PT" prefix
};

// Case-insensitive lookup of an ASCII word (at most 15 bytes); nullptr when unknown or longer.
const Entry* lookup(std::string_view word);

// lookup() of every Word token of doc, one EntryId per token (kNoEntry for other tokens and unknown words),
// into `out` (resized to the token count; its capacity is reused). Read them with entry(id).
// Why 2-byte ids, not pointers: the table is per token, and a text of figures has a token every byte or two
// (issue 14: at most ~50 bytes of memory per input byte for the whole analysis).
using EntryId = uint16_t;
constexpr EntryId kNoEntry = 0;
void lookup_words(const Document& doc, std::vector<EntryId>& out);
const Entry* entry_of(EntryId id);  // entry() past its first test
// nullptr for kNoEntry. Inline for that test: the number analyser asks about every token, often several times,
// and nearly all are no number word (the call and the table's first-use guard were 1 % of the analysis).
inline const Entry* entry(EntryId id) { return id == kNoEntry ? nullptr : entry_of(id); }

// Weekday and month names for normalised output: weekday_name(1) == "Monday", month 1..12.
const char* weekday_name(int index);

// The unit an ISO 8601 duration designator names, in its date part ("Y" year, "M" month, "W" week, "D" day, "DE"
// decade) or its time part (`time`: "H" hour, "M" minute, "S" second); nullptr for none. A time unit's Entry
// gives both: duration_unit_name(e->code, e->time_unit_is_t).
const char* duration_unit_name(std::string_view code, bool time);

}  // namespace lede::numlex
