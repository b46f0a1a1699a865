#include "core/numbers/date_resolve.h"

#include <cstdio>
#include <cstdlib>

namespace lede {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + long(doe) - 719468;
}

void civil_from_days(long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = int(yoe) + int(era) * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

bool parse_iso(std::string_view s, int& y, unsigned& m, unsigned& d) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  y = std::atoi(std::string(s.substr(0, 4)).c_str());
  m = unsigned(std::atoi(std::string(s.substr(5, 2)).c_str()));
  d = unsigned(std::atoi(std::string(s.substr(8, 2)).c_str()));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string iso(long days) {
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char b[32];  // (room for any int year: the compiler warns of truncation at 16)
  std::snprintf(b, sizeof b, "%04d-%02u-%02u", y, m, d);
  return b;
}

int weekday_index(std::string_view w) {  // 0 = Monday
  static const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

}  // namespace

std::string resolve_date(std::string_view normalized, std::string_view article_date) {
  int ay;
  unsigned am, ad;
  if (!parse_iso(article_date, ay, am, ad)) return "";
  const long pub = days_from_civil(ay, am, ad);
  // "Tuesday", "Tuesday TEV" (evening): the weekday is the first word.
  const std::string_view first = normalized.substr(0, normalized.find(' '));
  const int wd = weekday_index(first);
  if (wd >= 0) {
    const int pub_wd = int(((pub % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (index 3)
    return iso(pub - ((pub_wd - wd + 7) % 7));
  }
  if (normalized.size() >= 10 && normalized.substr(0, 5) == "XXXX-") {
    int y;
    unsigned m, d;
    const std::string full = std::to_string(ay) + std::string(normalized.substr(4, 6));
    if (!parse_iso(full, y, m, d)) return "";
    long when = days_from_civil(ay, m, d);
    if (when > pub + 60) when = days_from_civil(ay - 1, m, d);
    return iso(when);
  }
  return "";
}

size_t resolve_dates(Document& doc, std::string_view article_date) {
  size_t n = 0;
  for (NumberMention& m : doc.numbers) {
    if (m.type != NumberType::Date) continue;
    const std::string r = resolve_date(doc.str(m.normalized), article_date);
    if (r.empty()) continue;
    m.unit = doc.strings.intern("was: " + std::string(doc.str(m.normalized)));
    m.normalized = doc.strings.intern(r);
    ++n;
  }
  return n;
}

}  // namespace lede
