// text_decode.h — the bytes of an imported file -> clean UTF-8 text, LF line ends.
//
//     lede::DecodedText d = lede::decode_text(file_bytes);
//     // d.text: valid UTF-8, no NUL, no BOM, "\n" line ends — ready for lede::analyse()
//     if (d.replaced) show("Some characters could not be read and were replaced with �");
//     status("Read as %s", lede::to_string(d.encoding));      // "UTF-8", "UTF-16LE", "windows-1252", ...
//
// Detection, in order:
//   a byte order mark: EF BB BF (UTF-8), FF FE (UTF-16LE), FE FF (UTF-16BE); the BOM is dropped
//   no BOM, but every other byte NUL in the first 4 KB -> UTF-16 without BOM (LE or BE by position)
//   valid UTF-8 -> UTF-8 (plain ASCII reports as UTF-8)
//   otherwise: mostly well-formed multi-byte UTF-8 with a few bad bytes -> UTF-8 with those bytes
//   replaced; else Windows-1252 (a superset of Latin-1 that Windows editors write: “smart quotes”, €, …)
// Then CRLF and lone CR become LF, and NUL, unpaired UTF-16 surrogates and bytes Windows-1252 leaves
// undefined (81 8D 8F 90 9D) become U+FFFD, each counted in `replacements`.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede {

enum class TextEncoding : uint8_t { Utf8, Utf16LE, Utf16BE, Windows1252 };
const char* to_string(TextEncoding e);  // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"

struct DecodedText {
  std::string text;
  TextEncoding encoding = TextEncoding::Utf8;
  bool had_bom = false;         // a byte order mark was found (and removed)
  bool replaced = false;        // replacements > 0
  size_t replacements = 0;      // characters that became U+FFFD
  bool newlines_changed = false;// CRLF or CR line ends were converted
};

DecodedText decode_text(std::string_view bytes);

// The Unicode code point for a Windows-1252 byte (0 for the five undefined bytes 81 8D 8F 90 9D).
char32_t windows1252_to_unicode(unsigned char byte);

}  // namespace lede
