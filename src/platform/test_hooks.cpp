// test_hooks.cpp — windows into the app for browser tests (tests/browser/) and benchmarks, via Module.ccall.
//
// Most hooks only read state:
//     Module.ccall('lede_ready', 'number')                       1 once articles are loaded and frames drawn
//     Module.ccall('lede_open_article', 'number', ['number'], [i])   1 on success (laid out on the next frame)
//     Module.ccall('lede_highlight_count', 'number', ['number'], [k]) spans of kind k the reader laid out:
//                                                                 0 person, 1 org, 2 place, 3 quote, 4 number
//     Module.ccall('lede_item_rect', 'string', ['string'], ['filter'])  "x y w h" in CSS px, or ""
// A few change it, as a user could (each named lede_set_* or a verb): lede_open_article, lede_set_theme,
// lede_set_font_size, lede_add_synthetic_article (benchmarks: a long article made of the demo paragraphs),
// lede_across_merge (the Across tab's "Merge into…"). Tests that need anything else drive the real UI
// with the mouse and keyboard (lede_item_rect says where to click).
// Strings returned stay valid until the next call of the same hook.
#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/state/analysis.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui->InputEventsQueue: lede_input_events_pending
#include "platform/platform.h"

using lede::platform::state;

extern "C" {

// Ready: frames are drawn and the open article's analysis is in (or failed), so highlights can be counted.
EMSCRIPTEN_KEEPALIVE int lede_ready() {
  const auto& st = state();
  return st.ready && (st.current < 0 || !st.articles[size_t(st.current)].analysis_pending) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int lede_frame_count() { return int(state().frame); }
// Input events the browser delivered that ImGui has not taken in yet. ImGui trickles them (a key pressed and
// released, or a key and its character, go to separate frames), so fast typing costs about two frames a
// character, and a click sent after it waits behind it in the same queue.
EMSCRIPTEN_KEEPALIVE int lede_input_events_pending() { return GImGui ? GImGui->InputEventsQueue.Size : 0; }
EMSCRIPTEN_KEEPALIVE int lede_article_count() { return int(state().articles.size()); }
EMSCRIPTEN_KEEPALIVE int lede_open_article(int i) { return lede::app::open_article(state(), i) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int lede_current_article() { return state().current; }
// The article the reader's current layout shows (-1 before the first layout); equals lede_current_article()
// once a frame has drawn it, and from then on highlight counts describe it.
// While its analysis is on its way the layout shows plain text only, so this is -1 until the analysis is in;
// also -1 while a long article is still being laid out (a slice per frame).
EMSCRIPTEN_KEEPALIVE int lede_layout_article() {
  const auto& st = state();
  if (st.layout_dirty || !st.layout_job.done || (st.current >= 0 && st.articles[size_t(st.current)].analysis_pending)) return -1;
  return st.layout_article;
}

EMSCRIPTEN_KEEPALIVE const char* lede_current_title() {
  static std::string s;
  const auto& st = state();
  s = st.current >= 0 ? st.articles[size_t(st.current)].title : "";
  return s.c_str();
}

// The notice the status line shows ("" when none): import results, an export's articles left out.
EMSCRIPTEN_KEEPALIVE const char* lede_last_notice() {
  const auto& notices = state().user.notices;
  return notices.empty() ? "" : notices.back().c_str();
}

EMSCRIPTEN_KEEPALIVE int lede_highlight_count(int kind) {
  const auto& st = state();
  if (kind < 0 || kind >= lede::app::kKindCount || size_t(kind) >= st.layout.spans_placed.size()) return 0;
  return int(st.layout.spans_placed[size_t(kind)]);
}

EMSCRIPTEN_KEEPALIVE int lede_drawn_lines() { return int(state().frames_drawn_lines); }
EMSCRIPTEN_KEEPALIVE const char* lede_last_error() { return state().last_error.c_str(); }
EMSCRIPTEN_KEEPALIVE const char* lede_filter_text() { return state().filter; }
EMSCRIPTEN_KEEPALIVE double lede_device_pixel_ratio() { return state().dpr; }
EMSCRIPTEN_KEEPALIVE int lede_hovered_kind() {
  const auto& st = state();
  return st.hovered_highlight >= 0 ? int(st.layout_job.spans[size_t(st.hovered_highlight)].kind) : -1;
}

// The n-th laid-out rect of kind k that is inside the reader's visible area, "x y w h" in CSS px, or "".
EMSCRIPTEN_KEEPALIVE const char* lede_highlight_rect(int kind, int n) {
  static std::string s;
  s.clear();
  const auto& st = state();
  auto vis = st.item_rects.find("reader");
  if (vis == st.item_rects.end()) return "";
  const auto& L = st.layout;
  const float d = st.dpr, fs = st.reader_font ? st.reader_font->FontSize : 0;
  for (const auto& line : L.lines) {
    const float y = st.reader_y + line.y + st.reader_text_dy;
    if (y < vis->second.y || y + fs > vis->second.y + vis->second.h) continue;
    for (uint32_t r = line.first_rect; r < line.end_rect; ++r) {
      if (L.rects[r].kind != kind || n-- > 0) continue;
      char buf[128];
      std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f %.2f", (st.reader_x + L.rects[r].x0) / d, y / d,
                    (L.rects[r].x1 - L.rects[r].x0) / d, fs / d);
      s = buf;
      return s.c_str();
    }
  }
  return "";
}

// The text of the rect lede_highlight_rect(kind, n) finds (one line's part of the highlight), or "".
EMSCRIPTEN_KEEPALIVE const char* lede_highlight_text(int kind, int n) {
  static std::string s;
  s.clear();
  const auto& st = state();
  auto vis = st.item_rects.find("reader");
  if (vis == st.item_rects.end() || st.current < 0) return "";
  const auto& L = st.layout;
  const std::string& text = st.articles[size_t(st.current)].doc.text;
  const float fs = st.reader_font ? st.reader_font->FontSize : 0;
  for (const auto& line : L.lines) {
    const float y = st.reader_y + line.y + st.reader_text_dy;
    if (y < vis->second.y || y + fs > vis->second.y + vis->second.h) continue;
    for (uint32_t r = line.first_rect; r < line.end_rect; ++r) {
      if (L.rects[r].kind != kind || n-- > 0) continue;
      const lede::ByteSpan h = highlight_of(st.layout_job.spans[L.rects[r].span]).span;
      const uint32_t b = std::max(h.begin, line.begin), e = std::min(h.end, line.end);
      s = text.substr(b, e > b ? e - b : 0);
      return s.c_str();
    }
  }
  return "";
}

// Issue 4 state: entity navigation, find, scroll, theme, font size.
EMSCRIPTEN_KEEPALIVE int lede_selected_entity() { return state().selected_entity; }
EMSCRIPTEN_KEEPALIVE int lede_entity_cursor() { return state().entity_cursor; }
EMSCRIPTEN_KEEPALIVE int lede_find_count() { return state().find_open ? int(state().find_matches.size()) : -1; }
EMSCRIPTEN_KEEPALIVE int lede_find_current() { return state().find_current; }
EMSCRIPTEN_KEEPALIVE double lede_scroll_y() { return state().scroll_y / state().dpr; }
EMSCRIPTEN_KEEPALIVE int lede_layout_lines() { return int(state().layout.lines.size()); }
EMSCRIPTEN_KEEPALIVE int lede_theme() { return int(state().theme); }
EMSCRIPTEN_KEEPALIVE float lede_font_size() { return state().reader_px; }
EMSCRIPTEN_KEEPALIVE void lede_set_theme(int t) {
  if (t < 0 || t > 2) return;
  state().theme = lede::app::Theme(t);
  state().theme_dirty = true;
}
EMSCRIPTEN_KEEPALIVE void lede_set_font_size(float px) {
  state().reader_px = px < 12 ? 12 : px > 32 ? 32 : px;
  state().fonts_dirty = true;
}
// Canonical name of the entity of kind k (0 person, 1 org, 2 place) with the most mentions whose first
// mention is furthest into the text among ties; "" if none.
EMSCRIPTEN_KEEPALIVE const char* lede_top_entity(int kind) {
  static std::string s;
  s.clear();
  const auto& st = state();
  if (st.current < 0) return "";
  const lede::Document& d = st.articles[size_t(st.current)].doc;
  size_t best = 0;
  for (const lede::Entity& e : d.entities)
    if (int(lede::app::kind_of(e.type)) == kind && e.mentions.size() > best) { best = e.mentions.size(); s = e.canonical; }
  return s.c_str();
}

// Reader issue: smooth scrolling, jumps and their flash, layout preferences.
// Scroll target of the running ease in CSS px, or -1 when the reader is not animating.
EMSCRIPTEN_KEEPALIVE double lede_scroll_target() {
  const auto& st = state();
  return st.smooth.active ? st.smooth.to / st.dpr : -1;
}
EMSCRIPTEN_KEEPALIVE double lede_scroll_max() { return state().scroll_max_y / state().dpr; }
EMSCRIPTEN_KEEPALIVE int lede_reduced_motion() { return state().reduced_motion ? 1 : 0; }
// The span the last jump flashed, "begin end active" (bytes; active 1 while it is still flashing), or "".
EMSCRIPTEN_KEEPALIVE const char* lede_flash() {
  static std::string s;
  const auto& st = state();
  s.clear();
  if (st.flash.empty()) return "";
  s = std::to_string(st.flash.begin) + " " + std::to_string(st.flash.end) + " " +
      (ImGui::GetTime() < st.flash_until ? "1" : "0");
  return s.c_str();
}
// Quote i of the current article, "begin end" in bytes, or "".
EMSCRIPTEN_KEEPALIVE const char* lede_quote_span(int i) {
  static std::string s;
  const auto& st = state();
  s.clear();
  if (st.current < 0) return "";
  const auto& q = st.articles[size_t(st.current)].doc.quotes;
  if (i < 0 || i >= int(q.size())) return "";
  s = std::to_string(q[size_t(i)].span.begin) + " " + std::to_string(q[size_t(i)].span.end);
  return s.c_str();
}
EMSCRIPTEN_KEEPALIVE int lede_quote_count() {
  const auto& st = state();
  return st.current < 0 ? 0 : int(st.articles[size_t(st.current)].doc.quotes.size());
}
// 1 when the line holding byte b lies wholly inside the reader's visible area (as drawn last frame).
EMSCRIPTEN_KEEPALIVE int lede_byte_visible(int b) {
  const auto& st = state();
  auto vis = st.item_rects.find("reader");
  if (vis == st.item_rects.end() || st.layout.lines.empty() || b < 0) return 0;
  const auto& line = st.layout.lines[lede::app::line_of_byte(st.layout, uint32_t(b))];
  const float y = st.reader_y + line.y;
  return y >= vis->second.y && y + st.layout.line_height <= vis->second.y + vis->second.h ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* lede_prefs_json() {
  static std::string s;
  s = lede::app::prefs_json(lede::app::current_prefs(state()));
  return s.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* lede_prefs_saved() {
  static std::string s;
  s = lede::app::prefs_json(state().prefs_saved);
  return s.c_str();
}
EMSCRIPTEN_KEEPALIVE int lede_kind_shown(int k) { return k >= 0 && k < lede::app::kKindCount && state().shown[k] ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* lede_active_tab() { return state().active_tab.c_str(); }
EMSCRIPTEN_KEEPALIVE double lede_side_width() { return state().side_width; }

// Benchmarks (scripts/bench.sh): last frame's CPU time, and a synthetic article of about `words` words
// made by repeating the demo articles' paragraphs (so it has thousands of highlights). Returns its index.
EMSCRIPTEN_KEEPALIVE double lede_frame_ui_ms() { return state().frame_ui_ms; }
EMSCRIPTEN_KEEPALIVE double lede_frame_total_ms() { return state().frame_total_ms; }
// Frames actually drawn to the canvas (lede_frame_count counts every frame, drawn or left unchanged).
EMSCRIPTEN_KEEPALIVE double lede_frames_drawn() { return double(state().frames_drawn); }
EMSCRIPTEN_KEEPALIVE int lede_add_synthetic_article(int words) {
  auto& st = state();
  std::string body;
  int count = 0;
  for (int round = 0; count < words && round < 1000; ++round)
    for (size_t i = 0; i < st.articles.size() && count < words; ++i) {
      if (st.articles[i].file == "synthetic") continue;
      const std::string& b = st.articles[i].body;
      body += b;
      body += "\n\n";
      for (size_t k = 0; k < b.size(); ++k) count += (b[k] == ' ' || b[k] == '\n') ? 1 : 0;
    }
  lede::app::Article a;
  a.file = "synthetic";
  a.id = "synthetic:" + std::to_string(st.articles.size());
  a.title = "Synthetic article, " + std::to_string(count) + " words";
  a.body = std::move(body);
  st.articles.push_back(std::move(a));
  return int(st.articles.size()) - 1;
}

EMSCRIPTEN_KEEPALIVE const char* lede_item_rect(const char* name) {
  static std::string s;
  const auto& st = state();
  auto it = st.item_rects.find(name ? name : "");
  if (it == st.item_rects.end()) return "";
  const float d = st.dpr;
  char buf[128];
  std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f %.2f", it->second.x / d, it->second.y / d, it->second.w / d,
                it->second.h / d);
  s = buf;
  return s.c_str();
}

}  // extern "C"

// The Across tab's views as JSON (after the tab has been drawn once):
//   {"articles": N, "series": [{"label", "source", "values": [...representative, in date order],
//                               "points": [{"value", "wording", "article", "source"}]}],
//    "entities": [{"name", "type", "mentions", "articles"}], "merges": {from: into}}
extern "C" EMSCRIPTEN_KEEPALIVE const char* lede_across_json() {
  static std::string s;
  const auto& x = state().across;
  nlohmann::json j;
  j["articles"] = x.library.articles().size();
  j["series"] = nlohmann::json::array();
  const auto& arts = x.library.articles();
  for (const auto& fs : x.figures) {
    nlohmann::json v = nlohmann::json::array(), pts = nlohmann::json::array();
    for (const auto& p : fs.points) {
      if (!p.representative) continue;
      v.push_back(p.value);
      // The source the point's own article gives (what the chart shows for it), "" when none.
      const auto& d = arts[p.article].doc;
      pts.push_back({{"value", p.value}, {"wording", p.wording}, {"article", arts[p.article].meta.title},
                     {"source", p.number < d.numbers.size() ? std::string(d.str(d.detail(d.numbers[p.number]).source)) : std::string()}});
    }
    j["series"].push_back({{"label", fs.label}, {"source", fs.source}, {"values", v}, {"points", pts}});
  }
  j["entities"] = nlohmann::json::array();
  for (const auto& e : x.entities)
    j["entities"].push_back({{"name", e.canonical}, {"key", e.key}, {"type", lede::to_string(e.type)},
                             {"mentions", e.mentions.size()}, {"articles", e.per_article.size()}});
  j["merges"] = x.merges;
  s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return s.c_str();
}

// Merges entity key `from` into `into` the way the Across tab's "Merge into…" does (and stores it).
extern "C" EMSCRIPTEN_KEEPALIVE void lede_across_merge(const char* from, const char* into) {
  auto& st = state();
  st.across.merges[from ? from : ""] = into ? into : "";
  lede::app::save_entity_merges(st);
}

// The titles of the articles the Across search lists for `query` (distinct, in hit order), as JSON.
extern "C" EMSCRIPTEN_KEEPALIVE const char* lede_across_search(const char* query) {
  static std::string s;
  const auto& x = state().across;
  nlohmann::json j = nlohmann::json::array();
  std::vector<uint32_t> seen;
  for (const auto& hit : x.library.search(query ? query : "", 500)) {
    if (std::find(seen.begin(), seen.end(), hit.article) != seen.end()) continue;
    seen.push_back(hit.article);
    j.push_back(x.library.articles()[hit.article].meta.title);
  }
  s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return s.c_str();
}

// The speaker of the first quote, in any article, whose text contains `words` ("" when none is found),
// and that article's title: {"speaker", "article", "waiting"}. The page analyses nothing itself: articles not
// analysed yet are asked of the worker, and while any is on its way "waiting" counts them (ask again later).
extern "C" EMSCRIPTEN_KEEPALIVE const char* lede_quote_speaker(const char* words) {
  static std::string s;
  const std::string w = words ? words : "";
  auto& st = state();
  int waiting = 0;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const auto& a = st.articles[i];
    if (a.deleted || a.analysed || !a.analysis_error.empty()) continue;
    lede::app::request_analysis(st, int(i), false);
    ++waiting;
  }
  nlohmann::json j = {{"speaker", ""}, {"article", ""}, {"waiting", waiting}};
  if (waiting > 0) {
    s = j.dump();
    return s.c_str();
  }
  for (const auto& a : st.articles) {
    if (a.deleted) continue;
    for (const auto& q : a.doc.quotes)
      if (a.doc.slice(q.span).find(w) != std::string_view::npos) {
        j = {{"speaker", q.speaker}, {"article", a.title}, {"waiting", 0}};
        s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return s.c_str();
      }
  }
  s = j.dump();
  return s.c_str();
}

// Every article in the library panel's order: [{"title", "builtin", "words"}] (deleted ones left out).
extern "C" EMSCRIPTEN_KEEPALIVE const char* lede_articles_json() {
  static std::string s;
  nlohmann::json j = nlohmann::json::array();
  for (const auto& a : state().articles)
    if (!a.deleted) j.push_back({{"title", a.title}, {"builtin", a.builtin}, {"text_starts", a.body.substr(0, 120)}});
  s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return s.c_str();
}
