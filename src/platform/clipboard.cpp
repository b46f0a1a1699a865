// clipboard.cpp — system clipboard and non-ASCII/IME text input for ImGui in the browser.
//
// Emscripten's GLFW clipboard is a no-op and its keypress path drops text that arrives only as `input`
// events (IME, dead keys, non-US layouts). web/input.js keeps a hidden <textarea> focused and calls:
//     lede_text_input(utf8)   for every `input` / `compositionend` text    -> io.AddInputCharactersUTF8
//     lede_paste(utf8)        from the `paste` event (Ctrl+V's V is held back from GLFW) -> our clipboard
//                             cache, then a synthetic Ctrl+V so the focused ImGui field pastes it
//     lede_report_error(msg)  for failures seen in JS (shown in the status bar)
// Copy/cut: ImGui calls SetClipboardTextFn -> navigator.clipboard.writeText.
// IME: io.SetPlatformImeDataFn moves the textarea to the text cursor so candidate windows appear there.
#include <emscripten.h>

#include <string>

#include "app/app.h"
#include "imgui.h"
#include "platform/platform.h"

namespace {

std::string g_clipboard;

EM_JS(void, js_write_clipboard, (const char* text), {
  var s = UTF8ToString(text);
  if (window.ledeInput) window.ledeInput.writeClipboard(s);
});

EM_JS(void, js_set_ime_position, (int visible, float x, float y, float h), {
  if (window.ledeInput) window.ledeInput.setImePosition(!!visible, x, y, h);
});

const char* get_clipboard(void*) { return g_clipboard.c_str(); }

void set_clipboard(void*, const char* text) {
  g_clipboard = text ? text : "";
  js_write_clipboard(g_clipboard.c_str());
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  const float dpr = lede::platform::state().dpr;
  js_set_ime_position(data->WantVisible ? 1 : 0, data->InputPos.x / dpr, data->InputPos.y / dpr,
                      data->InputLineHeight / dpr);
}

}  // namespace

void lede::platform::install_clipboard_and_ime() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
  io.ClipboardUserData = nullptr;
  io.SetPlatformImeDataFn = set_ime_data;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void lede_text_input(const char* utf8) {
  if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

EMSCRIPTEN_KEEPALIVE void lede_paste(const char* utf8) {
  g_clipboard = utf8 ? utf8 : "";
  ImGuiIO& io = ImGui::GetIO();
  // Ctrl+V outside a text field makes an article from the pasted text (the library's paste import).
  if (!io.WantTextInput && !g_clipboard.empty()) {
    auto& st = lede::platform::state();
    const int i = lede::app::import_file_bytes(st, "Pasted text", g_clipboard, false);
    if (i >= 0) lede::app::open_article(st, i);
    return;
  }
  const bool ctrl_held = io.KeyCtrl;
  if (!ctrl_held) io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  if (!ctrl_held) io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

EMSCRIPTEN_KEEPALIVE void lede_report_error(const char* message) {
  lede::app::set_error(lede::platform::state(), message ? message : "unknown error");
}

EMSCRIPTEN_KEEPALIVE const char* lede_clipboard_text() { return g_clipboard.c_str(); }

}  // extern "C"
