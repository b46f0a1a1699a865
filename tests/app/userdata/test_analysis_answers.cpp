// The worker's answers (analysis.h): taken in a slice per frame, applied once decoded, dropped when stale,
// refused when damaged; the bytes handed over are released exactly once in every case.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "app/state/analysis.h"
#include "app/state/app_state.h"
#include "core/document_codec.h"

using namespace lede;
using namespace lede::app;

namespace {

int g_released = 0;
std::vector<std::string> g_asked;  // ids the fake worker was asked to analyse

void release(const char* p) {
  ++g_released;
  delete[] p;
}

// A copy of bytes the way the platform hands them over (its own buffer, released through the callback).
std::string_view handed_over(const std::string& bytes) {
  char* p = new char[bytes.size()];
  std::memcpy(p, bytes.data(), bytes.size());
  return std::string_view(p, bytes.size());
}

// One article whose analysis has been asked of the (fake) worker; its text is `text`.
void one_pending(AppState& st, const std::string& text) {
  g_released = 0;
  g_asked.clear();
  st.user.ops.request_analysis = [](const std::string& id, int, const std::string&, bool, bool) { g_asked.push_back(id); };
  Article a;
  a.id = "imp:1";
  a.title = "Long";
  a.body = text;
  a.builtin = false;
  st.articles.push_back(a);
  request_analysis(st, 0);
  REQUIRE(g_asked.size() == 1);
  REQUIRE(st.articles[0].analysis_pending);
}

// The worker's answer for a text: here a document of the text alone (large, with no analysis to wait for).
std::string answer_for(const std::string& text) {
  Document d;
  d.text = text;
  return encode_document(d);
}

}  // namespace

TEST_CASE("a large answer is decoded over several frames, then shown; its bytes are released once") {
  AppState st;
  const std::string text(3u << 20, 'a');  // 3 MB: more than one slice
  one_pending(st, text);
  const Article& a = st.articles[0];
  analysis_arrived(st, a.id, a.analysis_generation, handed_over(answer_for(text)), release);
  int frames = 0;
  while (!st.incoming_analyses.empty() && frames < 100) {
    analysis_take_in(st, 0);  // a budget of nothing: one slice a frame
    ++frames;
    if (!st.incoming_analyses.empty()) CHECK(a.analysis_pending);  // still waiting, shown as plain text
  }
  CHECK(frames >= 3);
  CHECK(a.analysed);
  CHECK_FALSE(a.analysis_pending);
  CHECK(a.doc.text == text);
  CHECK(g_released == 1);
}

TEST_CASE("an answer that went stale while it was decoded is dropped, and released") {
  AppState st;
  const std::string text(3u << 20, 'b');
  one_pending(st, text);
  Article& a = st.articles[0];
  analysis_arrived(st, a.id, a.analysis_generation, handed_over(answer_for(text)), release);
  analysis_take_in(st, 0);
  REQUIRE_FALSE(st.incoming_analyses.empty());
  a.body = "Another text.";
  body_changed(a);  // the text changed: the answer on its way is for the old one
  analysis_take_in(st, 0);
  CHECK(st.incoming_analyses.empty());
  CHECK_FALSE(a.analysed);
  CHECK(a.doc.text == "Another text.");
  CHECK(g_released == 1);
}

TEST_CASE("a damaged answer leaves the article as plain text with a message") {
  AppState st;
  one_pending(st, "A short text.");
  Article& a = st.articles[0];
  std::string bytes = answer_for("A short text.");
  bytes.resize(bytes.size() - 2);
  analysis_arrived(st, a.id, a.analysis_generation, handed_over(bytes), release);
  analysis_take_in(st, 100);
  CHECK(st.incoming_analyses.empty());
  CHECK_FALSE(a.analysed);
  CHECK(a.analysis_error.find("damaged") != std::string::npos);
  CHECK(a.doc.text == "A short text.");
  CHECK(g_released == 1);
}
