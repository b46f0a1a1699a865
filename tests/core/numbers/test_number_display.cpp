#include <doctest/doctest.h>

#include "core/analyse.h"
#include "core/numbers/date_resolve.h"
#include "core/numbers/number_display.h"

using namespace lede;

TEST_CASE("number_display: dates read as dates, with what is unknown said in words") {
  CHECK(display_normalized(NumberType::Date, "2023-10-07") == "7 October 2023");
  CHECK(display_normalized(NumberType::Date, "2015-10") == "October 2015");
  CHECK(display_normalized(NumberType::Date, "2015") == "2015");
  CHECK(display_normalized(NumberType::Date, "XXXX-01-20") == "20 January, year unknown");
  CHECK(display_normalized(NumberType::Date, "XXXX-03") == "March, year unknown");
  CHECK(display_normalized(NumberType::Date, "XXXX-XX-18") == "the 18th, month unknown");
  CHECK(display_normalized(NumberType::Date, "Tuesday") == "Tuesday");
  CHECK(display_normalized(NumberType::Date, "Tuesday TEV") == "Tuesday evening");
  CHECK(display_normalized(NumberType::Date, "199X") == "the 1990s");
  CHECK(display_normalized(NumberType::Date, "19XX") == "the 20th century");
  CHECK(display_normalized(NumberType::Date, "2014/2018") == "2014 to 2018");
  CHECK(display_normalized(NumberType::Date, "2014/2018-05") == "2014 to May 2018");
  CHECK(display_normalized(NumberType::Date, "Q4") == "the fourth quarter");
  CHECK(display_normalized(NumberType::Date, "2009-H1") == "the first half of 2009");
  CHECK(display_normalized(NumberType::Date, "2018-EASTER") == "Easter 2018");
  CHECK(display_normalized(NumberType::Date, "XMAS") == "Christmas");
  CHECK(display_normalized(NumberType::Date, "XXXX-WXX-WE") == "the weekend");
}

TEST_CASE("number_display: relative dates read as the words a reporter would use") {
  CHECK(display_normalized(NumberType::Date, "PRESENT_week") == "this week");
  CHECK(display_normalized(NumberType::Date, "PAST_month") == "last month");
  CHECK(display_normalized(NumberType::Date, "FUTURE_year") == "next year");
  CHECK(display_normalized(NumberType::Date, "PAST_SU") == "last summer");
  CHECK(display_normalized(NumberType::Date, "PRESENT_REF") == "today");
  CHECK(display_normalized(NumberType::Date, "PAST_REF-1D") == "yesterday");
  CHECK(display_normalized(NumberType::Date, "FUTURE_REF+1D") == "tomorrow");
  CHECK(display_normalized(NumberType::Date, "PRESENT_REF_NI") == "tonight");
  CHECK(display_normalized(NumberType::Date, "PAST_REF-P2Y") == "2 years ago");
  CHECK(display_normalized(NumberType::Date, "PAST_REF-PXY") == "years ago");
  CHECK(display_normalized(NumberType::Date, "REF+P3D") == "3 days later");
  CHECK(display_normalized(NumberType::Time, "PRESENT_MO") == "this morning");
  CHECK(display_normalized(NumberType::Time, "PAST_NI") == "last night");
  CHECK(display_normalized(NumberType::Time, "10:30") == "10:30");
}

TEST_CASE("number_display: an article date resolves weekdays and year-less dates") {
  // 2025-07-08 was a Tuesday.
  CHECK(display_normalized(NumberType::Date, "Tuesday TEV", "2025-07-08") == "Tue 8 Jul 2025, evening");
  CHECK(display_normalized(NumberType::Date, "Monday", "2025-07-08") == "Mon 7 Jul 2025");
  CHECK(display_normalized(NumberType::Date, "XXXX-01-20", "2025-07-08") == "20 January 2025");
  CHECK(display_normalized(NumberType::Date, "Tuesday", "not a date") == "Tuesday");
  // A mention resolve_dates() already changed keeps the weekday and part of day it was written with.
  Document doc;
  NumberMention m;
  m.type = NumberType::Date;
  m.normalized = doc.strings.intern("2025-07-08");
  m.unit = doc.strings.intern("was: Tuesday TEV");
  CHECK(display_value(doc, m) == "Tue 8 Jul 2025, evening");
  m.unit = doc.strings.intern("was: XXXX-07-08");
  CHECK(display_value(doc, m) == "8 July 2025");
}

TEST_CASE("number_display: durations, money, counts, percentages") {
  CHECK(display_normalized(NumberType::Duration, "PT1H") == "1 hour");
  CHECK(display_normalized(NumberType::Duration, "PT24H") == "24 hours");
  CHECK(display_normalized(NumberType::Duration, "PT30M") == "30 minutes");
  CHECK(display_normalized(NumberType::Duration, "P60D") == "60 days");
  CHECK(display_normalized(NumberType::Duration, "P15M") == "15 months");
  CHECK(display_normalized(NumberType::Duration, "P1W") == "1 week");
  CHECK(display_normalized(NumberType::Duration, "P1.5Y") == "1.5 years");
  CHECK(display_normalized(NumberType::Duration, "PXDE") == "decades");
  CHECK(display_normalized(NumberType::Money, "USD 11000000000") == "$11 billion");
  CHECK(display_normalized(NumberType::Money, "GBP 3500000") == "\xC2\xA3" "3.5 million");
  CHECK(display_normalized(NumberType::Money, "USD 299") == "$299");
  CHECK(display_normalized(NumberType::Money, "CHF 1200") == "CHF 1,200");
  CHECK(display_normalized(NumberType::Cardinal, "47460") == "47,460");
  CHECK(display_normalized(NumberType::Cardinal, "1234567") == "1,234,567");
  CHECK(display_normalized(NumberType::Cardinal, "2100000") == "2.1 million");
  CHECK(display_normalized(NumberType::Cardinal, "0.5") == "0.5");
  CHECK(display_normalized(NumberType::Cardinal, "20-30") == "20 to 30");
  CHECK(display_normalized(NumberType::Ordinal, "82nd") == "82nd");
  CHECK(display_normalized(NumberType::Quantity, "5 km") == "5 km");
  CHECK(display_normalized(NumberType::Quantity, "14 year") == "14 years old");
  CHECK(display_normalized(NumberType::Quantity, "6 month") == "6 months old");  // round 49: was "6 month"
  CHECK(display_normalized(NumberType::Quantity, "1 week") == "1 week old");
  CHECK(display_normalized(NumberType::Percent, "5%") == "5%");
  CHECK(display_number(64231) == "64,231");
}

TEST_CASE("number_display: unknown forms come back unchanged, never empty") {
  CHECK(display_normalized(NumberType::Date, "SOMETHING_NEW") == "SOMETHING_NEW");
  CHECK(display_normalized(NumberType::Duration, "P") == "P");
  CHECK(display_normalized(NumberType::Money, "USD") == "USD");
  CHECK(display_normalized(NumberType::Date, "") == "");
}

TEST_CASE("number_display: the hedge is said once") {
  CHECK(wording_with_hedge("at least 57,575", "at least") == "at least 57,575");
  CHECK(wording_with_hedge("At least 57,575", "at least") == "At least 57,575");
  CHECK(wording_with_hedge("more than 200", "more than") == "more than 200");
  CHECK(wording_with_hedge("2,000", "nearly") == "nearly 2,000");
  CHECK(wording_with_hedge("50 or more", "or more") == "50 or more");
  CHECK(wording_with_hedge("95", "") == "95");
}

TEST_CASE("number_display: every mention the recogniser makes reads without machine notation") {
  Document d = analyse(
      "At least 95 people were killed on Tuesday evening, and the talks lasted 1 hour this week. "
      "The war began on October 7, 2023, and a truce is due on January 20. Aid of $11 billion was pledged.");
  resolve_dates(d, "2025-07-09");
  bool tue = false, hour = false, week = false, jan = false, money = false;
  for (const NumberMention& m : d.numbers) {
    const std::string v = display_value(d, m);
    CHECK(v.find("XXXX") == std::string::npos);
    CHECK(v.find("PRESENT_") == std::string::npos);
    tue |= v == "Tue 8 Jul 2025, evening";
    hour |= v == "1 hour";
    week |= v == "this week";
    jan |= v == "20 January 2025";
    money |= v == "$11 billion";
  }
  CHECK(tue);
  CHECK(hour);
  CHECK(week);
  CHECK(jan);
  CHECK(money);
}
