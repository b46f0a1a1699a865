// number_amount.cpp — digits and English number words to a value (see number_amount.h).
#include "core/number_amount.h"

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

// Words after which "a"/"an" starts an amount: "a dozen", "a hundred", "a million", "a half".
bool a_starts_amount(const numctx::Ctx& c, uint32_t i) {
  const Entry* e = c.lex(i + 1);
  if (!e) return false;
  if (e->roles & (numlex::kScale | numlex::kDozen)) return c.is_word(i + 1) && c.text(i + 1).size() > 2;
  return false;
}

}  // namespace

Amount parse_amount(const numctx::Ctx& c, uint32_t i) {
  Amount a;
  a.begin = i;
  if (!c.valid(i)) return a;
  double total = 0, cur = 0;
  uint32_t j = i;
  bool any = false;
  // last: 0 none, 1 unit word (1-19 or digits), 2 tens word, 3 hundred, 4 big scale, 5 "and"
  int last = 0;

  // ---- a leading digits token
  if (c.is_number(i)) {
    double v;
    bool dec, grp;
    if (!digits_value(c.text(i), v, dec, grp)) return a;
    a.decimal = dec;
    a.grouped = grp;
    cur = v;
    any = true;
    last = 1;
    j = i + 1;
    const std::string_view t = c.text(i);
    if (!dec && !grp) {
      a.digits = uint32_t(t.size());
      if (t.size() <= 15) a.integer = int64_t(v);
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
        return a;
      }
    }
    // attached scale suffix: 11bn, 3m, 10k
    const Entry* e = c.lex(j);
    if (e && (e->roles & numlex::kScale) && c.attached(j)) {
      cur *= e->scale;
      a.scaled = true;
      a.ok = true;
      a.value = cur;
      a.end = j + 1;
      a.digits = 0;
      a.integer = -1;
      // "3m" followed by more words stops here
      return a;
    }
  }

  // ---- words (possibly after digits: "2.1 million", "3 hundred and 21")
  if (!any) {
    const Entry* e = c.lex(i);
    if (!e) return a;
    if (c.is(i, "a") || c.is(i, "an")) {
      // handled below by the loop (a hundred, a dozen, a half); otherwise not an amount
    }
    if (e->roles & numlex::kVague) {
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
  }
  bool a_article = false;
  if (!any && (c.is(i, "a") || c.is(i, "an"))) {
    if (c.has_role(i + 1, numlex::kFraction) && !c.has_role(i + 1, numlex::kOrdinal) &&
        !c.lex(i + 1)->plural) {
      // a half, a quarter
      a.ok = a.fraction = a.words = a.lone_a = true;
      a.value = 1.0 / c.lex(i + 1)->value;
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
    if (!a_starts_amount(c, i)) return a;
    a_article = true;
    a.lone_a = true;
    cur = 1;
    any = true;
    last = 1;
    j = i + 1;
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

  bool frac_done = false;
  while (c.valid(j)) {
    const Entry* e = c.lex(j);
    // hyphen between number words: twenty-one, one-eighth, fifty - two
    if (c.is_dash(j) && any && a.words && (last == 2 || last == 1) && c.lex(j + 1) &&
        (c.lex(j + 1)->roles & (numlex::kCardinal | numlex::kOrdinal | numlex::kFraction))) {
      const Entry* n = c.lex(j + 1);
      const bool tight = c.attached(j) && c.attached(j + 1);
      if ((last == 2 && (n->roles & numlex::kCardinal) && n->value < 10 && n->value > 0) ||
          (last == 2 && (n->roles & numlex::kOrdinal) && n->value < 10) ||
          (tight && (n->roles & numlex::kFraction))) {
        j += 1;
        continue;
      }
      break;
    }
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
        if (last == 3 && fmod(cur, 100) != 0) break;
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
      } else {
        if (last == 4) break;
        total += (cur == 0 ? 1 : cur) * e->scale;
        cur = 0;
        last = 4;
      }
      a.scaled = true;
      a.words = true;
      ++j;
      continue;
    }
    if ((r & numlex::kScale) && !any && c.text(j).size() > 2 && c.is(j, "hundred")) {
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
      // a dozen is a complete amount
      break;
    }
    if (c.is(j, "and") && any && (last == 3 || last == 4)) {
      const Entry* n = c.lex(j + 1);
      if (n && (n->roles & numlex::kCardinal)) {
        last = 5;
        ++j;
        continue;
      }
      if (c.is_number(j + 1) && last == 3) {  // "3 hundred and 21"
        double v;
        bool d1, g1;
        if (digits_value(c.text(j + 1), v, d1, g1) && v < 100) {
          cur += v;
          j += 2;
          last = 1;
          continue;
        }
      }
      // "one million and a half"
      if ((c.is(j + 1, "a") || c.is(j + 1, "one")) && c.has_role(j + 2, numlex::kFraction) &&
          !c.has_role(j + 2, numlex::kOrdinal) && !c.lex(j + 2)->plural) {
        const double unit = last == 4 ? (total > 0 ? total : 1) : 1;
        // the fraction applies to the last scale: "3 million and a half" = 3.5 million
        double scale = 1;
        const Entry* prev = c.lex(j - 1);
        if (prev && (prev->roles & numlex::kScale)) scale = prev->scale;
        (void)unit;
        cur += scale / c.lex(j + 2)->value;
        j += 3;
        frac_done = true;
        break;
      }
      break;
    }
    if (c.is(j, "and") && any && (last == 1 || last == 2) && a.words) {
      // one and a half, five and a quarter
      if ((c.is(j + 1, "a") || c.is(j + 1, "an")) && c.has_role(j + 2, numlex::kFraction) &&
          !c.lex(j + 2)->plural && (c.is(j + 2, "half") || c.is(j + 2, "quarter"))) {
        cur += 1.0 / c.lex(j + 2)->value;
        j += 3;
        frac_done = true;
        // five and a half million
        const Entry* s = c.lex(j);
        if (s && (s->roles & numlex::kScale) && s->scale >= 1e3 && c.text(j).size() > 2) {
          cur *= s->scale;
          a.scaled = true;
          ++j;
        }
        break;
      }
      break;
    }
    if ((r & numlex::kOrdinal) && !(r & numlex::kCardinal)) {
      // twenty-first, one hundred twenty fifth
      if (any && a.words && (last == 2 || last == 3 || last == 4 || last == 5) && e->value < 100) {
        if (last == 2 && e->value >= 10) break;
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
      // "one eighth", "three fifths": a fraction
      if (any && (r & numlex::kFraction) && last == 1 && cur > 0 && cur < 20) {
        cur = cur / e->value;
        a.fraction = true;
        ++j;
        break;
      }
      break;
    }
    if ((r & numlex::kFraction) && any && (last == 1 || last == 2) && e->plural) {
      cur = cur / e->value;  // two thirds, three quarters
      a.fraction = true;
      ++j;
      // two thirds of a million
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
  (void)frac_done;
  (void)a_article;
  if (!any) return a;
  // An article alone ("a") is not an amount.
  if (a.lone_a && j <= i + 1) return Amount{};
  // A trailing "and" was not consumed: back off.
  while (j > i && (c.is(j - 1, "and") || c.is_dash(j - 1))) --j;
  a.ok = true;
  a.end = j;
  a.value = total + cur;
  if (a.end == a.begin + 1 && a.words && c.is(i, "one")) a.lone_one = true;
  if (a.end != a.begin + 1 || !c.is_number(i)) {
    a.digits = 0;
    a.integer = -1;
  }
  return a;
}

}  // namespace lede
