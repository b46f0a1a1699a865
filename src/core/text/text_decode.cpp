#include "core/text/text_decode.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace lede {

const char* to_string(TextEncoding e) {
  switch (e) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Windows1252: return "windows-1252";
  }
  return "UTF-8";
}

char32_t windows1252_to_unicode(unsigned char b) {
  // 0x80..0x9F: the printable characters Windows put where Latin-1 has C1 controls.
  static const char16_t k80[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // € _ ‚ ƒ „ … † ‡
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // ˆ ‰ Š ‹ Œ _ Ž _
      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // _ ‘ ’ “ ” • – —
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // ˜ ™ š › œ _ ž Ÿ
  };
  if (b >= 0x80 && b <= 0x9F) return k80[b - 0x80];
  return b;  // ASCII and 0xA0..0xFF coincide with Latin-1 / Unicode
}

namespace {

// Appends cp with line-end and NUL normalisation. `pending_cr` carries a CR across calls so CRLF folds.
struct Sink {
  DecodedText& out;
  bool pending_cr = false;

  void put(char32_t cp) {
    if (pending_cr) {
      pending_cr = false;
      out.text += '\n';
      if (cp == '\n') return;  // CRLF -> one LF
    }
    if (cp == '\r') {
      pending_cr = true;
      out.newlines_changed = true;
      return;
    }
    if (cp == 0 || cp == utf8::kReplacement) {
      if (cp == 0) ++out.replacements;
      utf8::append(out.text, utf8::kReplacement);
      return;
    }
    utf8::append(out.text, cp);
  }
  void bad() {
    put(utf8::kReplacement);
    ++out.replacements;
  }
  void finish() {
    if (pending_cr) out.text += '\n';
    pending_cr = false;
    out.replaced = out.replacements > 0;
  }
};

void decode_utf8(std::string_view s, Sink& sink) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      sink.put(c);
      ++i;
      continue;
    }
    char32_t cp;
    const int n = utf8::decode(s, i, cp);
    if (cp == utf8::kReplacement && n == 1) sink.bad();
    else sink.put(cp);  // a real U+FFFD in the file stays and is not counted
    i += size_t(n);
  }
}

void decode_utf16(std::string_view s, bool little_endian, Sink& sink) {
  auto unit = [&](size_t i) -> char16_t {
    const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    return little_endian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
  };
  size_t i = 0;
  while (i + 1 < s.size()) {
    const char16_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 1 < s.size()) {
        const char16_t lo = unit(i);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          i += 2;
          sink.put(0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(lo) - 0xDC00));
          continue;
        }
      }
      sink.bad();  // high surrogate without its low half
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      sink.bad();  // stray low surrogate
    } else {
      sink.put(u);
    }
  }
  if (i < s.size()) sink.bad();  // odd trailing byte
}

void decode_1252(std::string_view s, Sink& sink) {
  for (unsigned char c : s) {
    const char32_t cp = windows1252_to_unicode(c);
    if (cp == 0 && c != 0) sink.bad();
    else sink.put(cp);
  }
}

// UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. Returns 1 for LE, 2 for BE, 0.
int sniff_utf16(std::string_view s) {
  const size_t n = std::min<size_t>(s.size(), 4096) & ~size_t(1);
  if (n < 4) return 0;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; i += 2) {
    even_nul += s[i] == 0;
    odd_nul += s[i + 1] == 0;
  }
  const size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs) return 1;
  if (even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs) return 2;
  return 0;
}

// Invalid UTF-8: is it UTF-8 with a few damaged bytes, or a legacy single-byte encoding? Count the
// well-formed multi-byte sequences against the bytes that fit no sequence.
bool mostly_utf8(std::string_view s) {
  size_t good = 0, bad = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    char32_t cp;
    const int n = utf8::decode(s, i, cp);
    if (n > 1) ++good; else ++bad;
    i += size_t(n);
  }
  return good > 0 && bad * 4 <= good;
}

}  // namespace

DecodedText decode_text(std::string_view bytes) {
  DecodedText out;
  out.text.reserve(bytes.size() + bytes.size() / 8);
  Sink sink{out};
  auto starts = [&](const char* bom, size_t n) { return bytes.size() >= n && bytes.compare(0, n, bom, n) == 0; };
  if (starts("\xEF\xBB\xBF", 3)) {
    out.had_bom = true;
    out.encoding = TextEncoding::Utf8;
    decode_utf8(bytes.substr(3), sink);
  } else if (starts("\xFF\xFE", 2)) {
    out.had_bom = true;
    out.encoding = TextEncoding::Utf16LE;
    decode_utf16(bytes.substr(2), true, sink);
  } else if (starts("\xFE\xFF", 2)) {
    out.had_bom = true;
    out.encoding = TextEncoding::Utf16BE;
    decode_utf16(bytes.substr(2), false, sink);
  } else if (const int u16 = sniff_utf16(bytes)) {
    out.encoding = u16 == 1 ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    decode_utf16(bytes, u16 == 1, sink);
  } else {
    bool valid = true;
    for (size_t i = 0; i < bytes.size() && valid;) {
      if (static_cast<unsigned char>(bytes[i]) < 0x80) { ++i; continue; }
      char32_t cp;
      const int n = utf8::decode(bytes, i, cp);
      if (cp == utf8::kReplacement && n == 1) valid = false;
      i += size_t(n);
    }
    if (valid || mostly_utf8(bytes)) {
      out.encoding = TextEncoding::Utf8;
      decode_utf8(bytes, sink);
    } else {
      out.encoding = TextEncoding::Windows1252;
      decode_1252(bytes, sink);
    }
  }
  sink.finish();
  return out;
}

}  // namespace lede
