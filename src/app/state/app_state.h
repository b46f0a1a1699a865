// app_state.h — every piece of UI state the app keeps between frames, in one plain struct.
//
// Dear ImGui is immediate mode: panels are functions of this struct, called once per frame.
//
//     lede::app::AppState st;
//     lede::app::app_init(st, "/assets/articles");   // app.h: load the bundled articles, open the first
//     each frame: if (st.fonts_dirty) { build_fonts(st); re-upload atlas }  NewFrame(); app_frame(st); Render();
//
// Units: ImGui coordinates are *device* pixels (the platform layer sizes the framebuffer at CSS size × DPR);
// sizes the user sees (font px, panel widths) are stored in CSS px and multiplied by `dpr` when used.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "app/reader/find.h"
#include "app/reader/highlights.h"
#include "app/state/prefs.h"
#include "app/reader/reader_layout.h"
#include "app/reader/smooth_scroll.h"
#include "app/state/across_state.h"
#include "app/state/analysis.h"
#include "app/text/glyph_needs.h"
#include "app/userdata/user_data.h"
#include "core/document.h"

struct ImFont;

namespace lede::app {

struct Article {
  std::string file;     // path inside the embedded file system
  std::string title;    // first line of the file
  std::string body;     // the rest, analysed and shown in the reader
  Document doc;                   // while not analysed: the plain text only (analysis.h show_plain)
  bool analysed = false;
  bool analysis_pending = false;  // asked of the analysis worker, answer not yet in (analysis.h)
  int analysis_generation = 0;    // which request an answer belongs to (a stale one is ignored)
  double analysis_started = 0;    // when it was asked (seconds, monotonic clock), for the progress estimate
  std::string analysis_error;     // the analysis failed: why (the article shows as plain text)
  float scroll_y = 0;   // reader scroll remembered per article (device px)
  // Identity and metadata (user_data.h): bundled demos are "demo:<file name>", imports "imp:<n>-<time>".
  std::string id;
  std::string source, date, url;  // publication, "YYYY-MM-DD" or "", where it came from
  bool builtin = true;            // bundled demo: not stored, cannot be deleted
  bool deleted = false;           // soft-deleted (kept for undo; hidden from the library)
  int rev = 0;                    // storage revision this copy is based on
};

struct ItemRect { float x = 0, y = 0, w = 0, h = 0; };  // device px, for test hooks

enum class Theme : uint8_t { Light, Dark, HighContrast };

// Grouped by who writes each field: the platform layer (src/platform), the UI (panels and reader, in
// response to the user), the user's data (UserData: its own groups, user_data.h), and caches derived from
// the rest (safe to drop: each has a key or a dirty flag that rebuilds it).
struct AppState {
  // ---- written by the platform layer ---------------------------------------------------------------
  float dpr = 1;                  // devicePixelRatio
  bool reduced_motion = false;    // the browser asks for less motion: scroll jumps land at once
  bool ready = false;             // articles loaded and first frame drawn
  uint64_t frame = 0;
  double frame_ui_ms = 0;         // CPU time of the last frame's UI (app_frame + ImGui::Render), platform-measured
  double frame_total_ms = 0;      // ... including GL draw submission
  uint64_t frames_drawn = 0;      // frames the platform drew; an unchanged frame is not drawn again (platform)

  // ---- the library (articles: written by the user-data logic, src/app/userdata) ------------------------
  std::vector<Article> articles;
  int current = -1;               // index into articles, -1 = none (open_article() changes it)

  // ---- written by the UI ------------------------------------------------------------------------------
  char filter[256] = "";          // library filter box (UTF-8)
  bool examples_hidden = false;   // the user removed the Examples shelf (the bundled demo articles)
  std::string reopen_article;     // id of the article read before a reload: opened once storage has loaded
  bool shown[kKindCount] = {true, true, true, true, true};
  float scroll_y = 0;             // reader scroll, device px
  SmoothScroll smooth;            // wheel, keys and jumps ease toward a target (smooth_scroll.h)
  // navigation: panels ask the reader to scroll to a span and flash it
  int scroll_to_byte = -1;        // reader scrolls so this byte's line is in view, then resets it
  float pending_scroll_y = -1;    // restore this scroll (per-article memory), then resets it
  ByteSpan flash{};               // outlined for a moment after a jump
  double flash_until = 0;         // ImGui::GetTime() when the flash ends
  int hovered_highlight = -1;     // index into layout_job.spans (the highlights), or -1
  int selected_entity = -1;       // entities panel: index into doc.entities, its mentions are marked
  int entity_cursor = -1;         // which of its mentions next/previous stepped to
  ByteSpan entity_span;           // where that mention is (set with the cursor by select_entity)
  char entity_filter[128] = "";
  bool help_open = false;         // keyboard shortcuts overlay (F1)
  // layout remembered across reloads (prefs.h; app_prefs.cpp)
  float side_width = 320;         // CSS px: the width the user dragged the side panel to
  float wide_width = 0;           // CSS px: its width for the table tabs (Numbers, Across); 0 = not set yet
  std::string active_tab = "Library";
  std::string select_tab;         // a tab to bring to the front (restored prefs), until it shows
  Prefs prefs_saved;              // what was last stored, so only changes are written
  // find (Ctrl+F)
  bool find_open = false;
  bool find_focus = false;        // focus the find box on the next frame
  char find_text[256] = "";
  int find_current = -1;
  // fonts and display
  float ui_px = 15;               // CSS px
  float reader_px = 18;           // CSS px, 12..32
  float reader_px_dragging = 0;   // the text-size slider's value while dragged (atlas rebuilt on release)
  bool reader_px_drag = false;
  Theme theme = Theme::Light;
  // the user's own data: imports, annotations, storage, selection (user_data.h, reader_selection.h)
  UserData user;
  std::deque<IncomingAnalysis> incoming_analyses;  // the worker's answers being decoded (analysis.h)
  AcrossState across;             // the "Across" tab: figures, speakers, entities over the library
  std::string last_error;         // shown in the UI and returned by lede_last_error() (set_error())

  // ---- caches (derived from the above; dirty flags or keys rebuild them) ------------------------------
  ReaderLayout layout;
  LayoutJob layout_job;           // the layout in progress: a long article is laid out over several frames;
                                  // its spans are the current article's highlights (highlight_of())
  bool layout_dirty = true;
  int layout_article = -1;        // cache key: article, width, font size, kinds
  float layout_width = -1, layout_font_px = -1;
  bool layout_title_in_text = false;  // the text holds the title (its headline line), so no heading above it
  float scroll_max_y = 0;         // largest scroll_y for the current layout (last frame)
  uint32_t frames_drawn_lines = 0;  // lines drawn in the last frame (visible only)
  float reader_x = 0, reader_y = 0;   // screen position of the layout's origin in the last frame (device px)
  float reader_text_dy = 0;           // glyph top within a line
  std::vector<ByteSpan> find_matches;
  std::string find_key;           // article + query the matches belong to
  FoldedText folded;              // the current article's text, folded for find
  int folded_article = -1;
  bool fonts_dirty = true;        // platform rebuilds the atlas and texture before the next frame
  ImFont* ui_font = nullptr;
  ImFont* reader_font = nullptr;
  ImFont* title_font = nullptr;
  GlyphNeeds glyphs;              // fallback fonts the text seen so far needs (fetched by the platform, merged by build_fonts)
  std::vector<std::vector<uint32_t>> glyph_ranges;  // per fallback face: the ranges the atlas was built with
  bool theme_dirty = true;
  std::map<std::string, ItemRect> item_rects;  // named widgets' last rects, for tests
};

// Opens article `index` in the reader (asking for its analysis when needed, analysis.h); false (and last_error set) when
// index is out of range. The reader's per-article scroll is remembered.
bool open_article(AppState& st, int index);
// Shows message in the UI (and on stderr); lede_last_error() returns it to tests.
void set_error(AppState& st, std::string message);

}  // namespace lede::app
