// script_test_hooks.cpp — browser-test windows into fallback fonts and right-to-left layout
// (tests/browser/scripts.test.js), via Module.ccall; strings stay valid until the next call of the same hook.
//
//     Module.ccall('lede_fonts_json', 'string')                 {"faces":[{"name","state","glyphs"}],"dirty":b}
//                                                               state: unneeded|wanted|loading|ready|failed
//     Module.ccall('lede_reader_has_glyph', 'number', ['number'], [cp])   1 if the reader font draws cp
//     Module.ccall('lede_layout_line_json', 'string', ['number'], [i])    a laid-out line with its runs
//     Module.ccall('lede_line_of_byte', 'number', ['number'], [b])        the line holding byte b
//     Module.ccall('lede_reader_text', 'string')                          the open article's text (offsets are its bytes)
#include <emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/text/fallback_faces.h"
#include "imgui.h"
#include "platform/platform.h"

using lede::platform::state;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* lede_fonts_json() {
  static std::string out;
  static const char* const names[] = {"unneeded", "wanted", "loading", "ready", "failed"};
  const auto& g = state().glyphs;
  nlohmann::json faces = nlohmann::json::array();
  for (size_t f = 0; f < lede::app::fallback_face_count(); ++f) {
    const bool sized = f < g.state.size();  // GlyphNeeds sizes its vectors on the first non-Latin code point
    faces.push_back({{"name", lede::app::fallback_face(f).name}, {"state", names[sized ? int(g.state[f]) : 0]},
                     {"glyphs", sized ? g.cps[f].size() : 0}, {"bytes", lede::app::fallback_face(f).bytes}});
  }
  out = nlohmann::json{{"faces", faces}, {"dirty", state().fonts_dirty || g.atlas_stale}}.dump();
  return out.c_str();
}

EMSCRIPTEN_KEEPALIVE int lede_reader_has_glyph(int cp) {
  const ImFont* f = state().reader_font;
  return f && f->FindGlyphNoFallback(ImWchar(cp)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* lede_reader_text() {
  const auto& st = state();
  return st.current >= 0 && size_t(st.current) < st.articles.size() ? st.articles[size_t(st.current)].doc.text.c_str() : "";
}

EMSCRIPTEN_KEEPALIVE int lede_line_of_byte(int b) {
  const auto& L = state().layout;
  return L.lines.empty() ? -1 : int(lede::app::line_of_byte(L, uint32_t(b)));
}

EMSCRIPTEN_KEEPALIVE const char* lede_layout_line_json(int i) {
  static std::string out;
  const auto& L = state().layout;
  if (i < 0 || size_t(i) >= L.lines.size()) return "";
  const lede::app::LayoutLine& line = L.lines[size_t(i)];
  const float dpr = state().dpr;
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& r : line.runs)
    runs.push_back({{"begin", r.begin}, {"end", r.end}, {"rtl", r.rtl}, {"x", r.x / dpr}, {"width", r.width / dpr},
                    {"visual", r.visual}});
  out = nlohmann::json{{"begin", line.begin}, {"end", line.end}, {"width", line.width / dpr},
                       {"wrap", L.wrap_width / dpr}, {"runs", runs}}.dump();
  return out.c_str();
}

}  // extern "C"
