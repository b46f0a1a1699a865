#include "app/reader/find.h"

#include "core/text/utf8.h"

namespace lede::app {

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
      piece = utf8::fold(text.substr(i, n));
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
  const std::string n = utf8::fold(needle);
  if (n.empty()) return out;
  for (size_t at = ft.folded.find(n); at != std::string::npos; at = ft.folded.find(n, at + n.size())) {
    ByteSpan s{ft.src_begin[at], ft.src_end[at + n.size() - 1]};
    if (!out.empty() && s.begin < out.back().end) continue;  // a match starting inside a folded character
    out.push_back(s);
  }
  return out;
}

}  // namespace lede::app
