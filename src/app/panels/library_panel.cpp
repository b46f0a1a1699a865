// library_panel.cpp — the library: the user's own articles, then the bundled demo articles on a separate,
// removable "Examples" shelf; a filter box (case- and accent-insensitive), import/export actions on top
// and the open article's details below.
#include "app/app.h"
#include "core/text/utf8.h"
#include "imgui.h"

namespace lede::app {

bool has_own_articles(const AppState& st) {
  for (const Article& a : st.articles)
    if (!a.builtin && !a.deleted) return true;
  return false;
}

bool examples_in_library(const AppState& st) { return !st.examples_hidden && !has_own_articles(st); }

namespace {

// One row: title, then source · date · words for the user's own articles. Returns whether it was shown.
bool article_row(AppState& st, int i, const std::string& needle) {
  const Article& a = st.articles[size_t(i)];
  if (!needle.empty() && utf8::fold(a.title).find(needle) == std::string::npos) return false;
  ImGui::PushID(i);
  const ImVec2 pos = ImGui::GetCursorPos();
  const float wrap = ImGui::GetContentRegionAvail().x;
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
  return true;
}

void remove_examples(AppState& st) {
  st.examples_hidden = true;
  if (st.current >= 0 && st.articles[size_t(st.current)].builtin) {
    st.current = -1;
    st.layout_dirty = true;
    for (int i = 0; i < int(st.articles.size()); ++i)
      if (!st.articles[size_t(i)].builtin && !st.articles[size_t(i)].deleted) { open_article(st, i); break; }
  }
}

}  // namespace

void draw_library(AppState& st) {
  draw_library_actions(st);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##filter", "Filter articles", st.filter, sizeof st.filter);
  remember_item(st, "filter");
  const std::string needle = utf8::fold(st.filter);
  const bool own = has_own_articles(st);
  int shown = 0;
  for (int i = 0; i < int(st.articles.size()); ++i)
    if (!st.articles[size_t(i)].builtin && !st.articles[size_t(i)].deleted) shown += article_row(st, i, needle);
  if (!own) ImGui::TextDisabled("No articles of yours yet: Import files…, drop files on the page or paste text.");
  else if (shown == 0) ImGui::TextDisabled("No article matches");

  // The shelf of examples: open while the user has nothing of their own, folded away once they do.
  if (!st.examples_hidden) {
    static int had_own = -1;
    if (had_own != int(own)) ImGui::SetNextItemOpen(!own, ImGuiCond_Always);
    had_own = int(own);
    ImGui::Spacing();
    const bool open = ImGui::CollapsingHeader("Examples");
    remember_item(st, "examples");
    if (open) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled(own ? "Demo articles written for lede. They are not part of Across or its search."
                              : "Demo articles written for lede, to try it out. Once you import articles, "
                                "Across and its search show only yours.");
      ImGui::PopTextWrapPos();
      for (int i = 0; i < int(st.articles.size()); ++i)
        if (st.articles[size_t(i)].builtin) article_row(st, i, needle);
      if (ImGui::SmallButton("Remove the examples")) remove_examples(st);
      remember_item(st, "examples_remove");
    }
  } else if (ImGui::SmallButton("Show the examples")) {
    st.examples_hidden = false;
  }
  ImGui::Spacing();
  draw_article_details(st);
}

}  // namespace lede::app
