// library_panel.cpp — the library: bundled demo articles and the user's own, with a filter box (case- and
// accent-insensitive), import/export actions on top and the open article's details below.
#include "app/app.h"
#include "core/text/utf8.h"
#include "imgui.h"

namespace lede::app {

void draw_library(AppState& st) {
  draw_library_actions(st);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##filter", "Filter articles", st.filter, sizeof st.filter);
  remember_item(st, "filter");
  const std::string needle = utf8::fold(st.filter);
  int shown = 0;
  for (int i = 0; i < int(st.articles.size()); ++i) {
    const Article& a = st.articles[size_t(i)];
    if (a.deleted) continue;
    if (!needle.empty() && utf8::fold(a.title).find(needle) == std::string::npos) continue;
    ++shown;
    ImGui::PushID(i);
    const ImVec2 pos = ImGui::GetCursorPos();
    const float wrap = ImGui::GetContentRegionAvail().x;
    // Title, then source · date · words for the user's own articles.
    std::string meta;
    if (!a.builtin) {
      meta = a.source;
      if (!a.date.empty()) meta += (meta.empty() ? "" : " · ") + a.date;
      meta += (meta.empty() ? "" : " · ") + std::to_string(word_count(a.body)) + " words";
    }
    const float h = ImGui::CalcTextSize(a.title.c_str(), nullptr, false, wrap).y +
                    (meta.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing());
    if (ImGui::Selectable("##article", st.current == i, 0, ImVec2(0, h))) open_article(st, i);
    remember_item(st, "article:" + std::to_string(i));
    ImGui::SetCursorPos(pos);
    ImGui::PushTextWrapPos(pos.x + wrap);
    ImGui::TextUnformatted(a.title.c_str());
    if (!meta.empty()) ImGui::TextDisabled("%s", meta.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
    ImGui::Spacing();
  }
  if (shown == 0) ImGui::TextDisabled(st.articles.empty() ? "No articles bundled" : "No article matches");
  ImGui::Spacing();
  draw_article_details(st);
}

}  // namespace lede::app
