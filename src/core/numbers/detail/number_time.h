// number_time.h — temporal expressions: dates ("3 February", "October 7, 2023", "Thursday", "Jan. 20",
// "2015", "last week"), times ("10:30 a.m.", "noon") and durations ("42-day", "24 hours", "two years").
//
//     lede::numctx::Ctx c(doc);
//     lede::TimeMatch m;
//     if (lede::match_date_or_time(c, i, m)) { /* tokens [m.begin, m.end) */ }
//     lede::Amount a = lede::parse_amount(c, i);
//     if (a.ok && lede::match_duration(c, a, m)) { /* "24 hours": m.normalized == "PT24H" */ }
//
// Normalised values: ISO dates ("2023-10-07", "XXXX-02-03" when the year is unknown, "2015-10",
// "2015", "199X"), weekday names ("Thursday"), times ("10:30"), ISO durations ("P60D", "PT24H", "P10Y").
#pragma once
#include <string>

#include "core/numbers/detail/number_amount.h"
#include "core/numbers/detail/number_context.h"

namespace lede {

struct TimeMatch {
  uint32_t begin = 0, end = 0;  // token range
  NumberType type = NumberType::Date;
  std::string normalized;
  std::string unit;             // durations: "day", "month", ...
  double value = 0;             // durations: the count of units
  bool has_value = false;
};

// A date or time starting at token i (relative words included: "last week", "yesterday").
bool match_date_or_time(const numctx::Ctx& c, uint32_t i, TimeMatch& out);

// The amount a followed by a time unit: "42-day", "24 hours", "six-week", "two years ago" (a DATE).
bool match_duration(const numctx::Ctx& c, const Amount& a, TimeMatch& out);

// "a week", "an hour", "several hours", "a few days", "decades-long" starting at token i.
bool match_vague_duration(const numctx::Ctx& c, uint32_t i, TimeMatch& out);

// Formats a number for normalised output: 60 -> "60", 2.5 -> "2.5".
std::string format_number(double v);
// The same appended to out: no string of its own (a text of figures formats one per mention).
void append_number(std::string& out, double v);
// An ordinal for normalised output: 1 -> "1st", 82 -> "82nd", 113 -> "113th".
std::string format_ordinal(double v);

}  // namespace lede
