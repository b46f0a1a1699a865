// nicknames.h: a nickname in marks inside a name ('Gerardo "Tata" Martino') is found; quotes are not.
#include <doctest/doctest.h>

#include <string>

#include "core/text/nicknames.h"
#include "test_util.h"

using namespace lede;
using lede::test::token_index;
using lede::test::tokenized;

namespace {

// The nickname that the first mark opens, or "" when it opens none.
std::string nickname(const std::string& text, const std::string& mark = "\"") {
  const Document d = tokenized(text);
  const uint32_t open = token_index(d, mark);
  if (open >= d.tokens.size()) return "";
  const uint32_t close = nickname_close(d, open);
  return close ? std::string(d.slice({d.tokens[open].span.begin, d.tokens[close].span.end})) : "";
}

}  // namespace

TEST_CASE("nicknames: one or two capitalised words in marks between a first name and a surname") {
  CHECK(nickname("Coach Gerardo \"Tata\" Martino said so.") == "\"Tata\"");
  CHECK(nickname("Joaquin \"El Chapo\" Guzman was sentenced.") == "\"El Chapo\"");
  CHECK(nickname("Earvin \xE2\x80\x9CMagic\xE2\x80\x9D Johnson played.", "\xE2\x80\x9C") ==
        "\xE2\x80\x9CMagic\xE2\x80\x9D");
}

TEST_CASE("nicknames: quotes, scare quotes and titles in marks are none") {
  CHECK(nickname("Martino said \"Yes\" to the offer.").empty());             // a word before it in lower case
  CHECK(nickname("He called Martino \"Tata\" and left.").empty());           // none after it
  CHECK(nickname("Martino \"Tata\" said so.").empty());                      // a verb after it
  CHECK(nickname("Gerardo \"the Tata\" Martino.").empty());                  // a word in lower case inside
  CHECK(nickname("Gerardo \"Tata Of The Year\" Martino.").empty());          // too long for a nickname
  CHECK(nickname("Gerardo \" Tata\" Martino.").empty());                     // not glued to its mark
  CHECK(nickname("Gerardo \"Tata\"\nMartino said so.").empty());              // a line ends inside the name
  CHECK(nickname("\"Tata\" Martino").empty());                               // nothing before it
}
