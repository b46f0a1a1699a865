#include "core/numbers/number_display.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/lexicon/number_lexicon.h"
#include "core/numbers/date_resolve.h"

namespace lede {

namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kOrdinalWords[] = {"first", "second", "third", "fourth"};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) { return all_digits(s) && s.size() < 9 ? std::atoi(std::string(s).c_str()) : -1; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string month_name(int m, bool short_form) {
  if (m < 1 || m > 12) return "";
  std::string n = kMonths[m - 1];
  return short_form && n.size() > 3 ? n.substr(0, 3) : n;
}

int weekday_index(std::string_view w) {  // 0 = Monday, -1 when not a weekday name
  for (int i = 0; i < 7; ++i)
    if (w == kWeekdays[i]) return i;
  return -1;
}

// Weekday of a proleptic Gregorian date, 0 = Monday (Sakamoto's method).
int weekday_of(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  const int sunday0 = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;  // 0 = Sunday
  return (sunday0 + 6) % 7;
}

// Part of the day: the codes the recogniser writes after " T" or "_".
const char* day_part(std::string_view code) {
  if (code == "MO") return "morning";
  if (code == "AF") return "afternoon";
  if (code == "EV") return "evening";
  if (code == "NI") return "night";
  return nullptr;
}

const char* season(std::string_view code) {
  if (code == "SP") return "spring";
  if (code == "SU") return "summer";
  if (code == "FA") return "autumn";
  if (code == "WI") return "winter";
  return nullptr;
}

const char* holiday(std::string_view code) {
  static const std::pair<const char*, const char*> kHolidays[] = {
      {"XMAS", "Christmas"}, {"EASTER", "Easter"},     {"THANKSGIVING", "Thanksgiving"}, {"RAMADAN", "Ramadan"},
      {"EID", "Eid"},        {"HANUKKAH", "Hanukkah"}, {"PASSOVER", "Passover"},         {"DIWALI", "Diwali"},
      {"HALLOWEEN", "Halloween"}};
  for (const auto& h : kHolidays)
    if (code == h.first) return h.second;
  return nullptr;
}

std::string ordinal_suffix(int n) {
  const int t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

// Plain digits with thousands separators; up to three decimals, trailing zeros dropped.
std::string grouped(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", std::fabs(v));
  std::string s = buf;
  std::string frac;
  const size_t dot = s.find('.');
  if (dot != std::string::npos) {
    frac = s.substr(dot + 1);
    s.erase(dot);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  std::string out;
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    out += s[i];
    if ((n - i - 1) % 3 == 0 && i + 1 < n) out += ',';  // 47460 -> 47,460
  }
  if (!frac.empty()) out += "." + frac;
  return (v < 0 ? "-" : "") + out;
}

// A scaled figure when the scale says it exactly: 2100000 -> "2.1 million"; 1234567 stays digits.
std::string scaled_or_grouped(double v) {
  static const std::pair<double, const char*> kScales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (const auto& [scale, word] : kScales) {
    if (std::fabs(v) < scale) continue;
    const double x = v / scale;
    const double hundredths = std::round(x * 100);
    if (std::fabs(hundredths - x * 100) < 1e-6 * std::fabs(x * 100)) return grouped(hundredths / 100) + " " + word;
    break;
  }
  return grouped(v);
}

// "2025-07-08" -> y, m, d; "2025-07" -> d = 0; "2025" -> m = d = 0. Unknown parts ("XXXX") are 0.
bool parse_date(std::string_view s, int& y, int& m, int& d) {
  y = m = d = 0;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (s.size() >= 7 && s[4] != '-') return false;
  if (s.size() == 10 && s[7] != '-') return false;
  const std::string_view ys = s.substr(0, 4);
  if (ys != "XXXX") {
    if (!all_digits(ys)) return false;
    y = to_int(ys);
  }
  if (s.size() >= 7) {
    const std::string_view ms = s.substr(5, 2);
    if (ms != "XX") {
      m = to_int(ms);
      if (m < 1 || m > 12) return false;
    }
  }
  if (s.size() == 10) {
    d = to_int(s.substr(8, 2));
    if (d < 1 || d > 31) return false;
  }
  return y || m || d;
}

// A calendar date; weekday_shown writes "Tue 8 Jul 2025" (the text gave a weekday).
std::string calendar_date(int y, int m, int d, bool weekday_shown) {
  if (!y && !m && d) return "the " + std::to_string(d) + ordinal_suffix(d) + ", month unknown";
  if (!y) {
    if (!d) return month_name(m, false) + ", year unknown";
    return std::to_string(d) + " " + month_name(m, false) + ", year unknown";
  }
  if (!m) return std::to_string(y);
  if (!d) return month_name(m, false) + " " + std::to_string(y);
  if (weekday_shown)
    return std::string(kWeekdays[weekday_of(y, m, d)]).substr(0, 3) + " " + std::to_string(d) + " " +
           month_name(m, true) + " " + std::to_string(y);
  return std::to_string(d) + " " + month_name(m, false) + " " + std::to_string(y);
}

// ISO 8601 duration body after "P"/"PT": "60D", "1.5Y", "XY", "XDE" -> "60 days", "1.5 years", "years".
std::string duration(std::string_view s) {
  const bool t = starts_with(s, "PT");
  if (!starts_with(s, "P")) return "";
  std::string_view body = s.substr(t ? 2 : 1);
  if (body.empty()) return "";
  size_t k = 0;
  while (k < body.size() && ((body[k] >= '0' && body[k] <= '9') || body[k] == '.')) ++k;
  const std::string_view num = body.substr(0, k);
  const bool vague = num.empty() && starts_with(body, "X");
  const std::string_view code = body.substr(vague ? 1 : k);
  const char* unit = numlex::duration_unit_name(code, t);
  if (!unit || (num.empty() && !vague)) return "";
  if (vague) return std::string(unit) + "s";  // "PXY": years, an unknown count
  const double n = std::strtod(std::string(num).c_str(), nullptr);
  return grouped(n) + " " + unit + (n == 1 ? "" : "s");
}

const char* deictic_word(std::string_view which) {
  if (which == "PAST") return "last";
  if (which == "PRESENT") return "this";
  if (which == "FUTURE") return "next";
  return nullptr;
}

std::string date_form(std::string_view s, std::string_view article_date);

// Relative forms: "PRESENT_REF", "PAST_REF-1D", "PAST_REF-P2Y", "REF+P3D", "PAST_week", "PRESENT_MO".
std::string relative(std::string_view s) {
  if (s == "PRESENT_REF") return "today";
  if (s == "PRESENT_REF_NI") return "tonight";
  if (s == "PAST_REF-1D") return "yesterday";
  if (s == "FUTURE_REF+1D") return "tomorrow";
  if (s == "PAST_REF") return "the past";
  if (s == "FUTURE_REF") return "the future";
  if (starts_with(s, "PAST_REF-P")) {
    const std::string d = duration(s.substr(9));
    return d.empty() ? "" : d + " ago";
  }
  if (starts_with(s, "REF+P")) {
    const std::string d = duration(s.substr(4));
    return d.empty() ? "" : d + " later";
  }
  const size_t us = s.find('_');
  if (us == std::string_view::npos) return "";
  const char* w = deictic_word(s.substr(0, us));
  if (!w) return "";
  const std::string_view what = s.substr(us + 1);
  if (const char* p = day_part(what)) return std::string(w) + " " + p;
  if (const char* p = season(what)) return std::string(w) + " " + p;
  if (what == "week" || what == "month" || what == "year" || what == "weekend" || what == "decade" ||
      what == "century" || what == "quarter")
    return std::string(w) + " " + std::string(what);
  return "";
}

std::string date_form(std::string_view s, std::string_view article_date) {
  // Weekdays, with a part of the day: "Tuesday", "Tuesday TEV".
  const size_t sp = s.find(' ');
  const int wd = weekday_index(s.substr(0, sp));
  if (wd >= 0) {
    const char* part = sp != std::string_view::npos && s.size() > sp + 2 && s[sp + 1] == 'T' ? day_part(s.substr(sp + 2))
                                                                                             : nullptr;
    const std::string resolved = article_date.empty() ? "" : resolve_date(s, article_date);
    int y, m, d;
    if (!resolved.empty() && parse_date(resolved, y, m, d))
      return calendar_date(y, m, d, true) + (part ? std::string(", ") + part : "");
    return std::string(kWeekdays[wd]) + (part ? std::string(" ") + part : "");
  }
  int y, m, d;
  if (parse_date(s, y, m, d)) {
    if (!y && m && d && !article_date.empty()) {
      const std::string resolved = resolve_date(s, article_date);
      if (!resolved.empty() && parse_date(resolved, y, m, d)) return calendar_date(y, m, d, false);
    }
    return calendar_date(y, m, d, false);
  }
  // Year spans: "2014/2018", "2014/2018-05"
  if (s.size() > 5 && s[4] == '/') {
    const std::string a = date_form(s.substr(0, 4), "");
    const std::string b = date_form(s.substr(5), "");
    if (!a.empty() && !b.empty()) return a + " to " + b;
  }
  // Decades and centuries: "199X" -> "the 1990s", "19XX" -> "the 20th century"
  if (s.size() == 4 && all_digits(s.substr(0, 3)) && s[3] == 'X') return "the " + std::string(s.substr(0, 3)) + "0s";
  if (s.size() == 4 && all_digits(s.substr(0, 2)) && s.substr(2) == "XX") {
    const int c = to_int(s.substr(0, 2)) + 1;
    return "the " + std::to_string(c) + ordinal_suffix(c) + " century";
  }
  if (s == "XXXX-WXX-WE") return "the weekend";
  // Quarters and halves: "Q4", "2009-H1"
  {
    std::string_view body = s;
    std::string year;
    if (s.size() == 7 && all_digits(s.substr(0, 4)) && s[4] == '-') {
      year = std::string(s.substr(0, 4));
      body = s.substr(5);
    }
    if (body.size() == 2 && (body[0] == 'Q' || body[0] == 'H') && body[1] >= '1' && body[1] <= (body[0] == 'Q' ? '4' : '2'))
      return std::string("the ") + kOrdinalWords[body[1] - '1'] + (body[0] == 'Q' ? " quarter" : " half") +
             (year.empty() ? "" : " of " + year);
  }
  // Holidays: "XMAS", "2018-EASTER"
  {
    const size_t dash = s.find('-');
    if (dash == 4 && all_digits(s.substr(0, 4))) {
      if (const char* h = holiday(s.substr(5))) return std::string(h) + " " + std::string(s.substr(0, 4));
    }
    if (const char* h = holiday(s)) return h;
  }
  return relative(s);
}

std::string money(std::string_view s) {
  const size_t sp = s.find(' ');
  if (sp == std::string_view::npos) return "";
  const std::string_view code = s.substr(0, sp);
  const std::string_view num = s.substr(sp + 1);
  char* end = nullptr;
  const std::string ns(num);
  const double v = std::strtod(ns.c_str(), &end);
  if (ns.empty() || end != ns.c_str() + ns.size()) return "";
  static const std::pair<const char*, const char*> kSymbols[] = {
      {"USD", "$"}, {"GBP", "\xC2\xA3"}, {"EUR", "\xE2\x82\xAC"}, {"JPY", "\xC2\xA5"},
      {"INR", "\xE2\x82\xB9"}, {"ILS", "\xE2\x82\xAA"}, {"RUB", "\xE2\x82\xBD"}};
  for (const auto& [c, sym] : kSymbols)
    if (code == c) return std::string(sym) + scaled_or_grouped(v);
  return std::string(code) + " " + scaled_or_grouped(v);
}

bool number_text(std::string_view s, double& v) {
  if (s.empty()) return false;
  const std::string ns(s);
  char* end = nullptr;
  v = std::strtod(ns.c_str(), &end);
  return end == ns.c_str() + ns.size() && ((s[0] >= '0' && s[0] <= '9') || s[0] == '-');
}

std::string plain(NumberType type, std::string_view s) {
  double v;
  if (number_text(s, v)) return scaled_or_grouped(v);
  // "20-30", "1st-3rd": ranges as the recogniser writes them
  const size_t dash = s.find('-', 1);
  if (dash != std::string_view::npos) {
    const std::string a = plain(type, s.substr(0, dash)), b = plain(type, s.substr(dash + 1));
    if (!a.empty() && !b.empty()) return a + " to " + b;
  }
  // "5 km", "14 year" (an age), "6 month" (an age in months)
  const size_t sp = s.find(' ');
  if (sp != std::string_view::npos && number_text(s.substr(0, sp), v)) {
    const std::string_view unit = s.substr(sp + 1);
    if (unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour")  // an age
      return grouped(v) + " " + std::string(unit) + (v == 1 ? " old" : "s old");
    return grouped(v) + " " + std::string(unit);
  }
  return "";
}

}  // namespace

std::string display_number(double v) { return scaled_or_grouped(v); }

std::string display_normalized(NumberType type, std::string_view normalized, std::string_view article_date) {
  if (normalized.empty()) return "";
  std::string out;
  switch (type) {
    case NumberType::Date:
      out = date_form(normalized, article_date);
      if (out.empty()) out = duration(normalized);
      break;
    case NumberType::Time:
      if (normalized.size() == 5 && normalized[2] == ':') out = std::string(normalized);
      else out = relative(normalized);
      break;
    case NumberType::Duration:
      out = duration(normalized);
      break;
    case NumberType::Money:
      out = money(normalized);
      break;
    case NumberType::Percent:
      out = std::string(normalized);
      break;
    case NumberType::Cardinal:
    case NumberType::Ordinal:
    case NumberType::Quantity:
      out = plain(type, normalized);
      break;
  }
  return out.empty() ? std::string(normalized) : out;
}

std::string display_value(const Document& doc, const NumberMention& m, std::string_view article_date) {
  const std::string_view unit = doc.str(m.unit), normalized = doc.str(m.normalized);
  // A date resolve_dates() made absolute: show the weekday and part of the day the text gave.
  if (m.type == NumberType::Date && starts_with(unit, "was: ")) {
    const std::string_view was = unit.substr(5);
    const size_t sp = was.find(' ');
    int y, mo, d;
    if (weekday_index(was.substr(0, sp)) >= 0 && parse_date(normalized, y, mo, d) && y && mo && d) {
      const char* part = sp != std::string_view::npos && was.size() > sp + 2 ? day_part(was.substr(sp + 2)) : nullptr;
      return calendar_date(y, mo, d, true) + (part ? std::string(", ") + part : "");
    }
    return display_normalized(m.type, normalized);
  }
  const double hi_value = doc.detail(m).value_max;
  if (m.is_range && m.has_value && hi_value > m.value) {
    switch (m.type) {
      case NumberType::Cardinal:
      case NumberType::Quantity:
        if (unit.empty()) return scaled_or_grouped(m.value) + " to " + scaled_or_grouped(hi_value);
        break;
      case NumberType::Percent:
        return grouped(m.value) + "% to " + grouped(hi_value) + "%";
      case NumberType::Money: {
        const std::string lo = money(std::string(unit) + " " + std::to_string(m.value));
        const std::string hi = money(std::string(unit) + " " + std::to_string(hi_value));
        if (!lo.empty() && !hi.empty()) return lo + " to " + hi;
        break;
      }
      default:
        break;
    }
  }
  return display_normalized(m.type, normalized, article_date);
}

std::string wording_with_hedge(std::string_view written, std::string_view hedge) {
  if (hedge.empty()) return std::string(written);
  // Compare case-blind, treating any run of spaces (incl. U+00A0) as one space.
  auto norm = [](std::string_view s) {
    std::string o;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        ++i;
        c = ' ';
      }
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!o.empty() && o.back() != ' ') o += ' ';
        continue;
      }
      o += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return o;
  };
  const std::string w = norm(written), h = norm(hedge);
  if (w.compare(0, h.size(), h) == 0 && (w.size() == h.size() || w[h.size()] == ' ' || (w[h.size()] >= '0' && w[h.size()] <= '9')))
    return std::string(written);
  // "50 or more": the hedge is written after the number
  if (w.size() >= h.size() && w.compare(w.size() - h.size(), h.size(), h) == 0) return std::string(written);
  return std::string(hedge) + " " + std::string(written);
}

}  // namespace lede
