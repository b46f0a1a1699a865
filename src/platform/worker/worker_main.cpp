// worker_main.cpp — the analysis worker's module: lede's core alone (no ImGui, no GL), built as a second
// wasm module (lede-worker.js/.wasm) that web/analysis-worker.js runs inside a Web Worker. Messages carry
// bytes; nothing is shared with the page (no SharedArrayBuffer, so no COOP/COEP headers are needed).
//
//     ptr = lede_worker_alloc(n); HEAPU8.set(text, ptr);
//     out = lede_worker_analyse(ptr, n);        // document_codec.h bytes, valid until the next call
//     bytes = HEAPU8.slice(out, out + lede_worker_result_size());
//     lede_worker_free(ptr);
// If the analysis aborts (a bug, out of memory) this module is dead: web/analysis.js ends the worker,
// starts a fresh one and reports the article as failed.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "core/analyse.h"
#include "core/document_codec.h"
#include "platform/ner_model_file.h"

namespace {
std::string g_result;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void* lede_worker_alloc(int size) { return std::malloc(size_t(size > 0 ? size : 1)); }
EMSCRIPTEN_KEEPALIVE void lede_worker_free(void* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* lede_worker_analyse(const char* text, int len) {
  // The module never analyses without its name tagger (a weaker reading would pass for the real one): the
  // page then reports the article's analysis as failed, with this reason in the console.
  static const std::string model_error = lede::platform::load_embedded_ner_model();
  if (!model_error.empty()) {
    emscripten_log(EM_LOG_ERROR, "%s", model_error.c_str());
    std::abort();
  }
  g_result.clear();
  g_result.shrink_to_fit();  // a 20 MB article's bytes are not kept while the next one is analysed
  g_result = lede::encode_document(lede::analyse(std::string_view(text, size_t(len > 0 ? len : 0))));
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int lede_worker_result_size() { return int(g_result.size()); }

// Drops the last result (the page has copied it).
EMSCRIPTEN_KEEPALIVE void lede_worker_release() {
  g_result.clear();
  g_result.shrink_to_fit();
}

// Tests only (web/analysis.js failNextForTest): makes the next analysis abort, as a crash in the core would.
EMSCRIPTEN_KEEPALIVE void lede_worker_test_abort() { std::abort(); }

}  // extern "C"

int main() { return 0; }
