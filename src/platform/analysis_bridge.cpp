// analysis_bridge.cpp — connects the app's off-thread analysis (src/app/state/analysis.h) to the analysis
// Web Worker that web/analysis.js runs (the core-only module built from src/platform/worker/).
//
// C++ -> JS: ledeAnalysis.request(id, generation, bytes, front, retry), ledeAnalysis.cancel(id),
//            ledeAnalysis.refused(id, message) (an answer too large for the page: not asked for again)
// JS -> C++ (EMSCRIPTEN_KEEPALIVE):
//     lede_analysis_done(id, generation, ptr, len)     document_codec.h bytes in wasm memory (lede_alloc): the
//                                                      app owns them from here (freed once decoded, over frames)
//     lede_analysis_failed(id, generation, message)    the worker aborted, ran out of memory, or failed before
#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <cstdlib>
#include <string>

#include "app/app.h"
#include "app/state/analysis.h"
#include "platform/platform.h"

using lede::platform::state;

namespace {

// The text is copied out with ArrayBuffer.slice: TypedArray.slice on wasm memory copies byte by byte in V8
// (about 5x slower: a 20 MB article's request was a long frame).
EM_JS(void, js_request_analysis, (const char* id, int generation, const char* text, int len, int front, int retry), {
  if (window.ledeAnalysis)
    window.ledeAnalysis.request(UTF8ToString(id), generation, new Uint8Array(HEAPU8.buffer.slice(text >>> 0, (text >>> 0) + len)),
                                front !== 0, retry !== 0);
});

EM_JS(void, js_analysis_refused, (const char* id, const char* message), {
  if (window.ledeAnalysis) window.ledeAnalysis.refused(UTF8ToString(id), UTF8ToString(message));
});

EM_JS(void, js_cancel_analysis, (const char* id), {
  if (window.ledeAnalysis) window.ledeAnalysis.cancel(UTF8ToString(id));
});

void request(const std::string& id, int generation, const std::string& text, bool front, bool retry) {
  js_request_analysis(id.c_str(), generation, text.data(), int(text.size()), front ? 1 : 0, retry ? 1 : 0);
}

void cancel(const std::string& id) { js_cancel_analysis(id.c_str()); }

void refused(const std::string& id, const std::string& message) { js_analysis_refused(id.c_str(), message.c_str()); }

// What the wasm memory may still grow by, plus the allocator's free blocks inside it.
size_t memory_free() {
  const size_t max = emscripten_get_heap_max(), size = emscripten_get_heap_size();
  return (max > size ? max - size : 0) + size_t(unsigned(mallinfo().fordblks));
}

}  // namespace

void lede::platform::install_analysis_bridge() {
  auto& ops = state().user.ops;
  ops.request_analysis = request;
  ops.cancel_analysis = cancel;
  ops.memory_free = memory_free;
  ops.analysis_refused = refused;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void lede_analysis_done(const char* id, int generation, const char* data, int len) {
  lede::app::analysis_arrived(state(), id ? id : "", generation, std::string_view(data, size_t(len > 0 ? len : 0)),
                              [](const char* p) { std::free(const_cast<char*>(p)); });
}

EMSCRIPTEN_KEEPALIVE void lede_analysis_failed(const char* id, int generation, const char* message) {
  lede::app::analysis_failed(state(), id ? id : "", generation, message ? message : "");
}

EMSCRIPTEN_KEEPALIVE int lede_analyses_pending() { return lede::app::analyses_pending(state()); }
EMSCRIPTEN_KEEPALIVE int lede_across_waiting() { return int(state().across.waiting); }
// The open article's analysis error ("" when analysed or still on its way).
EMSCRIPTEN_KEEPALIVE const char* lede_analysis_error() {
  const auto& st = state();
  return st.current >= 0 ? st.articles[size_t(st.current)].analysis_error.c_str() : "";
}
EMSCRIPTEN_KEEPALIVE int lede_article_analysed(int i) {
  const auto& st = state();
  return i >= 0 && i < int(st.articles.size()) && st.articles[size_t(i)].analysed ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE double lede_analysis_progress() {
  const auto& st = state();
  return st.current >= 0 ? lede::app::analysis_progress(st.articles[size_t(st.current)]) : 0;
}
EMSCRIPTEN_KEEPALIVE void lede_cancel_analysis(int i) { lede::app::cancel_analysis(state(), i); }

}  // extern "C"
