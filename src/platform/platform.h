// platform.h — the browser layer (the only code that calls Emscripten). One process-wide app state.
//
//     web_main.cpp    main(), GLFW window on #canvas (WebGL2), canvas size × devicePixelRatio, main loop
//     clipboard.cpp   system clipboard for ImGui, hidden-<textarea> text/IME bridge (web/input.js)
//     test_hooks.cpp  extern "C" functions browser tests call with Module.ccall
//     user_bridge.cpp storage (IndexedDB), file import, downloads: web/app-bridge.js
//     prefs_store.cpp layout preferences (web/prefs.js, localStorage)
//     motion.cpp      the reduced-motion setting
#pragma once
#include "app/state/app_state.h"

namespace lede::platform {

lede::app::AppState& state();
void install_clipboard_and_ime();  // after ImGui_ImplGlfw_Init*, which sets its own (no-op on the web) callbacks
void install_user_bridge();        // user_bridge.cpp: storage, import, downloads for the app's user data
void load_prefs();                 // prefs_store.cpp: stored layout preferences -> state; stores changes later
bool reduced_motion();             // motion.cpp: prefers-reduced-motion: reduce (read each frame; cheap)

}  // namespace lede::platform
