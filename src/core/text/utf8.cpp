#include "core/text/utf8.h"

#include <cstring>

namespace lede::utf8 {

int decode(std::string_view s, size_t i, char32_t& cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char c = p[0];
  if (c < 0x80) { cp = c; return 1; }
  auto cont = [&](size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    cp = (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) { cp = kReplacement; return 1; }
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    cp = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) { cp = kReplacement; return 1; }
    return 4;
  }
  cp = kReplacement;
  return 1;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

bool is_clean(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (size_t i = 0; i < s.size();) {
    // Eight bytes at a time while they are ASCII without NUL (most of a news text): no high bit set,
    // and the classic "has a zero byte" test ((w - 1s) & ~w & highs) finds none.
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!(w & kHighs) && !((w - kOnes) & ~w & kHighs)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    if (c < 0x80) { ++i; continue; }
    char32_t cp;
    const int n = decode(s, i, cp);
    if (cp == kReplacement && n == 1) return false;
    i += size_t(n);
  }
  return true;
}

std::string repair(std::string_view s) {
  if (is_clean(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const int n = decode(s, i, cp);
    if (cp == 0 || (cp == kReplacement && n == 1)) append(out, kReplacement);
    else out.append(s.data() + i, size_t(n));
    i += size_t(n);
  }
  return out;
}

size_t count_codepoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t prev_boundary(std::string_view s, size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  cp_at_block_.reserve(text.size() / kBlock + 2);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) cp_at_block_.push_back(n);
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  if (text.size() % kBlock == 0) cp_at_block_.push_back(n);
}

size_t CodepointIndex::to_codepoint(size_t b) const {
  if (b > text_.size()) b = text_.size();
  const size_t blk = b / kBlock;
  size_t n = cp_at_block_[blk];
  for (size_t i = blk * kBlock; i < b; ++i) n += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  return n;
}

size_t CodepointIndex::to_byte(size_t cp) const {
  // Binary search the block, then scan.
  size_t lo = 0, hi = cp_at_block_.size();
  while (hi - lo > 1) {
    const size_t mid = (lo + hi) / 2;
    if (cp_at_block_[mid] <= cp) lo = mid; else hi = mid;
  }
  size_t n = cp_at_block_[lo];
  size_t i = lo * kBlock;
  while (i < text_.size()) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
      if (n == cp) return i;
      ++n;
    }
    ++i;
  }
  return text_.size();
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {
    if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
    if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
    if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
    return c % 2 == 0;
  }
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !is_upper(c);
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;
  if (c >= 0x370 && c <= 0x3FF) return true;
  if (c >= 0x400 && c <= 0x4FF) return true;
  if (c >= 0x590 && c <= 0x6FF) return true;  // Hebrew, Arabic
  if (c >= 0x1E00 && c <= 0x1EFF) return true;
  if (c >= 0x3040 && c <= 0x9FFF) return true;  // CJK
  return false;
}

char32_t to_lower(char32_t c) {
  if (!is_upper(c)) return c;
  if (c < 0x80) return c + 32;
  if (c >= 0xC0 && c <= 0xDE) return c + 32;
  if (c >= 0x100 && c <= 0x17F) return c + 1;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static char32_t strip_accent(char32_t c) {
  // Latin-1 supplement and the common Latin Extended-A letters, lower case.
  static const char* kLatin1 = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  if (c >= 0xE0 && c <= 0xFF) {
    const char r = kLatin1[c - 0xE0];
    return r == '/' ? c : char32_t(r);
  }
  if (c >= 0x100 && c <= 0x17F) {
    static const char* kExtA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    return char32_t(kExtA[c - 0x100]);
  }
  return c;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    i += size_t(decode(s, i, cp));
    append(out, strip_accent(to_lower(cp)));
  }
  return out;
}

}  // namespace lede::utf8
