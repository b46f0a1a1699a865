// Binary files renamed .txt are recognised by their first bytes or by the share of unreadable characters.
#include <doctest/doctest.h>

#include <string>

#include "core/text/binary_sniff.h"
#include "core/text/text_decode.h"

using namespace lede;

TEST_CASE("known binary signatures") {
  CHECK(std::string(binary_signature(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))) == "PNG image");
  CHECK(std::string(binary_signature("%PDF-1.7\n")) == "PDF document");
  CHECK(binary_signature(std::string("PK\x03\x04\x14\0", 6)) != nullptr);
  CHECK(binary_signature("\xFF\xD8\xFF\xE0") != nullptr);
  // Text that happens to start like a signature without binary bytes is text.
  CHECK(binary_signature("MZ Kowalski said on Monday.") == nullptr);
  CHECK(binary_signature("ID3 results are in.") == nullptr);
  CHECK(binary_signature("Plain text.") == nullptr);
  CHECK(binary_signature("") == nullptr);
}

TEST_CASE("the share of unreadable characters tells a binary file from text") {
  CHECK(undecodable_share("Plain text, with “quotes” and tabs\tand\nlines.") == 0.0);
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += char((i * 7919 + 13) & 0xFF);  // every byte value, evenly
  const DecodedText d = decode_text(bin);
  CHECK(undecodable_share(d.text) > kMaxUndecodableShare);
  // A long text with one bad byte stays text.
  std::string t(5000, 'a');
  t[100] = '\x01';
  CHECK(undecodable_share(t) < kMaxUndecodableShare);
}
