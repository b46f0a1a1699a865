// A plain text's title: a headline first line when it looks like one, else the first sentence shortened.
#include <doctest/doctest.h>

#include <string>

#include "core/text/title_guess.h"

using namespace lede;

TEST_CASE("a short first line followed by a blank line or a dateline is the headline") {
  const std::string t = "Dockworkers walk out as wage talks collapse\n\nHALVARD, March 4 (Lede Wire) — Nearly 2,000 ...";
  TitleGuess g = guess_title(t);
  CHECK(g.headline);
  CHECK(g.title == "Dockworkers walk out as wage talks collapse");
  CHECK(t.substr(g.headline_begin_bytes, g.headline_end_bytes - g.headline_begin_bytes) == g.title);

  g = guess_title("\nFlood toll rises\nORVIETTA, June 18 (Reuters) - At least 41 people died.\n");
  CHECK(g.headline);
  CHECK(g.title == "Flood toll rises");
  CHECK(g.headline_begin_bytes == 1);
}

TEST_CASE("a lead paragraph is no headline: the title is its first sentence, shortened") {
  const std::string lead =
      "Valmere Port Authority chair Tomasz Reyes has met the dockworkers’ union leader Ana Lindqvist at the harbour "
      "office on Friday morning, their third meeting this month, to talk about ending the strike.\nThe talks lasted an hour.\n";
  TitleGuess g = guess_title("\n" + lead);
  CHECK_FALSE(g.headline);
  CHECK(g.title.rfind("Valmere Port Authority chair Tomasz Reyes has met", 0) == 0);
  CHECK(g.title.size() < 110);
  CHECK(g.title.substr(g.title.size() - 3) == "\u2026");

  // A first line that ends with a full stop is a sentence, even when short and followed by a blank line.
  g = guess_title("The U.S. envoy arrived. Talks begin.\n\nMore text.");
  CHECK_FALSE(g.headline);
  CHECK(g.title == "The U.S. envoy arrived");
}

TEST_CASE("a photo caption above the story is skipped") {
  TitleGuess g = guess_title(
      "Pickets gather at the harbour gate on 3 February [Lede Photo]\nThe port authority is pressing the union. More.\n");
  CHECK_FALSE(g.headline);
  CHECK(g.title == "The port authority is pressing the union");
}

TEST_CASE("empty and blank texts have no title") {
  CHECK(guess_title("").title.empty());
  CHECK(guess_title("\n\n  \n").title.empty());
  CHECK(guess_title("Just one line").title == "Just one line");
}
