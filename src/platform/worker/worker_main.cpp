// worker_main.cpp — the analysis worker's module: lede's core alone (no ImGui, no GL), built as a second
// wasm module (lede-worker.js/.wasm) that web/analysis-worker.js runs inside a Web Worker. Messages carry
// bytes; nothing is shared with the page (no SharedArrayBuffer, so no COOP/COEP headers are needed).
//
//     err = lede_worker_model_error();          // "" when the name tagger's model is loaded (once, at start)
//     ptr = lede_worker_alloc(n); HEAPU8.set(text, ptr);
//     out = lede_worker_analyse(ptr, n);        // document_codec.h bytes, valid until the next call
//     bytes = HEAPU8.slice(out, out + lede_worker_result_size());
//     lede_worker_free(ptr);
//
//     ok = lede_worker_import_text(ptr, n, name);   // a .txt file's bytes -> title and text (text_import.h)
//     part k (0 error, 1 title, 2 text): HEAPU8.subarray(lede_worker_import_part(k), + lede_worker_import_part_size(k))
//     lede_worker_import_replacements(); lede_worker_release();
// If the analysis aborts (a bug, out of memory) this module is dead: web/analysis.js ends the worker,
// starts a fresh one and reports the article as failed.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "core/analyse.h"
#include "core/document_codec.h"
#include "core/text/text_import.h"
#include "platform/worker/ner_model_file.h"

namespace {
std::string g_result;
lede::TextImport g_import;

// Loads the name tagger's model the first time it is asked: "" when loaded, else the reason.
const std::string& model_error() {
  static const std::string error = lede::platform::load_embedded_ner_model();
  return error;
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* lede_worker_alloc(int size) { return std::malloc(size_t(size > 0 ? size : 1)); }
EMSCRIPTEN_KEEPALIVE void lede_worker_free(void* p) { std::free(p); }

// web/analysis-worker.js asks as soon as the module is up and tells the page, which then stops with the reason
// (the page has no model of its own: it analyses nothing).
EMSCRIPTEN_KEEPALIVE const char* lede_worker_model_error() { return model_error().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* lede_worker_analyse(const char* text, int len) {
  // The module never analyses without its name tagger (a weaker reading would pass for the real one); the
  // page has stopped already (lede_worker_model_error), this is only a last guard.
  if (!model_error().empty()) {
    emscripten_log(EM_LOG_ERROR, "%s", model_error().c_str());
    std::abort();
  }
  g_result.clear();
  g_result.shrink_to_fit();  // a 20 MB article's bytes are not kept while the next one is analysed
  g_result = lede::encode_document(lede::analyse(std::string_view(text, size_t(len > 0 ? len : 0))));
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int lede_worker_result_size() { return int(g_result.size()); }

// Decodes an imported plain-text file off the page's thread: 1 when it can be imported, else 0 (part 0
// says why). The parts stay valid until the next call or lede_worker_release().
EMSCRIPTEN_KEEPALIVE int lede_worker_import_text(const char* bytes, int len, const char* name) {
  g_import = lede::import_plain_text(std::string_view(bytes, size_t(len > 0 ? len : 0)), name ? name : "file");
  return g_import.ok() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* lede_worker_import_part(int k) {
  return (k == 0 ? g_import.error : k == 1 ? g_import.title : g_import.text).data();
}
EMSCRIPTEN_KEEPALIVE int lede_worker_import_part_size(int k) {
  return int((k == 0 ? g_import.error : k == 1 ? g_import.title : g_import.text).size());
}
EMSCRIPTEN_KEEPALIVE int lede_worker_import_replacements() { return int(g_import.replacements); }

// Drops the last result (the page has copied it).
EMSCRIPTEN_KEEPALIVE void lede_worker_release() {
  g_result.clear();
  g_result.shrink_to_fit();
  g_import = lede::TextImport();
}

// Tests only (web/analysis.js failNextForTest): makes the next analysis abort, as a crash in the core would.
EMSCRIPTEN_KEEPALIVE void lede_worker_test_abort() { std::abort(); }

}  // extern "C"

int main() { return 0; }
