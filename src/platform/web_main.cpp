// web_main.cpp — browser entry point: a GLFW window on the page's #canvas (WebGL2 through Emscripten's
// own GLFW library), Dear ImGui's GLFW + OpenGL3 backends, and the per-frame loop.
//
// HiDPI: each frame the canvas's CSS size is read and its backing store set to CSS size × devicePixelRatio;
// ImGui works in those device pixels (io.DisplaySize), and the app rasterises fonts and scales its style
// by the same ratio, so text stays sharp on HiDPI screens and at any browser zoom.
// The GLFW window size is not used for this: glfwSetWindowSize asks for fullscreen when the size equals
// the screen's, so the canvas is sized directly and io.DisplaySize is overridden after the backend's NewFrame.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui->InputEventsQueue: input still to take in
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/platform.h"
#include "platform/unchanged_frame.h"

namespace {

lede::app::AppState g_state;
GLFWwindow* g_window = nullptr;
int g_fb_w = 0, g_fb_h = 0;
bool g_device_objects = false;
lede::platform::UnchangedFrame g_unchanged;

// Start-up milestones as performance marks ("lede:fonts", "lede:first-frame", ...): scripts/bench.sh reads
// them (tests/browser/bench_startup.js) to print where the time before the first frame goes.
EM_JS(void, js_mark, (const char* name), {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('lede:' + UTF8ToString(name));
});

EM_JS(void, js_app_started, (), {
  var s = document.getElementById('status');
  if (s) s.hidden = true;
});

void sync_canvas_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  double dpr = emscripten_get_device_pixel_ratio();
  if (!(dpr > 0)) dpr = 1;
  lede::app::AppState& st = g_state;
  if (std::fabs(float(dpr) - st.dpr) > 1e-3f) {
    st.dpr = float(dpr);
    st.fonts_dirty = st.theme_dirty = true;
  }
  int w = std::max(1, int(std::lround(css_w * dpr))), h = std::max(1, int(std::lround(css_h * dpr)));
  if (w != g_fb_w || h != g_fb_h) {
    emscripten_set_canvas_element_size("#canvas", w, h);
    g_fb_w = w;
    g_fb_h = h;
  }
}

// Wheel on the canvas (not the document, where Chrome makes listeners passive and logs an error for each
// preventDefault). Same scaling as ImGui's backend; Ctrl+wheel is left to the browser (page zoom).
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
  if (ev->mouse.ctrlKey) return EM_FALSE;
  float m = 0;
  if (ev->deltaMode == DOM_DELTA_PIXEL) m = 1.0f / 100.0f;
  else if (ev->deltaMode == DOM_DELTA_LINE) m = 1.0f / 3.0f;
  else if (ev->deltaMode == DOM_DELTA_PAGE) m = 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(float(ev->deltaX) * -m, float(ev->deltaY) * -m);
  return EM_TRUE;
}

// Everything the GL draw of this frame depends on, for g_unchanged: the canvas size, the clear colour, and
// ImGui's draw lists (vertices, indices, commands: clip rects, texture ids, offsets). The font texture's
// pixels are not in here: rebuilding it calls g_unchanged.forget().
bool same_as_last_drawn(const ImDrawData& dd, const ImVec4& bg) {
  g_unchanged.begin();
  g_unchanged.add(&g_fb_w, sizeof g_fb_w);
  g_unchanged.add(&g_fb_h, sizeof g_fb_h);
  g_unchanged.add(&bg, sizeof bg);
  g_unchanged.add(&dd.DisplayPos, sizeof dd.DisplayPos);
  g_unchanged.add(&dd.DisplaySize, sizeof dd.DisplaySize);
  for (const ImDrawList* l : dd.CmdLists) {
    const int sizes[3] = {l->VtxBuffer.Size, l->IdxBuffer.Size, l->CmdBuffer.Size};
    g_unchanged.add(sizes, sizeof sizes);
    g_unchanged.add(l->VtxBuffer.Data, size_t(l->VtxBuffer.Size) * sizeof(ImDrawVert));
    g_unchanged.add(l->IdxBuffer.Data, size_t(l->IdxBuffer.Size) * sizeof(ImDrawIdx));
    g_unchanged.add(l->CmdBuffer.Data, size_t(l->CmdBuffer.Size) * sizeof(ImDrawCmd));
  }
  return g_unchanged.same_as_last();
}

// The page analyses nothing (its wasm does not carry the analysis): its worker does, with the name tagger's
// model, which the worker loads as soon as it starts (web/analysis.js). A missing or corrupt model stops the
// app there: the worker reports it and lede_fatal() below puts the reason on the page, never a weaker reading.
bool g_stopped = false;

void rebuild_fonts() {
  lede::app::build_fonts(g_state);
  g_unchanged.forget();
  if (g_device_objects) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

void frame() {
  lede::app::AppState& st = g_state;
  sync_canvas_size();
  lede::platform::fetch_wanted_fonts();
  if (st.fonts_dirty) {
    rebuild_fonts();
    if (st.frame == 0) js_mark("fonts");
  }
  lede::app::apply_theme_if_dirty(st);
  st.reduced_motion = lede::platform::reduced_motion();

  const double t0 = emscripten_get_now();
  // ImGui takes input in trickled: a key and its character go to separate frames, so typing costs about two
  // frames a character. Where WebGL runs in software (a laptop without GPU acceleration, headless Chromium) a
  // drawn frame costs 30-200 ms, and typed text would arrive in the field a character every few hundred ms,
  // with a click after it waiting in the same queue. So while input events wait, the UI runs again without
  // drawing (a few ms a pass), at most kInputPasses times, and only the last pass is drawn.
  constexpr int kInputPasses = 8;
  for (int pass = 1;; ++pass) {
    ImGui_ImplOpenGL3_NewFrame();
    g_device_objects = true;
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(g_fb_w), float(g_fb_h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    lede::app::app_frame(st);
    ImGui::Render();
    if (pass >= kInputPasses || GImGui->InputEventsQueue.Size == 0 || st.frame <= 2) break;
  }
  const double t1 = emscripten_get_now();

  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  if (!same_as_last_drawn(*ImGui::GetDrawData(), bg)) {  // unchanged: the canvas keeps showing the last frame
    glViewport(0, 0, g_fb_w, g_fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++st.frames_drawn;
  }
  if (st.frame == 1) js_mark("first-frame");  // app_frame counted it: frame 0 is drawn and submitted
  st.frame_ui_ms = t1 - t0;
  st.frame_total_ms = emscripten_get_now() - t0;

  if (!st.ready && st.frame >= 2) {
    st.ready = true;
    js_app_started();
  }
}

}  // namespace

lede::app::AppState& lede::platform::state() { return g_state; }

// Stops the app with the reason on the page (boot.js's #status): web/analysis.js, when the worker cannot
// analyse at all (its name tagger's model is missing or corrupt).
extern "C" EMSCRIPTEN_KEEPALIVE void lede_fatal(const char* message) {
  if (g_stopped) return;
  g_stopped = true;
  EM_ASM({ if (window.ledeFatal) window.ledeFatal(UTF8ToString($0)); }, message ? message : "lede stopped");
  emscripten_cancel_main_loop();
}

int main() {
  js_mark("main");  // the wasm is fetched, compiled and instantiated, static data initialised
  if (!glfwInit()) {
    EM_ASM({ if (window.ledeFatal) window.ledeFatal('GLFW could not start'); });
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);    // ImGui draws with neither: no buffers to allocate, clear or read
  glfwWindowHint(GLFW_STENCIL_BITS, 0);  // (web/boot.js asks for the same when it makes the context early)
  sync_canvas_size();
  g_window = glfwCreateWindow(g_fb_w, g_fb_h, "lede", nullptr, nullptr);
  if (!g_window) {
    EM_ASM({ if (window.ledeFatal) window.ledeFatal('WebGL 2 is not available in this browser'); });
    return 1;
  }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);  // the backend's
  emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
  lede::platform::install_clipboard_and_ime();

  lede::platform::install_user_bridge();
  lede::platform::install_analysis_bridge();
  lede::platform::load_prefs();  // before the first frame: fonts, theme and widths start as the user left them
  lede::app::app_init(g_state, "/assets/articles");
  js_mark("app-init");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
