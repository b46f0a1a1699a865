#include "app/reader/find.h"

#include "core/text/utf8.h"

namespace lede::app {

namespace {
// Typographic apostrophes, quotes and dashes fold to their ASCII forms, so "Israel's" finds "Israel’s" and
// "1990-2000" finds "1990–2000". Returns 0 for any other code point.
char fold_punctuation(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00A0: case 0x2009: case 0x202F:  // no-break and thin spaces
      return ' ';
    default:
      return 0;
  }
}
}  // namespace

FoldedText fold_with_offsets(std::string_view text) {
  FoldedText ft;
  ft.folded.reserve(text.size());
  ft.src_begin.reserve(text.size());
  ft.src_end.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    std::string piece;
    if (c < 0x80) {
      piece.assign(1, (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c));
    } else {
      char32_t cp;
      n = size_t(utf8::decode(text, i, cp));
      const char p = fold_punctuation(cp);
      piece = p ? std::string(1, p) : utf8::fold(text.substr(i, n));
    }
    for (char ch : piece) {
      ft.folded.push_back(ch);
      ft.src_begin.push_back(uint32_t(i));
      ft.src_end.push_back(uint32_t(i + n));
    }
    i += n;
  }
  return ft;
}

std::vector<ByteSpan> find_all(const FoldedText& ft, std::string_view needle) {
  std::vector<ByteSpan> out;
  const std::string n = fold_with_offsets(needle).folded;  // the same folding as the text's
  if (n.empty()) return out;
  for (size_t at = ft.folded.find(n); at != std::string::npos; at = ft.folded.find(n, at + n.size())) {
    ByteSpan s{ft.src_begin[at], ft.src_end[at + n.size() - 1]};
    if (!out.empty() && s.begin < out.back().end) continue;  // a match starting inside a folded character
    out.push_back(s);
  }
  return out;
}

}  // namespace lede::app
