// font_loader.cpp — fetches the fallback fonts text needs (Arabic, Hebrew, symbols, emoji, CJK tiers; see
// src/app/text/glyph_needs.h), one file each, the first time a script appears. Nothing is fetched at start-up.
//
//     fetch_wanted_fonts();   // each frame, before the atlas is rebuilt: starts a fetch per newly wanted face
//
// Where the bytes come from: the hosted page fetches `fonts/<file>` from its own folder (CSP connect-src
// 'self'; the service worker keeps fetched fonts for offline use). The one-file offline page has every
// font inline (scripts/make-offline.py puts them in window.ledeFontData as base64), so it makes no request.
// JS -> C++: lede_font_loaded(face, ptr, size) copies the bytes into GlyphNeeds; lede_font_failed(face, why)
// reports in the status line (the text then shows ImGui's fallback glyph for that script).
#include <emscripten.h>

#include <string>
#include <vector>

#include "app/app.h"
#include "app/text/fallback_faces.h"
#include "platform/platform.h"

namespace {

EM_JS(void, js_fetch_font, (int face, const char* file_c), {
  var file = UTF8ToString(file_c);
  var inline = window.ledeFontData && window.ledeFontData[file];
  var got = inline
    ? Promise.resolve().then(function () {
        var s = atob(inline), a = new Uint8Array(s.length);
        for (var i = 0; i < s.length; ++i) a[i] = s.charCodeAt(i);
        return a;
      })
    : fetch('fonts/' + file).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (b) { return new Uint8Array(b); });
  got.then(function (bytes) {
    var p = _lede_alloc(bytes.length) >>> 0;
    HEAPU8.set(bytes, p);
    try { _lede_font_loaded(face, p, bytes.length); } finally { _lede_free(p); }
  }).catch(function (e) {
    Module.ccall('lede_font_failed', null, ['number', 'string'], [face, String(e && e.message || e)]);
  });
});

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void lede_font_loaded(int face, const unsigned char* bytes, int size) {
  auto& st = lede::platform::state();
  st.glyphs.face_loaded(size_t(face), std::vector<unsigned char>(bytes, bytes + (size > 0 ? size : 0)));
}

EMSCRIPTEN_KEEPALIVE void lede_font_failed(int face, const char* why) {
  auto& st = lede::platform::state();
  st.glyphs.face_failed(size_t(face));
  if (size_t(face) < lede::app::fallback_face_count())
    lede::app::set_error(st, std::string("Could not load the font for some characters (") +
                                 lede::app::fallback_face(size_t(face)).name + "): " + why);
}

}  // extern "C"

void lede::platform::fetch_wanted_fonts() {
  for (size_t f : state().glyphs.take_wanted()) js_fetch_font(int(f), lede::app::fallback_face(f).file);
}
