// number_amount.cpp — digits and English number words to a value (see number_amount.h).
#include "core/numbers/detail/number_amount.h"

#include <cmath>

namespace lede {

using numlex::Entry;

bool digits_value(std::string_view t, double& value, bool& decimal, bool& grouped) {
  value = 0;
  decimal = grouped = false;
  double frac_scale = 0;
  int dots = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    const char ch = t[k];
    if (ch >= '0' && ch <= '9') {
      if (frac_scale > 0) {
        value += (ch - '0') * frac_scale;
        frac_scale /= 10;
      } else {
        value = value * 10 + (ch - '0');
      }
    } else if (ch == ',') {
      if (frac_scale > 0) return false;
      size_t g = 0;
      while (k + 1 + g < t.size() && t[k + 1 + g] >= '0' && t[k + 1 + g] <= '9') ++g;
      if ((g == 1 || g == 2) && k + 1 + g == t.size() && !grouped) {  // a decimal comma: "5,00", "1,3"
        decimal = true;
        frac_scale = 0.1;
        continue;
      }
      grouped = true;
    } else if (ch == '.') {
      if (++dots > 1) return false;
      decimal = true;
      frac_scale = 0.1;
    } else {
      return false;  // ':' (a time) or anything unexpected
    }
  }
  return std::isfinite(value);
}

namespace {

// Words after which "a"/"an" starts an amount: "a dozen", "a hundred", "a million".
bool a_starts_amount(const numctx::Ctx& c, uint32_t i) {
  const Entry* e = c.lex(i + 1);
  if (!e) return false;
  if (e->roles & (numlex::kScale | numlex::kDozen)) return c.is_word(i + 1) && c.text(i + 1).size() > 2;
  return false;
}

// ½ ¼ ¾ ⅓ ⅔ ⅕ ⅙ ⅛ as single symbols; 0 when not one.
double unicode_fraction(std::string_view t) {
  if (t == "\xC2\xBD") return 0.5;
  if (t == "\xC2\xBC") return 0.25;
  if (t == "\xC2\xBE") return 0.75;
  if (t == "\xE2\x85\x93") return 1.0 / 3;
  if (t == "\xE2\x85\x94") return 2.0 / 3;
  if (t == "\xE2\x85\x95") return 0.2;
  if (t == "\xE2\x85\x99") return 1.0 / 6;
  if (t == "\xE2\x85\x9B") return 0.125;
  return 0;
}

bool plain_int(std::string_view t, size_t min_len, size_t max_len) {
  if (t.size() < min_len || t.size() > max_len) return false;
  for (char ch : t)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// Only a single space, a no-break space or a narrow no-break space separates tokens k-1 and k.
bool thin_gap(const numctx::Ctx& c, uint32_t k) {
  if (!c.valid(k) || k == 0) return false;
  const uint32_t b = c.doc.tokens[k - 1].span.end, e = c.doc.tokens[k].span.begin;
  const std::string_view gap = std::string_view(c.doc.text).substr(b, e - b);
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF";
}

double clamp_finite(double v) {
  if (std::isnan(v)) return 0;
  if (!std::isfinite(v)) return v > 0 ? 1.7976931348623157e308 : -1.7976931348623157e308;
  return v;
}

// Exponents glued to digits: 1e10, 12.32e+14, 1.1^23, 1.3x10^6. Updates value and end.
void exponent_after(const numctx::Ctx& c, uint32_t& j, double& value) {
  if (!c.attached(j)) return;
  const std::string_view w = c.text(j);
  if (c.is_word(j) && w.size() > 1 && (w[0] == 'e' || w[0] == 'E') && plain_int(w.substr(1), 1, 3)) {
    int n = 0;
    for (char ch : w.substr(1)) n = n * 10 + (ch - '0');
    value = clamp_finite(value * std::pow(10.0, n));
    ++j;
    return;
  }
  if ((w == "e" || w == "E") && (c.text(j + 1) == "+" || c.text(j + 1) == "-") && c.attached(j + 1) &&
      c.is_number(j + 2) && c.attached(j + 2) && plain_int(c.text(j + 2), 1, 3)) {
    const int sign = c.text(j + 1) == "-" ? -1 : 1;
    int n = 0;
    for (char ch : c.text(j + 2)) n = n * 10 + (ch - '0');
    value = clamp_finite(value * std::pow(10.0, sign * n));
    j += 3;
    return;
  }
  double base = 0;
  uint32_t k = j;
  if (w == "x10" && c.text(j + 1) == "^" && c.attached(j + 1)) {
    base = 10;
    k = j + 1;
  } else if (w == "^") {
    k = j;
  } else {
    return;
  }
  uint32_t m = k + 1;
  int sign = 1;
  while ((c.text(m) == "+" || c.text(m) == "-") && c.attached(m)) {
    if (c.text(m) == "-") sign = -sign;
    ++m;
  }
  if (!c.is_number(m) || !c.attached(m)) return;
  double n;
  bool d, g;
  if (!digits_value(c.text(m), n, d, g) || n > 400) return;
  value = clamp_finite(base ? value * std::pow(10.0, sign * n) : std::pow(value, sign * n));
  j = m + 1;
}

// "point two five", "point seventy-one": decimals read as words. Returns tokens consumed.
uint32_t point_decimals(const numctx::Ctx& c, uint32_t j, double& value) {
  if (!c.is(j, "point") || !c.has_role(j + 1, numlex::kCardinal)) return 0;
  uint32_t k = j + 1;
  std::string digits;
  while (c.has_role(k, numlex::kCardinal)) {
    const double v = c.lex(k)->value;
    if (v < 10) {
      digits += char('0' + int(v));
      ++k;
      continue;
    }
    // eleven, seventy, seventy-one
    int n = int(v);
    ++k;
    if (n >= 20 && n % 10 == 0 && c.is_dash(k) && c.has_role(k + 1, numlex::kCardinal) && c.lex(k + 1)->value < 10) {
      n += int(c.lex(k + 1)->value);
      k += 2;
    }
    digits += std::to_string(n);
    break;
  }
  double scale = 0.1;
  for (char ch : digits) {
    value += (ch - '0') * scale;
    scale /= 10;
  }
  return k - j;
}

Amount parse_unsigned(const numctx::Ctx& c, uint32_t i);

}  // namespace

Amount parse_amount(const numctx::Ctx& c, uint32_t i) {
  if (!c.valid(i)) return Amount{};
  // signs: "-9.2" (a dash glued to the digits, not joining two words), "minus five", "negative one"
  bool neg = false;
  uint32_t j = i;
  if (c.is_dash(i) && c.is_number(i + 1) && (c.attached(i + 1) || i == 0) &&
      (i == 0 || !c.attached(i) || c.kind(i - 1) == TokenKind::Punct || c.kind(i - 1) == TokenKind::Symbol)) {
    neg = true;
    j = i + 1;
  }
  // ".08": a decimal without its leading zero
  if (c.is_char(i, '.') && c.is_number(i + 1) && c.attached(i + 1) && (i == 0 || !c.attached(i)) &&
      plain_int(c.text(i + 1), 1, 12)) {
    double v = 0, scale = 0.1;
    for (char ch : c.text(i + 1)) {
      v += (ch - '0') * scale;
      scale /= 10;
    }
    Amount a;
    a.ok = a.decimal = true;
    a.begin = i;
    a.end = i + 2;
    a.value = v;
    return a;
  } else if (c.has_role(i, numlex::kNegative) && (c.is_number(i + 1) || c.has_role(i + 1, numlex::kCardinal))) {
    neg = true;
    j = i + 1;
  }
  Amount a = parse_unsigned(c, j);
  if (!a.ok) return Amount{};
  // "one over three", "2000 over 3", "two out of five hundred": one ratio, when nothing follows it
  if (!a.ordinal && !a.vague) {
    uint32_t k = a.end;
    // "one in five children", "1 in 4 homes": a ratio, the counted noun after it (never "5 in 2009")
    const bool in_ratio = c.is(k, "in");
    uint32_t skip = (c.is(k, "over") || in_ratio) ? 1 : (c.is(k, "out") && c.is(k + 1, "of")) ? 2 : 0;
    if (skip) {
      Amount b = parse_unsigned(c, k + skip);
      const bool year = b.digits == 4 && b.value >= 1000 && b.value <= 2200;
      const bool tail_free =
          in_ratio ? (!year && a.value < b.value && b.value <= 1000000 &&
                      !c.has_role(b.end, numlex::kTimeUnit | numlex::kUnit | numlex::kCurrency | numlex::kPercent)) :
                     (!c.is_word(b.end) || c.is(b.end, "and") || c.is(b.end, "is") || skip == 2);
      if (b.ok && !b.ordinal && !b.vague && tail_free && b.value != 0 && a.value <= b.value) {
        a.value = a.value / b.value;
        a.end = b.end;
        a.fraction = true;
        a.words = a.words || b.words;
        a.digits = 0;
        a.integer = -1;
        a.lone_one = false;
      }
    }
  }
  a.begin = i;
  if (neg) {
    a.value = -a.value;
    a.lone_one = false;
    a.digits = 0;
    a.integer = -1;
  }
  return a;
}

namespace {

Amount parse_unsigned(const numctx::Ctx& c, uint32_t i) {
  Amount a;
  a.begin = i;
  if (!c.valid(i)) return a;
  double total = 0, cur = 0, last_scale = 0;
  uint32_t j = i;
  bool any = false;
  // last: 0 none, 1 unit word (1-19 or digits), 2 tens word, 3 hundred, 4 big scale, 5 "and"
  int last = 0;

  if (c.kind(i) == TokenKind::Symbol) {
    const double f = unicode_fraction(c.text(i));
    if (f == 0) return a;
    a.ok = a.fraction = true;
    a.value = f;
    a.end = i + 1;
    return a;
  }

  // ---- a leading digits token
  if (c.is_number(i)) {
    double v;
    bool dec, grp;
    if (!digits_value(c.text(i), v, dec, grp)) return a;
    a.decimal = dec;
    a.grouped = grp;
    j = i + 1;
    const std::string_view t = c.text(i);
    if (!dec && !grp) {
      a.digits = uint32_t(t.size());
      if (t.size() <= 15) a.integer = int64_t(v);
    }
    // Nothing after the digits can extend them: no word or digits ("th", "bn", "million", "1/4"'s parts),
    // no '/', '^' or ½. Every rule below would let the amount end here, so end it now ("$1$1…" and every
    // "5," take this path).
    if (!c.valid(j) || (c.kind(j) != TokenKind::Word && c.kind(j) != TokenKind::Number && !c.lex(j) &&
                        !c.is_char(j, '/') && !c.is_char(j, '^') && unicode_fraction(c.text(j)) == 0)) {
      a.ok = true;
      a.end = j;
      a.value = clamp_finite(v);
      return a;
    }
    // digit groups separated by single spaces: 1 234 567, 40 000
    if (!dec && !grp && t.size() <= 3 && c.is_number(j) && thin_gap(c, j) && plain_int(c.text(j), 3, 3)) {
      while (c.is_number(j) && thin_gap(c, j)) {
        const std::string_view g = c.text(j);
        double gv;
        bool gd, gg;
        if (gg = false, !digits_value(g, gv, gd, gg) || gg) break;
        const size_t int_len = gd ? g.find('.') : g.size();
        if (int_len != 3) break;
        double ip = 0;
        for (size_t k = 0; k < 3; ++k) ip = ip * 10 + (g[k] - '0');
        v = v * 1000 + ip + (gv - std::floor(gv));
        ++j;
        a.grouped = true;
        if (gd) {
          a.decimal = true;
          break;
        }
      }
      a.digits = 0;
      a.integer = -1;
    }
    // ordinal suffix: 14th 1st 2nd 3rd
    if (c.attached(j) && (c.is(j, "th") || c.is(j, "st") || c.is(j, "nd") || c.is(j, "rd"))) {
      a.ok = true;
      a.ordinal = true;
      a.value = v;
      a.end = j + 1;
      return a;
    }
    // fraction 3/4, and a mixed number 2 1/4
    if (!dec && !grp && c.is_char(j, '/') && c.attached(j) && c.is_number(j + 1) && c.attached(j + 1) &&
        !(c.is_char(j + 2, '/') && c.attached(j + 2))) {
      double d;
      bool d1, g1;
      if (digits_value(c.text(j + 1), d, d1, g1) && d != 0) {
        a.ok = a.fraction = true;
        a.value = v / d;
        a.end = j + 2;
        a.digits = 0;
        a.integer = -1;
        return a;
      }
    }
    if (!dec && !grp && c.is_number(j) && !c.attached(j) && c.is_char(j + 1, '/') && c.attached(j + 1) &&
        c.is_number(j + 2) && c.attached(j + 2) && !(c.is_char(j + 3, '/') && c.attached(j + 3))) {
      double n1, d;
      bool d1, g1;
      if (digits_value(c.text(j), n1, d1, g1) && digits_value(c.text(j + 2), d, d1, g1) && d != 0 && n1 < d) {
        a.ok = a.fraction = true;
        a.value = v + n1 / d;
        a.end = j + 3;
        a.digits = 0;
        a.integer = -1;
        return a;
      }
    }
    if (c.attached(j) && c.kind(j) == TokenKind::Symbol && unicode_fraction(c.text(j)) > 0) {
      a.ok = a.fraction = true;
      a.value = v + unicode_fraction(c.text(j));
      a.end = j + 1;
      a.digits = 0;
      a.integer = -1;
      return a;
    }
    {
      const uint32_t before = j;
      exponent_after(c, j, v);
      if (j != before) {
        a.ok = true;
        a.value = v;
        a.end = j;
        a.digits = 0;
        a.integer = -1;
        return a;
      }
    }
    // attached scale suffix: 11bn, 3m, 10k; a spaced lone "k" too ("2.33 k")
    const Entry* e = c.lex(j);
    if (e && (e->roles & numlex::kScale) && (c.attached(j) || c.is(j, "k") || c.text(j) == "MM" || c.is(j, "bn"))) {
      const bool letter_unit = c.text(j).size() == 1;
      if (c.attached(j) || !letter_unit || c.is(j, "k")) {
        a.scaled = true;
        a.ok = true;
        a.value = v * e->scale;
        a.end = j + 1;
        a.digits = 0;
        a.integer = -1;
        return a;
      }
    }
    // "2,310.7 G", "4,105,300.2 M": a spaced capital scale letter closing the phrase
    if (!c.attached(j) && c.text(j).size() == 1 && (c.text(j) == "G" || c.text(j) == "M" || c.text(j) == "K" ||
                                                    c.text(j) == "B" || c.text(j) == "T") &&
        !c.is_word(j + 1) && !c.is_number(j + 1)) {
      const char L = c.text(j)[0];
      a.scaled = a.ok = true;
      a.value = v * (L == 'K' ? 1e3 : L == 'M' ? 1e6 : L == 'G' || L == 'B' ? 1e9 : 1e12);
      a.end = j + 1;
      a.digits = 0;
      a.integer = -1;
      return a;
    }
    if (c.text(j) == "MM" && c.attached(j)) {
      a.scaled = a.ok = true;
      a.value = v * 1e6;
      a.end = j + 1;
      return a;
    }
    cur = v;
    any = true;
    last = 1;
  }

  // ---- words (possibly after digits: "2.1 million", "3 hundred and 21")
  if (!any) {
    const Entry* e = c.lex(i);
    if (e && (e->roles & numlex::kVague)) {
      // thousands, tens of thousands, hundreds of thousands
      double v = e->value;
      uint32_t k = i + 1;
      if (c.is(k, "of") && c.has_role(k + 1, numlex::kVague) && c.lex(k + 1)->value > v) {
        v = v * c.lex(k + 1)->value;
        k += 2;
      }
      a.ok = a.vague = a.words = true;
      a.value = v;
      a.end = k;
      return a;
    }
    if (c.is(i, "a") || c.is(i, "an")) {
      const Entry* n = c.lex(i + 1);
      if (n && (n->roles & numlex::kFraction) && !n->plural) {
        // a half, a quarter; "a fifth", "a hundredth" only as a fraction ("a fifth of", not "a fifth term")
        const bool ordinal = (n->roles & numlex::kOrdinal) != 0;
        if (!ordinal || !c.is_word(i + 2) || c.is(i + 2, "of")) {
          a.ok = a.fraction = a.words = a.lone_a = true;
          a.value = 1.0 / n->value;
          a.end = i + 2;
          // "a half million"
          const Entry* s = c.lex(a.end);
          if (s && (s->roles & numlex::kScale) && s->scale >= 1e3 && c.text(a.end).size() > 2) {
            a.value *= s->scale;
            a.scaled = true;
            a.end += 1;
          }
          return a;
        }
      }
      if (!a_starts_amount(c, i)) return a;
      a.lone_a = true;
      cur = 1;
      any = true;
      last = 1;
      j = i + 1;
    } else if (!e) {
      return a;
    }
  }
  // half a million, half a dozen
  if (!any && c.is(i, "half") && (c.is(i + 1, "a") || c.is(i + 1, "an")) &&
      (c.has_role(i + 2, numlex::kScale) || c.has_role(i + 2, numlex::kDozen)) && c.text(i + 2).size() > 2) {
    const Entry* s = c.lex(i + 2);
    a.ok = a.words = true;
    a.value = 0.5 * ((s->roles & numlex::kDozen) ? 12 : s->scale);
    a.scaled = true;
    a.end = i + 3;
    return a;
  }
  // half million, quarter million
  if (!any && (c.is(i, "half") || c.is(i, "quarter")) && c.has_role(i + 1, numlex::kScale) &&
      c.lex(i + 1)->scale >= 1e3 && c.text(i + 1).size() > 2) {
    a.ok = a.words = a.scaled = true;
    a.value = c.lex(i + 1)->scale / c.lex(i)->value;
    a.end = i + 2;
    return a;
  }

  while (c.valid(j)) {
    // digits inside a worded number: "6 thousand 2 hundred and 15"
    if (c.is_number(j)) {
      if (!(last == 4 || last == 5) || !plain_int(c.text(j), 1, 3)) break;
      double v;
      bool d1, g1;
      digits_value(c.text(j), v, d1, g1);
      if (last == 5 && v >= 100) break;
      cur += v;
      last = 1;
      ++j;
      continue;
    }
    // hyphen between number words: twenty-one, one-eighth, fifty - two
    if (c.is_dash(j) && any && a.words && (last == 2 || last == 1) && c.lex(j + 1) &&
        (c.lex(j + 1)->roles & (numlex::kCardinal | numlex::kOrdinal | numlex::kFraction))) {
      const Entry* n = c.lex(j + 1);
      const bool tight = c.attached(j) && c.attached(j + 1);
      const bool even = tight || (!c.attached(j) && !c.attached(j + 1));
      if ((last == 2 && (n->roles & numlex::kCardinal) && n->value < 10 && n->value > 0 && even) ||
          (last == 2 && (n->roles & numlex::kOrdinal) && n->value < 10 && tight) ||
          (even && (n->roles & numlex::kFraction) && !(n->roles & numlex::kCardinal) && (last == 1 || tight))) {
        j += 1;
        continue;
      }
      break;
    }
    if (c.is(j, "and") && any) {
      const Entry* n = c.lex(j + 1);
      const bool digits_ok = c.is_number(j + 1) && c.text(j + 1) != "0" && !c.has_role(j + 2, numlex::kScale);
      if ((last == 3 || last == 4) && ((n && (n->roles & numlex::kCardinal)) || digits_ok)) {
        // "one hundred and six", "3 hundred and 21" — unless a fraction follows the cardinal
        const Entry* n2 = c.lex(j + 2);
        const bool frac_next = n2 && (n2->roles & numlex::kFraction) && n2->plural;
        if (!frac_next) {
          last = 5;
          ++j;
          continue;
        }
      }
      // "and a half", "and one half", "and a third", "and a thirtieth"
      const Entry* f2 = c.lex(j + 2);
      const bool frac_word = f2 && !f2->plural &&
                             ((f2->roles & numlex::kFraction) || ((f2->roles & numlex::kOrdinal) && f2->value >= 3));
      if ((c.is(j + 1, "a") || c.is(j + 1, "one")) && frac_word && (last != 0)) {
        const double den = c.lex(j + 2)->value;
        const double unit = last == 4 ? last_scale : 1;
        cur += unit / den;
        j += 3;
        a.fraction = true;
        if (const Entry* s = c.lex(j); s && (s->roles & numlex::kScale) && s->scale >= 1e3 && c.text(j).size() > 2) {
          cur = (total + cur) * s->scale;  // five and a half million
          total = 0;
          a.scaled = true;
          ++j;
        }
        break;
      }
      // "three and sixty-one hundredths", "forty and two and two thirds": a worded fraction follows
      if (n && (n->roles & numlex::kCardinal) && (last == 1 || last == 2)) {
        bool plural_ahead = false;
        for (uint32_t k = j + 2; k < j + 8 && c.valid(k); ++k)
          if (c.has_role(k, numlex::kFraction) && c.lex(k)->plural) {
            plural_ahead = true;
            break;
          }
        if (plural_ahead) {
          const Amount sub = parse_unsigned(c, j + 1);
          if (sub.ok && sub.fraction && sub.words) {
            cur += sub.value;
            j = sub.end;
            a.fraction = true;
            break;
          }
        }
      }
      // "and three fifths", "and three quarters million"
      if (n && (n->roles & numlex::kCardinal) && c.has_role(j + 2, numlex::kFraction) && c.lex(j + 2)->plural) {
        const double unit = last == 4 ? last_scale : 1;
        cur += unit * n->value / c.lex(j + 2)->value;
        j += 3;
        a.fraction = true;
        if (const Entry* s = c.lex(j); s && (s->roles & numlex::kScale) && s->scale >= 1e3 && c.text(j).size() > 2)
          ++j;  // "two billion and one half million"
        break;
      }
      break;
    }
    if (any && a.words && c.is(j, "point")) {
      double frac = 0;
      const uint32_t n = point_decimals(c, j, frac);
      if (n) {
        cur += frac;
        j += n;
        a.decimal = true;
        continue;
      }
      break;
    }
    if (any && !a.words && c.is(j, "point")) break;
    const Entry* e = c.lex(j);
    if (!e) break;
    const uint32_t r = e->roles;
    if (r & numlex::kCardinal) {
      const double v = e->value;
      if (!any) {
        cur = v;
        last = v >= 20 ? 2 : 1;
      } else if (last == 2 && v < 10 && v > 0) {
        cur += v;
        last = 1;
      } else if (last == 3 || last == 4 || last == 5) {
        if (last == 3 && std::fmod(cur, 100) != 0) break;
        cur += v;
        last = v >= 20 ? 2 : 1;
      } else {
        break;
      }
      any = true;
      a.words = true;
      ++j;
      continue;
    }
    if ((r & numlex::kScale) && c.text(j).size() > 2 && any && last != 5) {
      // spelled scale words only (a lone "m"/"k" after a space is a unit, not a scale)
      if (e->scale == 100) {
        if (last == 3) break;
        cur = (cur == 0 ? 1 : cur) * 100;
        last = 3;
      } else if (last == 4 && cur == 0) {
        if (e->scale <= last_scale) break;
        total *= e->scale;  // "three lakh crore", "a thousand million"
        last_scale = e->scale;
      } else {
        if (last_scale != 0 && e->scale >= last_scale) break;
        total += (cur == 0 ? 1 : cur) * e->scale;
        cur = 0;
        last = 4;
        last_scale = e->scale;
      }
      a.scaled = true;
      a.words = true;
      ++j;
      continue;
    }
    if ((r & numlex::kScale) && !any && c.is(j, "hundred")) {
      cur = 100;
      any = a.words = a.scaled = true;
      last = 3;
      ++j;
      continue;
    }
    if ((r & numlex::kDozen) && any && last != 5) {
      cur = (cur == 0 ? 1 : cur) * 12;
      a.words = true;
      ++j;
      break;  // a dozen is a complete amount
    }
    if (c.is(j, "dozens") && any && last == 1) {
      cur *= 12;
      a.words = true;
      ++j;
      break;
    }
    if ((r & numlex::kOrdinal) && !(r & numlex::kCardinal) && any && a.words && e->value >= 100 && !e->plural &&
        last >= 1 && last <= 4) {
      // "two hundredth", "a hundred trillionth"
      cur = (total + (cur == 0 ? 1 : cur)) * e->value;
      total = 0;
      a.ordinal = true;
      ++j;
      break;
    }
    if ((r & numlex::kOrdinal) && !(r & numlex::kCardinal)) {
      // thirty-second, two hundred forty third
      if (any && a.words && (last == 2 || last == 3 || last == 4 || last == 5) && e->value < 100) {
        if (last == 2 && e->value >= 10) break;
        // "$280 million first preferred", "a million first-time voters": an ordinal after a scale word
        // joins only a number spelled in words that it closes
        if ((last == 4 || last == 5) && (c.is_number(i) || c.is_word(j + 1) || c.is_dash(j + 1))) break;
        cur += e->value;
        a.ordinal = true;
        ++j;
        break;
      }
      if (!any) {
        cur = e->value;
        a.ordinal = true;
        a.words = true;
        any = true;
        ++j;
        break;
      }
      // "one eighth": a fraction
      if (any && (r & numlex::kFraction) && last == 1 && cur == 1 && a.words) {
        cur = cur / e->value;
        a.fraction = true;
        ++j;
        break;
      }
      break;
    }
    if ((r & numlex::kFraction) && any && e->plural && (last == 1 || last == 2 || (e->value >= 100 && last <= 4))) {
      cur += total;
      total = 0;
      cur = cur / e->value;  // two thirds, three quarters
      a.fraction = true;
      ++j;
      // "two thirds of a million"
      if (c.is(j, "of") && (c.is(j + 1, "a") || c.is(j + 1, "an")) && c.has_role(j + 2, numlex::kScale) &&
          c.text(j + 2).size() > 2) {
        cur *= c.lex(j + 2)->scale;
        a.scaled = true;
        j += 3;
      }
      break;
    }
    if ((r & numlex::kFraction) && any && last == 1 && cur == 1 && !e->plural && !(r & numlex::kOrdinal)) {
      cur = 1.0 / e->value;  // one half, one quarter
      a.fraction = true;
      ++j;
      break;
    }
    break;
  }
  if (!any) return a;
  // A worded numerator followed by a (compound) denominator: "one thirty-second", "five forty firsts",
  // "sixty - two hundred sevenths". A singular ordinal must end the phrase ("five first-time" is no fraction).
  if (a.words && !a.ordinal && !a.fraction) {
    uint32_t k = j;
    while (k < j + 8 && (c.has_role(k, numlex::kCardinal) || (c.has_role(k, numlex::kScale) && c.text(k).size() > 2) ||
                         c.is_dash(k) || c.is(k, "and")))
      ++k;
    const Entry* d = c.lex(k);
    if (d && (d->roles & (numlex::kOrdinal | numlex::kFraction)) && !(d->roles & numlex::kCardinal) &&
        !c.is(j, "and") && !c.is(k - 1, "and")) {
      const bool plural = d->plural;
      const bool closes = !c.is_word(k + 1) && !c.is_dash(k + 1) && !c.is_number(k + 1);
      if ((plural && (k > j || d->value >= 3)) || (k > j && closes)) {
        Amount den = parse_unsigned(c, j < k ? j : k);
        const double dv = den.ok && den.value != 0 ? den.value : (d->value != 0 ? d->value : 1);
        cur = (total + cur) / dv;
        total = 0;
        a.fraction = true;
        j = k + 1;
      }
    }
  }
  // An article alone ("a") is not an amount.
  if (a.lone_a && j <= i + 1) return Amount{};
  // A trailing "and" or dash was not consumed: back off.
  while (j > i + 1 && (c.is(j - 1, "and") || c.is_dash(j - 1))) --j;
  a.ok = true;
  a.end = j;
  a.value = clamp_finite(total + cur);
  if (a.end == a.begin + 1 && a.words && c.is(i, "one")) a.lone_one = true;
  if (a.end != a.begin + 1 || !c.is_number(i)) {
    a.digits = 0;
    a.integer = -1;
  }
  return a;
}

}  // namespace

}  // namespace lede
