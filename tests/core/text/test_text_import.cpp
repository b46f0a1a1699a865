// A plain-text file's bytes become a title and text, or a clear refusal (the same rules in the app and in
// the analysis worker, which decodes large files off the UI thread).
#include <doctest/doctest.h>

#include <string>

#include "core/text/text_import.h"

using namespace lede;

TEST_CASE("a text file: leading blank lines go, the headline stays in the text and is the title") {
  const TextImport t = import_plain_text("\r\n\r\nHarbour bridge reopens\r\n\r\nThe bridge reopened on Monday.\r\n", "b.txt");
  REQUIRE(t.ok());
  CHECK(t.title == "Harbour bridge reopens");
  CHECK(t.text == "Harbour bridge reopens\n\nThe bridge reopened on Monday.\n");
  CHECK(t.replacements == 0);
}

TEST_CASE("Windows-1252 bytes are decoded; unreadable characters are counted") {
  const TextImport t = import_plain_text("Caf\xe9 owners met.\n\nThey agreed.", "c.txt");
  REQUIRE(t.ok());
  CHECK(t.text.rfind("Caf\xc3\xa9 owners met.", 0) == 0);
  std::string damaged = "Old records\n\nA NUL here: ";
  damaged += '\0';
  damaged += std::string(200, 'x');  // one unreadable character among many is still text
  const TextImport u = import_plain_text(damaged, "u.txt");
  REQUIRE(u.ok());
  CHECK(u.replacements == 1);
}

TEST_CASE("refusals name the file and say why") {
  CHECK(import_plain_text("", "e.txt").error == "e.txt: the file is empty");
  CHECK(import_plain_text("\n\n \t\n", "w.txt").error == "w.txt: no text to read");
  const TextImport png = import_plain_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "p.txt");
  CHECK_FALSE(png.ok());
  CHECK(png.error.rfind("p.txt: this is a PNG image", 0) == 0);
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += char((i * 7919 + 13) & 0xFF);
  CHECK(import_plain_text(bin, "b.bin").error.find("does not look like a text file") != std::string::npos);
}

TEST_CASE("a text with no headline-like first line gets a title from its first sentence") {
  const TextImport t = import_plain_text("the council met on a rainy evening and talked for hours about the new budget for roads. Then it voted.", "n.txt");
  REQUIRE(t.ok());
  CHECK_FALSE(t.title.empty());
  CHECK(t.title != "n.txt");
}
