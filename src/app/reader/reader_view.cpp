// reader_view.cpp — the reader pane: article title, wrapped body text with inline highlights, hover cards.
//
// Layout (reader_layout.h) runs once per (article, column width, font size, shown kinds); each frame draws
// only the lines inside the scroll window's clip rect: backgrounds, then glyphs, then each kind's shape.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/app.h"
#include "app/reader/kind_style.h"
#include "app/reader/line_text.h"
#include "app/reader/reader_selection.h"
#include "app/text/visual_text.h"
#include "core/text/title_guess.h"
#include "imgui.h"
#include "imgui_internal.h"  // ActivateItemByID: focus the find box on Ctrl+F

namespace lede::app {

namespace {

// Where the article's title is in its own text. An imported plain text keeps its headline as its first
// line (title_guess.h: nothing is cut from what is analysed): that line is laid out as the heading, and
// *in_text is set; a title made from the first sentence is in the text too, and no heading repeats it.
// Returns the headline's end (bytes into doc.text), or 0.
uint32_t headline_end(const Article& a, bool* in_text) {
  const std::string& t = a.doc.text;
  *in_text = false;
  const size_t b = t.find_first_not_of(" \t\n");
  if (b == std::string::npos || a.title.empty()) return 0;
  const size_t e = b + a.title.size();
  if (t.compare(b, a.title.size(), a.title) == 0 && (e == t.size() || t[e] == '\n' || t[e] == ' ' || t[e] == '\r')) {
    *in_text = true;
    return uint32_t(e);
  }
  if (!a.builtin && guess_title(t).title == a.title) *in_text = true;
  return 0;
}

// A slice of a long article's layout per frame: about kLayoutFrameMs of work, in steps of kLayoutStepBytes
// (about 5 ms each in wasm), so the page keeps drawing while a 20 MB article is laid out (issue 15).
// Ordinary articles (well under a step) are laid out in the frame that needs them, as before.
constexpr double kLayoutFrameMs = 40;
constexpr size_t kLayoutStepBytes = 128 * 1024;

void ensure_layout(AppState& st, const Article& a, float width) {
  const float font_px = st.reader_font->FontSize;
  if (st.layout_dirty || st.layout_article != st.current || st.layout_width != width ||
      st.layout_font_px != font_px || st.layout_job.bytes_done() > a.doc.text.size()) {
    std::vector<LayoutSpan> spans = collect_layout_spans(a.doc, st.shown);  // the highlights, kept in the job
    bool title_in_text = false;
    const uint32_t heading = headline_end(a, &title_in_text);
    layout_begin(st.layout_job, st.layout, std::move(spans), width, heading);
    st.layout_title_in_text = title_in_text;
    st.layout_dirty = false;
    st.layout_article = st.current;
    st.layout_width = width;
    st.layout_font_px = font_px;
  }
  if (st.layout_job.done) return;
  // While the analysis is on its way, the plain text is laid out only as far as the view needs (four
  // screens past it): all of it is laid out again with the highlights when the analysis arrives, and each
  // frame that grows the layout (its scrollbar) is drawn and, with software WebGL, read back, while the
  // worker analysing this very text waits for the cores (a 20 MB import's longest frames).
  if (a.analysis_pending && st.scroll_to_byte < 0 &&
      st.layout.height > ImGui::GetScrollY() + 4 * ImGui::GetWindowHeight())
    return;
  const LayoutFont lf = reader_layout_font(st.reader_font);
  const auto t0 = std::chrono::steady_clock::now();
  while (!layout_continue(a.doc.text, lf, st.layout_job, st.layout, kLayoutStepBytes) &&
         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() < kLayoutFrameMs) {
  }
  st.layout.spans_placed.resize(kKindCount, 0);
}

void draw_find_bar(AppState& st);

// Wheel over the reader and PageUp/PageDown/Home/End (when no text field or widget has the keys) set a
// new scroll target; smooth_scroll.h eases toward it. Repeated presses add to the running target.
void read_scroll_input(AppState& st) {
  const ImGuiIO& io = ImGui::GetIO();
  const float cur = ImGui::GetScrollY(), max_y = ImGui::GetScrollMaxY();
  const float goal = scroll_goal(st.smooth, cur);
  float target = goal;
  if (io.MouseWheel != 0 && !io.KeyShift && !io.KeyCtrl &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
    // ImGui's own step for a wheel notch: five lines of text, at most two thirds of the view.
    const float step = std::floor(std::min(5 * ImGui::GetFontSize(), ImGui::GetWindowHeight() * 0.67f));
    target -= io.MouseWheel * step;
  }
  if (!io.WantTextInput && !ImGui::IsAnyItemActive()) {
    const float page = ImGui::GetWindowHeight() * 0.85f;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) target += page;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) target -= page;
    if (ImGui::IsKeyPressed(ImGuiKey_Home, false) && !io.KeyShift) target = 0;
    if (ImGui::IsKeyPressed(ImGuiKey_End, false) && !io.KeyShift) target = max_y;
  }
  target = std::max(0.0f, std::min(target, max_y));
  if (target != goal) scroll_toward(st.smooth, cur, target, st.reduced_motion);
}

void draw_toolbar(AppState& st) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Text size");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(140 * st.dpr);
  float& pending = st.reader_px_dragging;  // the slider's value while dragging; the atlas is rebuilt on release
  if (!st.reader_px_drag) pending = st.reader_px;
  ImGui::SliderFloat("##size", &pending, 12, 32, "%.0f px");
  remember_item(st, "font_size");
  st.reader_px_drag = ImGui::IsItemActive();
  if (!st.reader_px_drag && std::round(pending) != st.reader_px) {
    st.reader_px = std::round(pending);
    st.fonts_dirty = true;
  }
  ImGui::SameLine();
  static const char* const themes[] = {"Light", "Dark", "High contrast"};
  int theme = int(st.theme);
  ImGui::SetNextItemWidth(130 * st.dpr);
  if (ImGui::Combo("##theme", &theme, themes, 3)) {
    st.theme = Theme(theme);
    st.theme_dirty = true;
  }
  remember_item(st, "theme");
  ImGui::SameLine();
  if (!st.find_open) {
    if (ImGui::Button("Find (Ctrl+F)")) { st.find_open = true; st.find_focus = true; }
    return;
  }
  draw_find_bar(st);
}

void step_find(AppState& st, int delta) {
  if (st.find_matches.empty()) { st.find_current = -1; return; }
  const int n = int(st.find_matches.size());
  st.find_current = ((st.find_current + delta) % n + n) % n;
  jump_to(st, st.find_matches[size_t(st.find_current)]);
}

void draw_find_bar(AppState& st) {
  if (st.find_focus) {
    // SetKeyboardFocusHere() did not activate the field when asked from a Ctrl+F handler (ImGui 1.90.1),
    // so ask for activation directly, with the "prefer text input" flag a Tab key press would carry.
    ImGui::ActivateItemByID(ImGui::GetID("##find"));
    GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
  }
  ImGui::SetNextItemWidth(200 * st.dpr);
  const bool enter = ImGui::InputTextWithHint("##find", "Find in article", st.find_text, sizeof st.find_text,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  remember_item(st, "find");
  if (st.find_focus && ImGui::IsItemActive()) st.find_focus = false;  // asked again each frame until it sticks
  const bool escaped = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  if (st.current >= 0) {
    const Article& a = st.articles[size_t(st.current)];
    if (st.folded_article != st.current) {
      st.folded = fold_with_offsets(a.doc.text);
      st.folded_article = st.current;
    }
    const std::string key = std::to_string(st.current) + '\x1f' + st.find_text;
    if (key != st.find_key) {
      st.find_key = key;
      st.find_matches = find_all(st.folded, st.find_text);
      st.find_current = -1;
      step_find(st, 1);
    }
  }
  if (enter) step_find(st, ImGui::GetIO().KeyShift ? -1 : 1);
  ImGui::SameLine();
  if (st.find_text[0] == 0) ImGui::TextDisabled("Type to search");
  else if (st.find_matches.empty()) ImGui::TextDisabled("No matches");
  else ImGui::Text("%d of %zu", st.find_current + 1, st.find_matches.size());
  ImGui::SameLine();
  if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) step_find(st, -1);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next", ImGuiDir_Down)) step_find(st, 1);
  ImGui::SameLine();
  if (ImGui::Button("Close") || escaped) {
    st.find_open = false;
    st.find_matches.clear();
    st.find_key.clear();
    st.find_current = -1;
  }
}

}  // namespace

void draw_reader(AppState& st) {
  draw_toolbar(st);
  ImGui::Separator();
  if (st.current < 0 || st.current >= int(st.articles.size()) || !st.reader_font) {
    ImGui::TextDisabled("Select an article in the library.");
    return;
  }
  draw_analysis_banner(st);
  const Article& a = st.articles[size_t(st.current)];
  const float dpr = st.dpr;
  // The wheel is ours (NoScrollWithMouse), so it can ease like the keys do; the scrollbar stays direct.
  // NoBackground: "reader_pane" paints the same ChildBg under it (one full layer less per drawn frame).
  ImGui::BeginChild("reader_text", ImVec2(0, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoBackground);
  {
    ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    st.item_rects["reader"] = ItemRect{wp.x, wp.y, ws.x, ws.y};
  }
  read_scroll_input(st);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gutter = std::round(18 * dpr);
  const float max_col = std::round(st.reader_font->FontSize * 34);
  const float col = std::max(40.0f, std::min(avail - 2 * gutter, max_col));
  const float x_off = std::max(gutter, std::floor((avail - col) * 0.5f));

  // Title, unless the text holds it (its headline line is laid out as the heading, with its highlights)
  ensure_layout(st, a, col);
  ImGui::Dummy(ImVec2(0, 8 * dpr));
  if (!st.layout_title_in_text) {
    ImGui::SetCursorPosX(x_off);
    {  // laid out like the body, so a right-to-left title is joined, ordered and right-aligned
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float h = draw_wrapped(ImGui::GetWindowDrawList(), st.title_font, p, ImGui::GetColorU32(ImGuiCol_Text),
                                   a.title, col, 1.25f);
      ImGui::Dummy(ImVec2(col, h));
    }
    ImGui::Dummy(ImVec2(0, std::round(st.reader_font->FontSize * 0.8f)));
  }

  // Body
  ImGui::SetCursorPosX(x_off);
  const ImVec2 origin(std::floor(ImGui::GetCursorScreenPos().x), std::floor(ImGui::GetCursorScreenPos().y));
  // While a long article is still being laid out, the scroll range is the height it will about have (the
  // part done, scaled to the whole text), so the scrollbar does not shrink and jump as lines arrive.
  const LayoutJob& job = st.layout_job;
  const float body_h = job.done || job.bytes_done() == 0
                           ? st.layout.height
                           : st.layout.height * float(double(a.doc.text.size()) / double(job.bytes_done()));
  ImGui::Dummy(ImVec2(col, body_h + st.reader_font->FontSize * 2));

  const ReaderLayout& L = st.layout;
  if (!job.done) {
    // a remembered place or a jump waits until its line is laid out
  } else if (st.pending_scroll_y >= 0) {  // an article's remembered place: restored at once, not animated
    ImGui::SetScrollY(st.pending_scroll_y);
    scroll_stop(st.smooth);
    st.pending_scroll_y = -1;
  } else if (st.scroll_to_byte >= 0 && !L.lines.empty()) {
    const LayoutLine& line = L.lines[line_of_byte(L, uint32_t(st.scroll_to_byte))];
    const float content_y = origin.y - ImGui::GetWindowPos().y + ImGui::GetScrollY() + line.y;
    scroll_toward(st.smooth, ImGui::GetScrollY(), std::max(0.0f, content_y - ImGui::GetWindowHeight() * 0.35f),
                  st.reduced_motion);
    st.scroll_to_byte = -1;
  }
  {
    float y;
    if (scroll_step(st.smooth, ImGui::GetScrollY(), ImGui::GetScrollMaxY(), ImGui::GetIO().DeltaTime, &y))
      ImGui::SetScrollY(y);
  }
  const std::string& text = a.doc.text;
  ImFont* font = st.reader_font;
  const float fs = font->FontSize;
  const float text_dy = std::floor((L.line_height - fs) * 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  st.reader_x = origin.x;
  st.reader_y = origin.y;
  st.reader_text_dy = text_dy;
  update_selection(st, a, origin, col);  // reader_selection.h: mouse/keys -> selection

  // Hover: which highlights are under the mouse (found before drawing, so they can be outlined).
  std::vector<uint32_t> hovered;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (ImGui::IsWindowHovered() && mouse.x >= origin.x && mouse.x < origin.x + col) {
    size_t li = first_line_at(L, mouse.y - origin.y);
    if (li < L.lines.size() && mouse.y >= origin.y + L.lines[li].y) {
      const LayoutLine& line = L.lines[li];
      float mx = mouse.x - origin.x;
      for (uint32_t r = line.first_rect; r < line.end_rect; ++r)
        if (mx >= L.rects[r].x0 && mx < L.rects[r].x1) hovered.push_back(L.rects[r].span);
    }
  }
  // (indices into st.layout_job.spans, the highlights as laid out: highlight_of())
  auto is_hovered = [&](uint32_t span) { return std::find(hovered.begin(), hovered.end(), span) != hovered.end(); };

  uint32_t drawn = 0;
  const LayoutFont lf = reader_layout_font(font);
  std::vector<XRange> xs;  // the x pieces of a span on a line (several where right-to-left runs split it)
  const double now = ImGui::GetTime();
  // The selected entity: where each mention is, the one stepped to, and the names inside longer names
  // ("Texas" in "University of Texas"), which have no highlight of their own and get an outline here.
  const Entity* selected =
      st.selected_entity >= 0 && size_t(st.selected_entity) < a.doc.entities.size() ? &a.doc.entities[size_t(st.selected_entity)] : nullptr;
  const ByteSpan selected_span = selected ? st.entity_span : ByteSpan();
  static const std::vector<uint32_t> kNoInner;
  const std::vector<uint32_t>& inner = selected ? selected->inner_mentions : kNoInner;
  for (size_t li = first_line_at(L, clip_min.y - origin.y); li < L.lines.size(); ++li) {
    const LayoutLine& line = L.lines[li];
    const float y = origin.y + line.y;
    if (y > clip_max.y) break;
    // A heading line is larger: its own glyph size and vertical centring.
    const float fs = font->FontSize * line.scale / lf.scale;
    const float ty = y + (line.scale == lf.scale ? text_dy : std::floor((line.height - fs) * 0.5f));
    bool quote_on_line = false;
    for (uint32_t r = line.first_rect; r < line.end_rect; ++r) {
      const LayoutRect& R = L.rects[r];
      const Kind k = Kind(R.kind);
      if (k == Kind::Quote) quote_on_line = true;
      paint_background(dl, k, kind_style(st.theme, k), ImVec2(origin.x + R.x0, ty), ImVec2(origin.x + R.x1, ty + fs), dpr);
    }
    if (quote_on_line)
      paint_quote_bar(dl, kind_style(st.theme, Kind::Quote), origin.x - std::round(10 * dpr), y, y + line.height, dpr);
    // Find matches: behind the glyphs.
    if (!st.find_matches.empty()) {
      auto m = std::lower_bound(st.find_matches.begin(), st.find_matches.end(), line.begin,
                                [](const ByteSpan& s, uint32_t b) { return s.end <= b; });
      for (; m != st.find_matches.end() && m->begin < line.end; ++m) {
        const bool cur = int(m - st.find_matches.begin()) == st.find_current;
        xs.clear();
        x_ranges(text, line, lf, m->begin, m->end, xs);
        for (const XRange& x : xs)
          dl->AddRectFilled(ImVec2(origin.x + x.x0, ty - dpr), ImVec2(origin.x + x.x1, ty + fs + dpr),
                            cur ? IM_COL32(255, 150, 0, 170) : IM_COL32(255, 230, 0, 140), 2 * dpr);
      }
    }
    paint_user_layers(st, a, line, origin, ty, fs);  // my annotations and the selection, under the glyphs
    draw_line_text(dl, font, fs, ImVec2(origin.x, ty), text_col, text, line);
    for (uint32_t r = line.first_rect; r < line.end_rect; ++r) {
      const LayoutRect& R = L.rects[r];
      const Kind k = Kind(R.kind);
      ImVec2 min(origin.x + R.x0, ty), max(origin.x + R.x1, ty + fs);
      paint_mark(dl, k, kind_style(st.theme, k), min, max, R.first, R.last, dpr);
      if (st.selected_entity >= 0 && k != Kind::Quote && k != Kind::Number) {
        const Mention& mm = a.doc.mentions[R.id];  // (the span's id is its highlight's ref)
        if (mm.entity == st.selected_entity) {
          const bool cur = mm.span.begin == selected_span.begin && mm.span.end == selected_span.end;
          const float t = (cur ? 3.0f : 1.5f) * dpr;
          dl->AddRect(ImVec2(min.x - 2 * dpr, min.y - 2 * dpr), ImVec2(max.x + 2 * dpr, max.y + 2 * dpr), text_col, 3 * dpr, 0, t);
        }
      }
      if (!hovered.empty() && k != Kind::Quote && is_hovered(R.span))
        dl->AddRect(ImVec2(min.x - dpr, min.y - dpr), ImVec2(max.x + dpr, max.y + dpr), text_col, 2 * dpr, 0, dpr);
    }
    for (uint32_t im : inner) {
      const ByteSpan sp = a.doc.inner_mentions[im].span;
      if (sp.end <= line.begin || line.end <= sp.begin) continue;
      const bool cur = sp.begin == selected_span.begin && sp.end == selected_span.end;
      xs.clear();
      x_ranges(text, line, lf, sp.begin, sp.end, xs);
      for (const XRange& x : xs)
        dl->AddRect(ImVec2(origin.x + x.x0 - dpr, ty - dpr), ImVec2(origin.x + x.x1 + dpr, ty + fs + dpr), text_col,
                    2 * dpr, 0, (cur ? 3.0f : 1.5f) * dpr);
    }
    // Flash: the span a panel or find jumped to, pulsing for a moment.
    if (now < st.flash_until && st.flash.begin < line.end && line.begin < st.flash.end) {
      const float alpha = 0.55f + 0.45f * std::sin(float(now) * 12.0f);
      xs.clear();
      x_ranges(text, line, lf, st.flash.begin, st.flash.end, xs);
      for (const XRange& x : xs)
        dl->AddRect(ImVec2(origin.x + x.x0 - 3 * dpr, ty - 3 * dpr), ImVec2(origin.x + x.x1 + 3 * dpr, ty + fs + 3 * dpr),
                    IM_COL32(255, 120, 0, int(255 * alpha)), 3 * dpr, 0, 2.5f * dpr);
    }
    ++drawn;
  }
  st.frames_drawn_lines = drawn;
  st.hovered_highlight = hovered.empty() ? -1 : int(hovered.front());

  if (!hovered.empty()) {
    ImGui::BeginTooltip();
    // Entities and numbers first, the enclosing quote last.
    std::stable_sort(hovered.begin(), hovered.end(), [&](uint32_t x, uint32_t y) {
      const auto& spans = st.layout_job.spans;
      return (Kind(spans[x].kind) == Kind::Quote) < (Kind(spans[y].kind) == Kind::Quote);
    });
    for (size_t i = 0; i < hovered.size(); ++i) {
      if (i) ImGui::Separator();
      const Highlight h = highlight_of(st.layout_job.spans[hovered[i]]);
      const std::string card = visual_line(describe(a.doc, h));  // names from Arabic or Hebrew text read right
      const size_t nl = std::min(card.find('\n'), card.size());
      ImGui::PushStyleColor(ImGuiCol_Text, kind_style(st.theme, h.kind).line);
      ImGui::TextUnformatted(card.c_str(), card.c_str() + nl);
      ImGui::PopStyleColor();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
      if (nl < card.size()) ImGui::TextUnformatted(card.c_str() + nl + 1);
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTooltip();
  }
  st.scroll_y = ImGui::GetScrollY();
  st.scroll_max_y = ImGui::GetScrollMaxY();
  ImGui::EndChild();
}

}  // namespace lede::app
