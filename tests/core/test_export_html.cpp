#include <doctest/doctest.h>

#include <algorithm>

#include "core/analyse.h"
#include "core/export_html.h"

using namespace lede;

TEST_CASE("export_html: marks carry visible kind labels, quotes nest entities, text is escaped") {
  const Document d = analyse("Benjamin Netanyahu met envoys in Doha.\n“We <will> talk,” Netanyahu said of the 60-day plan.");
  const std::string html = export_html(d, "Talks & <truce>", "Wire");
  CHECK(html.find("<title>Talks &amp; &lt;truce&gt;</title>") != std::string::npos);
  CHECK(html.find("<mark class=\"person\">Benjamin Netanyahu <span class=\"label\">person: Benjamin Netanyahu</span></mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"place\">Doha <span class=\"label\">place: Doha</span></mark>") != std::string::npos);
  CHECK(html.find("We &lt;will&gt; talk") != std::string::npos);
  CHECK(html.find("<mark class=\"quote\">") != std::string::npos);
  CHECK(html.find("speaker unknown") == std::string::npos);  // the quote is attributed
  CHECK(html.find("<script") == std::string::npos);
  CHECK(std::count(html.begin(), html.end(), '\n') > 5);
  // Every <mark> is closed.
  size_t open = 0, close = 0;
  for (size_t i = html.find("<mark"); i != std::string::npos; i = html.find("<mark", i + 1)) ++open;
  for (size_t i = html.find("</mark>"); i != std::string::npos; i = html.find("</mark>", i + 1)) ++close;
  CHECK(open == close);
  CHECK(open >= 4);
}

TEST_CASE("export_html: the reader's notes follow the article, escaped") {
  const Document d = analyse("The pier closes on Monday.");
  const std::string none = export_html(d, "Pier", "");
  CHECK(none.find("Your notes") == std::string::npos);
  const std::string html = export_html(d, "Pier", "", {{"pier closes", "Check <this> & call", "port, follow-up"}, {"", "lost", ""}});
  CHECK(html.find("<h2 id=\"your-notes\">Your notes</h2>") != std::string::npos);
  CHECK(html.find("<blockquote>pier closes</blockquote><p>Check &lt;this&gt; &amp; call</p><p>Tags: port, follow-up</p>") !=
        std::string::npos);
  CHECK(html.find("no longer in the article") != std::string::npos);
  CHECK(html.find("Your notes") > html.find("The pier"));
}
