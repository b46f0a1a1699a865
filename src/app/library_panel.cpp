// library_panel.cpp — the list of bundled articles, with a filter box (case- and accent-insensitive).
#include "app/app.h"
#include "core/utf8.h"
#include "imgui.h"

namespace lede::app {

void draw_library(AppState& st) {
  ImGui::TextUnformatted("Library");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##filter", "Filter articles", st.filter, sizeof st.filter);
  remember_item(st, "filter");
  const std::string needle = utf8::fold(st.filter);
  int shown = 0;
  for (int i = 0; i < int(st.articles.size()); ++i) {
    const Article& a = st.articles[size_t(i)];
    if (!needle.empty() && utf8::fold(a.title).find(needle) == std::string::npos) continue;
    ++shown;
    ImGui::PushID(i);
    const ImVec2 pos = ImGui::GetCursorPos();
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::CalcTextSize(a.title.c_str(), nullptr, false, wrap).y;
    if (ImGui::Selectable("##article", st.current == i, 0, ImVec2(0, h))) open_article(st, i);
    remember_item(st, "article:" + std::to_string(i));
    ImGui::SetCursorPos(pos);
    ImGui::PushTextWrapPos(pos.x + wrap);
    ImGui::TextUnformatted(a.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
    ImGui::Spacing();
  }
  if (shown == 0) ImGui::TextDisabled(st.articles.empty() ? "No articles bundled" : "No article matches");
}

}  // namespace lede::app
