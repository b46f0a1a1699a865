// find.h — case-, diacritic- and punctuation-insensitive search in UTF-8 text, answering in the text's own byte offsets.
//
// Pure C++17 (uses lede::utf8::fold), unit-testable natively.
//
//     lede::app::FoldedText ft = lede::app::fold_with_offsets(doc.text);   // once per article
//     std::vector<lede::ByteSpan> hits = lede::app::find_all(ft, "kovacic");   // finds "Kovačić", "KOVACIC"
// Typographic apostrophes, quotes and dashes match their ASCII forms: "Israel's" finds "Israel’s".
// (ø, æ, ß are letters of their own, not a base letter plus a diacritic: "sorensen" does not find "Sørensen".)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace lede::app {

struct FoldedText {
  std::string folded;               // utf8::fold of each character, concatenated
  std::vector<uint32_t> src_begin;  // per folded byte: the source character's first byte
  std::vector<uint32_t> src_end;    // per folded byte: one past the source character's last byte
};

FoldedText fold_with_offsets(std::string_view text);
// Non-overlapping matches of fold(needle), in text order, as source byte spans. Empty needle: none.
std::vector<ByteSpan> find_all(const FoldedText& ft, std::string_view needle);

}  // namespace lede::app
