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
