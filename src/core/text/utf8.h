// utf8.h — UTF-8 decoding, repair and byte↔code-point offset conversion.
//
// Inside lede every offset is a UTF-8 *byte* offset into Document::text. Exports (CLI JSON, the app's
// JS bridge) speak Unicode *code points*. CodepointIndex converts in O(1)-ish:
//
//     std::string clean = lede::utf8::repair(raw);   // invalid bytes and NUL -> U+FFFD, one per bad byte
//     lede::utf8::CodepointIndex idx(clean);
//     size_t cp = idx.to_codepoint(byte_offset);     // byte_offset must be on a character boundary
//     size_t b  = idx.to_byte(cp);
//
// repair() replaces each bad byte with one U+FFFD, so a code point count taken from a JSON string (where
// the JSON parser already guarantees valid UTF-8) is unchanged by it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at s[i]. Returns its length in bytes (1..4); on an invalid sequence
// returns 1 and sets cp = kReplacement.
int decode(std::string_view s, size_t i, char32_t& cp);

// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);

// True when s is valid UTF-8 without NUL bytes.
bool is_clean(std::string_view s);

// A copy of s where every invalid byte and every NUL becomes U+FFFD; valid text is returned unchanged.
std::string repair(std::string_view s);

// Number of code points in s (s assumed repaired).
size_t count_codepoints(std::string_view s);

// Byte offset of the code point before byte i (i > 0).
size_t prev_boundary(std::string_view s, size_t i);

class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  size_t to_codepoint(size_t byte_offset) const;
  size_t to_byte(size_t codepoint_offset) const;

 private:
  static constexpr size_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> cp_at_block_;  // code points before byte k*kBlock
};

// Simple case and class predicates for the scripts news text uses (Latin, Greek, Cyrillic).
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_letter(char32_t cp);
char32_t to_lower(char32_t cp);
// Lower-cases and strips Latin diacritics (é -> e) — for case- and accent-insensitive matching.
std::string fold(std::string_view s);

}  // namespace lede::utf8
