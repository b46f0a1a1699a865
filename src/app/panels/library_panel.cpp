// library_panel.cpp — the library: the user's own articles, then the bundled demo articles on a separate,
// removable "Examples" shelf; a filter box (case- and accent-insensitive), import/export actions on top
// and the open article's details below.
//
// A library may hold a thousand articles, so a frame only lays out the user's rows in view: which rows pass
// the filter, each row's height (its title wraps) and the word counts are kept in a cache, rebuilt only
// when the library, the filter or the width changes; the rows in view are found by binary search over the
// rows' running heights, and the rest of the list is empty space of the right height. (The Examples shelf
// is a handful of rows, drawn directly.)
#include <algorithm>
#include <cstdint>

#include "app/app.h"
#include "app/text/visual_text.h"
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
    meta += (meta.empty() ? "" : " · ") + std::to_string(article_word_count(st, i)) + " words";
  }
  const std::string title = visual_line(a.title);  // right-to-left titles joined and ordered for drawing
  const float h = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y +
                  (meta.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing());
  if (ImGui::Selectable("##article", st.current == i, 0, ImVec2(0, h))) open_article(st, i);
  remember_item(st, "article:" + std::to_string(i));
  ImGui::SetCursorPos(pos);
  ImGui::PushTextWrapPos(pos.x + wrap);
  ImGui::TextUnformatted(title.c_str());
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


struct Row {
  int article = -1;
  float y = 0, h = 0;  // top within the list and the selectable's height (device px)
  std::string meta;    // "source · date · N words" (imported articles)
};

struct LibraryCache {
  uint64_t signature = 0;
  std::vector<Row> rows;
  float total_h = 0;
};

// Everything a row's layout depends on, hashed: cheap integers only (O(articles) per frame, no text work).
uint64_t signature(const AppState& st, float wrap, const char* filter) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  mix(uint64_t(wrap * 16));
  mix(uint64_t(ImGui::GetFontSize() * 16));
  for (const char* p = filter; *p; ++p) mix(uint8_t(*p));
  mix(st.articles.size());
  for (const Article& a : st.articles) {
    mix(uint64_t(uintptr_t(a.title.data())) ^ (uint64_t(a.title.size()) << 1) ^ (uint64_t(a.deleted) << 63) ^
        (uint64_t(a.builtin) << 62));
    mix(uint64_t(uintptr_t(a.body.data())) ^ uint64_t(a.body.size()) ^ (uint64_t(a.source.size()) << 40) ^
        (uint64_t(a.date.size()) << 50));
  }
  return h;
}

void rebuild(AppState& st, LibraryCache& c, float wrap) {
  c.rows.clear();
  const std::string needle = utf8::fold(st.filter);
  const float line = ImGui::GetTextLineHeightWithSpacing(), gap = ImGui::GetStyle().ItemSpacing.y * 2;
  float y = 0;
  for (int i = 0; i < int(st.articles.size()); ++i) {
    const Article& a = st.articles[size_t(i)];
    if (a.deleted || a.builtin) continue;  // the user's own articles; examples are on their shelf
    if (!needle.empty() && utf8::fold(a.title).find(needle) == std::string::npos) continue;
    Row r;
    r.article = i;
    if (!a.builtin) {
      r.meta = a.source;
      if (!a.date.empty()) r.meta += (r.meta.empty() ? "" : " · ") + a.date;
      r.meta += (r.meta.empty() ? "" : " · ") + std::to_string(article_word_count(st, i)) + " words";
    }
    r.h = ImGui::CalcTextSize(a.title.c_str(), nullptr, false, wrap).y + (r.meta.empty() ? 0 : line);
    r.y = y;
    y += r.h + gap;
    c.rows.push_back(std::move(r));
  }
  c.total_h = y;
}

}  // namespace

// Word counts per article, keyed by the body's buffer and size: recounting a 20 MB article every frame
// cost tens of milliseconds. (A new body of the very same size in the very same buffer would keep a stale
// count; every import assigns a new string, so that does not happen in practice.)
size_t article_word_count(const AppState& st, int i) {
  struct WordCount {
    const char* data = nullptr;
    size_t size = SIZE_MAX;
    size_t words = 0;
  };
  static std::vector<WordCount> words;
  const std::string& body = st.articles[size_t(i)].body;
  if (words.size() <= size_t(i)) words.resize(size_t(i) + 1);
  WordCount& w = words[size_t(i)];
  if (w.data != body.data() || w.size != body.size()) w = WordCount{body.data(), body.size(), word_count(body)};
  return w.words;
}

void draw_library(AppState& st) {
  static LibraryCache cache;
  draw_library_actions(st);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##filter", "Filter articles", st.filter, sizeof st.filter);
  remember_item(st, "filter");
  const std::string needle = utf8::fold(st.filter);
  const bool own = has_own_articles(st);
  const float wrap = ImGui::GetContentRegionAvail().x;
  const uint64_t sig = signature(st, wrap, st.filter);
  if (sig != cache.signature) {
    rebuild(st, cache, wrap);
    cache.signature = sig;
  }
  const float top = ImGui::GetCursorPosY();
  const float x = ImGui::GetCursorPosX();
  const float view_top = ImGui::GetScrollY() - top, view_bottom = view_top + ImGui::GetWindowHeight();
  auto first = std::upper_bound(cache.rows.begin(), cache.rows.end(), view_top,
                                [](float v, const Row& r) { return v < r.y + r.h; });
  for (auto it = first; it != cache.rows.end() && it->y < view_bottom; ++it) {
    const Row& r = *it;
    const int i = r.article;
    if (i >= int(st.articles.size())) break;  // the library shrank this frame; the cache rebuilds next frame
    const Article& a = st.articles[size_t(i)];
    ImGui::PushID(i);
    const ImVec2 pos(x, top + r.y);
    ImGui::SetCursorPos(pos);
    if (ImGui::Selectable("##article", st.current == i, 0, ImVec2(0, r.h))) open_article(st, i);
    remember_item(st, "article:" + std::to_string(i));
    ImGui::SetCursorPos(pos);
    ImGui::PushTextWrapPos(pos.x + wrap);
    ImGui::TextUnformatted(a.title.c_str());
    if (!r.meta.empty()) ImGui::TextDisabled("%s", r.meta.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  ImGui::SetCursorPos(ImVec2(x, top + cache.total_h));
  if (!own) ImGui::TextDisabled("No articles of yours yet: Import files…, drop files on the page or paste text.");
  else if (cache.rows.empty()) ImGui::TextDisabled("No article matches");

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
