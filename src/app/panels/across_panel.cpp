// across_panel.cpp — the "Across" tab: what the library says across articles (core: library.h).
//   Search     words, entity names, or a number range ("killed > 50000")
//   Figures    series of the same figure over article dates (a death toll), a small chart and a table
//   Speakers   every quote in the library per speaker; a statement reported several times is marked
//   Entities   one canonical entity across articles, with mention counts per article
// Every row opens its article and scrolls the reader there. Each view exports as CSV or Markdown.
// The index is rebuilt only when the set of articles or their dates change (adding one article when
// nothing else changed costs that article's analysis, Library::add).
#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>

#include "app/app.h"
#include "app/state/analysis.h"
#include "notes/export_text.h"
#include "imgui.h"

namespace lede::app {

namespace {

// The articles the index holds: the user's own, or the examples while the user has none.
bool indexed(const Article& a, bool examples) { return !a.deleted && a.builtin == examples; }

// Of those, the ones it can hold now: analysed ones, in library order, up to the first that is not (its
// analysis is requested from the worker, analysis.h; the index grows as answers come in, so it is always
// a prefix and adding one more stays incremental). Failed analyses are skipped.
std::string signature(AppState& st, size_t* waiting) {
  std::string s;
  *waiting = 0;
  const bool examples = examples_in_library(st);
  for (size_t i = 0; i < st.articles.size(); ++i) {
    Article& a = st.articles[i];
    if (!indexed(a, examples) || !a.analysis_error.empty()) continue;
    if (!a.analysed) {
      request_analysis(st, int(i), false);
      for (size_t k = i; k < st.articles.size(); ++k) *waiting += indexed(st.articles[k], examples) && !st.articles[k].analysed;
      break;
    }
    s += a.id + "|" + a.date + "|" + std::to_string(a.body.size()) + ";";
  }
  return s;
}

void ensure_index(AppState& st) {
  AcrossState& x = st.across;
  const std::string sig = signature(st, &x.waiting);
  if (sig == x.signature) return;
  // Rebuild from scratch when an article left or changed; otherwise add the new ones only.
  bool only_added = x.signature.size() < sig.size() && sig.compare(0, x.signature.size(), x.signature) == 0;
  if (!only_added) {
    x.library = Library();
    x.article_of.clear();
  }
  const bool examples = examples_in_library(st);
  for (size_t i = 0; i < st.articles.size(); ++i) {
    Article& a = st.articles[i];
    if (!indexed(a, examples) || !a.analysis_error.empty()) continue;
    if (!a.analysed) break;  // the signature stops here too
    if (only_added && std::find(x.article_of.begin(), x.article_of.end(), int(i)) != x.article_of.end()) continue;
    Document copy = a.doc;  // the library keeps its own copy: the reader's may be replaced on re-import
    x.library.add({a.id, a.title, a.source, a.date}, std::move(copy));
    x.article_of.push_back(int(i));
  }
  x.signature = sig;
  x.views_dirty = true;
}

void refresh_views(AppState& st) {
  AcrossState& x = st.across;
  if (!x.views_dirty) return;
  x.views_dirty = false;
  // Hand merges (kept in storage) apply to whatever index was built.
  std::vector<std::string> old;
  for (const auto& kv : x.library.merges()) old.push_back(kv.first);
  for (const auto& k : old) x.library.split_entity(k);
  for (const auto& [from, into] : x.merges) x.library.merge_entities(from, into);
  x.figures = x.library.figure_series();
  x.speakers = x.library.speakers();
  x.entities = x.library.entities();
  x.hits.clear();
  x.last_query.clear();
}

void go_to(AppState& st, uint32_t library_article, ByteSpan span) {
  const AcrossState& x = st.across;
  if (library_article >= x.article_of.size()) return;
  open_article(st, x.article_of[library_article]);
  st.scroll_to_byte = int(span.begin);
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.15g", v);
  return b;
}

std::string date_or_undated(const std::string& d) { return d.empty() ? "undated" : d; }

std::string point_source(const std::vector<LibraryArticle>& arts, const FigurePoint& p);

void export_view(AppState& st, const char* view, bool markdown) {
  const AcrossState& x = st.across;
  const auto& arts = x.library.articles();
  std::string out;
  auto row = [&](std::initializer_list<std::string> cells) {
    bool first = true;
    if (markdown) out += "|";
    for (const auto& c : cells) {
      if (markdown) out += " " + markdown_cell(c) + " |";  // escaped: a cell never breaks the table or runs
      else out += (first ? "" : ",") + csv_field(c);
      first = false;
    }
    out += markdown ? "\n" : "\r\n";
  };
  const std::string v = view;
  if (v == "figures") {
    if (markdown) out += "# Figures across articles\n\n";
    // "source" is what each report itself gives for its figure.
    row({"series", "source", "date", "article", "value", "wording", "sentence"});
    if (markdown) out += "|---|---|---|---|---|---|---|\n";
    for (const FigureSeries& s : x.figures)
      for (const FigurePoint& p : s.points)
        row({s.label, point_source(arts, p), date_or_undated(p.date), arts[p.article].meta.title, fmt(p.value), p.wording,
             p.sentence});
  } else if (v == "speakers") {
    if (markdown) out += "# Who said what where\n\n";
    row({"speaker", "date", "article", "statement", "quote"});
    if (markdown) out += "|---|---|---|---|---|\n";
    for (const SpeakerIndex& s : x.speakers)
      for (const QuoteRef& q : s.quotes) {
        const Document& d = arts[q.article].doc;
        row({s.speaker, date_or_undated(arts[q.article].meta.date), arts[q.article].meta.title, std::to_string(q.statement + 1),
             std::string(d.slice(d.quotes[q.quote].content))});
      }
  } else {
    if (markdown) out += "# Entities across articles\n\n";
    row({"entity", "type", "mentions", "articles"});
    if (markdown) out += "|---|---|---|---|\n";
    for (const LibraryEntity& e : x.entities)
      row({e.canonical, to_string(e.type), std::to_string(e.mentions.size()), std::to_string(e.per_article.size())});
  }
  if (st.user.ops.download)
    st.user.ops.download(std::string("lede-") + view + (markdown ? ".md" : ".csv"), markdown ? "text/markdown" : "text/csv", out);
}

void export_buttons(AppState& st, const char* view) {
  ImGui::PushID(view);
  if (ImGui::SmallButton("CSV")) export_view(st, view, false);
  ImGui::SameLine();
  if (ImGui::SmallButton("Markdown")) export_view(st, view, true);
  ImGui::PopID();
}

// 57575 -> "57,575"; 1.5 -> "1.5".
std::string grouped(double v) {
  char b[48];
  if (std::fabs(v) >= 1e15 || v != std::floor(v)) {
    std::snprintf(b, sizeof b, "%.4g", v);
    return b;
  }
  std::snprintf(b, sizeof b, "%.0f", std::fabs(v));
  std::string digits = b, out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

// Days since 1970-01-01 of "YYYY-MM-DD", or -1 (civil-from-days inverse, proleptic Gregorian).
long day_number(const std::string& d) {
  int y = 0, m = 0, dd = 0;
  if (d.size() < 10 || std::sscanf(d.c_str(), "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 || dd < 1 || dd > 31)
    return -1;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// "2025-07-08" -> "8 Jul 2025".
std::string short_date(const std::string& d) {
  static const char* const kMon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int y = 0, m = 0, dd = 0;
  if (std::sscanf(d.c_str(), "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12) return d.empty() ? "undated" : d;
  return std::to_string(dd) + " " + kMon[m - 1] + " " + std::to_string(y);
}

// The source this point's own article gives for its figure, or "no source given".
std::string point_source(const std::vector<LibraryArticle>& arts, const FigurePoint& p) {
  const Document& d = arts[p.article].doc;
  const std::string_view s = p.number < d.numbers.size() ? d.str(d.detail(d.numbers[p.number]).source) : std::string_view();
  return s.empty() ? "no source given" : std::string(s);
}

// The series' figures over time: a value axis (left, labelled), a date axis (below, labelled), points
// placed by date (evenly, in report order, when the articles have no dates). Hovering a point shows its
// wording, date and its own source; a click opens its article at the sentence.
void draw_chart(AppState& st, const FigureSeries& s) {
  const auto& arts = st.across.library.articles();
  std::vector<const FigurePoint*> pts;
  for (const FigurePoint& p : s.points)
    if (p.representative) pts.push_back(&p);
  if (pts.size() < 2) return;
  const float dpr = st.dpr;
  const float line_h = ImGui::GetTextLineHeight();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 110 * dpr + 2.6f * line_h);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("chart", size);
  const bool chart_hovered = ImGui::IsItemHovered();
  const bool clicked = ImGui::IsItemClicked();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 line = ImGui::GetColorU32(ImGuiCol_PlotLines), text = ImGui::GetColorU32(ImGuiCol_Text),
              faint = ImGui::GetColorU32(ImGuiCol_TextDisabled), grid = ImGui::GetColorU32(ImGuiCol_Separator);

  // Value axis: from 0 (a count) or the lowest value, to the highest; three labelled ticks.
  double lo = pts[0]->value, hi = pts[0]->value;
  for (const FigurePoint* p : pts) { lo = std::min(lo, p->value); hi = std::max(hi, p->value); }
  if (lo >= 0 && lo < hi * 0.5) lo = 0;
  if (hi <= lo) hi = lo + 1;
  // Tick values are whole numbers once the range is wide enough to need no decimals.
  auto tick = [&](int k) { const double v = lo + (hi - lo) * k / 2; return hi - lo >= 10 ? std::round(v) : v; };
  float label_w = 0;
  for (int k = 0; k <= 2; ++k) label_w = std::max(label_w, ImGui::CalcTextSize(grouped(tick(k)).c_str()).x);
  const float left = p0.x + label_w + 10 * dpr, right = p0.x + size.x - 12 * dpr;
  const float top = p0.y + line_h * 0.5f + 4 * dpr, bottom = p0.y + size.y - line_h * 2.3f;
  for (int k = 0; k <= 2; ++k) {
    const double v = tick(k);
    const float y = bottom - (bottom - top) * float(k) / 2;
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), grid, dpr);
    const std::string t = grouped(v);
    dl->AddText(ImVec2(left - 6 * dpr - ImGui::CalcTextSize(t.c_str()).x, y - line_h * 0.5f), faint, t.c_str());
  }
  dl->AddLine(ImVec2(left, top), ImVec2(left, bottom), faint, dpr);
  dl->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), faint, dpr);

  // Date axis: by day when at least two points are dated and they span more than a day.
  long d0 = LONG_MAX, d1 = LONG_MIN;
  size_t dated = 0;
  for (const FigurePoint* p : pts) {
    const long d = day_number(p->date);
    if (d < 0) continue;
    ++dated;
    d0 = std::min(d0, d);
    d1 = std::max(d1, d);
  }
  const bool by_date = dated >= 2 && d1 > d0;
  const float undated_x = right;  // undated reports sit at the right end, after the dated ones
  std::vector<ImVec2> xy;
  for (size_t i = 0; i < pts.size(); ++i) {
    float x;
    const long d = day_number(pts[i]->date);
    if (by_date) x = d < 0 ? undated_x : left + 8 * dpr + (right - left - 16 * dpr) * float(d - d0) / float(d1 - d0);
    else x = left + 8 * dpr + (right - left - 16 * dpr) * float(i) / float(pts.size() - 1);
    const float y = bottom - (bottom - top) * float((pts[i]->value - lo) / (hi - lo));
    xy.push_back(ImVec2(x, y));
  }
  dl->AddPolyline(xy.data(), int(xy.size()), line, 0, 2 * dpr);
  float last_label_end = -FLT_MAX;
  int hovered = -1;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (size_t i = 0; i < xy.size(); ++i) {
    const float dx = mouse.x - xy[i].x, dy = mouse.y - xy[i].y;
    if (chart_hovered && dx * dx + dy * dy <= 64 * dpr * dpr) hovered = int(i);
    dl->AddCircleFilled(xy[i], (hovered == int(i) ? 5.0f : 3.5f) * dpr, line);
    // Date labels under their points, skipped where they would overlap the previous one.
    const std::string t = by_date || !pts[i]->date.empty() ? short_date(pts[i]->date) : "report " + std::to_string(i + 1);
    const float w = ImGui::CalcTextSize(t.c_str()).x;
    const float x = std::min(std::max(xy[i].x - w * 0.5f, p0.x), p0.x + size.x - w);
    if (x > last_label_end + 6 * dpr) {
      dl->AddText(ImVec2(x, bottom + 3 * dpr), faint, t.c_str());
      last_label_end = x + w;
    }
  }
  const char* axis = by_date ? "article date" : "reports in import order (set article dates to place them in time)";
  dl->AddText(ImVec2(left, bottom + 3 * dpr + line_h), faint, axis);
  dl->AddText(ImVec2(left + 6 * dpr, p0.y), text, s.label.c_str());
  remember_item(st, "chart");
  if (hovered >= 0) {
    const FigurePoint& p = *pts[size_t(hovered)];
    ImGui::SetTooltip("%s · %s\nsource: %s\n%s\n(click to open the sentence)", short_date(p.date).c_str(), p.wording.c_str(),
                      point_source(arts, p).c_str(), arts[p.article].meta.title.c_str());
    if (clicked) go_to(st, p.article, arts[p.article].doc.numbers[p.number].span);
  }
}

}  // namespace

void draw_across(AppState& st) {
  ensure_index(st);
  refresh_views(st);
  AcrossState& x = st.across;
  const auto& arts = x.library.articles();
  if (examples_in_library(st))
    ImGui::TextDisabled("%zu example articles (yours replace them here once you import some)", arts.size());
  else
    ImGui::TextDisabled("%zu articles in the library", arts.size());
  if (x.waiting) {
    ImGui::SameLine();
    ImGui::TextDisabled("· analysing %zu more…", x.waiting);
  }

  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##across_q", "Search: words, a name, or killed > 50000", x.query, sizeof x.query);
  remember_item(st, "across_search");
  if (x.last_query != x.query) {
    x.last_query = x.query;
    x.hits = x.query[0] ? x.library.search(x.query, 200) : std::vector<SearchHit>{};
  }
  if (x.query[0]) {
    ImGui::TextDisabled("%zu match(es)", x.hits.size());
    for (size_t i = 0; i < x.hits.size() && i < 50; ++i) {
      const SearchHit& hit = x.hits[i];
      ImGui::PushID(int(i));
      std::string label = "[" + arts[hit.article].meta.title.substr(0, 30) + "] " + hit.snippet.substr(0, 90);
      if (ImGui::Selectable(label.c_str())) go_to(st, hit.article, hit.span);
      remember_item(st, "across_hit:" + std::to_string(i));
      ImGui::PopID();
    }
  }

  if (ImGui::CollapsingHeader("Figures over time", ImGuiTreeNodeFlags_DefaultOpen)) {
    export_buttons(st, "figures");
    int shown = 0;
    for (size_t si = 0; si < x.figures.size(); ++si) {
      const FigureSeries& s = x.figures[si];
      ImGui::PushID(int(si));
      // The header names a source only when every report gives that same one; otherwise each point says its own.
      std::string common;
      bool one_source = true;
      for (const FigurePoint& p : s.points) {
        if (!p.representative) continue;
        const std::string ps = point_source(arts, p);
        if (common.empty()) common = ps;
        else if (ps != common) one_source = false;
      }
      const std::string src = one_source && common != "no source given" ? common : std::string();
      std::string head = s.label + (src.empty() ? "" : "  · " + src) + (s.disagreement ? "  · reports disagree!" : "");
      if (ImGui::TreeNodeEx(head.c_str(), si < 3 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
        remember_item(st, "series:" + std::to_string(si));
        draw_chart(st, s);
        // One row per article: its date and wording; the article's title on hover.
        for (size_t pi = 0; pi < s.points.size(); ++pi) {
          const FigurePoint& p = s.points[pi];
          if (!p.representative) continue;
          ImGui::PushID(int(pi));
          const std::string label = date_or_undated(p.date) + "   " + p.wording + "   · " + point_source(arts, p);
          if (ImGui::Selectable(label.c_str())) go_to(st, p.article, arts[p.article].doc.numbers[p.number].span);
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", arts[p.article].meta.title.c_str(), p.sentence.c_str());
          ImGui::PopID();
        }
        ImGui::TreePop();
      }
      ImGui::PopID();
      ++shown;
    }
    if (!shown) ImGui::TextDisabled("No figure appears in more than one way yet.");
  }

  if (ImGui::CollapsingHeader("Who said what where")) {
    export_buttons(st, "speakers");
    for (size_t si = 0; si < x.speakers.size(); ++si) {
      const SpeakerIndex& s = x.speakers[si];
      ImGui::PushID(int(si) + 10000);
      char head[512];
      std::snprintf(head, sizeof head, "%s  (%zu quotes, %u statements)", s.speaker.c_str(), s.quotes.size(), s.statements);
      if (ImGui::TreeNode(head)) {
        for (size_t qi = 0; qi < s.quotes.size(); ++qi) {
          const QuoteRef& q = s.quotes[qi];
          const Document& d = arts[q.article].doc;
          std::string t(d.slice(d.quotes[q.quote].content));
          if (t.size() > 100) t = t.substr(0, 97) + "...";
          size_t repeats = 0;
          for (const QuoteRef& r : s.quotes) repeats += r.statement == q.statement;
          std::string label = date_or_undated(arts[q.article].meta.date) + "  " + t + (repeats > 1 ? "  (reported " + std::to_string(repeats) + "x)" : "");
          ImGui::PushID(int(qi));
          if (ImGui::Selectable(label.c_str())) go_to(st, q.article, d.quotes[q.quote].span);
          ImGui::PopID();
        }
        ImGui::TreePop();
      }
      ImGui::PopID();
    }
  }

  if (ImGui::CollapsingHeader("Entities across articles")) {
    export_buttons(st, "entities");
    for (size_t ei = 0; ei < x.entities.size() && ei < 300; ++ei) {
      const LibraryEntity& e = x.entities[ei];
      ImGui::PushID(int(ei) + 20000);
      char head[512];
      std::snprintf(head, sizeof head, "%s  %s  ×%zu in %zu article(s)", to_string(e.type), e.canonical.c_str(), e.mentions.size(),
                    e.per_article.size());
      if (ImGui::TreeNode(head)) {
        // Hand corrections: merge this entity into another (of any type: the analysis may have typed one of
        // them wrong, "Netanyahu" as an organisation), or split earlier merges.
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##merge", "Merge into…")) {
          for (const LibraryEntity& other : x.entities) {
            if (other.key == e.key) continue;
            const std::string item = other.canonical + "  (" + to_string(other.type) + ")##" + other.key;
            if (ImGui::Selectable(item.c_str())) {
              x.merges[e.key] = other.key;
              save_entity_merges(st);
            }
          }
          ImGui::EndCombo();
        }
        for (const auto& [from, into] : std::map<std::string, std::string>(x.merges)) {
          if (into != e.key) continue;
          ImGui::PushID(from.c_str());
          ImGui::TextDisabled("merged: %s", from.c_str());
          ImGui::SameLine();
          if (ImGui::SmallButton("Split")) {
            x.merges.erase(from);
            save_entity_merges(st);
          }
          ImGui::PopID();
        }
        // Every mention in context, article by article: the sentence around it, one click from the reader.
        for (const auto& [a, n] : e.per_article) {
          ImGui::PushID(int(a));
          const std::string label = date_or_undated(arts[a].meta.date) + "  " + arts[a].meta.title + "  ×" + std::to_string(n);
          if (ImGui::TreeNode(label.c_str())) {
            const Document& d = arts[a].doc;
            int k = 0;
            for (const MentionRef& m : e.mentions) {
              if (m.article != a) continue;
              const ByteSpan sp = d.mentions[m.mention].span;
              std::string ctx(d.slice(d.sentences.empty() ? sp : d.sentences[d.sentence_of(sp.begin)].span));
              if (ctx.size() > 160) ctx = ctx.substr(0, 157) + "...";
              ImGui::PushID(k++);
              if (ImGui::Selectable(ctx.c_str())) go_to(st, a, sp);
              ImGui::PopID();
            }
            ImGui::TreePop();
          }
          ImGui::PopID();
        }
        ImGui::TreePop();
      }
      ImGui::PopID();
    }
  }
}

}  // namespace lede::app
