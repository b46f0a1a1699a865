// prefs_store.cpp — the app's layout preferences (src/app/state/prefs.h) kept by web/prefs.js (localStorage).
#include <emscripten.h>

#include <string>

#include "app/app.h"
#include "platform/platform.h"

namespace {

// The stored text's UTF-8 length, then a copy into a buffer of that many bytes (+1 for the NUL).
EM_JS(int, js_prefs_length, (), {
  var s = window.ledePrefs ? window.ledePrefs.load() : "";
  Module.ledePrefsBytes = new TextEncoder().encode(s);
  return Module.ledePrefsBytes.length;
});
EM_JS(void, js_prefs_copy, (char* out), {
  var b = Module.ledePrefsBytes || new Uint8Array(0);
  HEAPU8.set(b, out >>> 0);
  HEAPU8[(out >>> 0) + b.length] = 0;
  Module.ledePrefsBytes = null;
});
EM_JS(void, js_prefs_save, (const char* json), {
  if (window.ledePrefs) window.ledePrefs.save(UTF8ToString(json));
});

void save_prefs(const std::string& json) { js_prefs_save(json.c_str()); }

}  // namespace

void lede::platform::load_prefs() {
  auto& st = state();
  const int n = js_prefs_length();
  std::string text(size_t(n > 0 ? n : 0) + 1, '\0');
  js_prefs_copy(text.data());
  text.resize(size_t(n > 0 ? n : 0));
  lede::app::apply_prefs(st, lede::app::parse_prefs(text));  // damaged or missing text -> defaults
  st.user.ops.save_prefs = save_prefs;
}
