// binary_sniff.h — is this file a picture, an archive or a program rather than text? Checked before import.
//
//     if (const char* kind = lede::binary_signature(bytes)) refuse(name + ": this is a " + kind + ", not text");
//     lede::DecodedText d = lede::decode_text(bytes);
//     if (lede::undecodable_share(d.text) > lede::kMaxUndecodableShare) refuse(...);
//
// Two independent tests, because a renamed file fools either one alone: the file's first bytes (the
// "magic number" every PNG, JPEG, PDF, ZIP… starts with), and the share of characters that no text
// contains — U+FFFD replacements and control characters other than tab, line feed and form feed — in the
// decoded text (Windows-1252 decodes almost any byte, so the decoder alone never refuses a binary file).
#pragma once
#include <cstddef>
#include <string_view>

namespace lede {

// "PNG image", "PDF document", "ZIP archive (also .docx, .xlsx, .epub)", … or nullptr when the first
// bytes match no known binary format.
const char* binary_signature(std::string_view bytes);

// Characters that are U+FFFD or C0 controls (other than \t \n \f) per character of decoded UTF-8 text,
// counted over the first 64 KB (a file's head tells; the bound keeps the check cheap on large files).
double undecodable_share(std::string_view utf8_text);

constexpr double kMaxUndecodableShare = 0.02;  // real text, even damaged, stays far below 2 %

}  // namespace lede
