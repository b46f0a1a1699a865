// user_bridge.cpp — connects the app's user data (src/app/userdata/user_data.h) to the browser: IndexedDB storage
// (web/storage.js), file import (web/import.js), downloads and the file picker, all through
// web/app-bridge.js. Large data crosses as bytes in wasm memory (lede_alloc/lede_free), never through
// ccall's string arguments, which live on the small wasm stack.
//
// JS -> C++ (EMSCRIPTEN_KEEPALIVE, called by web/app-bridge.js):
//     lede_storage_opened(ok, memory_only, persistent, message)
//     lede_storage_loaded(json_ptr)                 web/storage.js loadAll() result
//     lede_storage_written(store, id, rev, ok, conflict, error)
//     lede_storage_changed(store, json_ptr)         another tab wrote this record
//     lede_storage_conflict(store, json_ptr)        our write was stale: the record storage holds instead
//     lede_import_bytes(name, ptr, len, markdown, open)   a .txt/.md file's bytes (decoded by the core)
//     lede_import_decoded(name, error, title, ptr, len, replacements, open)
//                                                   a large .txt file the analysis worker decoded (text_import.h)
//     lede_import_text(json_ptr, open)              {title,text,source,date,url} from HTML extraction
//     lede_import_library(ptr, len)                 a lede JSON-LD file
//     lede_import_progress(done, total)
//     lede_update_available()                      a new deployment is installed: offer to reload
// C++ -> JS (EM_JS below; UserData::ops points at these, see app/userdata/user_data.h):
//     ledeBridge.put(store, json, rev, text) write one record (text: an article's, beside its JSON); the answer
//                                            comes back as lede_storage_written
//     ledeBridge.download(name, mime, bytes) bytes is a Uint8Array copied out of wasm memory (HEAPU8.slice)
//     ledeBridge.pickFiles(mode)             0: articles (.txt .md .html), 1: a lede library (.jsonld)
#include <emscripten.h>

#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
#include "notes/json_fields.h"
#include "notes/records.h"
#include "imgui.h"
#include "platform/platform.h"

using lede::platform::state;

namespace {

// text_len >= 0: the record's "text" is text[0, text_len) (UTF-8), handed over as a view on wasm memory that
// ledeBridge.put reads at once (no search for a NUL, no JSON escaping and parsing of an article's megabytes;
// a large text is stored as a Blob of these bytes, web/storage.js).
EM_JS(void, js_put_record, (const char* store, const char* json, int rev, const char* text, int text_len), {
  if (!window.ledeBridge) return;
  var t = text_len >= 0 ? HEAPU8.subarray(text >>> 0, (text >>> 0) + text_len) : undefined;
  window.ledeBridge.put(UTF8ToString(store), UTF8ToString(json), rev, t);
});

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int len), {
  if (window.ledeBridge) window.ledeBridge.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data >>> 0, (data >>> 0) + len));
});

EM_JS(void, js_pick_files, (int mode), {
  if (window.ledeBridge) window.ledeBridge.pickFiles(mode);
});

void put_record(const char* store, const std::string& json, int expected_rev, const std::string* text) {
  js_put_record(store, json.c_str(), expected_rev, text ? text->data() : nullptr, text ? int(text->size()) : -1);
}

void download(const std::string& name, const std::string& mime, const std::string& data) {
  js_download(name.c_str(), mime.c_str(), data.data(), int(data.size()));
}

void pick_files(int mode) { js_pick_files(mode); }

EM_JS(void, js_apply_update, (), {
  if (window.ledeUpdate && window.ledeUpdate.available) window.ledeUpdate.apply();
});

std::string now_iso() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

void lede::platform::install_user_bridge() {
  auto& ops = state().user.ops;
  ops.put_record = put_record;
  ops.download = download;
  ops.open_file_picker = pick_files;
  ops.now_iso = now_iso;
  ops.apply_update = js_apply_update;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void* lede_alloc(int size) { return std::malloc(size_t(size > 0 ? size : 1)); }
EMSCRIPTEN_KEEPALIVE void lede_free(void* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE void lede_storage_opened(int ok, int memory_only, int persistent, const char* message) {
  auto& u = state().user;
  u.memory_only = memory_only != 0;
  u.persistent = persistent != 0;
  if (!ok && message && *message) lede::app::set_error(state(), message);
}

EMSCRIPTEN_KEEPALIVE void lede_storage_loaded(const char* json) { lede::app::load_stored(state(), json ? json : "{}"); }

EMSCRIPTEN_KEEPALIVE void lede_storage_written(const char* store, const char* id, int rev, int ok, int conflict,
                                               const char* error) {
  lede::app::storage_written(state(), store, id, rev, ok != 0, conflict != 0, error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void lede_storage_changed(const char* store, const char* json) {
  lede::app::storage_record_changed(state(), store, json ? json : "");
}

// A write was refused as stale; json is the record storage holds now (note_editor.h keeps both texts).
EMSCRIPTEN_KEEPALIVE void lede_storage_conflict(const char* store, const char* json) {
  lede::app::storage_conflict(state(), store, json ? json : "");
}

// open: 1 for the last file of a batch only, so importing 300 files analyses the one shown, and the rest
// when they are opened (or the Across tab needs them), not all at once.
EMSCRIPTEN_KEEPALIVE int lede_import_bytes(const char* name, const char* data, int len, int markdown, int open) {
  auto& st = state();
  const int i = lede::app::import_file_bytes(st, name ? name : "file", std::string(data, size_t(len)), markdown != 0);
  if (i >= 0 && open) lede::app::open_article(st, i);
  return i;
}

// A .txt file decoded in the analysis worker (web/analysis.js decodeText): text is UTF-8, len bytes;
// error non-empty when the worker refused the file.
EMSCRIPTEN_KEEPALIVE int lede_import_decoded(const char* name, const char* error, const char* title, const char* text,
                                             int len, int replacements, int open) {
  auto& st = state();
  lede::TextImport t;
  t.error = error ? error : "";
  t.title = title ? title : "";
  t.text.assign(text, size_t(len > 0 ? len : 0));
  t.replacements = size_t(replacements > 0 ? replacements : 0);
  const int i = lede::app::add_text_import(st, name ? name : "file", std::move(t));
  if (i >= 0 && open) lede::app::open_article(st, i);
  return i;
}

EMSCRIPTEN_KEEPALIVE int lede_import_text(const char* json, int open) {
  auto& st = state();
  nlohmann::json j = nlohmann::json::parse(json ? json : "", nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    lede::app::set_error(st, "Import failed: the extracted article could not be read.");
    return -1;
  }
  using lede::field_str;
  lede::app::ImportedText in{field_str(j, "title"), field_str(j, "text"), field_str(j, "source"), field_str(j, "date"),
                             field_str(j, "url")};
  const int i = lede::app::add_imported_article(st, std::move(in));
  if (i >= 0 && open) lede::app::open_article(st, i);
  return i;
}

EMSCRIPTEN_KEEPALIVE int lede_import_library(const char* data, int len) {
  return lede::app::import_library_jsonld(state(), std::string(data, size_t(len))) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void lede_update_available() { state().user.update_available = true; }
EMSCRIPTEN_KEEPALIVE int lede_update_offered() { return state().user.update_available ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void lede_import_progress(int done, int total) {
  // A new batch of files: an error line left from an earlier import no longer applies.
  if (done == 0 && total > 0) state().last_error.clear();
  state().user.import_done = done;
  state().user.import_total = total;
}

// Test hooks for the user's data.
EMSCRIPTEN_KEEPALIVE int lede_annotation_count() { return int(lede::app::visible_annotations(state(), "").size()); }
EMSCRIPTEN_KEEPALIVE const char* lede_annotation_record(int n) {
  static std::string s;
  const auto v = lede::app::visible_annotations(state(), "");
  s = n >= 0 && n < int(v.size()) ? lede::dump_record(lede::annotation_record_json(state().user.annotations[size_t(v[size_t(n)])], {})) : "";
  return s.c_str();
}
EMSCRIPTEN_KEEPALIVE int lede_visible_article_count() {
  int n = 0;
  for (const auto& a : state().articles) n += !a.deleted;
  return n;
}
EMSCRIPTEN_KEEPALIVE const char* lede_selection_text() {
  static std::string s;
  const auto& st = state();
  const auto& u = st.user;
  s.clear();
  if (st.current >= 0 && u.sel_article == st.current && u.sel_anchor != u.sel_caret) {
    const uint32_t b = std::min(u.sel_anchor, u.sel_caret), e = std::max(u.sel_anchor, u.sel_caret);
    s = st.articles[size_t(st.current)].doc.text.substr(b, e - b);
  }
  return s.c_str();
}
EMSCRIPTEN_KEEPALIVE int lede_storage_ready() { return state().user.storage_ready ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int lede_pending_writes() { return int(state().user.in_flight.size()); }
EMSCRIPTEN_KEEPALIVE int lede_conflict_count() { return int(state().user.conflicts.size()); }
EMSCRIPTEN_KEEPALIVE int lede_pending_replace_count() { return int(state().user.pending_replace.size()); }

}  // extern "C"
