// platform.h — the browser layer (the only code that calls Emscripten). One process-wide app state.
//
//     web_main.cpp    main(), GLFW window on #canvas (WebGL2), canvas size × devicePixelRatio, main loop
//     clipboard.cpp   system clipboard for ImGui, hidden-<textarea> text/IME bridge (web/input.js)
//     test_hooks.cpp  extern "C" functions browser tests call with Module.ccall
#pragma once
#include "app/app_state.h"

namespace lede::platform {

lede::app::AppState& state();
void install_clipboard_and_ime();  // after ImGui_ImplGlfw_Init*, which sets its own (no-op on the web) callbacks

}  // namespace lede::platform
