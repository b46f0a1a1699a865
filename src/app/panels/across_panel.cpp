// across_panel.cpp — the "Across" tab: what the library says across articles (core: library.h).
//   Search     words, entity names, or a number range ("killed > 50000")
//   Figures    series of the same figure over article dates (a death toll), a small chart and a table
//   Speakers   every quote in the library per speaker; a statement reported several times is marked
//   Entities   one canonical entity across articles, with mention counts per article
// Every row opens its article and scrolls the reader there. Each view exports as CSV or Markdown.
// The index is rebuilt only when the set of articles or their dates change (adding one article when
// nothing else changed costs that article's analysis, Library::add).
#include <algorithm>
#include <cstdio>
#include <map>

#include "app/app.h"
#include "core/analyse.h"
#include "notes/export_text.h"
#include "imgui.h"

namespace lede::app {

namespace {

std::string signature(const AppState& st) {
  std::string s;
  for (const Article& a : st.articles)
    if (!a.deleted) s += a.id + "|" + a.date + "|" + std::to_string(a.body.size()) + ";";
  return s;
}

void ensure_index(AppState& st) {
  AcrossState& x = st.across;
  const std::string sig = signature(st);
  if (sig == x.signature) return;
  // Rebuild from scratch when an article left or changed; otherwise add the new ones only.
  bool only_added = x.signature.size() < sig.size() && sig.compare(0, x.signature.size(), x.signature) == 0;
  if (!only_added) {
    x.library = Library();
    x.article_of.clear();
  }
  for (size_t i = 0; i < st.articles.size(); ++i) {
    Article& a = st.articles[i];
    if (a.deleted) continue;
    if (only_added && std::find(x.article_of.begin(), x.article_of.end(), int(i)) != x.article_of.end()) continue;
    if (!a.analysed) analyse_article(a);
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

void export_view(AppState& st, const char* view, bool markdown) {
  const AcrossState& x = st.across;
  const auto& arts = x.library.articles();
  std::string out;
  auto row = [&](std::initializer_list<std::string> cells) {
    bool first = true;
    if (markdown) out += "|";
    for (const auto& c : cells) {
      if (markdown) out += " " + c + " |";
      else out += (first ? "" : ",") + csv_field(c);
      first = false;
    }
    out += markdown ? "\n" : "\r\n";
  };
  const std::string v = view;
  if (v == "figures") {
    if (markdown) out += "# Figures across articles\n\n";
    row({"series", "source", "date", "article", "value", "wording", "sentence"});
    if (markdown) out += "|---|---|---|---|---|---|---|\n";
    for (const FigureSeries& s : x.figures)
      for (const FigurePoint& p : s.points)
        row({s.label, s.source, date_or_undated(p.date), arts[p.article].meta.title, fmt(p.value), p.wording, p.sentence});
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
  if (markdown) {
    // Cells must not break the table.
    for (char& c : out) if (c == '\r') c = ' ';
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

// A small line chart of the series' representative figures, in date order.
void draw_chart(AppState& st, const FigureSeries& s) {
  std::vector<double> v;
  for (const FigurePoint& p : s.points)
    if (p.representative) v.push_back(p.value);
  if (v.size() < 2) return;
  const float dpr = st.dpr;
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 48 * dpr);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double lo = *std::min_element(v.begin(), v.end()), hi = *std::max_element(v.begin(), v.end());
  const double range = hi > lo ? hi - lo : 1;
  const ImU32 line = ImGui::GetColorU32(ImGuiCol_PlotLines), text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  std::vector<ImVec2> pts;
  for (size_t i = 0; i < v.size(); ++i) {
    const float x = p0.x + 6 * dpr + (size.x - 12 * dpr) * float(i) / float(v.size() - 1);
    const float y = p0.y + size.y - 6 * dpr - (size.y - 12 * dpr) * float((v[i] - lo) / range);
    pts.push_back(ImVec2(x, y));
  }
  dl->AddPolyline(pts.data(), int(pts.size()), line, 0, 2 * dpr);
  for (const ImVec2& p : pts) dl->AddCircleFilled(p, 3 * dpr, line);
  dl->AddText(ImVec2(p0.x, p0.y), text, fmt(hi).c_str());
}

}  // namespace

void draw_across(AppState& st) {
  ensure_index(st);
  refresh_views(st);
  AcrossState& x = st.across;
  const auto& arts = x.library.articles();
  ImGui::TextDisabled("%zu articles in the library", arts.size());

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
      std::string head = s.label + (s.source.empty() ? "" : "  · " + s.source) + (s.disagreement ? "  · reports disagree!" : "");
      if (ImGui::TreeNodeEx(head.c_str(), si < 3 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
        remember_item(st, "series:" + std::to_string(si));
        draw_chart(st, s);
        // One row per article: its date and wording; the article's title on hover.
        for (size_t pi = 0; pi < s.points.size(); ++pi) {
          const FigurePoint& p = s.points[pi];
          if (!p.representative) continue;
          ImGui::PushID(int(pi));
          const std::string label = date_or_undated(p.date) + "   " + p.wording;
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
        // Hand corrections: merge this entity into another of the same kind, or split earlier merges.
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##merge", "Merge into…")) {
          for (const LibraryEntity& other : x.entities) {
            if (other.key == e.key || other.type != e.type) continue;
            if (ImGui::Selectable(other.canonical.c_str())) {
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
