// platform.h — the browser layer: the only code that calls Emscripten or JavaScript. It owns the one
// process-wide AppState and feeds the app (src/app, which never sees the browser) what only a browser knows.
//
// web_main.cpp's main() wires it up once, in this order, then runs the frame loop (app.h):
//
//     lede::app::AppState& st = lede::platform::state();   // the only instance; test hooks read it too
//     <GLFW window on #canvas, WebGL2, ImGui backends>
//     lede::platform::install_clipboard_and_ime();         // after ImGui_ImplGlfw_Init*: real clipboard, IME text
//     lede::platform::install_user_bridge();               // IndexedDB storage, imports, downloads (web/app-bridge.js)
//     lede::platform::install_analysis_bridge();           // analysis in a Web Worker (web/analysis.js, worker/)
//     lede::platform::load_prefs();                        // layout preferences, before the first frame
//     lede::app::app_init(st, "/assets/articles");
//     each frame: st.dpr = devicePixelRatio; st.reduced_motion = lede::platform::reduced_motion();
//                 lede::platform::fetch_wanted_fonts();  // fallback fonts text newly needs (font_loader.cpp) ...
//
// Who writes what: the platform writes st.dpr, st.reduced_motion, the canvas size and everything storage or
// an import answers (through user_data.h's functions, never by poking fields); the app writes the rest.
// test_hooks.cpp exposes extern "C" functions the browser tests call with Module.ccall (script_test_hooks.cpp:
// fallback fonts and right-to-left layout). font_loader.cpp fetches fonts/<file> (or reads the one-file page's
// inline copy) and hands the bytes to st.glyphs.
#pragma once
#include "app/state/app_state.h"

namespace lede::platform {

lede::app::AppState& state();
void install_clipboard_and_ime();  // after ImGui_ImplGlfw_Init*, which sets its own (no-op on the web) callbacks
void install_user_bridge();        // user_bridge.cpp: storage, import, downloads for the app's user data
void install_analysis_bridge();    // analysis_bridge.cpp: analysis off the main thread (app/state/analysis.h)
void load_prefs();                 // prefs_store.cpp: stored layout preferences -> state; stores changes later
bool reduced_motion();             // motion.cpp: prefers-reduced-motion: reduce (read each frame; cheap)
void fetch_wanted_fonts();         // font_loader.cpp: each frame; starts fetching fonts text newly needs

}  // namespace lede::platform
