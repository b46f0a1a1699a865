// entities_panel.cpp — the article's entities grouped by kind, most-mentioned first, with a filter box.
// Clicking one marks all its mentions in the reader (names inside longer names too: "Texas" in "University of
// Texas"); Previous/Next (or F3 / Shift+F3) step through them.
#include <algorithm>
#include <cstdio>

#include "app/app.h"
#include "app/reader/kind_style.h"
#include "core/text/utf8.h"
#include "imgui.h"

namespace lede::app {

void draw_entities(AppState& st) {
  if (st.current < 0) { ImGui::TextDisabled("No article open"); return; }
  const Document& d = st.articles[size_t(st.current)].doc;

  if (st.selected_entity >= 0 && st.selected_entity < int(d.entities.size())) {
    const Entity& e = d.entities[size_t(st.selected_entity)];
    ImGui::TextWrapped("%s", e.canonical.c_str());
    ImGui::Text("Mention %d of %zu", st.entity_cursor + 1, e.mentions.size() + e.inner_mentions.size());
    if (ImGui::Button("< Previous")) select_entity(st, st.selected_entity, st.entity_cursor - 1);
    remember_item(st, "entity:prev");
    ImGui::SameLine();
    if (ImGui::Button("Next >")) select_entity(st, st.selected_entity, st.entity_cursor + 1);
    remember_item(st, "entity:next");
    ImGui::SameLine();
    if (ImGui::Button("Clear")) select_entity(st, -1, 0);
    ImGui::Separator();
  } else {
    ImGui::TextDisabled("Click a name to mark its mentions.");
  }
  if (st.selected_entity >= 0 && !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_F3))
    select_entity(st, st.selected_entity, st.entity_cursor + (ImGui::GetIO().KeyShift ? -1 : 1));

  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##entity_filter", "Filter names", st.entity_filter, sizeof st.entity_filter);
  remember_item(st, "entity_filter");
  const std::string needle = utf8::fold(st.entity_filter);

  for (Kind kind : {Kind::Person, Kind::Org, Kind::Place}) {
    std::vector<int> ids;
    for (int i = 0; i < int(d.entities.size()); ++i) {
      const Entity& e = d.entities[size_t(i)];
      if (kind_of(e.type) != kind || (e.mentions.empty() && e.inner_mentions.empty())) continue;
      if (!needle.empty() && utf8::fold(e.canonical).find(needle) == std::string::npos) continue;
      ids.push_back(i);
    }
    std::sort(ids.begin(), ids.end(), [&](int a, int b) {
      const Entity &x = d.entities[size_t(a)], &y = d.entities[size_t(b)];
      const size_t nx = x.mentions.size() + x.inner_mentions.size(), ny = y.mentions.size() + y.inner_mentions.size();
      if (nx != ny) return nx > ny;
      return x.canonical < y.canonical;
    });
    char header[96];
    std::snprintf(header, sizeof header, "%s [%s] (%zu)###kind%d", kind_name(kind), kind_letter(kind), ids.size(), int(kind));
    ImGui::PushStyleColor(ImGuiCol_Text, kind_style(st.theme, kind).line);
    const bool open = ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen);
    ImGui::PopStyleColor();
    if (!open) continue;
    for (int i : ids) {
      const Entity& e = d.entities[size_t(i)];
      ImGui::PushID(i);
      char label[320];
      std::snprintf(label, sizeof label, "%s  ·  %zu", e.canonical.c_str(), e.mentions.size() + e.inner_mentions.size());
      if (ImGui::Selectable(label, st.selected_entity == i)) select_entity(st, st.selected_entity == i ? -1 : i, 0);
      remember_item(st, "entity:" + e.canonical);
      ImGui::PopID();
    }
  }
}

}  // namespace lede::app
