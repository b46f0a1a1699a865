// library_actions.cpp — the Library tab's actions on the user's own data: import files (picker, drop,
// paste), export (JSON-LD, Markdown, CSV), import a library file, undo; the open article's editable
// details; and the status line for storage (saved, memory only, errors) and import notices.
#include <cstring>

#include "app/app.h"
#include "core/export_html.h"
#include "imgui.h"

namespace lede::app {

namespace {

void download(AppState& st, const std::string& name, const std::string& mime, const std::string& data) {
  if (!st.user.ops.download) {
    set_error(st, "Downloads are not available here.");
    return;
  }
  st.user.ops.download(name, mime, data);
}

std::string file_stem(const AppState& st) {
  if (st.current < 0) return "lede";
  std::string s;
  for (char c : st.articles[size_t(st.current)].title) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (ok) s += c;
    else if (!s.empty() && s.back() != '-') s += '-';
    if (s.size() >= 48) break;
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s.empty() ? "article" : s;
}

}  // namespace

void draw_library_actions(AppState& st) {
  UserData& u = st.user;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::Button("Import files…") || (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_O, false))) {
    if (u.ops.open_file_picker) u.ops.open_file_picker(0);
  }
  remember_item(st, "import_files");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(".txt, .md, .html — or drop files on the page, or paste text (Ctrl+V)");
  ImGui::SameLine();
  if (ImGui::Button("Export…")) ImGui::OpenPopup("export_menu");
  remember_item(st, "export");
  if (ImGui::BeginPopup("export_menu")) {
    if (ImGui::MenuItem("Library as Web Annotation (JSON-LD)"))
      download(st, "lede-library.jsonld", "application/ld+json", export_library_jsonld(st, false));
    remember_item(st, "export:library");
    if (ImGui::MenuItem("This article as Web Annotation (JSON-LD)", nullptr, false, st.current >= 0))
      download(st, file_stem(st) + ".jsonld", "application/ld+json", export_library_jsonld(st, true));
    if (ImGui::MenuItem("Library annotations as Markdown"))
      download(st, "lede-notes.md", "text/markdown", export_markdown(st, false));
    if (ImGui::MenuItem("This article as Markdown", nullptr, false, st.current >= 0))
      download(st, file_stem(st) + ".md", "text/markdown", export_markdown(st, true));
    if (ImGui::MenuItem("This article as CSV (entities, quotes, numbers, annotations)", nullptr, false, st.current >= 0))
      download(st, file_stem(st) + ".csv", "text/csv", export_csv(st));
    // For screen readers: the canvas says nothing, this file says everything (export_html.h).
    if (ImGui::MenuItem("This article as accessible HTML (marked spans with labels)", nullptr, false, st.current >= 0)) {
      const Article& a = st.articles[size_t(st.current)];
      std::string byline = a.source;
      if (!a.date.empty()) byline += (byline.empty() ? "" : " · ") + a.date;
      download(st, file_stem(st) + ".html", "text/html", export_html(a.doc, a.title, byline));
    }
    remember_item(st, "export:html");
    ImGui::Separator();
    if (ImGui::MenuItem("Import a library file (JSON-LD)…") && u.ops.open_file_picker) u.ops.open_file_picker(1);
    remember_item(st, "export:import_library");
    ImGui::EndPopup();
  }
  if (!u.undo.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("Undo")) undo(st);
    remember_item(st, "undo");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (Ctrl+Z)", u.undo.back().label.c_str());
  }
  if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) undo(st);
  if (u.import_total > 0 && u.import_done < u.import_total)
    ImGui::ProgressBar(float(u.import_done) / float(u.import_total), ImVec2(-FLT_MIN, 0), "importing…");
}

void draw_article_details(AppState& st) {
  if (st.current < 0) return;
  Article& a = st.articles[size_t(st.current)];
  if (!ImGui::CollapsingHeader("Article details")) return;
  remember_item(st, "article_details");
  static int editing_for = -1;
  static char title[512], date[32], source[256];
  if (editing_for != st.current) {
    std::snprintf(title, sizeof title, "%s", a.title.c_str());
    std::snprintf(date, sizeof date, "%s", a.date.c_str());
    std::snprintf(source, sizeof source, "%s", a.source.c_str());
    editing_for = st.current;
  }
  ImGui::TextDisabled("%zu words%s%s", word_count(a.body), a.url.empty() ? "" : " · ", a.url.c_str());
  if (a.builtin) {
    ImGui::TextDisabled("A demo article bundled with lede.");
    return;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##title", "Title", title, sizeof title);
  remember_item(st, "details_title");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##date", "Date YYYY-MM-DD", date, sizeof date);
  remember_item(st, "details_date");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##source", "Source", source, sizeof source);
  if (ImGui::Button("Save details")) {
    const std::string d = date;
    if (!d.empty() && !looks_like_iso8601(d)) {
      set_error(st, "Date must look like 2026-03-14 (year-month-day).");
    } else {
      a.title = title[0] ? title : a.title;
      a.date = d;
      a.source = source;
      analyse_article(a);  // relative dates now resolve against the confirmed date
      st.layout_dirty = true;
      persist_article(st, st.current);
    }
  }
  remember_item(st, "details_save");
  ImGui::SameLine();
  if (ImGui::Button("Delete article")) delete_article(st, st.current);
  remember_item(st, "details_delete");
}

void draw_user_status(AppState& st) {
  UserData& u = st.user;
  if (u.update_available) {
    ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.8f, 1), "A new version of lede is available.");
    ImGui::SameLine();
    if (ImGui::SmallButton("Reload now") && u.ops.apply_update) u.ops.apply_update();
    remember_item(st, "apply_update");
    ImGui::SameLine();
  }
  if (!u.notices.empty()) {
    ImGui::TextUnformatted(u.notices.back().c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("OK")) u.notices.pop_back();
    ImGui::SameLine();
  }
  if (u.memory_only) ImGui::TextColored(ImVec4(0.8f, 0.4f, 0.0f, 1), "Not saved: this browser gives lede no storage here");
  else if (u.storage_ready) ImGui::TextDisabled(u.persistent ? "Saved in this browser" : "Saved in this browser (may be cleared under storage pressure)");
}

}  // namespace lede::app
