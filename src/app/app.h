// app.h — the lede reader UI: plain functions over one AppState (state/app_state.h), drawn with Dear ImGui.
//
// Nothing here knows about Emscripten or the browser: src/platform/ owns the window, the GL context, the
// clipboard, storage and the main loop, and drives the app like this:
//
//     lede::app::AppState st;
//     app_init(st, "/assets/articles");      // once, after ImGui::CreateContext(): bundled articles, first one open
//     per frame:
//       st.dpr = <devicePixelRatio>;          // the platform writes it; sets fonts_dirty/theme_dirty on a change
//       <fetch the fallback fonts st.glyphs wants; hand their bytes to st.glyphs>   // text/glyph_needs.h
//       if (st.fonts_dirty) { build_fonts(st); <upload atlas texture>; }        // also when a font arrived
//       apply_theme_if_dirty(st);
//       ImGui::NewFrame(); app_frame(st); ImGui::Render();
//
// app_frame() draws one full-window layout: a side panel (tabs Library, Entities, Quotes, Numbers, Notes,
// Across, then the legend) beside the reader pane, and a status line under both; F1 opens the shortcut list.
// Each draw_*() below fills one of those parts inside the current ImGui window, reading and writing only
// AppState: the tabs (and the Library tab's import/export actions, article details, storage status) are in
// panels/, the reader and legend in reader/; the logic over the user's own data, which draws nothing, is in
// userdata/ (user_data.h); text/ makes every script drawable (fallback fonts on demand, Arabic joining,
// right-to-left runs: pure C++ the reader layout uses). A panel moves the reader only through
// jump_to() / select_entity(), so scrolling, flashing and the F3 cursor stay in one place.
#pragma once
#include <string>

#include "app/state/app_state.h"

namespace lede::app {

void app_init(AppState& st, const std::string& articles_dir);
void build_fonts(AppState& st);              // rebuilds io.Fonts for st.dpr and st.reader_px; clears fonts_dirty
void apply_theme_if_dirty(AppState& st);     // colours and sizes (scaled by st.dpr)
void app_frame(AppState& st);                // the whole UI, between NewFrame() and Render()
// Stores the last ImGui item's rect under name in st.item_rects (tests click there).
void remember_item(AppState& st, const std::string& name);

// Scroll the reader to span and flash it (panels, find, entity stepping).
void jump_to(AppState& st, ByteSpan span);
// Select entity e (or -1) in the entities panel and step to its mention number `cursor`.
void select_entity(AppState& st, int e, int cursor);

// Panels, each drawn inside the current ImGui window.
void draw_library(AppState& st);
void draw_entities(AppState& st);
void draw_quotes(AppState& st);
void draw_numbers(AppState& st);
void draw_legend(AppState& st);
// The user's own data (user_data.h): annotations tab, library actions, article details, storage status.
void draw_annotations(AppState& st);
void draw_across(AppState& st);  // across_panel.cpp: figures, speakers, entities over the whole library
void draw_library_actions(AppState& st);
void draw_article_details(AppState& st);
void draw_user_status(AppState& st);
void draw_reader(AppState& st);
void draw_analysis_banner(AppState& st);  // analysis_banner.cpp: progress and Cancel, or why it failed

// Layout preferences (app_prefs.cpp): apply stored ones at start-up, before the first frame; app_frame()
// stores them again whenever they change (not while a mouse button is down, so a drag writes once).
void apply_prefs(AppState& st, const Prefs& p);
Prefs current_prefs(const AppState& st);
void save_prefs_if_changed(AppState& st);

// The bundled demo articles are a separate "Examples" shelf (library_panel.cpp): they feed the Across tab
// and its search only while the user has no article of their own and has not removed the shelf.
bool has_own_articles(const AppState& st);
size_t article_word_count(const AppState& st, int i);  // article i's words, counted once per text
bool examples_in_library(const AppState& st);

}  // namespace lede::app
