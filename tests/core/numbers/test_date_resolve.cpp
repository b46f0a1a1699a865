#include <doctest/doctest.h>

#include "core/analyse.h"
#include "core/numbers/date_resolve.h"

using namespace lede;

TEST_CASE("date_resolve: weekdays are the latest such day on or before publication; years are filled in") {
  // 2025-07-08 was a Tuesday.
  CHECK(resolve_date("Tuesday", "2025-07-08") == "2025-07-08");
  CHECK(resolve_date("Monday", "2025-07-08") == "2025-07-07");
  CHECK(resolve_date("Wednesday", "2025-07-08") == "2025-07-02");
  CHECK(resolve_date("Tuesday TEV", "2025-07-08") == "2025-07-08");
  CHECK(resolve_date("XXXX-01-20", "2025-07-08") == "2025-01-20");
  CHECK(resolve_date("XXXX-12-30", "2025-01-05") == "2024-12-30");   // more than 60 days ahead: last year
  CHECK(resolve_date("XXXX-02-03", "2025-01-30") == "2025-02-03");   // a few days ahead: this year
  CHECK(resolve_date("2023-10-07", "2025-07-08") == "");              // already absolute
  CHECK(resolve_date("Tuesday", "not a date") == "");
  CHECK(resolve_date("XXXX-02-30", "2025-01-30") == "2025-03-02");   // impossible days roll over, never crash
}

TEST_CASE("date_resolve: a document's relative dates change, absolute ones stay") {
  Document d = analyse("Talks resumed on Monday and will continue until 3 February. The war began on October 7, 2023.");
  const size_t n = resolve_dates(d, "2025-01-30");
  CHECK(n >= 2);
  bool monday = false, feb = false, oct = false;
  for (const auto& m : d.numbers) {
    if (d.slice(m.span).find("Monday") != std::string_view::npos) monday = d.str(m.normalized) == "2025-01-27";
    if (d.slice(m.span).find("February") != std::string_view::npos) feb = d.str(m.normalized) == "2025-02-03";
    if (d.slice(m.span).find("2023") != std::string_view::npos) oct = d.str(m.normalized) == "2023-10-07";
  }
  CHECK(monday);
  CHECK(feb);
  CHECK(oct);
}
