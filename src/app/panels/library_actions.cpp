// library_actions.cpp — the Library tab's actions on the user's own data: import files (picker, drop,
// paste), export (JSON-LD, Markdown, CSV), import a library file, undo; the open article's editable
// details; and the status line for storage (saved, memory only, errors) and import notices.
#include <cstdio>
#include <cstring>

#include "app/app.h"
#include "app/text/visual_text.h"
#include "core/export_html.h"
#include "imgui.h"

namespace lede::app {

namespace {

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
      offer_download(st, "lede-library.jsonld", "application/ld+json", export_library_jsonld(st, false));
    remember_item(st, "export:library");
    if (ImGui::MenuItem("Library as Web Annotation, with lede's highlights (JSON-LD)")) start_highlights_export(st);
    remember_item(st, "export:library_machine");
    if (ImGui::MenuItem("This article as Web Annotation (JSON-LD)", nullptr, false, st.current >= 0))
      offer_download(st, file_stem(st) + ".jsonld", "application/ld+json", export_library_jsonld(st, true));
    if (ImGui::MenuItem("Library annotations as Markdown"))
      offer_download(st, "lede-notes.md", "text/markdown", export_markdown(st, false));
    remember_item(st, "export:markdown_library");
    if (ImGui::MenuItem("This article as Markdown", nullptr, false, st.current >= 0))
      offer_download(st, file_stem(st) + ".md", "text/markdown", export_markdown(st, true));
    // One CSV file per table (each its own columns), UTF-8 with a byte order mark for spreadsheets.
    if (ImGui::BeginMenu("This article as CSV", st.current >= 0)) {
      static const struct { const char* label; const char* suffix; CsvTable table; } kTables[] = {
          {"Entities", "entities", CsvTable::Entities}, {"Quotes", "quotes", CsvTable::Quotes},
          {"Numbers", "numbers", CsvTable::Numbers}, {"My notes", "notes", CsvTable::Notes}};
      for (const auto& t : kTables) {
        if (ImGui::MenuItem(t.label))
          offer_download(st, file_stem(st) + "-" + t.suffix + ".csv", "text/csv", export_csv(st, t.table));
        remember_item(st, std::string("export:csv_") + t.suffix);
      }
      ImGui::EndMenu();
    }
    remember_item(st, "export:csv");
    // For screen readers: the canvas says nothing, this file says everything (export_html.h).
    if (ImGui::MenuItem("This article as accessible HTML (marked spans with labels)", nullptr, false, st.current >= 0)) {
      const Article& a = st.articles[size_t(st.current)];
      std::string byline = a.source;
      if (!a.date.empty()) byline += (byline.empty() ? "" : " · ") + a.date;
      if (!a.url.empty()) byline += (byline.empty() ? "" : " · ") + a.url;
      offer_download(st, file_stem(st) + ".html", "text/html", export_html(a.doc, a.title, byline, html_notes(st)));
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
  // An import that would replace an article with notes waits for the user (article_import.h).
  for (size_t k = 0; k < u.pending_replace.size(); ++k) {
    const PendingReplace& p = u.pending_replace[k];
    const int i = article_index(st, p.article_id);
    if (i < 0) continue;
    ImGui::PushID(int(k) + 2000);
    ImGui::PushTextWrapPos(0);
    ImGui::Text("“%s” was imported again with changed text. It has %zu note(s): replace its text (notes are "
                "placed again) or keep both articles?", visual_line(st.articles[size_t(i)].title).c_str(), p.notes);
    ImGui::TextDisabled("Until you choose, the new text is held in this tab only (the stored article is unchanged).");
    ImGui::PopTextWrapPos();
    const std::string n = std::to_string(k);
    bool done = false;
    if (ImGui::Button("Replace")) { open_article(st, resolve_replace(st, k, true)); done = true; }
    remember_item(st, "replace_yes:" + n);
    ImGui::SameLine();
    if (!done && ImGui::Button("Keep both")) { open_article(st, resolve_replace(st, k, false)); done = true; }
    remember_item(st, "replace_keep_both:" + n);
    ImGui::PopID();
    if (done) break;
  }
  if (u.import_total > 0 && u.import_done < u.import_total)
    ImGui::ProgressBar(float(u.import_done) / float(u.import_total), ImVec2(-FLT_MIN, 0), "importing…");
}

void draw_article_details(AppState& st) {
  // The fields being typed belong to one article (by id, never by index: the library's order changes under
  // imports and deletes); they live in UserData, not in a function static.
  DetailsEdit& edit = st.user.details;
  const std::string current_id = st.current >= 0 ? st.articles[size_t(st.current)].id : std::string();
  if (edit.article_id != current_id) {  // another article opened: keep what was typed for the last one
    if (!edit.article_id.empty()) commit_details(st, edit);
    edit = DetailsEdit();
    edit.article_id = current_id;
    if (st.current >= 0) {
      const Article& a = st.articles[size_t(st.current)];
      std::snprintf(edit.title, sizeof edit.title, "%s", a.title.c_str());
      std::snprintf(edit.date, sizeof edit.date, "%s", a.date.c_str());
      std::snprintf(edit.source, sizeof edit.source, "%s", a.source.c_str());
      std::snprintf(edit.url, sizeof edit.url, "%s", a.url.c_str());
    }
  }
  if (st.current < 0) return;
  Article& a = st.articles[size_t(st.current)];
  if (!ImGui::CollapsingHeader("Article details")) return;
  remember_item(st, "article_details");
  ImGui::TextDisabled("%zu words", article_word_count(st, st.current));  // not recounted each frame
  if (a.builtin) {
    ImGui::TextDisabled("A demo article bundled with lede.");
    return;
  }
  bool done = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##title", "Title", edit.title, sizeof edit.title);
  remember_item(st, "details_title");
  done |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##date", "Date YYYY-MM-DD", edit.date, sizeof edit.date);
  remember_item(st, "details_date");
  done |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##source", "Source", edit.source, sizeof edit.source);
  done |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##url", "Address (URL) of the article", edit.url, sizeof edit.url);
  remember_item(st, "details_url");
  done |= ImGui::IsItemDeactivatedAfterEdit();
  if (ImGui::Button("Save details") || done) commit_details(st, edit);
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
  if (u.highlights_export) {  // exports.h: the file comes once the worker has analysed what it needs
    ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.8f, 1),
                       "Export with lede's highlights: waiting for the analysis of %zu article(s)…",
                       u.highlights_export_left);
    ImGui::SameLine();
    if (ImGui::SmallButton("Cancel export")) cancel_highlights_export(st);
    remember_item(st, "export_wait_cancel");
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
