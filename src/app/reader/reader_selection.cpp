// reader_selection.cpp — text selection in the reader and the user's own highlights (reader_selection.h).
#include "app/reader/reader_selection.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "app/app.h"
#include "notes/annotation.h"
#include "core/text/utf8.h"

namespace lede::app {

LayoutFont reader_layout_font(const ImFont* f) {
  LayoutFont lf;
  lf.advance = f->IndexAdvanceX.Data;
  lf.count = size_t(f->IndexAdvanceX.Size);
  lf.fallback = f->FallbackAdvanceX;
  lf.scale = 1;
  lf.line_height = std::round(f->FontSize * 1.55f);
  lf.paragraph_gap = std::round(f->FontSize * 0.75f);
  return lf;
}

ByteSpan selection_span(const AppState& st) {
  const UserData& u = st.user;
  if (u.sel_article != st.current) return {};
  return {std::min(u.sel_anchor, u.sel_caret), std::max(u.sel_anchor, u.sel_caret)};
}

std::string selected_text(const AppState& st) {
  const ByteSpan s = selection_span(st);
  if (s.empty() || st.current < 0) return "";
  return std::string(st.articles[size_t(st.current)].doc.slice(s));
}

namespace {

uint32_t byte_under(const AppState& st, const Article& a, const LayoutFont& lf, ImVec2 origin, ImVec2 p) {
  const ReaderLayout& L = st.layout;
  if (L.lines.empty()) return 0;
  if (p.y < origin.y) return L.lines.front().begin;
  size_t li = first_line_at(L, p.y - origin.y);
  if (li >= L.lines.size()) return L.lines.back().end;
  return caret_at_x(a.doc.text, L.lines[li], lf, p.x - origin.x);
}

bool word_char(const std::string& t, uint32_t i) {
  char32_t cp;
  utf8::decode(t, i, cp);
  return utf8::is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '\'' || cp == 0x2019;
}

void move_caret(AppState& st, const Article& a, const LayoutFont& lf, int dx, int dy) {
  UserData& u = st.user;
  const std::string& t = a.doc.text;
  uint32_t c = u.sel_caret;
  if (dx < 0 && c > 0) c = uint32_t(utf8::prev_boundary(t, c));
  if (dx > 0 && c < t.size()) {
    char32_t cp;
    c += uint32_t(utf8::decode(t, c, cp));
  }
  if (dy != 0 && !st.layout.lines.empty()) {
    const size_t li = line_of_byte(st.layout, c);
    const float x = x_of_byte(t, st.layout.lines[li], lf, c);
    const long nl = long(li) + dy;
    if (nl >= 0 && nl < long(st.layout.lines.size())) c = caret_at_x(t, st.layout.lines[size_t(nl)], lf, x);
  }
  u.sel_caret = c;
  st.scroll_to_byte = int(c);
}

void rebuild_marks(AppState& st, const Article& a) {
  UserData& u = st.user;
  u.marks.clear();
  u.marks_version = u.annotations_version;
  u.marks_article = st.current;
  // The code point index is a pass over the whole text (a 20 MB article: a long frame on opening it), so
  // it is built only for an article that has a mark to place.
  std::optional<utf8::CodepointIndex> cpi;
  size_t n = 0;
  for (size_t i = 0; i < u.annotations.size(); ++i) {
    const Annotation& an = u.annotations[i];
    if (u.annotation_deleted[i] || an.article_id != a.id || an.orphan()) continue;
    if (!cpi) {
      cpi.emplace(a.doc.text);
      n = utf8::count_codepoints(a.doc.text);
    }
    const ByteSpan b = position_bytes(*cpi, n, an.position);
    if (b.empty()) continue;
    u.marks.push_back({b, colour_rgb(an.colour), int(i), !an.note.empty()});
  }
  std::sort(u.marks.begin(), u.marks.end(), [](const UserMark& x, const UserMark& y) { return x.span.begin < y.span.begin; });
}

}  // namespace

void update_selection(AppState& st, const Article& a, ImVec2 origin, float col) {
  UserData& u = st.user;
  if (u.marks_article != st.current || u.marks_version != u.annotations_version) rebuild_marks(st, a);
  if (u.sel_article != st.current) {
    u.sel_article = st.current;
    u.sel_anchor = u.sel_caret = 0;
    u.selecting = false;
  }
  const ImGuiIO& io = ImGui::GetIO();
  const LayoutFont lf = reader_layout_font(st.reader_font);
  const ImVec2 m = io.MousePos;
  const bool over_text = ImGui::IsWindowHovered() && m.x >= origin.x - 8 && m.x < origin.x + col + 8;
  if (over_text && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const uint32_t b = byte_under(st, a, lf, origin, m);
    if (io.KeyShift && u.reader_focused) {
      u.sel_caret = b;
    } else {
      u.sel_anchor = u.sel_caret = b;
    }
    u.selecting = true;
    u.reader_focused = true;
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {  // select the word
      const std::string& t = a.doc.text;
      uint32_t s = b, e = b;
      while (s > 0 && word_char(t, uint32_t(utf8::prev_boundary(t, s)))) s = uint32_t(utf8::prev_boundary(t, s));
      while (e < t.size() && word_char(t, e)) {
        char32_t cp;
        e += uint32_t(utf8::decode(t, e, cp));
      }
      u.sel_anchor = s;
      u.sel_caret = e;
      u.selecting = false;
    }
  } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsWindowHovered()) {
    u.reader_focused = false;
  }
  if (u.selecting) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) u.sel_caret = byte_under(st, a, lf, origin, m);
    else u.selecting = false;
  }
  // Keys act on the reader's selection when the reader has focus and no text field is being edited.
  if (u.reader_focused && !io.WantTextInput) {
    if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) move_caret(st, a, lf, -1, 0);
    if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_RightArrow)) move_caret(st, a, lf, 1, 0);
    if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) move_caret(st, a, lf, 0, -1);
    if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) move_caret(st, a, lf, 0, 1);
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_A, false)) {
      u.sel_anchor = 0;
      u.sel_caret = uint32_t(a.doc.text.size());
    }
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_C, false)) {
      const std::string s = selected_text(st);
      if (!s.empty()) ImGui::SetClipboardText(s.c_str());
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) u.sel_anchor = u.sel_caret;
  }
}

void paint_user_layers(AppState& st, const Article& a, const LayoutLine& line, ImVec2 origin, float ty, float fs) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const LayoutFont lf = reader_layout_font(st.reader_font);
  const std::string& t = a.doc.text;
  const float dpr = st.dpr;
  // The screen x pieces span s covers on this line: one on left-to-right lines, several where
  // right-to-left runs split it (the bytes stay logical; only their places on screen move).
  std::vector<XRange> xs;
  auto span_x = [&](ByteSpan s) -> const std::vector<XRange>& {
    xs.clear();
    const uint32_t b = std::max(s.begin, line.begin), e = std::min(s.end, line.end);
    if (b > e || s.end <= line.begin || s.begin >= line.end + 1) return xs;
    if (!line.runs.empty()) {
      x_ranges(t, line, lf, b, e, xs);
      for (XRange& x : xs) { x.x0 += origin.x; x.x1 += origin.x; }
      return xs;
    }
    const float x0 = origin.x + x_of_byte(t, line, lf, b);
    float x1 = origin.x + x_of_byte(t, line, lf, e);
    if (s.end > line.end) x1 += fs * 0.3f;  // the selection continues past the line end
    if (x1 > x0) xs.push_back({x0, x1, true, s.end <= line.end});
    return xs;
  };
  if (st.user.show_mine) {
    for (const UserMark& m : st.user.marks) {
      if (m.span.begin >= line.end) break;
      const ImU32 fill = IM_COL32((m.rgb >> 16) & 255, (m.rgb >> 8) & 255, m.rgb & 255, 110);
      const ImU32 edge = IM_COL32(((m.rgb >> 16) & 255) * 3 / 5, ((m.rgb >> 8) & 255) * 3 / 5, (m.rgb & 255) * 3 / 5, 255);
      for (const XRange& x : span_x(m.span)) {
        dl->AddRectFilled(ImVec2(x.x0, ty - 2 * dpr), ImVec2(x.x1, ty + fs + 2 * dpr), fill);
        // Not colour alone: a solid bar under the user's highlight, and a note marker where there is a note.
        dl->AddRectFilled(ImVec2(x.x0, ty + fs + 1 * dpr), ImVec2(x.x1, ty + fs + 3 * dpr), edge);
        if (m.has_note && m.span.end <= line.end && x.has_end)
          dl->AddTriangleFilled(ImVec2(x.x1 - 6 * dpr, ty - 2 * dpr), ImVec2(x.x1, ty - 2 * dpr), ImVec2(x.x1, ty + 4 * dpr), edge);
      }
    }
  }
  const ByteSpan sel = selection_span(st);
  if (!sel.empty())
    for (const XRange& x : span_x(sel))
      dl->AddRectFilled(ImVec2(x.x0, ty - 1 * dpr), ImVec2(x.x1, ty + fs + 1 * dpr), IM_COL32(70, 130, 230, 90));
}

}  // namespace lede::app
