#include "core/text/tokenizer.h"
#include "core/text/line_wraps.h"

#include <cstring>

#include "core/text/utf8.h"

namespace lede {

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF ||
         c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool is_dash_cp(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool is_quote_cp(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB ||
         c == 0xBB || c == 0x201E || c == 0x2039 || c == 0x203A || c == 0x201F || c == 0x201B;
}

namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_combining(char32_t c) { return (c >= 0x300 && c <= 0x36F) || c == 0x200D; }
inline bool is_letter_fast(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return utf8::is_letter(c);
}
bool is_word_cp(char32_t c) { return is_letter_fast(c) || is_digit(c) || is_combining(c); }

struct Cursor {
  std::string_view s;
  // ASCII is decoded inline: news text is mostly ASCII and this is the tokenizer's hottest path.
  char32_t at(size_t i) const {
    if (i >= s.size()) return 0;
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return b;
    char32_t cp;
    utf8::decode(s, i, cp);
    return cp;
  }
  size_t next(size_t i) const {
    if (static_cast<unsigned char>(s[i]) < 0x80) return i + 1;
    char32_t cp;
    return i + size_t(utf8::decode(s, i, cp));
  }
};

// A thousands comma: "47,460", "1,111.11", Indian "1,00,000" (pairs, then three). Not "22,24,26,31", a list; but a
// comma that no digit follows ends the number: "killed 44,000, a figure …".
bool thousands_comma(std::string_view s, size_t comma) {
  size_t k = comma + 1, g = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') { ++k; ++g; }
  const bool digit_after = k + 1 < s.size() && s[k + 1] >= '0' && s[k + 1] <= '9';
  if (g == 3) return k >= s.size() || s[k] != ',' || !digit_after || thousands_comma(s, k);
  return g == 2 && k < s.size() && s[k] == ',' && thousands_comma(s, k);
}

// A decimal comma: "5,00", "1,3" — one or two digits after the number's first comma, and no list around it.
bool decimal_comma(std::string_view s, size_t start, size_t comma) {
  if (start > 0 && s[start - 1] == ',') return false;  // "22,24,26,31"
  for (size_t k = start; k < comma; ++k)
    if (s[k] < '0' || s[k] > '9') return false;
  size_t k = comma + 1, g = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') { ++k; ++g; }
  const bool digit_after = k + 1 < s.size() && s[k + 1] >= '0' && s[k + 1] <= '9';
  return (g == 1 || g == 2) && (k >= s.size() || ((s[k] != ',' && s[k] != '.') || !digit_after));
}

// Byte classes for the ASCII half of the byte range: one table load answers "letter? digit? space?"
// where the generic path would decode a code point and run a chain of comparisons.
enum AsciiClass : uint8_t { kLower = 1, kUpper = 2, kDigit = 4, kSpace = 8, kNewline = 16 };
struct AsciiTable {
  uint8_t of[256];  // bytes >= 0x80 stay 0: the callers then take the decoding path
  constexpr AsciiTable() : of() {
    for (int b = 'a'; b <= 'z'; ++b) of[b] = kLower;
    for (int b = 'A'; b <= 'Z'; ++b) of[b] = kUpper;
    for (int b = '0'; b <= '9'; ++b) of[b] = kDigit;
    of[int(' ')] = of[int('\t')] = of[int('\r')] = of[int('\f')] = of[int('\v')] = kSpace;
    of[int('\n')] = kSpace | kNewline;
  }
};
constexpr AsciiTable kAscii;
inline uint8_t ascii_class(char b) { return kAscii.of[static_cast<unsigned char>(b)]; }

// How many of the (up to) eight bytes at s[j] are lower-case ASCII letters, counted from j: a word's
// bytes after its capital are mostly these, and one 64-bit test settles eight of them (0 when fewer
// than eight bytes remain or the platform is not little-endian; the byte loop then does the work).
inline size_t lower_run(std::string_view s, size_t j) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (j + 8 > s.size()) return 0;
  uint64_t w;
  std::memcpy(&w, s.data() + j, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = w & ~kHigh;  // bytes 0..0x7f: the additions below never carry across bytes
  const uint64_t at_least_a = low7 + kOnes * (0x80 - 'a');
  const uint64_t above_z = low7 + kOnes * (0x80 - 'z' - 1);
  const uint64_t lower = at_least_a & ~above_z & ~w & kHigh;  // 0x80 in each byte that is a..z
  const uint64_t other = ~lower & kHigh;
  return other ? size_t(__builtin_ctzll(other) >> 3) : 8;
#else
  (void)s;
  (void)j;
  return 0;
#endif
}

void set_case_flags(std::string_view w, Token& t) {
  int letters = 0, upper = 0;
  bool first = true;
  for (size_t i = 0; i < w.size();) {
    char32_t cp = static_cast<unsigned char>(w[i]);
    if (cp < 0x80) {
      ++i;
      const uint8_t k = kAscii.of[cp];
      if (k & kDigit) { t.flags |= kHasDigit; continue; }
      if (!(k & (kUpper | kLower))) continue;
      ++letters;
      if (k & kUpper) { ++upper; if (first) t.flags |= kCapitalised; }
      first = false;
      continue;
    }
    i += size_t(utf8::decode(w, i, cp));
    if (is_digit(cp)) t.flags |= kHasDigit;
    if (!utf8::is_letter(cp)) continue;
    ++letters;
    if (utf8::is_upper(cp)) {
      ++upper;
      if (first) t.flags |= kCapitalised;
    }
    first = false;
  }
  if (letters >= 2 && upper == letters) t.flags |= kAllCaps;
}

// An upper bound on the tokens of s, in one pass: every token starts where a byte that is not a space
// begins a new class run (letter, digit), or at any other ASCII byte or UTF-8 lead byte (these may each
// be a token of their own). English prose comes out within a few percent of the true count; text in other
// scripts (every letter counted) within its letters, at most 12 bytes per input byte.
size_t token_bound(std::string_view s) {
  // 0 space, 1 letter, 2 digit, 3 other ASCII or UTF-8 lead byte (always a start), 4 continuation byte
  struct Classes {
    uint8_t of[256];
    constexpr Classes() : of() {
      for (int b = 0; b < 256; ++b) of[b] = b >= 0xC0 ? 3 : b >= 0x80 ? 4 : 3;
      for (int b = 'a'; b <= 'z'; ++b) of[b] = of[b - 32] = 1;
      for (int b = '0'; b <= '9'; ++b) of[b] = 2;
      of[int(' ')] = of[int('\t')] = of[int('\r')] = of[int('\f')] = of[int('\v')] = of[int('\n')] = 0;
    }
  };
  static constexpr Classes kClass;
  // Branch-free: a continuation byte (4) counts nothing, and as the previous byte it differs from a letter
  // or digit just as its lead byte (3) would.
  size_t n = 0;
  unsigned prev = 0;
  for (const char ch : s) {
    const unsigned k = kClass.of[static_cast<unsigned char>(ch)];
    n += unsigned(k == 3) | (unsigned(k - 1 < 2) & unsigned(k != prev));
    prev = k;
  }
  return n;
}

}  // namespace

void tokenize(Document& doc) {
  const std::string_view s = doc.text;
  Cursor c{s};
  doc.tokens.clear();
  // News text has about a token per 5.5 bytes. Past that guess (a text of marks or figures, "\"\"\"…" or
  // "$1$1…", has a token per byte), the rest of the text is bounded once and reserved, instead of the
  // vector doubling (each regrowth copied every token and faulted in fresh pages: a tenth of the analysis).
  // Ordinary articles never pay for the bound's pass.
  doc.tokens.reserve(s.size() / 5 + 4);
  uint16_t pending = kParagraphBefore;  // flags for the next token
  int newlines = 2;
  size_t i = 0;
  // ascii_seen: for a word scanned on the ASCII fast path alone, the OR of its bytes' classes (else 0)
  auto emit = [&](size_t b, size_t e, TokenKind k, uint16_t extra = 0, uint8_t ascii_seen = 0) {
    Token t;
    t.span = {uint32_t(b), uint32_t(e)};
    t.kind = k;
    t.flags = uint16_t(pending | extra);
    if (k == TokenKind::Word) {
      // An ASCII word starting with a letter and holding a lower-case letter cannot be all caps, so
      // its first byte and whether it holds a digit settle the flags without a second pass.
      if (ascii_seen & kLower) {
        if (ascii_seen & kDigit) t.flags |= kHasDigit;
        if (ascii_class(s[b]) & kUpper) t.flags |= kCapitalised;
      } else {
        set_case_flags(s.substr(b, e - b), t);
      }
    } else if (k == TokenKind::Number) {
      t.flags |= kHasDigit;  // a number token is digits with inner , . : only
    }
    if (doc.tokens.size() == doc.tokens.capacity())
      doc.tokens.reserve(doc.tokens.size() + token_bound(s.substr(b)) + 4);
    doc.tokens.push_back(t);
    pending = 0;
    newlines = 0;
  };
  while (i < s.size()) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    // ASCII space: the commonest byte in news text, settled with one table load
    if (const uint8_t k = kAscii.of[b0]; k & kSpace) {
      pending |= kSpaceBefore;
      if (k & kNewline) {
        pending |= kNewlineBefore;
        if (++newlines >= 2) pending |= kParagraphBefore;
      }
      ++i;
      continue;
    }
    const char32_t cp = c.at(i);
    const size_t n = c.next(i);
    if (b0 >= 0x80 && is_space_cp(cp)) {  // (the table above has settled every ASCII space)
      pending |= kSpaceBefore;
      if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
        pending |= kNewlineBefore;
        if (++newlines >= 2) pending |= kParagraphBefore;
      }
      i = n;
      continue;
    }
    // ---- numbers: 47,460  2.1  10:30
    if (is_digit(cp)) {
      // Only ASCII bytes can continue a number, so the scan never decodes.
      size_t j = n;
      while (j < s.size()) {
        const char d = s[j];
        if (d >= '0' && d <= '9') { ++j; continue; }
        const bool digit_next = j + 1 < s.size() && s[j + 1] >= '0' && s[j + 1] <= '9';
        if ((d == '.' || d == ':') && digit_next) { j += 1; continue; }
        if (d == ',' && digit_next && (thousands_comma(s, j) || decimal_comma(s, i, j))) { j += 1; continue; }
        break;
      }
      emit(i, j, TokenKind::Number);
      i = j;
      continue;
    }
    // ---- words
    if (is_letter_fast(cp)) {
      size_t j = n;
      // dotted abbreviation: U.S.  a.m.  e.g.  (single letters separated by dots)
      if (j < s.size() && s[j] == '.' && is_letter_fast(c.at(j + 1)) && (c.at(j + 2) == '.')) {
        size_t k = j;
        while (c.at(k) == '.' && is_letter_fast(c.at(k + 1)) && c.at(c.next(k + 1)) == '.') k = c.next(k + 1);
        // k is at the last '.'
        emit(i, k + 1, TokenKind::Word);
        i = k + 1;
        continue;
      }
      // ASCII letters and digits continue the word (letters then digits stay together: G7, COVID19)
      uint8_t seen = kAscii.of[b0];
      bool ascii_only = b0 < 0x80;
      while (j < s.size()) {
        if (const size_t run = lower_run(s, j)) {
          seen |= kLower;
          j += run;
          if (run == 8) continue;
          if (j >= s.size()) break;
        }
        const uint8_t k = ascii_class(s[j]);
        if (k & (kLower | kUpper | kDigit)) {
          seen |= k;
          ++j;
          continue;
        }
        // Any other ASCII byte but the apostrophe ends the word (no ASCII byte is a combining mark).
        if (static_cast<unsigned char>(s[j]) < 0x80 && s[j] != '\'') break;
        // anything else takes the general path; a word it extends is no longer ASCII letters and digits only
        const char32_t d = c.at(j);
        if (is_letter_fast(d) || is_combining(d)) { ascii_only = false; j = c.next(j); continue; }
        if (is_apostrophe(d)) {
          const size_t k = c.next(j);
          const char32_t e = c.at(k);
          // possessive ’s: split it off
          if ((e == 's' || e == 'S') && !is_word_cp(c.at(k + 1))) break;
          if (is_letter_fast(e)) { ascii_only = false; j = k; continue; }  // don't, O’Brien
        }
        break;
      }
      emit(i, j, TokenKind::Word, 0, ascii_only ? seen : 0);
      i = j;
      continue;
    }
    // ---- possessive ’s / 's directly after a word
    if (is_apostrophe(cp) && !doc.tokens.empty() && !(pending & kSpaceBefore) &&
        doc.tokens.back().kind == TokenKind::Word) {
      const char32_t e = c.at(n);
      if ((e == 's' || e == 'S') && !is_word_cp(c.at(n + 1))) {
        emit(i, n + 1, TokenKind::Word, kPossessive);
        i = n + 1;
        continue;
      }
    }
    // ---- quote marks
    if (is_quote_cp(cp)) {
      TokenKind k = TokenKind::QuoteAmbig;
      const char32_t after = c.at(n);
      const char32_t prev = i > 0 ? c.at(utf8::prev_boundary(s, i)) : 0;  // only quote marks need it
      const bool space_before = (pending & kSpaceBefore) || i == 0 || prev == '(' || prev == '[' || is_dash_cp(prev);
      const bool space_after = after == 0 || is_space_cp(after) || after == ',' || after == '.' || after == ';' ||
                               after == ':' || after == ')' || after == '!' || after == '?' || is_dash_cp(after);
      if (cp == 0x201C || cp == 0xAB || cp == 0x201E || cp == 0x2039) k = TokenKind::QuoteOpen;
      else if (cp == 0x201D || cp == 0xBB || cp == 0x203A) k = TokenKind::QuoteClose;
      else if (cp == 0x2018 || cp == 0x201B) k = space_before ? TokenKind::QuoteOpen : TokenKind::QuoteClose;
      else {  // " ' ’
        if (space_before && !space_after) k = TokenKind::QuoteOpen;
        else if (!space_before && space_after) k = TokenKind::QuoteClose;
        else if (cp == '"' && space_before && space_after) k = TokenKind::QuoteAmbig;
        else if (cp == 0x2019) k = TokenKind::QuoteClose;
      }
      emit(i, n, k);
      i = n;
      continue;
    }
    // ---- punctuation: "..." is one token
    if (cp == '.' && c.at(n) == '.' && c.at(n + 1) == '.') {
      size_t j = n;
      while (c.at(j) == '.') ++j;
      emit(i, j, TokenKind::Punct);
      i = j;
      continue;
    }
    const bool punct = cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '(' ||
                       cp == ')' || cp == '[' || cp == ']' || cp == '{' || cp == '}' || is_dash_cp(cp) ||
                       cp == 0x2026 || cp == '/' || cp == 0xBF || cp == 0xA1;
    emit(i, n, punct ? TokenKind::Punct : TokenKind::Symbol);
    i = n;
  }
  // The bound above overshoots on words of other scripts (each letter counted): give the rest back when
  // it is large (issue 14's memory budget).
  if (doc.tokens.capacity() - doc.tokens.size() > doc.tokens.size() / 8 + 64) doc.tokens.shrink_to_fit();
  mark_soft_wraps(doc);  // "… spotted by Jim\nIrvine, the son …" in a file wrapped at 72 columns
}

}  // namespace lede
