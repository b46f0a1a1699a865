// annotations_panel.cpp — the user's annotations: make one from the reader's selection (a colour, a note,
// tags), edit, delete (undoable), and list them for this article or the whole library, filtered by text,
// tag and colour. Orphans (annotations an updated article no longer holds) are listed, never dropped.
#include <cstring>

#include "app/app.h"
#include "app/reader/line_text.h"
#include "app/reader/reader_selection.h"
#include "app/text/visual_text.h"
#include "core/text/utf8.h"
#include "imgui.h"

namespace lede::app {

namespace {

ImU32 rgb_col(uint32_t rgb, int a = 255) { return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, a); }

// A row of palette swatches; returns the clicked palette index or -1. Each swatch has its name as tooltip
// and text label underneath on hover, so the choice never depends on colour alone.
int palette_buttons(AppState& st, const char* id_prefix, const std::string& current) {
  int clicked = -1;
  for (size_t i = 0; i < kPaletteSize; ++i) {
    ImGui::PushID(int(i));
    ImGui::PushStyleColor(ImGuiCol_Button, rgb_col(kPalette[i].rgb));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgb_col(kPalette[i].rgb, 200));
    const bool selected = current == kPalette[i].name;
    const float s = ImGui::GetFrameHeight();
    if (ImGui::Button(selected ? "*" : " ", ImVec2(s, s))) clicked = int(i);
    remember_item(st, std::string(id_prefix) + kPalette[i].name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kPalette[i].name);
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  return clicked;
}

void draw_editor(AppState& st) {
  UserData& u = st.user;
  if (u.editing < 0 || u.editing >= int(u.annotations.size())) return;
  Annotation& a = u.annotations[size_t(u.editing)];
  ImGui::SeparatorText("Edit annotation");
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("“%s”", visual_line(a.quote.exact).c_str());
  ImGui::PopTextWrapPos();
  const int c = palette_buttons(st, "edit_colour:", a.colour);
  if (c >= 0) {
    UndoItem undo_item{UndoItem::EditAnnotation, a.id, a, "Undo colour change"};
    a.colour = kPalette[c].name;
    u.undo.push_back(std::move(undo_item));
    save_annotation(st, u.editing);
  }
  ImGui::TextUnformatted("Note");
  ImGui::InputTextMultiline("##note", u.note_buf, sizeof u.note_buf, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 5));
  if (may_hold_rtl(u.note_buf)) {
    // ImGui's text field edits in typing order, left to right, unjoined; right-to-left text is shown
    // here as it reads (joined, ordered, right-aligned), laid out like the reader.
    ImGui::TextDisabled("As it reads:");
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = draw_wrapped(ImGui::GetWindowDrawList(), ImGui::GetFont(), p, ImGui::GetColorU32(ImGuiCol_Text),
                                 u.note_buf, ImGui::GetContentRegionAvail().x, 1.3f);
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, h));
    remember_item(st, "note_preview");
  }
  remember_item(st, "annotation_note");
  ImGui::TextUnformatted("Tags (comma separated)");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputText("##tags", u.tags_buf, sizeof u.tags_buf);
  remember_item(st, "annotation_tags");
  if (ImGui::Button("Save")) save_editing(st);  // a conflict with another tab is listed below, never lost
  remember_item(st, "annotation_save");
  ImGui::SameLine();
  if (ImGui::Button("Delete")) {
    delete_annotation(st, u.editing);
    return;
  }
  remember_item(st, "annotation_delete");
  ImGui::SameLine();
  if (ImGui::Button("Close")) stop_editing(st);
}

std::string join_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const std::string& t : tags) out += (out.empty() ? "#" : ", #") + t;
  return out.empty() ? "(none)" : out;
}

// A note's whole text; right-to-left text laid out as it reads (as the editor's preview does).
void show_note(const std::string& note) {
  if (note.empty()) {
    ImGui::TextDisabled("(no note)");
  } else if (!may_hold_rtl(note)) {
    ImGui::TextUnformatted(note.c_str());
  } else {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = draw_wrapped(ImGui::GetWindowDrawList(), ImGui::GetFont(), p, ImGui::GetColorU32(ImGuiCol_Text),
                                 note, ImGui::GetContentRegionAvail().x, 1.3f);
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, h));
  }
}

// Notes another tab changed while this one edited them: both texts, and the user's choice.
void draw_conflicts(AppState& st) {
  UserData& u = st.user;
  for (size_t k = 0; k < u.conflicts.size(); ++k) {
    const EditConflict& c = u.conflicts[k];
    ImGui::PushID(int(k) + 1000);
    ImGui::SeparatorText("Changed in another tab: choose");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("“%s”", visual_line(c.quote).c_str());
    ImGui::TextUnformatted("Other tab:");
    ImGui::Indent();
    show_note(c.theirs.note);
    ImGui::Unindent();
    ImGui::TextUnformatted("This tab:");
    ImGui::Indent();
    show_note(c.mine.note);
    ImGui::Unindent();
    if (c.mine.tags != c.theirs.tags) {
      ImGui::Text("Tags, other tab: %s", visual_line(join_tags(c.theirs.tags)).c_str());
      ImGui::Text("Tags, this tab: %s", visual_line(join_tags(c.mine.tags)).c_str());
    }
    ImGui::TextDisabled("Until you choose, this tab's version is held in this tab only.");
    ImGui::PopTextWrapPos();
    const std::string n = std::to_string(k);
    bool done = false;
    if (ImGui::Button("Keep both")) { resolve_conflict(st, k, Resolve::Both); done = true; }
    remember_item(st, "conflict_both:" + n);
    ImGui::SameLine();
    if (!done && ImGui::Button("Keep this tab's")) { resolve_conflict(st, k, Resolve::Mine); done = true; }
    remember_item(st, "conflict_mine:" + n);
    ImGui::SameLine();
    if (!done && ImGui::Button("Keep other tab's")) { resolve_conflict(st, k, Resolve::Theirs); done = true; }
    remember_item(st, "conflict_theirs:" + n);
    ImGui::PopID();
    if (done) break;  // the list changed
  }
}

bool matches(const AppState& st, const Annotation& a) {
  const UserData& u = st.user;
  if (u.filter_colour >= 0 && a.colour != kPalette[u.filter_colour].name) return false;
  if (!u.filter[0]) return true;
  const std::string needle = utf8::fold(u.filter);
  if (utf8::fold(a.note).find(needle) != std::string::npos) return true;
  if (utf8::fold(a.quote.exact).find(needle) != std::string::npos) return true;
  for (const auto& t : a.tags)
    if (utf8::fold(t).find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

void draw_annotations(AppState& st) {
  UserData& u = st.user;
  const ByteSpan sel = selection_span(st);
  ImGui::SeparatorText("Highlight the selection");
  if (st.current < 0) {
    ImGui::TextDisabled("Open an article first.");
  } else if (sel.empty()) {
    ImGui::TextDisabled("Select text in the reader (drag, double-click, or Shift+arrows).");
  } else {
    const int c = palette_buttons(st, "new_colour:", "");
    if (c >= 0) {
      const int i = create_annotation(st, sel, kPalette[c].name);
      if (i >= 0) {
        start_editing(st, i);
        u.sel_anchor = u.sel_caret;
      }
    }
  }
  draw_conflicts(st);
  draw_editor(st);

  ImGui::SeparatorText("My annotations");
  ImGui::Checkbox("Whole library", &u.whole_library);
  remember_item(st, "annotations_whole_library");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##annfilter", "Filter by text or tag", u.filter, sizeof u.filter);
  remember_item(st, "annotations_filter");
  ImGui::TextDisabled("Colour:");
  ImGui::SameLine();
  if (ImGui::SmallButton(u.filter_colour < 0 ? "[all]" : "all")) u.filter_colour = -1;
  for (size_t i = 0; i < kPaletteSize; ++i) {
    ImGui::SameLine();
    ImGui::PushID(int(i) + 100);
    ImGui::PushStyleColor(ImGuiCol_Button, rgb_col(kPalette[i].rgb));
    if (ImGui::SmallButton(u.filter_colour == int(i) ? "*" : " ")) u.filter_colour = int(i);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("only %s", kPalette[i].name);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  const std::string article_id = st.current >= 0 && !u.whole_library ? st.articles[size_t(st.current)].id : "";
  const std::vector<int> list = visible_annotations(st, article_id);
  int shown = 0, orphans = 0;
  auto row = [&](int i) {
    const Annotation& a = u.annotations[size_t(i)];
    ImGui::PushID(i);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(p, ImVec2(p.x + 4 * st.dpr, p.y + h * 2), rgb_col(colour_rgb(a.colour)));
    ImGui::SetCursorScreenPos(ImVec2(p.x + 8 * st.dpr, p.y));
    std::string label = a.quote.exact.size() > 80 ? a.quote.exact.substr(0, 80) + "…" : a.quote.exact;
    if (u.whole_library) {
      const int ai = article_index(st, a.article_id);
      if (ai >= 0) label = st.articles[size_t(ai)].title.substr(0, 40) + ": " + label;
    }
    if (ImGui::Selectable(visual_line(label).c_str(), u.editing == i)) {
      start_editing(st, i);
      const int ai = article_index(st, a.article_id);
      if (ai >= 0 && ai != st.current) open_article(st, ai);
      const ByteSpan b = annotation_bytes(st, a);
      if (!b.empty()) st.scroll_to_byte = int(b.begin);
    }
    remember_item(st, "annotation:" + std::to_string(shown++));
    std::string sub = a.note.substr(0, a.note.find('\n'));
    if (sub.size() > 60) sub = sub.substr(0, 60) + "…";
    std::string tags;
    for (const auto& t : a.tags) tags += " #" + t;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 8 * st.dpr);
    ImGui::TextDisabled("%s%s%s", a.colour.c_str(), sub.empty() ? "" : (" · " + visual_line(sub)).c_str(),
                        visual_line(tags).c_str());
    ImGui::PopID();
  };
  for (int i : list)
    if (matches(st, u.annotations[size_t(i)])) {
      if (u.annotations[size_t(i)].orphan()) ++orphans;
      else row(i);
    }
  if (orphans > 0) {
    ImGui::SeparatorText("Orphans: their text is no longer in the article");
    for (int i : list)
      if (matches(st, u.annotations[size_t(i)]) && u.annotations[size_t(i)].orphan()) row(i);
  }
  if (shown == 0 && orphans == 0) ImGui::TextDisabled(list.empty() ? "No annotations yet." : "None match the filter.");
}

}  // namespace lede::app
