// app_state.cpp — the two state changes every part of the app makes: open an article, show an error.
// Pure C++ (no ImGui): the user-data logic calls both and is built natively too (user_data.h).
#include "app/state/app_state.h"

#include <cstdio>

#include "app/state/analysis.h"

namespace lede::app {

void set_error(AppState& st, std::string message) {
  std::fprintf(stderr, "lede: %s\n", message.c_str());
  st.last_error = std::move(message);
}

bool open_article(AppState& st, int index) {
  if (index < 0 || index >= int(st.articles.size())) {
    set_error(st, "No article " + std::to_string(index) + " (there are " + std::to_string(st.articles.size()) + ")");
    return false;
  }
  if (st.current >= 0 && st.current < int(st.articles.size())) st.articles[size_t(st.current)].scroll_y = st.scroll_y;
  Article& a = st.articles[size_t(index)];
  st.current = index;
  request_analysis(st, index);  // analysis.h: off the main thread; plain text until it is in
  st.layout_dirty = true;
  st.scroll_y = a.scroll_y;
  st.pending_scroll_y = a.scroll_y;
  st.scroll_to_byte = -1;
  st.hovered_highlight = -1;
  st.selected_entity = st.entity_cursor = -1;
  st.find_key.clear();
  st.flash_until = 0;
  return true;
}

}  // namespace lede::app
