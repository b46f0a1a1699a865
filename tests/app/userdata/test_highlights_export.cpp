// The library export with lede's highlights (exports.h start_highlights_export): the page never analyses on
// its own thread, so articles not analysed yet are asked of the worker and the file waits for the answers;
// an article whose analysis failed goes without highlights, and the user is told which and why.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "app/state/analysis.h"
#include "core/analyse.h"
#include "core/document_codec.h"
#include "fake_storage.h"

using namespace lede;
using namespace lede::app;
using lede::app::testing::FakeStorage;
using lede::app::testing::Tab;

namespace {

std::map<std::string, int> g_asked;   // article id -> generation the fake worker was asked for
std::vector<std::string> g_files;     // downloads offered

void offered(const std::string&, const std::string&, const std::string& data) { g_files.push_back(data); }

// A tab with a (fake) worker: requests are recorded, never analysed on this thread.
void with_worker(Tab& t) {
  g_asked.clear();
  g_files.clear();
  t.st.user.ops.request_analysis = [](const std::string& id, int generation, const std::string&, bool, bool) {
    g_asked[id] = generation;
  };
  t.st.user.ops.analyse_here = [](Article&) { FAIL("analysed on the UI thread"); };
  t.st.user.ops.download = offered;
}

// The articles each machine highlight of an exported file belongs to, counted.
std::map<std::string, int> highlighted(const std::string& file) {
  std::map<std::string, int> n;
  const nlohmann::json j = nlohmann::json::parse(file);
  for (const auto& item : j["first"]["items"])
    if (item.contains("lede:kind")) ++n[item["target"]["lede:article"].get<std::string>()];
  return n;
}

const char* kA = "Amina Yusuf, the mayor of Kano, said the bridge would open in May at a cost of $40 million.";
const char* kB = "Officials in Lagos said 1,200 workers would return on Monday, according to the port authority.";

// Imports kA as "Bridge" and kB as "Port" into t (neither analysed yet: nothing opened); their ids.
std::pair<std::string, std::string> import_both(Tab& t) {
  int a = -1, b = -1;
  t.run([&] {
    a = add_imported_article(t.st, {"Bridge", kA, "", "", ""});
    b = add_imported_article(t.st, {"Port", kB, "", "", ""});
  });
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  return {t.st.articles[size_t(a)].id, t.st.articles[size_t(b)].id};
}

}  // namespace

TEST_CASE("the export with lede's highlights waits for the worker's answers, then carries every article's") {
  FakeStorage db;
  Tab t(db);
  with_worker(t);
  const auto [id_a, id_b] = import_both(t);
  t.run([&] { REQUIRE(open_article(t.st, article_index(t.st, id_a))); });  // its analysis is asked for
  REQUIRE(g_asked.count(id_a));
  // The first article's answer is in; the second's is not even asked for when the user exports.
  t.run([&] { analysis_done(t.st, id_a, g_asked[id_a], encode_document(analyse(kA))); });
  REQUIRE(t.st.articles[size_t(article_index(t.st, id_a))].analysed);
  REQUIRE_FALSE(t.st.articles[size_t(article_index(t.st, id_b))].analysed);
  t.run([&] { start_highlights_export(t.st); });
  CHECK(g_files.empty());  // nothing yet, nothing analysed here (analyse_here fails the test)
  CHECK(t.st.user.highlights_export);
  CHECK(t.st.user.highlights_export_left == 1);
  t.run([&] { highlights_export_step(t.st); });  // frames go on
  CHECK(g_files.empty());
  t.run([&] {
    analysis_done(t.st, id_b, g_asked[id_b], encode_document(analyse(kB)));
    highlights_export_step(t.st);
  });
  REQUIRE(g_files.size() == 1);
  CHECK_FALSE(t.st.user.highlights_export);
  const auto n = highlighted(g_files[0]);
  CHECK(n.count(id_a));
  CHECK(n.count(id_b));
  for (const std::string& notice : t.st.user.notices)
    CHECK(notice.find("without lede's highlights") == std::string::npos);
  // The file is the one analysing here makes (natively, without a worker).
  FakeStorage db2;
  Tab here(db2);
  here.st.user.ops.download = offered;
  import_both(here);
  here.run([&] { start_highlights_export(here.st); });
  REQUIRE(g_files.size() == 2);
  CHECK(g_files[1] == g_files[0]);
}

TEST_CASE("an article whose analysis fails is exported without highlights, and the user is told why") {
  FakeStorage db;
  Tab t(db);
  with_worker(t);
  const auto [id_a, id_b] = import_both(t);
  t.run([&] { start_highlights_export(t.st); });
  CHECK(t.st.user.highlights_export_left == 2);
  CHECK_FALSE(g_asked.count(id_b));  // one at a time, as the worker takes them
  t.run([&] {
    analysis_done(t.st, id_a, g_asked[id_a], encode_document(analyse(kA)));
    highlights_export_step(t.st);
  });
  REQUIRE(g_asked.count(id_b));
  CHECK(g_files.empty());
  t.run([&] {
    analysis_failed(t.st, id_b, g_asked[id_b], "the analysis ran out of memory");
    highlights_export_step(t.st);
  });
  REQUIRE(g_files.size() == 1);
  const auto n = highlighted(g_files[0]);
  CHECK(n.count(id_a));
  CHECK_FALSE(n.count(id_b));
  CHECK(nlohmann::json::parse(g_files[0])["lede:articles"].size() == 2);  // its text still goes
  REQUIRE_FALSE(t.st.user.notices.empty());
  const std::string& told = t.st.user.notices.back();
  CHECK(told.find("“Port”") != std::string::npos);
  CHECK(told.find("ran out of memory") != std::string::npos);
  CHECK(told.find("“Bridge”") == std::string::npos);
}

TEST_CASE("an export waiting for analyses can be cancelled; a changed text is asked for again") {
  FakeStorage db;
  Tab t(db);
  with_worker(t);
  const std::string id = import_both(t).first;
  t.run([&] { start_highlights_export(t.st); });
  const int first = g_asked[id];
  body_changed(t.st.articles[size_t(article_index(t.st, id))]);  // a new text, say: the request went stale
  t.run([&] { highlights_export_step(t.st); });
  CHECK(g_asked[id] > first);  // asked again, not waited for forever
  CHECK(t.st.user.highlights_export_left == 2);
  t.run([&] { cancel_highlights_export(t.st); });
  t.run([&] {
    for (const auto& [asked, generation] : g_asked)
      analysis_done(t.st, asked, generation, encode_document(analyse(asked == id ? kA : kB)));
    highlights_export_step(t.st);
  });
  CHECK(g_files.empty());
}

TEST_CASE("natively, without a worker, the export analyses at once and is offered in the same call") {
  FakeStorage db;
  Tab t(db);
  g_files.clear();
  t.st.user.ops.download = offered;
  import_both(t);
  t.run([&] { start_highlights_export(t.st); });
  REQUIRE(g_files.size() == 1);
  CHECK(highlighted(g_files[0]).size() == 2);
}
