// numbers.cpp — find_numbers: walks the tokens once and, at each position, tries (in order) a hedge,
// money, a date or time, a vague duration, then an amount with what follows it (a range, %, a currency,
// a time unit, a measurement unit). Amounts are read by number_amount, dates by number_time.
#include "core/numbers/numbers.h"

#include <algorithm>
#include <cstdlib>

#include "core/lexicon/gazetteer.h"
#include "core/numbers/detail/number_amount.h"
#include "core/numbers/detail/number_context.h"
#include "core/numbers/detail/number_time.h"
#include "core/text/tokenizer.h"

namespace lede {

using numctx::Ctx;
using numlex::Entry;

namespace {

// ---- hedges -------------------------------------------------------------------------------------
struct HedgeRow {
  std::string_view words[4];  // string_view: lengths known at compile time, no strlen in the hot loop
  bool inside;  // comparative bounds belong to the expression ("more than 30"); approximations do not
};

const HedgeRow kHedges[] = {
    {{"no", "more", "than", {}}, true},   {{"no", "less", "than", {}}, true},
    {{"no", "fewer", "than", {}}, true},  {{"more", "than", {}, {}}, true},
    {{"less", "than", {}, {}}, true}, {{"fewer", "than", {}, {}}, true},
    {{"at", "least", {}, {}}, true}, {{"at", "most", {}, {}}, true},
    {{"up", "to", {}, {}}, true},    {{"just", "over", {}, {}}, true},
    {{"just", "under", {}, {}}, true}, {{"well", "over", {}, {}}, true},
    {{"over", {}, {}, {}}, true}, {{"under", {}, {}, {}}, true},
    {{"above", {}, {}, {}}, true}, {{"below", {}, {}, {}}, true},
    {{"greater", "than", {}, {}}, true}, {{"higher", "than", {}, {}}, true},
    {{"lower", "than", {}, {}}, true}, {{"larger", "than", {}, {}}, true},
    {{"smaller", "than", {}, {}}, true}, {{"bigger", "than", {}, {}}, true},
    {{"exceeding", {}, {}, {}}, true}, {{"exceeds", {}, {}, {}}, true},
    {{"exceed", {}, {}, {}}, true}, {{"exceeded", {}, {}, {}}, true},
    {{"surpass", {}, {}, {}}, true}, {{"surpassing", {}, {}, {}}, true},
    {{"less", "than", "or", "equal"}, true}, {{"more", "than", "or", "equal"}, true},
    {{"greater", "than", "or", "equal"}, true}, {{"equal", "to", "or", "less"}, true},
    {{"equal", "to", "or", "more"}, true}, {{"equal", "to", "or", "greater"}, true},
    {{"at", "least", "or", "equal"}, true}, {{"at", "most", "or", "equal"}, true},
    {{"smaller", "or", "equal", "than"}, true}, {{"bigger", "or", "equal", "than"}, true},
    {{"higher", "or", "equal", "than"}, true}, {{"lower", "or", "equal", "than"}, true},
    {{"larger", "or", "equal", "than"}, true}, {{"less", "or", "equal", "than"}, true},
    {{"equal", "to", {}, {}}, true}, {{"equals", "to", {}, {}}, true},
    {{"equals", {}, {}, {}}, true}, {{"equaling", "to", {}, {}}, true},
    {{">", {}, {}, {}}, true}, {{"<", {}, {}, {}}, true},
    {{">", "=", {}, {}}, true}, {{"<", "=", {}, {}}, true}, {{"in", "excess", "of", {}}, true},
    {{"upwards", "of", {}, {}}, true}, {{"as", "many", "as", {}}, true},
    {{"as", "much", "as", {}}, true},     {{"as", "few", "as", {}}, true},
    {{"as", "little", "as", {}}, true},   {{"nearly", {}, {}, {}}, false},
    {{"almost", {}, {}, {}}, false}, {{"about", {}, {}, {}}, false},
    {{"around", {}, {}, {}}, false}, {{"roughly", {}, {}, {}}, false},
    {{"approximately", {}, {}, {}}, false}, {{"some", {}, {}, {}}, false},
    {{"an", "estimated", {}, {}}, false}, {{"estimated", {}, {}, {}}, false},
    {{"close", "to", {}, {}}, false}, {{"almost", {}, {}, {}}, false},
    {{"circa", {}, {}, {}}, false}, {{"nearly", {}, {}, {}}, false},
};

// Token text with ASCII capitals folded, in buf (cap bytes); false when the text does not fit. Lets a
// matcher fold a token once and compare it with many lower-case words.
bool fold_into(std::string_view t, char* buf, size_t cap, std::string_view& out) {
  if (t.size() > cap) return false;
  for (size_t k = 0; k < t.size(); ++k) buf[k] = (t[k] >= 'A' && t[k] <= 'Z') ? char(t[k] + 32) : t[k];
  out = std::string_view(buf, t.size());
  return true;
}

struct Hedge {
  uint32_t len = 0;
  bool inside = false;
  std::string text;
};

Hedge match_hedge(const Ctx& c, uint32_t i) {
  Hedge best;
  if (!c.has_role(i, numlex::kStarter) && !c.is_char(i, '>') && !c.is_char(i, '<')) return best;
  // Fold token i once; the first word of each of the ~60 rows is then a plain comparison.
  char buf[16];  // longer than any hedge word ("approximately")
  std::string_view first;
  if (!fold_into(c.text(i), buf, sizeof buf, first)) return best;
  for (const HedgeRow& h : kHedges) {
    uint32_t n = 0;
    if (h.words[0] != first) continue;
    n = 1;
    while (n < 4 && !h.words[n].empty() && c.is(i + n, h.words[n])) ++n;
    if (n < 4 && !h.words[n].empty()) continue;
    if (n > best.len) {
      best.len = n;
      best.inside = h.inside;
    }
  }
  // "less than or equal" takes its "to"
  if (best.len == 4 && ((c.is(i + 3, "equal") && c.is(i + 4, "to")) || c.is(i + 4, "than"))) best.len = 5;
  if (best.len) {
    for (uint32_t k = 0; k < best.len; ++k) {
      if (k) best.text += ' ';
      for (char ch : c.text(i + k)) best.text += (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
    }
  }
  return best;
}

// ---- currency symbols -----------------------------------------------------------------------------
const char* symbol_currency(std::string_view t) {
  if (t == "$") return "USD";
  if (t == "\xC2\xA3") return "GBP";        // £
  if (t == "\xE2\x82\xAC") return "EUR";    // €
  if (t == "\xC2\xA5") return "JPY";        // ¥
  if (t == "\xE2\x82\xB9") return "INR";    // ₹
  if (t == "\xE2\x82\xAA") return "ILS";    // ₪
  if (t == "\xE2\x82\xBD") return "RUB";    // ₽
  return nullptr;
}

const char* dollar_prefix(std::string_view t) {
  if (t == "US") return "USD";
  if (t == "AU" || t == "A") return "AUD";
  if (t == "C" || t == "CA" || t == "CAN") return "CAD";
  if (t == "NZ") return "NZD";
  if (t == "HK") return "HKD";
  if (t == "S") return "SGD";
  return nullptr;
}

// A mention while it is recognised: matchers build its strings piece by piece, so they are std::strings
// here; commit() stores them in the document's string table once the mention is kept.
struct Draft {
  ByteSpan span;
  NumberType type = NumberType::Cardinal;
  double value = 0;
  bool has_value = false;
  double value_max = 0;
  bool is_range = false;
  std::string normalized, unit, hedge, counted;
  ByteSpan counted_span;
};

NumberMention commit(Document& doc, const Draft& d) {
  NumberMention m;
  m.span = d.span;
  m.type = d.type;
  m.has_value = d.has_value;
  m.is_range = d.is_range;
  m.value = d.value;
  m.normalized = doc.strings.intern(d.normalized);
  m.unit = doc.strings.intern(d.unit);
  if (d.value_max != 0 || !d.hedge.empty() || !d.counted.empty() || d.counted_span.begin != 0 ||
      d.counted_span.end != 0) {
    NumberDetail& x = doc.edit_detail(m);
    x.value_max = d.value_max;
    x.hedge = doc.strings.intern(d.hedge);
    x.counted = doc.strings.intern(d.counted);
    x.counted_span = d.counted_span;
  }
  return m;
}

struct Found {
  uint32_t begin = 0, end = 0;  // tokens
  Draft m;
  bool plain = false;           // a bare cardinal/ordinal (precision filters apply)
  Amount amount;
};

// f becomes the amount a as a mention of the given type over tokens [begin, a.end).
void take_amount(Found& f, uint32_t begin, const Amount& a, NumberType type) {
  f.begin = begin;
  f.end = a.end;
  f.amount = a;
  f.m.type = type;
  f.m.value = a.value;
  f.m.has_value = true;
}

// Percent sign or word after token k: sets end.
bool percent_after(const Ctx& c, uint32_t k, uint32_t& end) {
  if (c.is_char(k, '%')) {
    end = k + 1;
    return true;
  }
  if (c.is(k, "per") && c.is(k + 1, "cent")) {
    end = k + 2;
    return true;
  }
  if (c.has_role(k, numlex::kPercent) && !c.attached(k)) {
    end = k + 1;
    if (c.is(k, "percentage") && (c.is(k + 1, "points") || c.is(k + 1, "point"))) end = k + 2;
    return true;
  }
  return false;
}

// Currency word(s) after an amount: "dollars", "US dollars", "cents", "USD". Sets end and code.
bool currency_after(const Ctx& c, uint32_t k, uint32_t& end, const char*& code, double& mult, bool scaled = false) {
  uint32_t j = k;
  // "12-cent", "one-yen"
  if (c.is_dash(j) && c.attached(j) && c.attached(j + 1) && c.has_role(j + 1, numlex::kCurrency)) ++j;
  // "US dollars", "Swiss francs", "Hong Kong dollars": one qualifying word before the currency
  if (c.is_word(j) && !c.lex(j) && c.has_role(j + 1, numlex::kCurrency) && c.text(j).size() <= 12 &&
      !c.attached(j + 1))
    ++j;
  else if (c.is(j, "hong") && c.is(j + 1, "kong") && c.has_role(j + 2, numlex::kCurrency))
    j += 2;
  const Entry* e = c.lex(j);
  if (!e || !(e->roles & numlex::kCurrency)) return false;
  // three-letter codes only in capitals: "usd" in running text is unlikely, "EUR" is a code
  if (c.text(j).size() == 3 && !c.flag(j, kAllCaps) && !c.is(j, "yen")) return false;
  if (c.is(j, "pound") || c.is(j, "pounds")) {
    // "pounds" after a number is weight as often as money: money with "sterling" or after a
    // scale word ("361 million pounds")
    if (c.is(j + 1, "sterling")) ++j;
    else if (!scaled) return false;
  }
  code = e->code;
  mult = e->value != 0 ? e->value : 1;
  end = j + 1;
  return true;
}

// Measurement unit after an amount: "5 km", "2GB", "3.5-inch", "500 square kilometres".
bool unit_after(const Ctx& c, uint32_t k, uint32_t& end, std::string& unit) {
  uint32_t j = k;
  if (c.is_dash(j) && c.attached(j) && c.attached(j + 1)) ++j;
  std::string prefix;
  if ((c.is(j, "square") || c.is(j, "sq") || c.is(j, "cubic") || c.is(j, "metric")) &&
      c.has_role(j + 1, numlex::kUnit)) {
    prefix = c.is(j, "cubic") ? "cu " : c.is(j, "metric") ? "" : "sq ";
    ++j;
  }
  if (c.text(j) == "\xC2\xB0") {  // °C, °F, a bare degree sign
    end = j + 1;
    unit = "deg";
    if ((c.is(j + 1, "c") || c.is(j + 1, "f")) && c.attached(j + 1)) {
      unit = std::string(c.text(j + 1));
      end = j + 2;
    }
    return true;
  }
  const Entry* e = c.lex(j);
  if (!e || !(e->roles & numlex::kUnit)) return false;
  unit = prefix + e->code;
  end = j + 1;
  if ((c.is(j, "degrees") || c.is(j, "degree")) && (c.is(end, "celsius") || c.is(end, "fahrenheit") || c.is(end, "c") || c.is(end, "f"))) {
    unit = c.is(end, "celsius") || c.is(end, "c") ? "C" : "F";
    ++end;
  }
  return true;
}

// "USD 5000000", written into out in place (no temporaries: a text of figures makes one per mention).
void money_normalized(std::string& out, const char* code, double v) {
  out.clear();  // keeps its buffer: "USD 1" fits in the string itself
  out.append(code).push_back(' ');
  append_number(out, v);
}

// Money with the currency first: $11 billion, US$299, £3m, €5bn, USD 5 million.
bool money_prefix(const Ctx& c, uint32_t s, Found& f) {
  uint32_t j = s;
  const char* code = nullptr;
  if (c.kind(j) == TokenKind::Symbol) {
    code = symbol_currency(c.text(j));
    if (!code) return false;
    ++j;
  } else if (c.is_word(j) && c.is_char(j + 1, '$') && c.attached(j + 1)) {
    code = dollar_prefix(c.text(j));
    if (!code) return false;
    j += 2;
  } else if (c.is_word(j) && c.flag(j, kAllCaps) && c.has_role(j, numlex::kCurrency) && c.is_number(j + 1)) {
    code = c.lex(j)->code;
    ++j;
  } else if ((c.is(j, "us") || c.is(j, "u.s.")) && c.is_char(j + 1, '$') && !c.attached(j + 1)) {
    code = "USD";  // "us $ 150 million"
    j += 2;
  } else if (c.is_word(j) && c.flag(j, kAllCaps) && c.text(j).size() >= 2 && c.is_char(j + 1, '$') &&
             (code = dollar_prefix(c.text(j)))) {
    j += 2;  // "NZ $ 26 million", spaced as some wires write it (one letter, "A $5 fee", is an article)
  } else {
    return false;
  }
  if (!c.is_number(j)) return false;
  Amount a = parse_amount(c, j);
  if (!a.ok || a.ordinal) return false;
  take_amount(f, s, a, NumberType::Money);
  f.m.unit = code;
  // $5-$10, $5 to $10 million
  uint32_t k = a.end;
  if ((c.is_dash(k) || c.is(k, "to")) && (c.text(k + 1) == c.text(s) || c.is_number(k + 1))) {
    uint32_t b = c.is_number(k + 1) ? k + 1 : k + 2;
    if (c.is_number(b)) {
      Amount a2 = parse_amount(c, b);
      if (a2.ok && !a2.ordinal) {
        if (a2.scaled && !a.scaled) {
          // "$5 to $10 million": the scale applies to both ends
          double v2;
          bool d1, g1;
          if (digits_value(c.text(b), v2, d1, g1) && v2 != 0) f.m.value = a.value * (a2.value / v2);
        }
        f.m.is_range = true;
        f.m.value_max = a2.value;
        f.end = a2.end;
      }
    }
  }
  // trailing currency words: "$249 USD", "$9.99 US dollars"
  uint32_t ce = 0;
  const char* code2 = nullptr;
  double mult = 1;
  if (currency_after(c, f.end, ce, code2, mult) && mult == 1) f.end = ce;
  money_normalized(f.m.normalized, code, f.m.value);
  return true;
}

bool is_stop_word(const Ctx& c, uint32_t i) {
  static constexpr std::string_view kStop[] = {
      "of", "and", "or", "in", "on", "at", "to", "from", "for", "with", "by", "were", "was", "are", "is", "be",
      "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "who", "which", "that",
      "the", "a", "an", "said", "says", "say", "than", "as", "per", "each", "this", "these", "those", "its",
      "their", "his", "her", "our", "it", "they", "he", "she", "we", "i", "you", "not", "also", "more", "less",
      "after", "before", "during", "since", "until", "while", "when", "where", "if", "but", "so", "into",
      "over", "under", "about", "out", "up", "down", "off", "there", "here", "all", "both", "only", "just",
      "already", "still", "ago", "later", "earlier", "times", "percent",
      // a particle or an adverb after a count counts nothing: "pulled one back", "three apiece", "two away"
      "back", "apiece", "away", "again", "ahead", "behind", "around"};
  // Fold the token once instead of re-reading and re-folding it for each of the ~100 words.
  char buf[7];  // the longest: "already", "earlier", "percent"
  std::string_view lower;
  if (!fold_into(c.text(i), buf, sizeof buf, lower)) return false;
  for (std::string_view w : kStop)
    if (w == lower) return true;
  return false;
}

// Adjective-like words that may precede the counted noun: "Palestinian prisoners", "live hostages".
bool modifier_like(const Ctx& c, uint32_t i) {
  const std::string_view w = c.text(i);
  if (w.size() < 3) return false;
  if (c.capitalised(i)) {
    const auto ends = [&](const char* s) {
      const size_t n = std::char_traits<char>::length(s);
      return w.size() > n && w.substr(w.size() - n) == s;
    };
    return ends("ian") || ends("an") || ends("i") || ends("ese") || ends("ish") || ends("ic");
  }
  static constexpr std::string_view kAdj[] = {"live", "dead", "new", "other", "additional", "young", "old", "senior",
                                     "former", "foreign", "civilian", "innocent", "displaced", "wounded",
                                     "armed", "local", "international", "small", "large", "major", "key",
                                     "elderly", "injured", "missing", "remaining", "total", "separate",
                                     // size and rank: "all three big economies", "the two largest parties"
                                     "big", "bigger", "biggest", "largest", "smaller", "smallest", "main", "leading",
                                     "top"};
  for (std::string_view a : kAdj)
    if (c.is(i, a)) return true;
  return false;
}

// "two Canadair planes", "40 UN peacekeepers", "300 Red Cross volunteers", "5,000 Ukrainian-made drones": names
// (and a hyphen's compound on them) before a plural noun in lower case modify it, the noun counts. From token k:
// that noun, after at most three such words in the number's sentence, or UINT32_MAX ("12 Palestinians were": no
// noun, the name counts; "… 5. The Lender grants": a new sentence).
uint32_t noun_after_names(const Ctx& c, uint32_t k) {
  auto joined = [&](uint32_t i) { return c.flag(i, kSentenceStart) || c.flag(i, kNewlineBefore); };
  // (not after a number that opens its line, a clause's: "5.1 The Lender grants", "4 Borrower agrees")
  uint32_t b = k;
  while (b > 0 && k - b < 4 && c.kind(b - 1) != TokenKind::Word && !c.flag(b, kNewlineBefore)) --b;
  if (b == 0 || c.flag(b, kNewlineBefore)) return UINT32_MAX;
  uint32_t j = k;
  for (int n = 0; n < 3 && c.is_word(j) && c.capitalised(j) && !c.flag(j, kPossessive) && !joined(j) &&
                  c.text(j).size() >= 2 && !is_stop_word(c, j);
       ++n) {
    ++j;
    if (c.is(j, "-") && !c.flag(j, kSpaceBefore) && c.is_word(j + 1) && !c.flag(j + 1, kSpaceBefore)) j += 2;
  }
  if (j == k || !c.is_word(j) || c.capitalised(j) || !c.flag(j, kSpaceBefore) || joined(j) || is_stop_word(c, j))
    return UINT32_MAX;
  // (a plural's -s, not -ss, -us or -is: a verb or a word of another kind takes no count, "Greeks worship")
  const std::string_view w = c.text(j);
  const bool plural = w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
                      w[w.size() - 2] != 'i' && w.substr(0, 4) != "http";
  // (a verb's -s takes its object: "Leonardo beats the", "Lender agrees to")
  static constexpr std::string_view kObjectOpeners[] = {"the", "a", "an", "to", "that", "his", "her", "its", "their"};
  for (const std::string_view o : kObjectOpeners)
    if (c.is(j + 1, o)) return UINT32_MAX;
  return plural ? j : UINT32_MAX;
}

// The noun a count counts: "47,460 Palestinians", "2,000 Palestinian prisoners", "thousands of people".
void find_counted(const Ctx& c, uint32_t k, Draft& m, bool vague) {
  if (vague && c.is(k, "of")) ++k;
  uint32_t j = k;
  uint32_t head = noun_after_names(c, k);  // (else the first noun, over modifiers: the walk below)
  for (int n = 0; head == UINT32_MAX && n < 4 && c.is_word(j) && !c.flag(j, kPossessive); ++n, ++j) {
    if (is_stop_word(c, j) || c.flag(j, kNewlineBefore) || c.flag(j, kSentenceStart)) break;
    if (c.has_role(j, numlex::kMonth | numlex::kWeekday) && c.capitalised(j)) break;
    const std::string_view w = c.text(j);
    if (w.size() > 2 && w.substr(w.size() - 2) == "ly") break;
    if (modifier_like(c, j) && c.is_word(j + 1) && !is_stop_word(c, j + 1)) continue;
    head = j;
    break;
  }
  if (head == UINT32_MAX) return;
  const std::string_view hw = c.text(head);
  // a verb is not a counted noun: "20 believed", "200 were"
  if (hw.size() > 3 && hw.substr(hw.size() - 2) == "ed" && !c.capitalised(head)) return;
  // nor is a name in the singular: a score's team, "Arsenal 2 Coventry 0" ("12 Palestinians", "40 MPs", "154 Dutch"
  // count)
  if (c.capitalised(head) && !c.flag(head, kAllCaps) && hw.back() != 's' && !gazetteer::demonym(hw)) return;
  m.counted_span = {c.doc.tokens[k].span.begin, c.doc.tokens[head].span.end};
  m.counted = std::string(c.doc.slice(m.counted_span));
}

// Is the bare number at [b, e) a real count? Filters names and labels: "iPhone 4", "Chapter 11",
// "No. 1", "COVID-19", "3G", "one of the", "the first".
bool plain_number_ok(const Ctx& c, const Amount& a, bool range = false) {
  const uint32_t b = a.begin, e = a.end;
  if (c.is_number(b)) {
    // letters glued to the digits that are no known unit or suffix: 3G, 4K, 3GS
    if (c.is_word(e) && c.attached(e)) return false;
    if (b > 0) {
      const uint32_t p = b - 1;
      // COVID-19, F-16, and the middle of dash chains (+1-222-2222)
      if (c.is_dash(p) && c.attached(b) && (c.is_word(p - 1) || c.is_number(p - 1)) && c.attached(p)) return false;
      if (c.is_char(p, '+') && c.attached(b) && c.is_dash(e) && c.attached(e)) return false;  // phone numbers
      if (c.is_char(p, '#') || c.is_char(p, '@') || c.is_quote_apostrophe(p) || c.is_char(p, '/') ||
          (c.is_char(p, '.') && c.attached(b)))
        return false;
      if (c.is(p, "no") || c.is(p, "nos") || c.is(p, "number") || c.is(p, "version") || c.is(p, "v") ||
          c.is(p, "chapter") || c.is(p, "article") || c.is(p, "section") || c.is(p, "page") ||
          c.is(p, "room") || c.is(p, "flight") || c.is(p, "route") || c.is(p, "level") || c.is(p, "phase") ||
          c.is(p, "resolution") || c.is(p, "rule") || c.is(p, "step"))
        return false;
      if (c.is_char(p, '.') && c.is(p - 1, "no")) return false;
      // a capitalised word right before a bare number names a thing: iPhone 4, iOS 5, Windows 7
      if (c.is_word(p) && (c.capitalised(p) || c.text(p).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) &&
          !c.flag(p, kSentenceStart) && !c.has_role(p, numlex::kMonth | numlex::kWeekday) &&
          !c.flag(p, kPossessive))
        return false;
    }
    if (!range && c.is_dash(e) && c.attached(e) && c.is_number(e + 1) && c.attached(e + 1)) return false;  // ids
    return true;
  }
  // words
  if (a.ordinal) {
    if (a.end - a.begin > 1) return true;  // twenty-first
    if (c.capitalised(b) && !c.flag(b, kSentenceStart)) return false;
    // "the second phase", "first meeting", "the first 30-day window": ordinals used as adjectives are
    // not counted numbers; only a free-standing ordinal ("she finished third.") is
    return !c.valid(e) || ((c.kind(e) == TokenKind::Punct && !c.is_dash(e)) || c.kind(e) == TokenKind::QuoteClose);
  }
  if (c.capitalised(b) && !c.flag(b, kSentenceStart) && !c.flag(b, kAllCaps) && b > 0 &&
      c.kind(b - 1) == TokenKind::Word)
    return false;  // the Big Three, Formula One
  if (a.lone_one) {
    if (c.is(e, "of") || c.is(e, "another") || c.is(e, "who") || c.is(e, "that") || c.is(e, "which") ||
        c.is(e, "day") || c.is_dash(e) || c.flag(e, kPossessive) || c.is(e, "or"))
      return false;
    if (b > 0) {
      static constexpr std::string_view kBefore[] = {"no", "the", "this", "that", "which", "any", "every", "each", "some",
                                            "another", "such", "one", "a", "last", "next", "only", "everyone",
                                            "anyone", "someone", "little", "big", "good", "bad", "new", "old"};
      for (std::string_view w : kBefore)
        if (c.is(b - 1, w)) {
          // "only one issue" counts; "the only one" does not
          if (std::string_view(w) == "only" && c.is_word(e) && !is_stop_word(c, e)) return true;
          return false;
        }
    }
    // "one" at the end of a clause is a pronoun ("the right one")
    if (!c.valid(e) || c.kind(e) == TokenKind::Punct) return b == 0 || c.is(b - 1, "to") || c.is(b - 1, "from");
  }
  return true;
}

// After an amount: range, percent, currency, time unit, unit.
bool amount_at(const Ctx& c, uint32_t s, Found& f, bool hedged) {
  Amount a = parse_amount(c, s);
  if (!a.ok) return false;
  // "two-thirds" etc. fine; "a" alone refused by parse_amount
  TimeMatch tm;
  // ranges: 20-30, 20 to 30, 20 through 30, between 20 and 30 (the "between" is matched by the caller)
  Amount a2;
  bool range = false;
  {
    uint32_t k = a.end;
    const bool dash = c.is_dash(k) || c.text(k) == "~";
    if ((dash || c.is(k, "to") || c.is(k, "through")) && !a.ordinal) {
      // "one to one" meetings are not ranges; digits need digits, words need words
      Amount b = parse_amount(c, k + 1);
      if (b.ok && !b.ordinal && b.words == a.words && !(a.lone_one && b.lone_one) &&
          (!dash || c.is_number(a.begin)) &&
          (b.value >= a.value || (dash && c.attached(k) && a.integer >= 0 && b.integer >= 0 && a.digits <= 3 &&
                                  b.digits <= 3))) {  // scores and votes: 52-35
        // a dash joins digits only when both sides are plain or spaced evenly
        const bool tight = c.attached(k) && c.attached(k + 1);
        const bool spaced = !c.attached(k) && !c.attached(k + 1);
        if (!dash || tight || spaced) {
          a2 = b;
          range = true;
        }
      }
    }
  }
  Amount last = range ? a2 : a;
  f.begin = s;
  f.end = last.end;
  f.amount = a;
  Draft& m = f.m;
  m.value = a.value;
  m.has_value = !a.vague;
  if (range) {
    m.is_range = true;
    m.value_max = a2.value;
    // "20 to 25 million": the second end's scale applies to the first
    if (a2.scaled && !a.scaled && !a.words) {
      double v2;
      bool d1, g1;
      if (c.is_number(a2.begin) && digits_value(c.text(a2.begin), v2, d1, g1) && v2 != 0)
        m.value = a.value * (a2.value / v2);
    }
  }
  uint32_t end = 0;
  // percent
  if (percent_after(c, last.end, end) && !last.ordinal) {
    f.end = end;
    m.type = NumberType::Percent;
    m.unit = "%";
    m.normalized = format_number(m.value) + "%";
    return true;
  }
  // money after the amount: "100 million dollars", "26 cents"
  {
    const char* code = nullptr;
    double mult = 1;
    // "billions of dollars", "millions of pounds sterling"
    const uint32_t cur_at = (last.vague && c.is(last.end, "of")) ? last.end + 1 : last.end;
    if (!last.ordinal && currency_after(c, cur_at, end, code, mult, last.scaled || last.vague)) {
      f.end = end;
      m.type = NumberType::Money;
      m.value *= mult;
      if (range) m.value_max *= mult;
      m.unit = code;
      money_normalized(m.normalized, code, m.value);
      return true;
    }
  }
  // durations: "24 hours", "42-day", "two years ago"
  if (match_duration(c, last, tm)) {
    f.end = tm.end;
    m.type = tm.type;
    m.normalized = tm.normalized;
    m.unit = tm.unit;
    if (range) {
      m.normalized = tm.normalized;  // the upper bound's unit
    } else {
      m.value = tm.value;
    }
    return true;
  }
  // measurement units
  {
    std::string unit;
    if (!last.ordinal && unit_after(c, last.end, end, unit)) {
      f.end = end;
      m.type = NumberType::Quantity;
      m.unit = unit;
      m.normalized = format_number(m.value) + " " + unit;
      return true;
    }
  }
  // ages: "14-year-old", "55 years old"
  if (c.is_dash(last.end) && c.is(last.end + 1, "year") && c.is_dash(last.end + 2) && c.is(last.end + 3, "old")) {
    f.end = last.end + 4;
    m.type = NumberType::Quantity;
    m.unit = "year";
    m.normalized = format_number(m.value) + " year";
    return true;
  }
  // ("six months old" is an age in months; "first day of the test", "three days of talks" are no ages)
  const bool old = c.is(last.end + 1, "old"), of_age = c.is(last.end + 1, "of") && c.is(last.end + 2, "age");
  if (!last.ordinal && c.has_role(last.end, numlex::kTimeUnit) && (old || of_age)) {
    f.end = old ? last.end + 2 : last.end + 3;
    // (the unit by the lexicon's ISO designator: "yrs" a year, "decades" ten)
    const numlex::Entry* e = c.lex(last.end);
    const std::string_view code = e->code;
    m.type = NumberType::Quantity;
    m.unit = numlex::duration_unit_name(code, e->time_unit_is_t);
    if (code == "Y" && e->scale > 1) m.value *= e->scale;
    m.normalized = format_number(m.value) + " " + m.unit;
    return true;
  }
  // plain cardinal / ordinal
  m.type = a.ordinal ? NumberType::Ordinal : (a.vague ? NumberType::Quantity : NumberType::Cardinal);
  if (!range && !hedged && !plain_number_ok(c, a)) return false;
  if (range && c.is_number(a.begin) && !plain_number_ok(c, a, true)) return false;
  if (!range && hedged && a.lone_one && !plain_number_ok(c, a)) return false;
  f.plain = true;
  // open ranges: "50 or more", "five hundred and more", "200 or greater than"
  if (!a.ordinal && (c.is(f.end, "or") || c.is(f.end, "and"))) {
    const uint32_t k = f.end + 1;
    if (c.is(k, "more") || c.is(k, "less") || c.is(k, "fewer") || c.is(k, "greater") || c.is(k, "higher") ||
        c.is(k, "above") || c.is(k, "below") || c.is(k, "lower") || (c.is(k, "equal") && c.is(f.end, "or"))) {
      const uint32_t k1 = k + 1;
      const bool joiner = c.is(k1, "than") || c.is(k1, "to");
      const bool free_after = !c.is_word(k1) && !c.is_number(k1);
      const bool joiner_free = joiner && !c.is_word(k1 + 1) && !c.is_number(k1 + 1);
      const bool word_after = c.is_word(k1) && !joiner && !c.is(k1, "or") && !c.is(k1, "and") &&
                              !c.is(k1, "equal") && !parse_amount(c, k1).ok;
      if (free_after || joiner_free || word_after) {
        f.end = joiner_free ? k1 + 1 : k1;
        m.hedge = "or " + std::string(c.text(k));
      }
    }
  }
  m.normalized = a.ordinal ? format_ordinal(m.value) : format_number(m.value);
  if (range) m.normalized += "-" + format_number(m.value_max);
  return true;
}

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Numbers inside a web address or e-mail ("...?q=30%25") are not figures of the story. The answer for
// one whitespace-free chunk (scanned at most 300 bytes each way) is reused for every number in it, so a
// megabyte without spaces costs one scan per 300 bytes, not one per number.
struct UrlCache {
  uint32_t lo = 0, hi = 0;
  bool valid = false, url = false;
};

// is_space_cp of one byte (the chunk scan reads bytes, not code points): inline, it runs per byte.
bool space_byte(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x85;
}

bool inside_url(const Document& doc, uint32_t b, UrlCache& cache) {
  if (cache.valid && cache.lo <= b && b < cache.hi) return cache.url;
  const std::string_view t = doc.text;
  uint32_t lo = b, hi = b;
  const uint32_t floor = b >= 300 ? b - 300 : 0;  // lo stops here at the latest
  while (lo > floor && !space_byte(uint8_t(t[lo - 1]))) {
    --lo;
    // the previous chunk [cache.lo, cache.hi) holds no space: step over it instead of re-reading it
    if (cache.valid && lo > cache.lo && lo <= cache.hi) lo = std::max(cache.lo, floor);
  }
  while (hi < t.size() && hi - b < 300 && !space_byte(uint8_t(t[hi]))) ++hi;
  const std::string_view chunk = t.substr(lo, hi - lo);
  cache.lo = lo;
  cache.hi = hi;
  cache.valid = true;
  cache.url = chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
              chunk.find('@') != std::string_view::npos;
  return cache.url;
}

// "percent of 70", "per cent of thirty-one"
bool percent_of(const Ctx& c, uint32_t i, Found& f) {
  uint32_t k;
  if (c.is(i, "percent") || c.is(i, "percents")) k = i + 1;
  else if (c.is(i, "per") && c.is(i + 1, "cent")) k = i + 2;
  else return false;
  if (!c.is(k, "of")) return false;
  const Amount a = parse_amount(c, k + 1);
  if (!a.ok || a.ordinal || c.is_word(a.end)) return false;
  f.begin = i;
  f.end = a.end;
  f.m.type = NumberType::Percent;
  f.m.value = a.value;
  f.m.has_value = true;
  f.m.unit = "%";
  f.m.normalized = format_number(a.value) + "%";
  return true;
}

bool lower_bound_hedge(std::string_view h) {
  return starts(h, "more") || starts(h, "greater") || starts(h, "over") || starts(h, "above") ||
         starts(h, "at least") || starts(h, "no less") || starts(h, "no fewer") || starts(h, "exceed") ||
         starts(h, "larger") || starts(h, "bigger") || starts(h, "higher") || starts(h, ">");
}

bool upper_bound_hedge(std::string_view h) {
  return starts(h, "less") || starts(h, "fewer") || starts(h, "under") || starts(h, "below") ||
         starts(h, "at most") || starts(h, "no more") || starts(h, "up to") || starts(h, "smaller") ||
         starts(h, "lower") || starts(h, "<");
}

// "more than 15 and less than 60", "at most 300 and at least 80": two bounds of one range.
void merge_bounds(Document& doc) {
  std::vector<NumberMention>& v = doc.numbers;
  size_t out = 0;
  for (size_t k = 0; k < v.size(); ++k) {
    if (out > 0) {
      NumberMention& a = v[out - 1];
      const NumberMention& b = v[k];
      const bool counts = (a.type == NumberType::Cardinal && b.type == NumberType::Cardinal) ||
                          (a.type == NumberType::Ordinal && b.type == NumberType::Ordinal);
      if (counts && !a.is_range && !b.is_range && doc.detail(a).hedge != kNoString &&
          doc.detail(b).hedge != kNoString && a.span.end <= b.span.begin) {
        const std::string_view ah = doc.str(doc.detail(a).hedge), bh = doc.str(doc.detail(b).hedge);
        const std::string_view gap = doc.slice({a.span.end, b.span.begin});
        const bool joined = gap == " and " || gap == " but " || gap == ", " || gap == " and  ";
        const bool ok = (lower_bound_hedge(ah) && upper_bound_hedge(bh) && a.value < b.value) ||
                        (upper_bound_hedge(ah) && lower_bound_hedge(bh) && b.value < a.value);
        if (joined && ok && doc.text.compare(a.span.begin, 0, "") == 0) {
          const double lo = std::min(a.value, b.value), hi = std::max(a.value, b.value);
          a.span.end = b.span.end;
          a.is_range = true;
          a.value = lo;
          const StrId hedge = doc.strings.intern(std::string(ah) + " / " + std::string(bh));  // ah, bh end here (intern moves bytes)
          NumberDetail& x = doc.edit_detail(a);
          x.value_max = hi;
          x.hedge = hedge;
          a.normalized = doc.strings.intern(format_number(lo) + "-" + format_number(hi));
          continue;
        }
      }
    }
    if (out != k) v[out] = std::move(v[k]);
    ++out;
  }
  v.resize(out);
}

// "rose to 4.2 billion crowns from 3.1 billion a year earlier", "$5 billion against 4.1 billion": a scaled figure
// with no unit and nothing counted, right after "from", "to", "against", "versus" or "vs", in the sentence of an
// amount of money, is an amount of that money (the text says the unit once). One pass over the mentions.
void carry_currency(Document& doc) {
  SentenceCursor at;
  size_t money = SIZE_MAX;
  uint32_t money_sentence = 0;
  std::string norm;
  for (size_t k = 0; k < doc.numbers.size(); ++k) {
    NumberMention& m = doc.numbers[k];
    const uint32_t sentence = at.of(doc, m.span.begin);
    // (not a conversion in brackets: "4.2 billion Swedish crowns ($402 million) from 3.1 billion" compares crowns)
    if (m.type == NumberType::Money && m.unit != kNoString) {
      if (m.span.begin == 0 || doc.text[m.span.begin - 1] != '(') {
        money = k;
        money_sentence = sentence;
      }
      continue;
    }
    if (m.type != NumberType::Cardinal || money == SIZE_MAX || money_sentence != sentence || m.is_range ||
        doc.detail(m).counted != kNoString)
      continue;
    const std::string_view t = doc.slice(m.span);
    if (t.find("million") == std::string_view::npos && t.find("billion") == std::string_view::npos &&
        t.find("trillion") == std::string_view::npos)
      continue;
    const std::string_view before = doc.slice({m.span.begin >= 10 ? m.span.begin - 10 : 0, m.span.begin});
    auto ends = [&](std::string_view w) {
      return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
    };
    if (!ends(" from ") && !ends(" to ") && !ends(" against ") && !ends(" versus ") && !ends(" vs ") &&
        !ends(" vs. "))
      continue;
    m.type = NumberType::Money;
    m.unit = doc.numbers[money].unit;
    norm.assign(doc.str(m.unit)).push_back(' ');
    append_number(norm, m.value);
    m.normalized = doc.strings.intern(norm);
  }
}

bool temporal(NumberType t) { return t == NumberType::Date || t == NumberType::Time; }

std::string_view trimmed_gap(const Document& doc, uint32_t a, uint32_t b) {
  std::string_view g = doc.slice({a, b});
  while (!g.empty() && (g.front() == ' ' || g.front() == '\t')) g.remove_prefix(1);
  while (!g.empty() && (g.back() == ' ' || g.back() == '\t')) g.remove_suffix(1);
  return g;
}


// One calendar expression written in parts: "tomorrow 7:30am", "4pm today", "Friday at 9:15",
// "from March to July 2019", "between 1985 and 1995", "February 3, 2017 - 02/14/2017"; and the
// prepositions that belong to it: "after 2012", "since June", "in 5 weeks", "next 4 days".
void merge_temporal(const Ctx& c, Document& doc) {
  std::vector<NumberMention>& v = doc.numbers;
  size_t out = 0;
  for (size_t k = 0; k < v.size(); ++k) {
    if (out > 0) {
      NumberMention& a = v[out - 1];
      const NumberMention& b = v[k];
      // "1 hour and 30 minutes", "two years and six months"
      if (a.type == NumberType::Duration && b.type == NumberType::Duration && a.has_value && b.has_value &&
          a.span.end <= b.span.begin && trimmed_gap(doc, a.span.end, b.span.begin) == "and" && a.unit != b.unit) {
        a.span.end = b.span.end;
        const std::string_view bn = doc.str(b.normalized);
        a.normalized = doc.strings.intern(std::string(doc.str(a.normalized)) + std::string(bn.substr(bn.rfind('P') + 1)));
        continue;
      }
      if ((temporal(a.type) || a.type == NumberType::Duration) && temporal(b.type) && a.span.end <= b.span.begin) {
        const std::string_view gap = trimmed_gap(doc, a.span.end, b.span.begin);
        const bool mixed = a.type != b.type;
        const bool joint = mixed && temporal(a.type) && (gap.empty() || gap == "at" || gap == "on");
        // "two days before yesterday", "2 weeks after today": an offset from a date is one date
        const std::string_view btxt = doc.slice(b.span);
        const bool offset = a.type == NumberType::Duration && b.type == NumberType::Date && gap.empty() &&
                            (btxt.rfind("before ", 0) == 0 || btxt.rfind("after ", 0) == 0);
        if (offset) {
          a.span.end = b.span.end;
          a.type = NumberType::Date;
          a.normalized = doc.strings.intern(std::string(doc.str(a.normalized)) + " " + std::string(doc.str(b.normalized)));
          continue;
        }
        // Date ranges stay two mentions ("from June 3 to July 18"): news gold marks both ends.
        const bool range = false;
        if ((joint || range) && b.span.end - a.span.begin < 200) {
          a.span.end = b.span.end;
          if (range) {
            a.is_range = true;
            a.normalized = doc.strings.intern(std::string(doc.str(a.normalized)) + "/" + std::string(doc.str(b.normalized)));
          } else {
            a.normalized = doc.strings.intern(std::string(doc.str(a.normalized)) + "T" + std::string(doc.str(b.normalized)));
            a.type = NumberType::Date;
          }
          continue;
        }
      }
    }
    if (out != k) v[out] = std::move(v[k]);
    ++out;
  }
  v.resize(out);
  // prepositions that are part of the expression
  TokenCursor cursor;  // v is in text order
  for (size_t k = 0; k < v.size(); ++k) {
    NumberMention& m = v[k];
    if (!temporal(m.type) && m.type != NumberType::Duration) continue;
    const uint32_t prev_end = k > 0 ? v[k - 1].span.end : 0;
    const uint32_t first = cursor.at_or_after(doc, m.span.begin);
    uint32_t t = first > 0 ? first - 1 : 0;
    bool extend = false;
    if (first > 0 && (temporal(m.type) || (m.type == NumberType::Duration && m.is_range))) {
      // "from" alone stays outside ("start from October"): it belongs to a span only with its "to"
      extend = c.is(t, "after") || c.is(t, "before") || c.is(t, "since") || c.is(t, "until") || c.is(t, "till") ||
               c.is(t, "starting") || c.is(t, "beginning") || (c.is(t, "between") && m.is_range);
      if (!extend && c.is(t, "on") && t > 0 && (c.is(t - 1, "starting") || c.is(t - 1, "beginning"))) {
        extend = true;
        --t;
      }
    } else if (first > 0 && m.type == NumberType::Duration && m.has_value && doc.detail(m).hedge == kNoString) {
      extend = c.is(t, "in") || c.is(t, "within") || c.is(t, "next") || c.is(t, "last") || c.is(t, "past") ||
               c.is(t, "previous") || c.is(t, "coming") || c.is(t, "following");
    }
    if (extend && doc.tokens[t].span.begin >= prev_end) m.span.begin = doc.tokens[t].span.begin;
    if (temporal(m.type) && first > 0) {
      // "the end of this month", "the start of the year", "the week of May 2nd",
      // "later than 2011", "no later than 7:45", "as late as Friday"
      uint32_t b = cursor.at_or_after(doc, m.span.begin);
      if (b > 0 && c.is(b - 1, "the") && b >= 2 && c.is(b - 2, "of")) --b;
      if (b >= 2 && c.is(b - 1, "of") &&
          (c.is(b - 2, "end") || c.is(b - 2, "beginning") || c.is(b - 2, "start") || c.is(b - 2, "middle") ||
           c.is(b - 2, "week") || c.is(b - 2, "month") || c.is(b - 2, "rest"))) {
        b -= 2;
        // "the week of May 2nd" keeps its article; "(the) end of 2000" is the expression itself
        if (b > 0 && c.is(b - 1, "the") && (c.is(b, "week") || c.is(b, "month") || c.is(b, "rest"))) --b;
        if (b > 0 && (c.is(b - 1, "since") || c.is(b - 1, "after") || c.is(b - 1, "before") || c.is(b - 1, "until")))
          --b;
      } else if (b >= 2 && c.is(b - 1, "than") && (c.is(b - 2, "later") || c.is(b - 2, "earlier"))) {
        b -= 2;
        if (b > 0 && c.is(b - 1, "no")) --b;
      } else if (b >= 3 && c.is(b - 1, "as") && (c.is(b - 2, "late") || c.is(b - 2, "early")) && c.is(b - 3, "as")) {
        b -= 3;
      } else {
        b = UINT32_MAX;
      }
      if (b != UINT32_MAX && doc.tokens[b].span.begin >= prev_end && doc.tokens[b].span.begin < m.span.begin)
        m.span.begin = doc.tokens[b].span.begin;
      // "2009 or later", "3/4/2015 and after"
      const uint32_t e = cursor.at_or_after(doc, m.span.end);
      const uint32_t next_begin = k + 1 < v.size() ? v[k + 1].span.begin : uint32_t(doc.text.size());
      if ((c.is(e, "or") || c.is(e, "and")) &&
          (c.is(e + 1, "later") || c.is(e + 1, "after") || c.is(e + 1, "earlier") || c.is(e + 1, "before")) &&
          !c.is(e + 2, "than") && !c.is_number(e + 2) && !c.lex(e + 2) && e + 1 < c.size() &&
          doc.tokens[e + 1].span.end <= next_begin)
        m.span.end = doc.tokens[e + 1].span.end;
    }
    // "3 minutes from now", "two weeks from today"
    if (m.type == NumberType::Duration && m.has_value) {
      const uint32_t e = cursor.at_or_after(doc, m.span.end);
      const uint32_t next_begin = k + 1 < v.size() ? v[k + 1].span.begin : uint32_t(doc.text.size());
      if (c.is(e, "from") && c.is(e + 1, "now") && doc.tokens[e + 1].span.end <= next_begin) {
        m.span.end = doc.tokens[e + 1].span.end;
        m.type = NumberType::Date;
      }
    }
  }
}

// A dateline ("June 9, 2008" near the top) anchors dates written without a year: "3 February" in an
// article dated January 2025 is 2025-02-03; a month more than six months away crosses a year boundary.
bool alone_on_line(const Document& doc, ByteSpan s) {
  const std::string_view t = doc.text;
  for (uint32_t b = s.begin; b > 0 && t[b - 1] != '\n'; --b)
    if (!is_space_cp(uint8_t(t[b - 1]))) return false;
  for (uint32_t e = s.end; e < t.size() && t[e] != '\n'; ++e)
    if (!is_space_cp(uint8_t(t[e]))) return false;
  return true;
}

void resolve_years(Document& doc) {
  int year = 0, month = 0;
  for (const NumberMention& m : doc.numbers) {
    if (m.span.begin > 400) break;
    const std::string n(doc.str(m.normalized));
    if (m.type == NumberType::Date && n.size() == 10 && n[0] != 'X' && n[4] == '-' && n[7] == '-' &&
        alone_on_line(doc, m.span)) {
      year = std::atoi(n.substr(0, 4).c_str());
      month = std::atoi(n.substr(5, 2).c_str());
      break;
    }
  }
  if (!year) return;
  for (NumberMention& m : doc.numbers) {
    if (m.type != NumberType::Date) continue;
    std::string n(doc.str(m.normalized));
    if (n.size() < 7 || n.compare(0, 5, "XXXX-") != 0) continue;
    const int mo = std::atoi(n.substr(5, 2).c_str());
    if (mo < 1 || mo > 12) continue;
    int y = year;
    if (mo - month > 6) --y;
    if (month - mo > 6) ++y;
    n.replace(0, 4, std::to_string(y));
    m.normalized = doc.strings.intern(n);
  }
}

}  // namespace

void find_numbers(Document& doc) {
  TokenFeatures f;
  f.build(doc);
  find_numbers(doc, f);
}

void find_numbers(Document& doc, const TokenFeatures& features) {
  doc.numbers.clear();
  doc.number_details.clear();
  if (doc.tokens.empty()) return;
  const Ctx c(doc, features);
  // Every mention holds a digit token or a lexicon word that is more than an opener ("five", "March",
  // "week"), so their count bounds the mentions (a miss only costs one regrowth). Reserving it saves the
  // vector's regrowths, each of which moves every NumberMention and, on a text of figures ("$1$1…", a
  // mention every two bytes), holds the old and the new vector at once: 1.5x the memory at the peak.
  size_t numeric = 4;
  for (uint32_t i = 0; i < c.size(); ++i) numeric += c.is_number(i) || c.is_numeric_word(i);
  doc.numbers.reserve(numeric);
  const uint32_t n = c.size();
  uint32_t min_tok = 0;  // first token not yet inside a mention
  UrlCache url_cache;
  for (uint32_t i = 0; i < n;) {
    const Token& t = doc.tokens[i];
    // Fast exit: only digits, known words and currency symbols can start an expression.
    const bool sign = t.kind == TokenKind::Punct && c.is_number(i + 1) && (c.attached(i + 1) || i == 0) &&
                      (c.is_dash(i) || (c.is_char(i, '.') && (i == 0 || !c.attached(i))));
    if ((t.kind == TokenKind::Punct && !sign) || t.kind == TokenKind::QuoteOpen || t.kind == TokenKind::QuoteClose ||
        t.kind == TokenKind::QuoteAmbig || (t.kind == TokenKind::Word && !c.lex(i) && !c.is_char(i + 1, '$'))) {
      ++i;
      continue;
    }
    // A word that only opens expressions ("a", "in", "some", "between") matters only when something
    // numeric or temporal follows within a few tokens.
    if (t.kind == TokenKind::Word && c.lex(i) && !c.is_numeric_word(i) && !c.is_char(i + 1, '$')) {
      bool near = false;
      for (uint32_t k = i + 1; k < i + 6 && k < n && !near; ++k) {
        const TokenKind kk = doc.tokens[k].kind;
        near = kk == TokenKind::Number || kk == TokenKind::Symbol || c.is_numeric_word(k);
      }
      if (!near) {
        ++i;
        continue;
      }
    }
    Found f;
    bool ok = false;
    Hedge h = match_hedge(c, i);
    uint32_t s = i + h.len;
    bool between = false;
    // between 15 and 25, from 400 to 600, between the third and the ninth
    uint32_t a_at = 0, b_at = 0;
    if (!h.len && (c.is(i, "between") || c.is(i, "from"))) {
      const bool is_between = c.is(i, "between");
      a_at = c.is(i + 1, "the") ? i + 2 : i + 1;
      const Amount a = parse_amount(c, a_at);
      if (a.ok && ((is_between && c.is(a.end, "and")) || (!is_between && c.is(a.end, "to")))) {
        b_at = (a.ordinal && c.is(a.end + 1, "the")) ? a.end + 2 : a.end + 1;
        const Amount b = parse_amount(c, b_at);
        // both ends alike: digits with digits, words with words, ordinals with ordinals
        if (b.ok && b.ordinal == a.ordinal && b.words == a.words && (a_at == i + 1 || a.ordinal)) between = true;
      }
    }
    TimeMatch tm;
    if (between) {
      const Amount a = parse_amount(c, a_at);
      Found g;
      // the second end carries the unit ("between 20 and 30 percent"); the span starts at "between"
      if (a.ordinal) {
        const Amount b = parse_amount(c, b_at);
        g.end = b.end;
        g.amount = b;
        g.m.type = NumberType::Ordinal;
        g.m.value = b.value;
        g.m.has_value = true;
        g.m.normalized = format_ordinal(a.value) + "-" + format_ordinal(b.value);
      }
      if (a.ordinal || amount_at(c, b_at, g, true)) {
        f = g;
        f.begin = i;
        f.amount = a;
        f.m.is_range = true;
        f.m.value_max = g.m.value;
        f.m.value = a.value;
        if (!a.ordinal) f.m.normalized = g.m.normalized;
        f.plain = false;
        // "between 2014 and 2018": a span of years
        if (a.digits == 4 && g.amount.digits == 4 && a.integer >= 1800 && g.amount.integer <= 2100 &&
            a.integer < g.amount.integer && g.m.type == NumberType::Cardinal) {
          f.m.type = NumberType::Date;
          f.m.normalized = std::to_string(a.integer) + "/" + std::to_string(g.amount.integer);
        }
        ok = true;
      }
    }
    if (!ok && !h.len && percent_of(c, i, f)) ok = true;
    if (!ok && money_prefix(c, s, f)) ok = true;
    // A date, time or duration match becomes the mention.
    auto take_time = [&](const auto& t) {
      f.begin = t.begin;
      f.end = t.end;
      f.m.type = t.type;
      f.m.normalized = t.normalized;
      f.m.unit = t.unit;
      f.m.value = t.value;
      f.m.has_value = t.has_value;
      ok = true;
    };
    if (!ok && match_date_or_time(c, s, tm)) {
      // after a comparative hedge a bare year reads as a count: "more than 2000"
      if (!(h.len && tm.type == NumberType::Date && c.is_number(tm.begin) && tm.end == tm.begin + 1)) {
        take_time(tm);
      }
    }
    if (!ok && match_vague_duration(c, s, tm)) {
      // "a week" alone is often not a period ("twice a week"); keep it after hedges and prepositions
      const bool article = c.is(s, "a") || c.is(s, "an");
      const bool context = h.len || !article ||
                           (s > 0 && (c.is(s - 1, "for") || c.is(s - 1, "within") || c.is(s - 1, "in") ||
                                      c.is(s - 1, "than") || c.is(s - 1, "after") || c.is(s - 1, "over"))) ||
                           c.is(tm.end, "later") || c.is(tm.end, "after") || c.is(tm.end, "before") ||
                           c.is(tm.end, "earlier") || c.is(tm.end - 1, "ago");
      if (context) {
        take_time(tm);
      }
    }
    if (!ok && amount_at(c, s, f, h.len > 0)) ok = true;
    // "higher than the tenth": a comparative before an ordinal keeps its article
    if (!ok && h.len && h.inside && c.is(s, "the")) {
      const Amount o = parse_amount(c, s + 1);
      if (o.ok && o.ordinal) {
        take_amount(f, s, o, NumberType::Ordinal);
        f.m.normalized = format_ordinal(o.value);
        ok = true;
      }
    }
    if (!ok && h.len && h.inside && c.is(s, "half") && !c.is(s + 1, "a") && !c.is(s + 1, "an") &&
        !c.is(s + 1, "of") && !c.is(s + 1, "the")) {
      // "more than half"
      f.begin = s;
      f.end = s + 1;
      f.m.type = NumberType::Cardinal;
      f.m.value = 0.5;
      f.m.has_value = true;
      f.m.normalized = "0.5";
      ok = true;
    }
    if (!ok) {
      ++i;
      continue;
    }
    if (h.len) {
      f.m.hedge = h.text;
      // an age keeps its bound outside: "more than [500 years old]"
      const bool age = f.m.type == NumberType::Quantity && f.m.unit == "year";
      if (h.inside && !age) f.begin = i;
      // "=>30", "<>30" are no comparisons
      if (h.inside && (c.is_char(i, '>') || c.is_char(i, '<')) && i > 0 && c.attached(i) &&
          c.kind(i - 1) == TokenKind::Symbol) {
        i = f.end;
        continue;
      }
    }
    if (inside_url(doc, doc.tokens[f.begin].span.begin, url_cache)) {
      i = f.end;
      continue;
    }
    // Matchers may reach back ("mid-2011", "earlier this month"); never into the previous mention.
    if (f.begin < min_tok) f.begin = min_tok;
    if (f.end <= f.begin) {
      ++i;
      continue;
    }
    Draft& m = f.m;
    m.span = {doc.tokens[f.begin].span.begin, doc.tokens[f.end - 1].span.end};
    if (m.type == NumberType::Cardinal || m.type == NumberType::Quantity) {
      if (m.type == NumberType::Cardinal || f.amount.vague) find_counted(c, f.end, m, f.amount.vague);
    }
    // "2,300 of its branches"
    if (m.counted.empty() && m.type == NumberType::Cardinal && c.is(f.end, "of") && !c.is(f.end + 1, "the"))
      find_counted(c, f.end + 1, m, false);
    doc.numbers.push_back(commit(doc, m));
    i = f.end;
    min_tok = f.end;
  }
  merge_bounds(doc);
  carry_currency(doc);
  merge_temporal(c, doc);
  resolve_years(doc);
}

}  // namespace lede
