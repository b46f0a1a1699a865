// analysis.cpp — see analysis.h.
#include "app/state/analysis.h"

#include <chrono>
#include <cmath>

#include "app/state/app_state.h"
#include "core/document_codec.h"
#include "core/numbers/date_resolve.h"
#include "core/text/utf8.h"

namespace lede::app {

namespace {
// What the reader spends on each highlighted span after decoding: its LayoutSpan (16 bytes) and its rectangle
// with the line beside it while they are placed, reserved a quarter over (30).
constexpr size_t kReaderBytesPerSpan = 48;
// Answers are decoded 1 MB at a time: a few ms each in the web build under load, so analysis_take_in's budget
// is overrun by one slice at most.
constexpr size_t kAnswerSlice = 1 << 20;
double g_bytes_per_s = 1.5e6;  // analysis speed, updated from each answer (first guess: wasm on a laptop)
// Seconds on a monotonic clock (no ImGui here: this file is part of the natively built logic, user_data.h).
double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void show_plain(Article& a) {
  a.doc = Document();
  a.doc.text = utf8::repair(a.body);
}

void body_changed(Article& a) {
  a.analysed = false;
  a.analysis_pending = false;
  a.analysis_error.clear();
  ++a.analysis_generation;
  show_plain(a);
}

void request_analysis(AppState& st, int index, bool front, bool retry) {
  if (index < 0 || index >= int(st.articles.size())) return;
  Article& a = st.articles[size_t(index)];
  if (a.analysed || (a.analysis_pending && !retry)) return;
  if (!a.analysis_error.empty() && !retry) return;  // failed before: the user decides (no crash loop)
  if (!st.user.ops.request_analysis) {  // no worker (native builds): analyse here, if this build can
    if (!st.user.ops.analyse_here) {
      a.analysis_error = "this build of lede cannot analyse articles";
      return;
    }
    st.user.ops.analyse_here(a);
    a.analysis_error.clear();
    if (st.current == index) st.layout_dirty = true;
    return;
  }
  if (a.doc.text.empty() && !a.body.empty()) show_plain(a);
  a.analysis_error.clear();
  a.analysis_pending = true;
  ++a.analysis_generation;
  a.analysis_started = now();
  st.user.ops.request_analysis(a.id, a.analysis_generation, a.body, front, retry);
}

namespace {

Article* pending_article(AppState& st, const std::string& id, int generation, int* index) {
  const int i = article_index(st, id);
  if (i < 0) return nullptr;
  Article& a = st.articles[size_t(i)];
  if (!a.analysis_pending || a.analysis_generation != generation) return nullptr;  // stale answer
  if (index) *index = i;
  return &a;
}

// The page holds the decoded Document and the reader's highlights of it inside its wasm memory (4 GB): a
// failed allocation there would abort the app, so an analysis that would not fit (a text denser in figures
// than 50 MB of "$1$1...", or a page short of memory) is refused before it is decoded. The limit is taken
// when an answer's decoding starts, after the answers before it were applied (two large answers arriving
// together must not both count the same free memory). A fifth of what is free is left for fragmentation and
// the rest of the app.
DecodeLimit page_limit(const AppState& st) {
  DecodeLimit limit;
  if (st.user.ops.memory_free) {
    limit.max_bytes = st.user.ops.memory_free() / 5 * 4;
    limit.bytes_per_span = kReaderBytesPerSpan;
  }
  return limit;
}

// A decoded answer replaces the plain text of the article it was asked for (unless it went stale meanwhile).
void apply_answer(AppState& st, IncomingAnalysis& in) {
  int i = -1;
  Article* a = pending_article(st, in.id, in.generation, &i);
  if (!a) return;
  if (!in.decoder.ok()) {
    const std::string& error = in.decoder.error();
    const std::string message = error.rfind("too large", 0) == 0
        ? "the analysis ran out of memory: this text is too large to show analysed here (its analysis is " + error + ")"
        : "the analysis came back damaged (" + error + ")";
    analysis_failed(st, in.id, in.generation, message);
    if (st.user.ops.analysis_refused) st.user.ops.analysis_refused(in.id, message);
    return;
  }
  const double took = now() - a->analysis_started;
  if (took > 0.05 && a->body.size() > 100000) g_bytes_per_s = 0.5 * g_bytes_per_s + 0.5 * (double(a->body.size()) / took);
  a->doc = in.decoder.take();
  if (!a->date.empty()) resolve_dates(a->doc, a->date);
  a->analysed = true;
  a->analysis_pending = false;
  a->analysis_error.clear();
  if (st.current == i) st.layout_dirty = true;
  ++st.user.annotations_version;  // marks are re-placed against the analysed text
}

}  // namespace

void analysis_arrived(AppState& st, const std::string& id, int generation, std::string_view encoded,
                      void (*release)(const char*)) {
  st.incoming_analyses.push_back(IncomingAnalysis{id, generation,
                                                  std::unique_ptr<const char, IncomingAnalysis::Release>(
                                                      encoded.data(), IncomingAnalysis::Release{release}),
                                                  DocumentDecoder(encoded)});
  // An ordinary article's answer (one slice) is taken in at once, as it came, not a frame later.
  if (st.incoming_analyses.size() == 1 && encoded.size() <= kAnswerSlice) analysis_take_in(st, 0);
}

void analysis_done(AppState& st, const std::string& id, int generation, std::string_view encoded) {
  analysis_arrived(st, id, generation, encoded, nullptr);
  analysis_take_in(st, HUGE_VAL);
}

void analysis_take_in(AppState& st, double budget_ms) {
  const double end = now() + budget_ms / 1000;
  while (!st.incoming_analyses.empty()) {
    IncomingAnalysis& in = st.incoming_analyses.front();
    if (!pending_article(st, in.id, in.generation, nullptr)) {  // cancelled, deleted or asked again meanwhile
      st.incoming_analyses.pop_front();
      continue;
    }
    if (in.decoder.bytes_read() == 0) in.decoder.set_limit(page_limit(st));
    const bool finished = in.decoder.step(kAnswerSlice);
    if (finished) {
      apply_answer(st, in);
      st.incoming_analyses.pop_front();
    }
    if (now() >= end) break;
  }
}

void analysis_failed(AppState& st, const std::string& id, int generation, const std::string& message) {
  int i = -1;
  Article* a = pending_article(st, id, generation, &i);
  if (!a) return;
  a->analysis_pending = false;
  a->analysis_error = message.empty() ? std::string("the analysis stopped") : message;
  show_plain(*a);
  if (st.current == i) st.layout_dirty = true;
}

void cancel_analysis(AppState& st, int index) {
  if (index < 0 || index >= int(st.articles.size())) return;
  Article& a = st.articles[size_t(index)];
  if (!a.analysis_pending) return;
  if (st.user.ops.cancel_analysis) st.user.ops.cancel_analysis(a.id);
  a.analysis_pending = false;
  ++a.analysis_generation;
  a.analysis_error = "analysis cancelled";
  if (!a.builtin) {
    st.user.notices.push_back("Import of “" + a.title + "” cancelled (Undo brings it back).");
    delete_article(st, index);
  }
  if (st.current == index) st.layout_dirty = true;
}

float analysis_progress(const Article& a) {
  if (!a.analysis_pending) return a.analysed ? 1.0f : 0.0f;
  // 1 - e^(-t/expected): about 63% at the expected time, and still moving (more slowly) when the machine
  // is slower than measured, never claiming to be done.
  const double expected = double(a.body.size()) / g_bytes_per_s + 0.2;
  const double t = now() - a.analysis_started;
  return t <= 0 ? 0.0f : float(1.0 - std::exp(-t / expected));
}

double analysis_seconds(const Article& a) { return a.analysis_pending ? now() - a.analysis_started : 0; }

int analyses_pending(const AppState& st) {
  int n = 0;
  for (const Article& a : st.articles) n += a.analysis_pending && !a.deleted;
  return n;
}

}  // namespace lede::app
