// app_prefs.cpp — the layout preferences (prefs.h) read from and written back to AppState.
#include <cmath>

#include "app/app.h"
#include "imgui.h"

namespace lede::app {

void apply_prefs(AppState& st, const Prefs& p) {
  st.side_width = p.side_width;
  st.theme = Theme(p.theme);
  st.theme_dirty = true;
  st.reader_px = p.reader_px;
  st.fonts_dirty = true;
  for (int k = 0; k < kKindCount; ++k) st.shown[k] = p.shown[k];
  st.layout_dirty = true;
  st.active_tab = st.select_tab = p.tab;
  st.reopen_article = p.article;  // opened once the stored articles are loaded (app_frame)
  st.examples_hidden = p.examples_hidden;
  st.prefs_saved = p;  // nothing to write back until the user changes something
}

Prefs current_prefs(const AppState& st) {
  Prefs p;
  p.side_width = std::round(st.side_width);
  p.theme = int(st.theme);
  p.reader_px = st.reader_px;
  for (int k = 0; k < kKindCount; ++k) p.shown[k] = st.shown[k];
  p.tab = st.active_tab;
  // Until the remembered article is back (storage loads after the first frames), it stays the one stored.
  p.article = !st.reopen_article.empty()                               ? st.reopen_article
              : st.current >= 0 && size_t(st.current) < st.articles.size() ? st.articles[size_t(st.current)].id
                                                                        : std::string();
  p.examples_hidden = st.examples_hidden;
  return p;
}

void save_prefs_if_changed(AppState& st) {
  if (ImGui::IsAnyMouseDown()) return;  // mid-drag (splitter, slider): write once, on release
  const Prefs p = current_prefs(st);
  if (p == st.prefs_saved) return;
  st.prefs_saved = p;
  if (st.user.ops.save_prefs) st.user.ops.save_prefs(prefs_json(p));
}

}  // namespace lede::app
