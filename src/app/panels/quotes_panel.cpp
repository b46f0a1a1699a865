// quotes_panel.cpp — the article's quotes grouped by speaker (unattributed ones last, named as such);
// clicking a quote scrolls the reader to it and flashes it.
#include <map>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"

namespace lede::app {

namespace {
std::string snippet(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // stay on a character boundary
  size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  return std::string(s.substr(0, cut)) + "…";
}
}  // namespace

void draw_quotes(AppState& st) {
  if (st.current < 0) { ImGui::TextDisabled("No article open"); return; }
  const Document& d = st.articles[size_t(st.current)].doc;
  if (d.quotes.empty()) { ImGui::TextDisabled("No quotes found in this article."); return; }
  std::map<std::string, std::vector<int>> by_speaker;
  std::vector<int> unattributed;
  for (int i = 0; i < int(d.quotes.size()); ++i) {
    const Quote& q = d.quotes[size_t(i)];
    if (q.speaker.empty()) unattributed.push_back(i);
    else by_speaker[q.speaker].push_back(i);
  }
  auto group = [&](const std::string& name, const std::vector<int>& quotes, int id) {
    char header[320];
    std::snprintf(header, sizeof header, "%s (%zu)###speaker%d", name.c_str(), quotes.size(), id);
    if (!ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (int i : quotes) {
      const Quote& q = d.quotes[size_t(i)];
      ImGui::PushID(i);
      const std::string text = "“" + snippet(d.slice(q.content), 90) + "”";
      const float wrap = ImGui::GetContentRegionAvail().x;
      const ImVec2 pos = ImGui::GetCursorPos();
      const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
      if (ImGui::Selectable("##q", false, 0, ImVec2(0, h))) jump_to(st, q.span);
      remember_item(st, "quote:" + std::to_string(i));
      ImGui::SetCursorPos(pos);
      ImGui::PushTextWrapPos(pos.x + wrap);
      ImGui::TextUnformatted(text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopID();
    }
  };
  int id = 0;
  for (const auto& [name, quotes] : by_speaker) group(name, quotes, id++);
  if (!unattributed.empty()) group("Unattributed", unattributed, id++);
}

}  // namespace lede::app
