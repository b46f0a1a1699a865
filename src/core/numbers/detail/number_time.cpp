// number_time.cpp — dates, times and durations (see number_time.h).
#include "core/numbers/detail/number_time.h"

#include <cmath>
#include <cstdio>

namespace lede {

using numlex::Entry;

std::string format_ordinal(double v) {
  const long long n = std::fabs(v) < 1e15 ? static_cast<long long>(std::fabs(v)) : 0;
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return format_number(v) + suffix;
}

std::string format_number(double v) {
  std::string s;
  append_number(s, v);
  return s;
}
void append_number(std::string& out, double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    // integers by hand: snprintf costs more than the whole recogniser per mention
    char buf[24];
    char* p = buf + sizeof buf;
    long long n = static_cast<long long>(v);
    const bool neg = n < 0;
    unsigned long long u = neg ? 0ull - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    do {
      *--p = char('0' + u % 10);
      u /= 10;
    } while (u);
    if (neg) *--p = '-';
    out.append(p, size_t(buf + sizeof buf - p));
    return;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  out += buf;
}

namespace {

// Two digits, zero-padded, by hand (snprintf costs more than the date match it formats).
void append_two(std::string& s, int v) {
  const int x = v < 0 ? 0 : v % 100;
  s += char('0' + x / 10);
  s += char('0' + x % 10);
}

std::string two(int v) {
  std::string s;
  append_two(s, v);
  return s;
}

std::string iso_date(int year, int month, int day) {
  std::string s = year > 0 ? std::to_string(year) : std::string("XXXX");
  if (month > 0) {
    s += '-';
    append_two(s, month);
    if (day > 0) {
      s += '-';
      append_two(s, day);
    }
  }
  return s;
}

// A plain integer token (no separators), or -1.
long small_int(const numctx::Ctx& c, uint32_t i, size_t max_digits) {
  if (!c.is_number(i)) return -1;
  const std::string_view t = c.text(i);
  if (t.empty() || t.size() > max_digits) return -1;
  long v = 0;
  for (char ch : t) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return v;
}

bool ordinal_suffix(const numctx::Ctx& c, uint32_t i) {
  return c.attached(i) && (c.is(i, "th") || c.is(i, "st") || c.is(i, "nd") || c.is(i, "rd"));
}

// A day of the month at token i ("7", "7th", "seventh" is left out): returns the day and sets end.
int day_at(const numctx::Ctx& c, uint32_t i, uint32_t& end) {
  const long d = small_int(c, i, 2);
  if (d < 1 || d > 31) return 0;
  end = i + 1;
  if (ordinal_suffix(c, end)) ++end;
  return int(d);
}

int year_at(const numctx::Ctx& c, uint32_t i) {
  const long y = small_int(c, i, 4);
  if (c.text(i).size() != 4 || y < 1000 || y > 2199) return 0;
  return int(y);
}

// A month name at i; abbreviations may take a period. Sets end; 0 when none.
int month_at(const numctx::Ctx& c, uint32_t i, uint32_t& end, bool& abbr) {
  const Entry* e = c.lex(i);
  if (!e || !(e->roles & numlex::kMonth)) return 0;
  // "may", "march" as verbs: a lower-case month must be followed by a day or a year ("april 2017")
  if (!c.capitalised(i) && e->index != 5 && e->index != 3 && !(c.is_number(i + 1) && !c.attached(i + 1)) &&
      !(i > 0 && c.is_number(i - 1)) && !(i > 1 && c.is(i - 1, "of") && c.is_number(i - 2)))
    return 0;
  if (!c.capitalised(i) && (e->index == 5 || e->index == 3)) return 0;
  abbr = e->code[0] == 'a';
  end = i + 1;
  if (abbr && c.is_char(end, '.') && c.attached(end)) ++end;
  return e->index;
}

bool is_weekday(const numctx::Ctx& c, uint32_t i) { return c.has_role(i, numlex::kWeekday); }

// Words before a bare "May"/"March" that make it a month rather than a verb or a march.
bool month_context_before(const numctx::Ctx& c, uint32_t i) {
  if (i == 0) return false;
  static constexpr std::string_view kWords[] = {"in", "since", "by", "until", "till", "from", "to", "last", "next",
                                       "this", "early", "late", "mid", "of", "during", "before", "after",
                                       "between", "and", "through", "throughout", "on", "for", "that"};
  for (std::string_view w : kWords)
    if (c.is(i - 1, w)) return true;
  return false;
}

// early/late/mid (and "mid-") before a date: "early 2009", "mid-2011", "late June".
uint32_t extend_modifier(const numctx::Ctx& c, uint32_t begin) {
  if (begin >= 2 && c.is_dash(begin - 1) && c.attached(begin) && c.attached(begin - 1) && c.is(begin - 2, "mid"))
    return begin - 2;
  if (begin >= 1 && (c.is(begin - 1, "early") || c.is(begin - 1, "late") || c.is(begin - 1, "mid") ||
                     c.is(begin - 1, "earlier") || c.is(begin - 1, "later")))
    return begin - 1;
  return begin;
}

// ", 2023" or " 2023" after a month/day.
bool year_after(const numctx::Ctx& c, uint32_t& k, int& year) {
  uint32_t j = k;
  if (c.is_char(j, ',')) ++j;
  const int y = year_at(c, j);
  if (!y) return false;
  // "October 7, 2023" but not "June 3, 1,000 people" (year_at refuses separators already)
  year = y;
  k = j + 1;
  return true;
}

// A time zone's letters, in capitals ("GMT", "UTC", "EST"), at token k.
constexpr std::string_view kZones[] = {"gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest"};
bool zone_at(const numctx::Ctx& c, uint32_t k) {
  for (std::string_view z : kZones)
    if (c.is(k, z) && c.flag(k, kAllCaps)) return true;
  return false;
}

bool match_time_of_day(const numctx::Ctx& c, uint32_t i, TimeMatch& out) {
  const std::string_view t = c.text(i);
  int hh = -1, mm = 0;
  uint32_t end = i + 1;
  if (c.is_number(i) && t.find(':') != std::string_view::npos) {
    // 10:30, 16:00 (the tokenizer keeps digits with inner ':' together)
    size_t colon = t.find(':');
    // 10:30 and 7:56:30
    if (colon == 0 || colon > 2 || (t.size() != colon + 3 && !(t.size() == colon + 6 && t[colon + 3] == ':')))
      return false;
    hh = 0;
    for (size_t k = 0; k < colon; ++k) hh = hh * 10 + (t[k] - '0');
    mm = (t[colon + 1] - '0') * 10 + (t[colon + 2] - '0');
    if (hh > 24 || mm > 59) return false;
  } else if (c.is_number(i) && t.size() >= 3 && t.size() <= 5 && t.find('.') != std::string_view::npos &&
             (c.is(end, "am") || c.is(end, "pm") || c.is(end, "a.m.") || c.is(end, "p.m."))) {
    // 8.30pm, 8.10 pm
    const size_t dot = t.find('.');
    if (dot == 0 || dot > 2 || t.size() != dot + 3) return false;
    hh = 0;
    for (size_t k = 0; k < dot; ++k) hh = hh * 10 + (t[k] - '0');
    mm = (t[dot + 1] - '0') * 10 + (t[dot + 2] - '0');
    if (hh > 12 || mm > 59) return false;
  } else if (c.is_number(i) && t.size() == 4 && t.find_first_not_of("0123456789") == std::string_view::npos &&
             zone_at(c, end)) {
    // "by 0930 GMT", "at 1400 UTC": a wire's four-digit time of day before its zone
    hh = (t[0] - '0') * 10 + (t[1] - '0');
    mm = (t[2] - '0') * 10 + (t[3] - '0');
    if (hh > 23 || mm > 59) return false;
  } else if (c.is_number(i)) {
    const long h = small_int(c, i, 2);
    if (h < 1 || h > 12) return false;
    // 3pm, 3 p.m., 10am: needs the marker
    if (!(c.is(end, "am") || c.is(end, "pm") || c.is(end, "a.m.") || c.is(end, "p.m.") || c.is(end, "a.m") ||
          c.is(end, "p.m")))
      return false;
    hh = int(h);
  } else if (c.has_role(i, numlex::kDayPartTime)) {
    out.begin = i;
    out.end = i + 1;
    out.type = NumberType::Time;
    out.normalized = c.lex(i)->code;
    return true;
  } else {
    return false;
  }
  if (c.is(end, "am") || c.is(end, "a.m.") || c.is(end, "a.m")) {
    if (hh == 12) hh = 0;
    ++end;
  } else if (c.is(end, "pm") || c.is(end, "p.m.") || c.is(end, "p.m")) {
    if (hh < 12) hh += 12;
    ++end;
  }
  // "a.m" followed by a lone period that belongs to it
  // time zones
  if (zone_at(c, end)) ++end;
  out.begin = i;
  out.end = end;
  out.type = NumberType::Time;
  out.normalized = two(hh) + ":" + two(mm);
  return true;
}

// this/last/next/past/coming + week|month|year|weekend|decade|century|quarter|season|weekday|month|daypart
bool match_deictic(const numctx::Ctx& c, uint32_t i, TimeMatch& out) {
  // "in the past.", "decisions of the past,": the whole past, closing a clause ("the future" is left
  // out: news gold marks it as often as not)
  if (c.is(i, "past") && i > 0 && c.is(i - 1, "the") && i > 1 &&
      (c.is(i - 2, "in") || c.is(i - 2, "of") || c.is(i - 2, "for")) &&
      (!c.valid(i + 1) || c.kind(i + 1) == TokenKind::Punct || c.kind(i + 1) == TokenKind::QuoteClose)) {
    out.begin = i - 1;
    out.end = i + 1;
    out.type = NumberType::Date;
    out.normalized = "PAST_REF";
    return true;
  }
  // "over the weekend", "throughout the weekend"
  if (c.is(i, "weekend") && i > 1 && c.is(i - 1, "the") &&
      (c.is(i - 2, "over") || c.is(i - 2, "during") || c.is(i - 2, "throughout") || c.is(i - 2, "at") ||
       c.is(i - 2, "on") || c.is(i - 2, "for") || c.is(i - 2, "until") || c.is(i - 2, "by"))) {
    out.begin = i - 1;
    out.end = i + 1;
    out.type = NumberType::Date;
    out.normalized = "XXXX-WXX-WE";
    return true;
  }
  // "the sixties", "the nineties": decades by name
  if (i > 0 && c.is(i - 1, "the") &&
      (c.is(i, "twenties") || c.is(i, "thirties") || c.is(i, "forties") || c.is(i, "fifties") || c.is(i, "sixties") ||
       c.is(i, "seventies") || c.is(i, "eighties") || c.is(i, "nineties"))) {
    out.begin = i - 1;
    out.end = i + 1;
    out.type = NumberType::Date;
    out.normalized = "19XX";
    return true;
  }
  if (!c.has_role(i, numlex::kDeictic)) return false;
  const uint32_t k = i + 1;
  static const Entry kNone{};
  const Entry* e = c.lex(k) ? c.lex(k) : &kNone;  // "weekend" is no lexicon word
  const int dir = int(c.lex(i)->value);
  const char* which = dir < 0 ? "PAST" : (dir > 0 ? "FUTURE" : "PRESENT");
  out.begin = extend_modifier(c, i);  // "earlier this month", "late last year"
  out.end = k + 1;
  out.type = NumberType::Date;
  if (e->roles & numlex::kWeekday) {
    out.normalized = numlex::weekday_name(e->index);
    if (c.has_role(k + 1, numlex::kDayPart)) {  // "next Monday afternoon"
      out.end = k + 2;
      out.normalized += std::string(" T") + c.lex(k + 1)->code;
    }
    return true;
  }
  if ((e->roles & numlex::kMonth) && c.capitalised(k)) {
    out.normalized = "XXXX-" + two(e->index);
    return true;
  }
  if (e->roles & numlex::kDayPart) {
    if (!c.is(i, "this") && !c.is(i, "last")) return false;  // "this morning", "last night"
    out.normalized = std::string(which) + "_" + e->code;
    out.type = NumberType::Time;
    return true;
  }
  if (e->roles & numlex::kSeason) {
    out.normalized = std::string(which) + "_" + e->code;
    return true;
  }
  if (c.is(k, "week") || c.is(k, "month") || c.is(k, "year") || c.is(k, "weekend") || c.is(k, "decade") ||
      c.is(k, "century") || c.is(k, "quarter")) {
    if (c.is(i, "past") && !(i > 0 && c.is(i - 1, "the"))) {
      // "past year" without "the" is usually still a period: keep it
    }
    // "the past decade" is a period; "last year" a date
    if (i > 0 && c.is(i - 1, "the") && (c.is(i, "past") || c.is(i, "last") || c.is(i, "previous"))) {
      out.begin = i - 1;
      out.type = NumberType::Duration;
      const std::string_view u = c.text(k);
      out.normalized = u == "decade" ? "P10Y" : u == "century" ? "P100Y" : u == "week" ? "P1W" : u == "month" ? "P1M" : "P1Y";
      return true;
    }
    out.normalized = std::string(which) + "_" + std::string(c.text(k));
    return true;
  }
  return false;
}

}  // namespace

bool match_date_or_time(const numctx::Ctx& c, uint32_t i, TimeMatch& out) {
  if (!c.valid(i)) return false;
  out = TimeMatch{};
  const TokenKind k = c.kind(i);
  uint32_t end = 0;
  bool abbr = false;

  if (k == TokenKind::Word) {
    const Entry* e = c.lex(i);
    if (!e) return false;
    // ---- weekday [,] [Month Day [, Year]] [morning/evening/night]
    // weekdays: "Thursday"; lower case too ("next monday"), since no other word is spelled so
    if (e->roles & numlex::kWeekday) {
      out.begin = i;
      out.end = i + 1;
      out.type = NumberType::Date;
      out.normalized = numlex::weekday_name(e->index);
      uint32_t j = i + 1;
      if (c.is_char(j, ',')) ++j;
      uint32_t me = 0;
      const int m = month_at(c, j, me, abbr);
      uint32_t de = 0;
      if (m) {
        const int d = day_at(c, me, de);
        if (d) {
          uint32_t ye = de;
          int y = 0;
          year_after(c, ye, y);
          out.end = y ? ye : de;
          out.normalized = iso_date(y, m, d);
          return true;
        }
      } else if (const int d = day_at(c, j, de)) {
        // Tuesday 3 February 2025
        uint32_t me2 = 0;
        if (const int m2 = month_at(c, de, me2, abbr)) {
          uint32_t ye = me2;
          int y = 0;
          year_after(c, ye, y);
          out.end = y ? ye : me2;
          out.normalized = iso_date(y, m2, d);
          return true;
        }
      }
      if (c.has_role(i + 1, numlex::kDayPart) && c.attached(i + 1) == false) {
        out.end = i + 2;
        out.normalized += std::string(" T") + c.lex(i + 1)->code;
      }
      return true;
    }
    // ---- Month [Day[,] [Year]] | Month Year | Month
    if (e->roles & numlex::kMonth) {
      const int m = month_at(c, i, end, abbr);
      if (!m) return false;
      uint32_t de = 0;
      const int d = day_at(c, end, de);
      if (d) {
        // "November 18-19": a run of days
        if (c.is_dash(de) && c.attached(de) && c.attached(de + 1)) {
          const long d2 = small_int(c, de + 1, 2);
          if (d2 > d && d2 <= 31) de += 2;
        }
        uint32_t ye = de;
        int y = 0;
        year_after(c, ye, y);
        out.begin = extend_modifier(c, i);
        out.end = y ? ye : de;
        out.type = NumberType::Date;
        out.normalized = iso_date(y, m, d);
        return true;
      }
      uint32_t ye = end;
      if (c.is_char(ye, ',')) ++ye;
      if (const int y = year_at(c, ye)) {
        out.begin = extend_modifier(c, i);
        out.end = ye + 1;
        out.type = NumberType::Date;
        out.normalized = iso_date(y, m, 0);
        return true;
      }
      if (abbr) return false;
      if ((m == 5 || m == 3) && !month_context_before(c, i)) return false;
      if (c.flag(i, kAllCaps)) return false;
      out.begin = extend_modifier(c, i);
      out.end = end;
      out.type = NumberType::Date;
      out.normalized = "XXXX-" + two(m);
      return true;
    }
    // ---- today, yesterday [morning]
    if (e->roles & numlex::kRelDay) {
      out.begin = i;
      out.end = i + 1;
      out.type = NumberType::Date;
      out.normalized = c.is(i, "today") ? "PRESENT_REF" : c.is(i, "yesterday") ? "PAST_REF-1D" : c.is(i, "tomorrow") ? "FUTURE_REF+1D" : "PRESENT_REF_NI";
      if ((c.is(i, "yesterday") || c.is(i, "tomorrow")) && c.has_role(i + 1, numlex::kDayPart)) out.end = i + 2;
      return true;
    }
    if (e->roles & (numlex::kDeictic | numlex::kDecadeWord)) return match_deictic(c, i, out);
    // Christmas, Ramadan, Easter 2018 — but not "Christmas Island", "Easter Island"
    // (and not a surname: "Johnnie Christmas")
    if ((e->roles & numlex::kHoliday) && c.capitalised(i) && !(c.is_word(i + 1) && c.capitalised(i + 1)) &&
        !(i > 0 && c.is_word(i - 1) && c.capitalised(i - 1) && !c.flag(i - 1, kSentenceStart))) {
      out.begin = i;
      out.end = i + 1;
      out.type = NumberType::Date;
      out.normalized = e->code;
      if (const int y = year_at(c, i + 1)) {
        out.end = i + 2;
        out.normalized = std::to_string(y) + "-" + out.normalized;
      }
      return true;
    }
    // "the fourth quarter", "third-quarter", "the first half of 2009" belong to the calendar
    if ((e->roles & numlex::kOrdinal) && e->value >= 1 && e->value <= 4) {
      uint32_t q = i + 1;
      if (c.is_dash(q) && c.attached(q) && c.attached(q + 1)) ++q;
      if (c.is(q, "quarter") || (c.is(q, "half") && c.is(q + 1, "of"))) {
        out.begin = (i > 0 && c.is(i - 1, "the")) ? i - 1 : i;
        out.end = q + 1;
        out.type = NumberType::Date;
        out.normalized = std::string(c.is(q, "quarter") ? "Q" : "H") + format_number(e->value);
        if (c.is(out.end, "of") && year_at(c, out.end + 1)) {
          out.normalized = std::to_string(year_at(c, out.end + 1)) + "-" + out.normalized;
          out.end += 2;
        }
        return true;
      }
    }
    if (e->roles & numlex::kDayPartTime) return match_time_of_day(c, i, out);
    return false;
  }

  if (k != TokenKind::Number) return false;
  // ---- times: 10:30 a.m., 3pm
  if (match_time_of_day(c, i, out)) {
    // "12:00 UTC Monday", "16:00 UTC today"
    if (is_weekday(c, out.end) || c.is(out.end, "today")) out.end += 1;
    return true;
  }
  // ---- numeric dates: 2023-10-07, 5/17/2018, 17.05.2018
  {
    const long a = small_int(c, i, 4);
    if (a >= 0 && (c.is_char(i + 1, '/') || c.is_dash(i + 1)) && c.attached(i + 1) && c.attached(i + 2) &&
        c.is_number(i + 2) && c.text(i + 3) == c.text(i + 1) && c.attached(i + 3) && c.attached(i + 4) &&
        c.is_number(i + 4)) {
      const long b = small_int(c, i + 2, 2), d = small_int(c, i + 4, 4);
      int y = 0, m = 0, dd = 0;
      if (c.text(i).size() == 4 && b >= 1 && b <= 12 && d >= 1 && d <= 31 && c.text(i + 4).size() <= 2) {
        y = int(a), m = int(b), dd = int(d);
      } else if (c.text(i + 4).size() == 4 || c.text(i + 4).size() == 2) {
        y = int(d < 100 ? 2000 + d : d);
        if (a >= 1 && a <= 12 && b >= 1 && b <= 31) m = int(a), dd = int(b);        // US order
        else if (b >= 1 && b <= 12 && a >= 1 && a <= 31) m = int(b), dd = int(a);   // day first
      }
      if (y && m && dd) {
        out.begin = i;
        out.end = i + 5;
        out.type = NumberType::Date;
        out.normalized = iso_date(y, m, dd);
        return true;
      }
    }
  }
  // ---- Day Month [Year]: 3 February, 14th Feb 2019, 3rd of February
  {
    uint32_t de = 0;
    if (const int d = day_at(c, i, de)) {
      uint32_t ms = de;
      if (c.is(ms, "of")) ++ms;
      uint32_t me = 0;
      if (const int m = month_at(c, ms, me, abbr)) {
        uint32_t ye = me;
        int y = 0;
        year_after(c, ye, y);
        out.begin = i;
        out.end = y ? ye : me;
        out.type = NumberType::Date;
        out.normalized = iso_date(y, m, d);
        return true;
      }
    }
  }
  // ---- "on the 18th", "the 4th.": a day of the month
  {
    const long v = small_int(c, i, 2);
    if (v >= 1 && v <= 31 && i > 0 && c.is(i - 1, "the") && ordinal_suffix(c, i + 1) &&
        (!c.valid(i + 2) || c.kind(i + 2) == TokenKind::Punct) && !c.is_dash(i + 2)) {
      out.begin = i - 1;
      out.end = i + 2;
      out.type = NumberType::Date;
      out.normalized = "XXXX-XX-" + two(int(v));
      return true;
    }
  }
  // ---- centuries: the 20th century
  {
    const long v = small_int(c, i, 2);
    if (v >= 1 && v <= 21 && ordinal_suffix(c, i + 1) && c.is(i + 2, "century")) {
      out.begin = (i > 0 && c.is(i - 1, "the")) ? i - 1 : i;
      out.end = i + 3;
      out.type = NumberType::Date;
      out.normalized = two(int(v - 1)) + "XX";
      return true;
    }
  }
  // ---- decades: 1990s, 70s
  {
    const long v = small_int(c, i, 4);
    if (v >= 0 && c.attached(i + 1) && c.is(i + 1, "s") && v % 10 == 0 &&
        (c.text(i).size() == 4 || c.text(i).size() == 2)) {
      out.begin = i;
      if (i > 0 && c.is_quote_apostrophe(i - 1)) out.begin = i - 1;
      out.end = i + 2;
      out.type = NumberType::Date;
      const std::string t(c.text(i));
      out.normalized = (t.size() == 2 ? "19" + t.substr(0, 1) : t.substr(0, 3)) + "X";
      return true;
    }
  }
  // ---- years: 2015
  if (const int y = year_at(c, i)) {
    if (y < 1800 || y > 2100) {
      // older years only after "in"/"since"/"from"
      if (!(i > 0 && (c.is(i - 1, "in") || c.is(i - 1, "since") || c.is(i - 1, "from")))) return false;
    }
    // a count, not a year: "2000 people", "1500 dollars"
    const Entry* nx = c.lex(i + 1);
    if (c.is_word(i + 1) && !c.attached(i + 1) && !c.capitalised(i + 1) && nx &&
        (nx->roles & (numlex::kCurrency | numlex::kUnit | numlex::kTimeUnit | numlex::kPercent | numlex::kScale)))
      return false;
    if (c.is_char(i + 1, '%')) return false;
    const bool determiner = i > 0 && (c.is(i - 1, "the") || c.flag(i - 1, kPossessive));
    if (!determiner && c.is_word(i + 1) && !c.capitalised(i + 1) && !c.attached(i + 1)) {
      const std::string_view w = c.text(i + 1);
      if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && !c.is(i + 1, "elections") &&
          !(nx && (nx->roles & numlex::kSeason)))
        return false;
    }
    out.begin = extend_modifier(c, i);
    // "summer 2014", "spring 2020", "the year 2008"
    if (out.begin == i && i > 0 && (c.has_role(i - 1, numlex::kSeason) || c.is(i - 1, "year"))) {
      out.begin = i - 1;
      if (c.is(i - 1, "year") && i > 1 && (c.is(i - 2, "fiscal") || c.is(i - 2, "calendar") || c.is(i - 2, "school") ||
                                           c.is(i - 2, "financial") || c.is(i - 2, "academic")))
        out.begin = i - 2;
    }
    out.end = i + 1;
    out.type = NumberType::Date;
    out.normalized = std::to_string(y);
    // year spans: 1996-2001, 1996~2001, 1996 to 2001, 1996 through June 2001
    {
      const uint32_t k = i + 1;
      const bool tight_dash = (c.is_dash(k) || c.text(k) == "~") && c.attached(k) && c.attached(k + 1);
      if (tight_dash || c.is(k, "to") || c.is(k, "through") || c.is(k, "till") || c.is(k, "until")) {
        const int y2 = year_at(c, k + 1);
        if (y2 > y && y2 <= 2100) {
          out.end = k + 2;
          out.normalized += "/" + std::to_string(y2);
        } else if (!tight_dash) {
          TimeMatch m2;
          uint32_t me = 0;
          bool ab = false;
          if (month_at(c, k + 1, me, ab) && match_date_or_time(c, k + 1, m2) && m2.normalized.size() >= 4 &&
              m2.normalized[0] != 'X') {
            out.end = m2.end;
            out.normalized += "/" + m2.normalized;
          }
        }
      }
    }
    return true;
  }
  return false;
}

bool match_duration(const numctx::Ctx& c, const Amount& a, TimeMatch& out) {
  if (!a.ok || a.ordinal) return false;
  uint32_t k = a.end;
  bool hyphen = false;
  if (c.is_dash(k) && c.attached(k) && c.attached(k + 1)) {
    ++k;
    hyphen = true;
  }
  const Entry* e = c.lex(k);
  if (!e || !(e->roles & numlex::kTimeUnit)) return false;
  if (c.is(k, "second") && !hyphen && a.value != 1) return false;
  // "14-year-old", "two years old": an age, not a duration
  if (hyphen && c.is_dash(k + 1) && c.is(k + 2, "old")) return false;
  if (c.is(k + 1, "old") || (c.is(k + 1, "of") && c.is(k + 2, "age"))) return false;
  out = TimeMatch{};
  out.begin = a.begin;
  out.end = k + 1;
  out.type = NumberType::Duration;
  out.value = a.value;
  out.has_value = true;
  const std::string_view u = c.text(k);
  std::string unit(u);
  for (char& ch : unit) if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
  if (e->plural && unit.size() > 1 && unit.back() == 's') unit.pop_back();
  if (unit == "centurie") unit = "century";
  out.unit = unit;
  const double n = a.value * (e->scale > 0 ? e->scale : 1);
  out.normalized = std::string(e->time_unit_is_t ? "PT" : "P") + format_number(n) + e->code;
  // "24-hour", "decades-long"
  if (hyphen && c.is_dash(k + 1) && c.attached(k + 1) && c.is(k + 2, "long")) out.end = k + 3;
  // "two years ago" is a date
  if (c.is(out.end, "ago") || c.is(out.end, "earlier")) {
    out.end += 1;
    out.type = NumberType::Date;
    out.normalized = "PAST_REF-" + out.normalized;
  } else if (c.is(out.end, "later") && !c.is(out.end + 1, "than")) {
    out.end += 1;
    out.type = NumberType::Date;
    out.normalized = "REF+" + out.normalized;
  }
  return true;
}

bool match_vague_duration(const numctx::Ctx& c, uint32_t i, TimeMatch& out) {
  uint32_t k = i;
  double value = 1;
  std::string norm_n = "1";
  if (c.is(i, "a") || c.is(i, "an")) {
    k = i + 1;
    if (c.is(k, "few") || c.is(k, "couple")) {
      k += c.is(k + 1, "of") ? 2 : 1;
      norm_n = "X";
    }
  } else if (c.is(i, "several") || c.is(i, "few") || c.is(i, "many") || c.is(i, "recent")) {
    k = i + 1;
    norm_n = "X";
  } else if (c.is(i, "decades") || c.is(i, "years") || c.is(i, "months")) {
    // decades-long, years-long
    if (c.is_dash(i + 1) && c.attached(i + 1) && c.is(i + 2, "long") && c.attached(i + 2)) {
      out = TimeMatch{};
      out.begin = i;
      out.end = i + 3;
      out.type = NumberType::Duration;
      out.normalized = c.is(i, "decades") ? "PXDE" : c.is(i, "years") ? "PXY" : "PXM";
      return true;
    }
    return false;
  } else {
    return false;
  }
  const Entry* e = c.lex(k);
  if (!e || !(e->roles & numlex::kTimeUnit)) return false;
  if (norm_n == "1" && e->plural) return false;
  if (norm_n == "X" && !e->plural) return false;
  if (c.is(k, "second") || c.is(k, "sec")) return false;  // "a second" is usually the ordinal
  out = TimeMatch{};
  out.begin = i;
  out.end = k + 1;
  out.type = NumberType::Duration;
  std::string unit(c.text(k));
  for (char& ch : unit) if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
  if (e->plural && unit.back() == 's') unit.pop_back();
  out.unit = unit;
  if (norm_n == "1") {
    out.value = value * (e->scale > 0 ? e->scale : 1);
    out.has_value = true;
    out.normalized = std::string(e->time_unit_is_t ? "PT" : "P") + format_number(out.value) + e->code;
  } else {
    out.normalized = std::string(e->time_unit_is_t ? "PT" : "P") + "X" + e->code;
  }
  if (c.is(out.end, "ago")) {
    out.end += 1;
    out.type = NumberType::Date;
  }
  return true;
}

}  // namespace lede
