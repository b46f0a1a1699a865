// string_table.h — short strings stored once per document; records hold a 4-byte StrId instead of a
// std::string (32 bytes, plus a heap block past 15 characters).
//
//     lede::StringTable t;
//     lede::StrId usd = t.intern("USD");      // the same id every time "USD" is interned
//     assert(t.intern("USD") == usd && t[usd] == "USD");
//     assert(t[lede::kNoString].empty());     // id 0 is always ""
//
// Why: a text of figures ("$1$1$1…") has a NumberMention every two input bytes, and six std::string
// members made each one 224 bytes — 148 bytes of memory per input byte (issue 14 asks for at most ~50).
// Their values repeat ("USD", "at least", "day", the same ISO date), so each is kept once.
// Ids stay valid for the table's life; the table never forgets a string (a document is analysed once).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

using StrId = uint32_t;
constexpr StrId kNoString = 0;  // ""

class StringTable {
 public:
  StringTable();
  StrId intern(std::string_view s);                   // s's id, added if new ("" -> kNoString)
  std::string_view operator[](StrId id) const;        // "" for an id the table does not hold
  uint32_t size() const { return uint32_t(ends_.size()); }  // number of strings, "" included

 private:
  std::string bytes_;             // every string back to back
  std::vector<uint32_t> ends_;    // string i is bytes_[ends_[i-1], ends_[i])
  std::vector<StrId> slots_;      // open-addressing hash of the ids (kNoString = empty slot); size 2^k
  // The last two ids interned, checked before hashing: figures intern the same pair again and again ("USD",
  // "1" for each of "$1$1…": hashing them was a tenth of that text's analysis).
  StrId recent_[2] = {kNoString, kNoString};
  StrId remember(StrId id);  // makes id the most recent; returns it
  void grow();
};

}  // namespace lede
