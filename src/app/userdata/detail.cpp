// detail.cpp — clock, ids and the change counter shared by the user-data files (see detail.h).
#include "app/userdata/detail.h"

#include <algorithm>

#include "app/state/app_state.h"

namespace lede::app {

std::string now_iso(const AppState& st) {
  return st.user.ops.now_iso ? st.user.ops.now_iso() : "1970-01-01T00:00:00Z";
}

std::string new_record_id(AppState& st, const char* prefix) {
  std::string t = now_iso(st);
  t.erase(std::remove_if(t.begin(), t.end(), [](char c) { return c == ':' || c == '-'; }), t.end());
  return std::string(prefix) + std::to_string(st.user.next_id++) + "-" + t;
}

void annotations_changed(AppState& st) {
  ++st.user.annotations_version;
  st.layout_dirty = true;
}

}  // namespace lede::app
