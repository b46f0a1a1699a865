// app.cpp — start-up, article switching, fonts, theme and the top-level window layout.
#include "app/app.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "app/state/analysis.h"
#include "app/text/fallback_faces.h"
#include "imgui.h"
#include "imgui_internal.h"  // ConfigNavWindowingKeyNext: no Ctrl+Tab window list

namespace lede::app {

namespace {
const char* kRegularFont = "/assets/fonts/NotoSans-Regular.ttf";
const char* kBoldFont = "/assets/fonts/NotoSans-Bold.ttf";

// Latin, Latin Extended-A/B, Greek, Cyrillic, general punctuation, currency, a few symbols: the subset
// cmake/web_app.cmake keeps in the font file (pyftsubset --unicodes=${LEDE_FONT_UNICODES}, at build time).
const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                                0x20A0, 0x20CF, 0x2116, 0x2116, 0x2122, 0x2122, 0x2190, 0x2193,
                                0x2212, 0x2212, 0};
const ImWchar kTitleRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0};
// The first atlas leaves out Latin Extended-B, Greek and Cyrillic (half the glyphs: the atlas was 130-500 ms
// of the first frame under load) until text needs them (GlyphNeeds::ui_extended).
const ImWchar kFirstGlyphRanges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2116, 0x2116,
                                     0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0};
const ImWchar kFirstTitleRanges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0};

bool file_exists(const char* path) { return std::ifstream(path).good(); }

// Merges the glyphs text needs from each loaded fallback face into `font` (ImGui skips code points the
// font already has). Called right after the font is added, so a font's sources stay together in the atlas.
// The atlas borrows the font bytes, which GlyphNeeds keeps; the ranges live in st.glyph_ranges.
void add_fallback_glyphs(AppState& st, ImFont* font, float css_px) {
  ImGuiIO& io = ImGui::GetIO();
  const GlyphNeeds& g = st.glyphs;
  static_assert(sizeof(ImWchar) == sizeof(uint32_t), "build with IMGUI_USE_WCHAR32 (cmake/web_app.cmake)");
  for (size_t f = 0; f < st.glyph_ranges.size(); ++f) {
    if (st.glyph_ranges[f].size() < 2) continue;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.DstFont = font;
    cfg.FontDataOwnedByAtlas = false;
    cfg.OversampleH = 1;  // CJK and Arabic glyphs are many and detailed: no sub-pixel copies in the atlas
    cfg.OversampleV = 1;
    // Same em as the UI font: Noto Sans Arabic, say, is far taller per em (room for marks), and ImGui sizes
    // a font by its full height, which would make its letters look small.
    const float px = css_px * st.dpr * fallback_face(f).height_per_em / ui_font_height_per_em();
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(g.data[f].data()), int(g.data[f].size()),
                                   std::round(px), &cfg,
                                   reinterpret_cast<const ImWchar*>(st.glyph_ranges[f].data()));
  }
}

void prepare_fallback_ranges(AppState& st) {
  GlyphNeeds& g = st.glyphs;
  st.glyph_ranges.assign(g.state.size(), {});
  for (size_t f = 0; f < g.state.size(); ++f)
    if (g.state[f] == GlyphNeeds::Face::Ready && !g.cps[f].empty()) st.glyph_ranges[f] = g.ranges(f);
  g.atlas_stale = false;
}

// The text the UI can show this frame, checked for code points the atlas lacks: titles (library list),
// the open article (once per article and length), notes and tags, the note and find fields (typed text).
// Cheap per frame: ASCII is skipped byte by byte and each other code point is looked up once a session.
// The open article is scanned kGlyphScanBytes per frame (a 20 MB article at once was a long frame; its
// start, on screen first, is scanned in the first frame).
constexpr size_t kGlyphScanBytes = 1 << 20;

void need_visible_glyphs(AppState& st) {
  GlyphNeeds& g = st.glyphs;
  for (const Article& a : st.articles) g.need_text(a.title);
  if (st.current >= 0 && st.current < int(st.articles.size())) {
    const Article& a = st.articles[size_t(st.current)];
    const std::string& t = a.doc.text;
    static int scanned = -1;
    static size_t scanned_size = 0, done = 0;
    if (scanned != st.current || scanned_size != t.size()) {
      scanned = st.current;
      scanned_size = t.size();
      done = 0;
    }
    if (done < t.size()) {
      size_t end = std::min(t.size(), done + kGlyphScanBytes);
      while (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) ++end;  // a whole character
      g.need_text(std::string_view(t).substr(done, end - done));
      done = end;
    }
  }
  for (const Annotation& an : st.user.annotations) {
    g.need_text(an.note);
    for (const std::string& t : an.tags) g.need_text(t);
  }
  g.need_text(st.user.note_buf);
  g.need_text(st.user.tags_buf);
  g.need_text(st.find_text);
  if (g.atlas_stale) st.fonts_dirty = true;
}
}  // namespace

void remember_item(AppState& st, const std::string& name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  st.item_rects[name] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y};
}

void app_init(AppState& st, const std::string& articles_dir) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextEnterKeepActive = true;  // Enter in the find box steps to the next match and keeps focus
  // ImGui's Ctrl+Tab window list shows bare internal window names, and browsers keep Ctrl+Tab for
  // themselves: turned off (F1 lists only what works).
  ImGui::GetCurrentContext()->ConfigNavWindowingKeyNext = ImGuiKey_None;
  ImGui::GetCurrentContext()->ConfigNavWindowingKeyPrev = ImGuiKey_None;
  load_articles(st, articles_dir);
  if (!st.articles.empty()) open_article(st, 0);
}

void jump_to(AppState& st, ByteSpan span) {
  st.scroll_to_byte = int(span.begin);
  st.flash = span;
  st.flash_until = ImGui::GetTime() + 1.5;
}

void select_entity(AppState& st, int e, int cursor) {
  if (st.current < 0) return;
  const Document& d = st.articles[size_t(st.current)].doc;
  const std::vector<ByteSpan> spans =
      e >= 0 && e < int(d.entities.size()) ? mention_spans(d, d.entities[size_t(e)]) : std::vector<ByteSpan>();
  if (spans.empty()) {
    st.selected_entity = st.entity_cursor = -1;
    return;
  }
  const int n = int(spans.size());
  st.selected_entity = e;
  st.entity_cursor = ((cursor % n) + n) % n;
  st.entity_span = spans[size_t(st.entity_cursor)];
  jump_to(st, st.entity_span);
}

void build_fonts(AppState& st) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  st.ui_font = st.reader_font = st.title_font = nullptr;
  if (!file_exists(kRegularFont)) {
    set_error(st, std::string("Font missing: ") + kRegularFont + " (using ImGui's built-in font)");
    ImFontConfig cfg;
    cfg.SizePixels = std::round(13 * st.dpr);
    st.ui_font = st.reader_font = st.title_font = io.Fonts->AddFontDefault(&cfg);
  } else {
    auto add = [&](const char* file, float css_px, const ImWchar* ranges) {
      ImFontConfig cfg;
      float px = std::round(css_px * st.dpr);
      cfg.OversampleH = px >= 28 ? 1 : 2;  // big glyphs need no sub-pixel positions; keeps the atlas small
      cfg.OversampleV = 1;
      return io.Fonts->AddFontFromFileTTF(file, px, &cfg, ranges);
    };
    prepare_fallback_ranges(st);
    const bool all = st.glyphs.ui_extended;
    const ImWchar* ranges = all ? kGlyphRanges : kFirstGlyphRanges;
    st.ui_font = add(kRegularFont, st.ui_px, ranges);
    add_fallback_glyphs(st, st.ui_font, st.ui_px);
    st.reader_font = add(kRegularFont, st.reader_px, ranges);
    add_fallback_glyphs(st, st.reader_font, st.reader_px);
    st.title_font = add(file_exists(kBoldFont) ? kBoldFont : kRegularFont, st.reader_px * 1.45f,
                        all ? kTitleRanges : kFirstTitleRanges);
    add_fallback_glyphs(st, st.title_font, st.reader_px * 1.45f);
  }
  io.FontDefault = st.ui_font;
  if (!io.Fonts->Build()) set_error(st, "Font atlas build failed");
  st.fonts_dirty = false;
  st.layout_dirty = true;
}

void apply_theme_if_dirty(AppState& st) {
  if (!st.theme_dirty) return;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (st.theme == Theme::Light) ImGui::StyleColorsLight(&style);
  else ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.ScrollbarSize = 12;
  style.WindowPadding = ImVec2(10, 10);
  if (st.theme == Theme::Light) {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.96f, 0.94f, 1);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Text] = ImVec4(0.11f, 0.11f, 0.12f, 1);
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.89f, 0.87f, 1);
    style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.85f, 0.88f, 0.94f, 1);
    style.Colors[ImGuiCol_FrameBgActive] = ImVec4(0.80f, 0.85f, 0.94f, 1);
  }
  if (st.theme == Theme::HighContrast) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 1);
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1);
    c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
    c[ImGuiCol_Header] = c[ImGuiCol_Button] = ImVec4(0.1f, 0.25f, 0.6f, 1);
    c[ImGuiCol_HeaderHovered] = c[ImGuiCol_ButtonHovered] = c[ImGuiCol_FrameBgHovered] = ImVec4(0.2f, 0.4f, 0.85f, 1);
    c[ImGuiCol_HeaderActive] = c[ImGuiCol_ButtonActive] = ImVec4(0.3f, 0.5f, 1, 1);
    c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = ImVec4(1, 0.9f, 0.2f, 1);
    style.FrameBorderSize = 1;
    style.ChildBorderSize = 2;
  }
  style.ScaleAllSizes(st.dpr);
  st.theme_dirty = false;
}

static void draw_status(AppState& st) {
  draw_user_status(st);
  if (!st.last_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 30, 30, 255));
    ImGui::TextWrapped("Error: %s", st.last_error.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss")) st.last_error.clear();
  } else if (st.current >= 0) {
    const Document& d = st.articles[size_t(st.current)].doc;
    ImGui::TextDisabled("%zu entities · %zu mentions · %zu quotes · %zu numbers · %zu lines",
                        d.entities.size(), d.mentions.size(), d.quotes.size(), d.numbers.size(),
                        st.layout.lines.size());
  } else {
    ImGui::TextDisabled("No article open");
  }
}

// F1 (or ? outside a text field): the keyboard shortcuts.
static void draw_help(AppState& st) {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsKeyPressed(ImGuiKey_F1, false) ||
      (!io.WantTextInput && io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Slash, false)))
    st.help_open = !st.help_open;
  if (!st.help_open) return;
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("Keyboard shortcuts", &st.help_open,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    static const char* const rows[][2] = {
        {"F1 or ?", "show or hide this help"},
        {"Ctrl+F", "find in the article"},
        {"Enter / Shift+Enter", "next / previous match (in the find box)"},
        {"Escape", "close find"},
        {"F3 / Shift+F3", "next / previous mention of the selected entity"},
        {"Tab / Shift+Tab", "move between the side panel's controls"},
        {"Arrows, Space, Enter", "navigate and activate the focused control"},
        {"Mouse wheel, Page Up/Down, Home/End", "scroll the reader"},
        {"Ctrl+O", "import files"},
        {"Ctrl+Z", "undo a delete or an edit"},
        {"Ctrl+C / Ctrl+V / Ctrl+X", "copy, paste, cut in text fields (system clipboard)"},
    };
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      for (const auto& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r[0]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r[1]);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

// After a reload: the article being read opens again once the stored articles are back; with the
// Examples shelf removed, a demo article is never what opens.
static void reopen_remembered(AppState& st) {
  if (!st.user.storage_ready) return;
  if (!st.reopen_article.empty()) {
    const int i = article_index(st, st.reopen_article);
    st.reopen_article.clear();
    if (i >= 0 && !st.articles[size_t(i)].deleted && !(st.examples_hidden && st.articles[size_t(i)].builtin)) {
      open_article(st, i);
      return;
    }
  }
  if (st.examples_hidden && st.current >= 0 && st.articles[size_t(st.current)].builtin) {
    st.current = -1;
    for (int i = 0; i < int(st.articles.size()); ++i)
      if (!st.articles[size_t(i)].builtin && !st.articles[size_t(i)].deleted) { open_article(st, i); break; }
  }
}

void app_frame(AppState& st) {
  const float dpr = st.dpr;
  // The worker's answers are decoded about 8 ms a frame (a 20 MB article's at once was a 0.4 s frame).
  analysis_take_in(st, 8);
  highlights_export_step(st);  // an export waiting for analyses goes out once they are in
  reopen_remembered(st);
  need_visible_glyphs(st);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F)) {
    st.find_open = true;
    st.find_focus = true;
  }
  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  // No background of its own, nor for the children below whose parent paints the same colour: the platform
  // clears the canvas with WindowBg. With software WebGL each full-window layer costs 20-30 ms of every drawn
  // frame under load (SwiftShader blends ImGui's textured triangles pixel by pixel); the pixels are the same.
  ImGui::Begin("lede", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
  // The status area is as tall as it was last frame (it may hold several lines), at least one row.
  static float status_h_last = 0;
  const float status_h = std::max(ImGui::GetFrameHeightWithSpacing(), status_h_last);
  // The Numbers and Across tabs are tables: the panel widens for them (to most of the window, the reader
  // keeps the rest) and narrows back for the other tabs; a drag in either mode sets that mode's width.
  const bool wide = st.active_tab == "Numbers" || st.active_tab == "Across";
  if (st.wide_width <= 0) st.wide_width = std::round(vp->WorkSize.x / dpr * 0.62f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(180 * dpr, 0), ImVec2(vp->WorkSize.x * (wide ? 0.8f : 0.5f), FLT_MAX));
  // With ResizeX, ImGui uses this width on the first frame only (the restored preference); after that
  // the user's drag decides, and is read back below.
  ImGui::BeginChild("side", ImVec2(st.side_width * dpr, -status_h), ImGuiChildFlags_Border | ImGuiChildFlags_ResizeX);
  static int was_wide = -1;
  if (was_wide != int(wide) && (was_wide >= 0 || wide)) {  // the mode changed: its width applies from the next frame
    const float css = wide ? std::max(st.side_width, st.wide_width) : st.side_width;
    ImGui::GetCurrentWindow()->SizeFull.x = std::round(css * dpr);
  }
  was_wide = int(wide);
  // Keyboard navigation needs a focused window: with none (at start, or after a click on the canvas's
  // empty parts), the side panel takes focus, so Tab moves through its controls without a click first.
  if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetWindowFocus();
  if (ImGui::BeginTabBar("side_tabs")) {
    struct Tab { const char* name; void (*draw)(AppState&); };
    static const Tab tabs[] = {{"Library", draw_library}, {"Entities", draw_entities},
                               {"Quotes", draw_quotes}, {"Numbers", draw_numbers},
                               {"Notes", draw_annotations}, {"Across", draw_across}};
    bool select_known = false;
    for (const Tab& t : tabs) {
      // A restored tab is asked for until it is the one shown (a new tab bar shows its first tab for a
      // frame), and the active tab is not recorded meanwhile, so the restored choice is not overwritten.
      const bool select = st.select_tab == t.name;
      select_known |= select;
      const bool open = ImGui::BeginTabItem(t.name, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      remember_item(st, std::string("tab:") + t.name);
      if (!open) continue;
      if (select) st.select_tab.clear();
      if (st.select_tab.empty()) st.active_tab = t.name;
      const float legend_h = (ImGui::GetFrameHeightWithSpacing()) * (kKindCount + 2.6f);
      // NavFlattened: Tab moves from the tab bar into the tab's controls (ImGui keeps a child's items apart otherwise).
      // NoBackground: "side" paints the same ChildBg under it.
      ImGui::BeginChild("tab_body", ImVec2(0, -legend_h), ImGuiChildFlags_None,
                        ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoBackground);
      t.draw(st);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    if (!select_known) st.select_tab.clear();  // a stored tab name this version does not have
  }
  ImGui::Separator();
  draw_legend(st);
  ImGui::EndChild();
  remember_item(st, "side");
  {
    // Only a drag changes the preferred width (it moves while the button is held); a narrow window's cap
    // (half its width) does not.
    static float w_last = 0;
    const float w = std::round(ImGui::GetItemRectSize().x / dpr);
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && w != w_last && w >= kMinSideWidth && w <= kMaxSideWidth)
      (wide ? st.wide_width : st.side_width) = w;
    w_last = w;
  }
  ImGui::SameLine();
  ImGui::BeginChild("reader_pane", ImVec2(0, -status_h), ImGuiChildFlags_Border);
  draw_reader(st);
  ImGui::EndChild();
  const float status_top = ImGui::GetCursorPosY();
  draw_status(st);
  status_h_last = ImGui::GetCursorPosY() - status_top + ImGui::GetStyle().ItemSpacing.y;
  draw_help(st);
  ImGui::End();
  save_prefs_if_changed(st);
  ++st.frame;
}

}  // namespace lede::app
