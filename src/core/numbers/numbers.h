// numbers.h — numeric and temporal expressions: counts, money, percentages, ordinals, quantities,
// dates, times, durations and ranges, each with a normalised value, a hedge, the counted noun and a source.
//
//     lede::find_numbers(doc);            // needs tokens + sentences; fills doc.numbers (sorted, disjoint)
//     lede::attach_number_sources(doc);   // after find_entities: "according to the Port Authority"
//
//     for (const lede::NumberMention& n : doc.numbers)
//       printf("%s %s = %g (%s) hedge=%s counts=%s\n", lede::to_string(n.type),
//              std::string(doc.slice(n.span)).c_str(), n.value, std::string(doc.str(n.normalized)).c_str(),
//              std::string(doc.str(doc.detail(n).hedge)).c_str(), std::string(doc.str(doc.detail(n).counted)).c_str());
//
// Span conventions (chosen against the news gold sets and Recognizers-Text):
//   - comparative bounds are part of the expression: "at least 80", "more than 300", "up to 900",
//     "60 or more"; approximations are not: "nearly [4,000]", "some [250,000]", "an estimated [1,260]".
//     Both kinds are reported in NumberMention::hedge.
//   - the counted noun is outside the span: "3,200 workers" -> span "3,200", counted
//     "workers" (counted_span covers "striking workers" when an adjective precedes the head).
//   - a unit or currency word is inside: "$7 billion", "300 million euros", "8 km", "30-day".
//   - ranges of calendar dates stay two mentions ("from June 3 to July 18"); spans of years
//     ("1996-2001") and number ranges are one ("between 15 and 25", "15-25": is_range, value .. value_max).
// Normalised forms: money "USD 11000000000", percent "5%", ISO dates "2023-10-07" ("XXXX-02-03" without
// a year; a dateline on its own line near the top supplies it), weekdays "Thursday", times "10:30",
// durations "P60D" / "PT24H" / "P15M", relative dates "PAST_week", "FUTURE_month", "PRESENT_REF".
//
// The recogniser is split by job: number_lexicon (words), number_amount (digits and number words to a
// value), number_time (dates, times, durations), numbers.cpp (the walk, money, percent, units, ranges,
// hedges, counted nouns) and number_sources.cpp (attach_number_sources).
#pragma once
#include "core/document.h"

namespace lede {

struct TokenFeatures;

void find_numbers(Document& doc);
void find_numbers(Document& doc, const TokenFeatures& features);  // with the table analyse() built
void attach_number_sources(Document& doc);

}  // namespace lede
