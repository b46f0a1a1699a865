// An analysis the page could not hold is refused before it is decoded (issue 14): the app stays up, the
// article is kept as plain text with a message, and an analysis that fits is taken in as before.
#include <doctest/doctest.h>

#include <cmath>
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
size_t g_free = 0;
std::string g_requested_id, g_refused;
int g_requested_generation = -1;
}  // namespace

TEST_CASE("an analysis larger than the page's free memory is refused with a message, the article kept") {
  FakeStorage db;
  Tab t(db);
  t.st.user.ops.request_analysis = [](const std::string& id, int generation, const std::string&, bool, bool) {
    g_requested_id = id;
    g_requested_generation = generation;
  };
  t.st.user.ops.memory_free = [] { return g_free; };
  t.st.user.ops.analysis_refused = [](const std::string& id, const std::string& message) { g_refused += id + ": " + message; };
  std::string figures = "Figures\n\n";
  for (int k = 0; k < 2000; ++k) figures += "$1";
  int i = -1;
  t.run([&] {
    i = add_imported_article(t.st, {"Figures", figures, "", "", ""});
    REQUIRE(i >= 0);
    REQUIRE(open_article(t.st, i));
    request_analysis(t.st, i);
  });
  REQUIRE(g_requested_generation >= 0);
  const std::string bytes = encode_document(analyse(t.st.articles[size_t(i)].body));
  g_free = 100 * 1024;  // 2000 figures need more than 80 KB with their highlights
  t.run([&] { analysis_done(t.st, g_requested_id, g_requested_generation, bytes); });
  const Article& a = t.st.articles[size_t(i)];
  CHECK_FALSE(a.analysed);
  CHECK(a.analysis_error.find("ran out of memory") != std::string::npos);
  CHECK(a.analysis_error.find("too large") != std::string::npos);
  CHECK(a.doc.text == a.body);  // shown as plain text
  CHECK(a.doc.numbers.empty());
  // ... and the platform is told, so that it does not have it analysed again at the next start.
  CHECK(g_refused == a.id + ": " + a.analysis_error);
  const std::string told = g_refused;

  g_free = size_t(1) << 30;  // retried with room: taken in
  t.run([&] { request_analysis(t.st, i, true, /*retry=*/true); });
  t.run([&] { analysis_done(t.st, g_requested_id, g_requested_generation, bytes); });
  CHECK(t.st.articles[size_t(i)].analysed);
  CHECK(t.st.articles[size_t(i)].doc.numbers.size() >= 2000);
  CHECK(g_refused == told);  // told once, for the refusal only
}

namespace {
size_t g_total = 0;
std::vector<std::pair<std::string, int>> g_requests;
size_t used_by(const AppState& st) {  // what the analysed articles hold, as decode_document counts it
  size_t n = 0;
  for (const Article& a : st.articles)
    if (a.analysed) n += a.doc.text.size() + a.doc.tokens.size() * sizeof(Token) + a.doc.numbers.size() * (sizeof(NumberMention) + 48);
  return n;
}
const AppState* g_state = nullptr;
}  // namespace

TEST_CASE("two large answers arriving together do not both count the same free memory") {
  FakeStorage db;
  Tab t(db);
  g_state = &t.st;
  t.st.user.ops.request_analysis = [](const std::string& id, int generation, const std::string&, bool, bool) {
    g_requests.emplace_back(id, generation);
  };
  t.st.user.ops.memory_free = [] { return g_total - used_by(*g_state); };
  std::string figures = "Figures\n\n";
  for (int k = 0; k < 2000; ++k) figures += "$1";
  int i = -1, j = -1;
  t.run([&] {
    i = add_imported_article(t.st, {"Figures one", figures, "", "", ""});
    j = add_imported_article(t.st, {"Figures two", figures, "", "", ""});
    REQUIRE(i >= 0);
    REQUIRE(j >= 0);
    g_requests.clear();
    request_analysis(t.st, i);
    request_analysis(t.st, j);
  });
  REQUIRE(g_requests.size() == 2);
  const std::string bytes = encode_document(analyse(t.st.articles[size_t(i)].body));
  Document one;
  REQUIRE(decode_document(bytes, one));
  const size_t need = one.text.size() + one.tokens.size() * sizeof(Token) + one.numbers.size() * (sizeof(NumberMention) + 48);
  g_total = need + need / 2;  // room for one, with its fifth left over, not for two
  t.run([&] {
    for (const auto& r : g_requests) analysis_arrived(t.st, r.first, r.second, bytes, nullptr);
    analysis_take_in(t.st, HUGE_VAL);
  });
  CHECK(t.st.articles[size_t(i)].analysed + t.st.articles[size_t(j)].analysed == 1);
  CHECK((t.st.articles[size_t(i)].analysis_error + t.st.articles[size_t(j)].analysis_error).find("too large") != std::string::npos);
  g_state = nullptr;
}
