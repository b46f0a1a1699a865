// Imported file bytes -> UTF-8: BOMs, UTF-16 (with surrogate pairs), Windows-1252, line ends, bad bytes.
#include <doctest/doctest.h>

#include <string>

#include "core/text/text_decode.h"
#include "core/text/utf8.h"

using namespace lede;

namespace {

// UTF-16 code units of a UTF-8 string, serialised with the given byte order.
std::string utf16(const std::string& s, bool le, bool bom) {
  std::u16string units;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    i += size_t(utf8::decode(s, i, cp));
    if (cp >= 0x10000) {
      units += char16_t(0xD800 + ((cp - 0x10000) >> 10));
      units += char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      units += char16_t(cp);
    }
  }
  std::string out;
  if (bom) out += le ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t u : units) {
    const char lo = char(u & 0xFF), hi = char(u >> 8);
    out += le ? lo : hi;
    out += le ? hi : lo;
  }
  return out;
}

const std::string kSample = "Ferry \xE2\x80\x9Cpier\xE2\x80\x9D closes \xE2\x80\x94 \xE2\x82\xAC" "4.5m, "
                            "Zo\xC3\xAB says \xF0\x9F\x9A\xA2 (\xD0\x9F\xD1\x80\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x8C).\nEnd.";

}  // namespace

TEST_CASE("annotations/decode: UTF-16 LE and BE with BOM, including a surrogate pair") {
  for (bool le : {true, false}) {
    const DecodedText d = decode_text(utf16(kSample, le, true));
    CHECK(d.encoding == (le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE));
    CHECK(d.had_bom);
    CHECK(d.text == kSample);
    CHECK_FALSE(d.replaced);
  }
}

TEST_CASE("annotations/decode: UTF-16 damage becomes U+FFFD and is reported") {
  std::string bytes = utf16("ab", true, true);
  bytes += "\x3D\xD8";                   // a high surrogate followed by no low half
  bytes += std::string("x\0\0\xDC", 4);  // 'x', then a stray low surrogate
  bytes += "c";                          // an odd trailing byte
  const DecodedText d = decode_text(bytes);
  CHECK(d.text == "ab\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(d.replacements == 3);
  CHECK(d.replaced);
}

TEST_CASE("annotations/decode: UTF-16 without a BOM is recognised by its NUL bytes") {
  const DecodedText d = decode_text(utf16("Plain ASCII in UTF-16, no byte order mark.", true, false));
  CHECK(d.encoding == TextEncoding::Utf16LE);
  CHECK(d.text == "Plain ASCII in UTF-16, no byte order mark.");
  const DecodedText be = decode_text(utf16("Big endian this time.", false, false));
  CHECK(be.encoding == TextEncoding::Utf16BE);
  CHECK(be.text == "Big endian this time.");
}

TEST_CASE("annotations/decode: Windows-1252 smart quotes, dashes and the euro sign") {
  // “Repairs” will cost €4.5m – about £3.9m… — Zoë’s estimate (bytes as a Windows editor saves them)
  const std::string cp1252 = "\x93Repairs\x94 will cost \x80" "4.5m \x96 about \xA3" "3.9m\x85 \x97 Zo\xEB\x92s estimate \x99";
  const DecodedText d = decode_text(cp1252);
  CHECK(d.encoding == TextEncoding::Windows1252);
  CHECK(d.text == "\xE2\x80\x9CRepairs\xE2\x80\x9D will cost \xE2\x82\xAC" "4.5m \xE2\x80\x93 about \xC2\xA3"
                  "3.9m\xE2\x80\xA6 \xE2\x80\x94 Zo\xC3\xAB\xE2\x80\x99s estimate \xE2\x84\xA2");
  CHECK_FALSE(d.replaced);
  // The whole 0x80-0x9F row, and the five bytes Windows-1252 leaves undefined.
  CHECK(windows1252_to_unicode(0x8A) == 0x0160);
  CHECK(windows1252_to_unicode(0x9F) == 0x0178);
  CHECK(windows1252_to_unicode(0x8C) == 0x0152);
  CHECK(windows1252_to_unicode(0x88) == 0x02C6);
  for (unsigned char u : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) CHECK(windows1252_to_unicode(u) == 0);
  const DecodedText undef = decode_text("a\x81" "b\x80");
  CHECK(undef.encoding == TextEncoding::Windows1252);
  CHECK(undef.text == "a\xEF\xBF\xBD" "b\xE2\x82\xAC");
  CHECK(undef.replacements == 1);
}

TEST_CASE("annotations/decode: UTF-8 with and without BOM, CRLF and CR line ends, NUL") {
  const DecodedText bom = decode_text("\xEF\xBB\xBF" + kSample);
  CHECK(bom.encoding == TextEncoding::Utf8);
  CHECK(bom.had_bom);
  CHECK(bom.text == kSample);

  const DecodedText plain = decode_text(kSample);
  CHECK_FALSE(plain.had_bom);
  CHECK(plain.text == kSample);
  CHECK_FALSE(plain.newlines_changed);

  const DecodedText crlf = decode_text("one\r\ntwo\rthree\r\n\r\nfour\r");
  CHECK(crlf.text == "one\ntwo\nthree\n\nfour\n");
  CHECK(crlf.newlines_changed);

  const DecodedText utf16crlf = decode_text(utf16("a\r\nb", false, true));
  CHECK(utf16crlf.text == "a\nb");

  const DecodedText nul = decode_text(std::string("a\0b", 3));
  CHECK(nul.text == "a\xEF\xBF\xBD" "b");
  CHECK(nul.replaced);
}

TEST_CASE("annotations/decode: UTF-8 with a stray bad byte stays UTF-8, repaired") {
  const std::string damaged = kSample + " \xFF trailing " + kSample;
  const DecodedText d = decode_text(damaged);
  CHECK(d.encoding == TextEncoding::Utf8);
  CHECK(d.replacements == 1);
  CHECK(utf8::is_clean(d.text));
  CHECK(d.text.find("Zo\xC3\xAB") != std::string::npos);
}

TEST_CASE("annotations/decode: any bytes give clean UTF-8") {
  const std::string inputs[] = {"", "\xFF", "\xFE", "\xFF\xFE", "\xFE\xFF\xD8", "\xEF\xBB", "\xEF\xBB\xBF",
                                std::string(7, '\0'), "\r", "\x80\x81\x82", "\xC3"};
  for (const std::string& in : inputs) {
    const DecodedText d = decode_text(in);
    CHECK(utf8::is_clean(d.text));
    CHECK(d.text.find('\r') == std::string::npos);
  }
  std::string all;
  for (int i = 0; i < 256; ++i) all += char(i);
  for (int rep = 0; rep < 3; ++rep) {
    const DecodedText d = decode_text(all);
    CHECK(utf8::is_clean(d.text));
    all = all.substr(1) + all[0];
  }
}
