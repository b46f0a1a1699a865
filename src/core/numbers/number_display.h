// number_display.h — the values a person reads, made from the normalised (TIMEX-like) forms the
// recogniser writes. What the Numbers tab and the Across views show; the normalised form stays for
// hover and exports.
//
//     lede::display_value(doc, m)                                    // one mention of doc, see below
//     lede::display_normalized(lede::NumberType::Duration, "PT1H")      // "1 hour"
//     lede::display_normalized(lede::NumberType::Date, "XXXX-01-20")    // "20 January, year unknown"
//     lede::display_normalized(lede::NumberType::Date, "PRESENT_week")  // "this week"
//     lede::display_normalized(lede::NumberType::Date, "Tuesday TEV")   // "Tuesday evening"
//     lede::display_normalized(lede::NumberType::Date, "Tuesday TEV", "2025-07-08")
//                                                                    // "Tue 8 Jul 2025, evening"
//     lede::display_normalized(lede::NumberType::Money, "USD 11000000000")  // "$11 billion"
//     lede::display_normalized(lede::NumberType::Cardinal, "47460")     // "47,460"
//     lede::wording_with_hedge("at least 57,575", "at least")        // "at least 57,575" (hedge once)
//     lede::wording_with_hedge("2,000", "nearly")                    // "nearly 2,000"
//
// display_value(doc, m, article_date) reads a mention whole: a date already resolved by resolve_dates()
// (normalized "2025-07-08", unit "was: Tuesday TEV") keeps its weekday and part of the day; an
// unresolved relative date is resolved against article_date when one is given ("YYYY-MM-DD");
// ranges read "20 to 30", "$5 million to $7 million". A form this file does not know is returned as
// it is (never ""), so a new recogniser form shows up raw rather than disappearing.
//
// Dates read "7 October 2023" (full month names); a date that was written as a weekday reads
// "Tue 8 Jul 2025" so the weekday the text gave stays visible. English only, like the analysers.
// Cost: proportional to the length of the form; no allocation beyond the returned string's.
#pragma once
#include <string>
#include <string_view>

#include "core/document.h"

namespace lede {

// The readable value of a normalised form of the given type. article_date ("YYYY-MM-DD" or "")
// resolves weekdays and year-less dates ("Tuesday" -> "Tue 8 Jul 2025").
std::string display_normalized(NumberType type, std::string_view normalized, std::string_view article_date = "");

// The readable value of one mention (ranges, resolved dates with their original weekday).
std::string display_value(const Document& doc, const NumberMention& m, std::string_view article_date = "");

// The number as written with its hedge said once. Comparative hedges are inside the span
// ("at least 95"), approximations are not ("nearly [2,000]"); this prepends the hedge only when the
// written text does not already begin with it (case and curly/straight spaces ignored).
std::string wording_with_hedge(std::string_view written, std::string_view hedge);

// "47460" -> "47,460", 2.5 -> "2.5", 2100000 -> "2.1 million" (exact large values keep their digits).
std::string display_number(double v);

}  // namespace lede
