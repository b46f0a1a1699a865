// exports.cpp — the library or the open article as JSON-LD, Markdown and CSV (see exports.h).
#include "app/userdata/exports.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "app/state/app_state.h"
#include "core/analyse.h"
#include "notes/export_text.h"
#include "notes/webanno.h"

namespace lede::app {

namespace {

void collect(const AppState& st, bool current_only, std::vector<ArticleRecord>& arts, std::vector<Annotation>& anns) {
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    if (a.deleted || (current_only && int(i) != st.current)) continue;
    bool has_annotations = false;
    for (size_t k = 0; k < st.user.annotations.size(); ++k)
      if (!st.user.annotation_deleted[k] && st.user.annotations[k].article_id == a.id) {
        anns.push_back(st.user.annotations[k]);
        has_annotations = true;
      }
    // The whole-library export carries every imported article, and demo articles only when annotated.
    if (!a.builtin || has_annotations || current_only) arts.push_back(article_record(a));
  }
}

}  // namespace

std::string export_library_jsonld(const AppState& st, bool current_only, bool machine_highlights) {
  std::vector<ArticleRecord> arts;
  std::vector<Annotation> anns;
  collect(st, current_only, arts, anns);
  // lede's own highlights (entities, quotes, numbers) as machine annotations: always for one article, on
  // request for the library. An article not analysed yet is analysed here, on a copy.
  std::vector<Document> fresh;
  fresh.reserve(st.articles.size());
  std::vector<MachineHighlights> machine;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    const bool wanted = current_only ? int(i) == st.current : machine_highlights && !a.deleted && !a.builtin;
    if (!wanted) continue;
    if (!a.analysed) {
      if (!current_only) fresh.push_back(analyse(a.body));
      else continue;
    }
    machine.push_back({a.id, a.analysed ? &a.doc : &fresh.back()});
  }
  WebAnnoOptions o;
  o.generated = st.user.ops.now_iso ? st.user.ops.now_iso() : "";
  o.label = current_only && !arts.empty() ? arts[0].meta.title : "lede library";
  return export_webanno(arts, anns, machine, o);
}

std::string export_markdown(const AppState& st, bool current_only) {
  std::vector<ArticleRecord> arts;
  std::vector<Annotation> anns;
  collect(st, current_only, arts, anns);
  return lede::export_markdown(arts, anns);
}

std::string export_csv(const AppState& st, CsvTable table) {
  if (st.current < 0) return "";
  const Article& a = st.articles[size_t(st.current)];
  // UTF-8 with a byte order mark: spreadsheet programs read accents and typographic quotes right.
  std::string out = "\xEF\xBB\xBF";
  switch (table) {
    case CsvTable::Entities: return out + csv_entities(a.doc, a.id);
    case CsvTable::Quotes: return out + csv_quotes(a.doc, a.id);
    case CsvTable::Numbers: return out + csv_numbers(a.doc, a.id);
    case CsvTable::Notes: {
      std::vector<ArticleRecord> arts;
      std::vector<Annotation> anns;
      collect(st, true, arts, anns);
      return out + csv_annotations(arts, anns);
    }
  }
  return out;
}

std::vector<HtmlNote> html_notes(const AppState& st) {
  std::vector<HtmlNote> out;
  if (st.current < 0) return out;
  const Article& a = st.articles[size_t(st.current)];
  std::vector<std::pair<uint32_t, HtmlNote>> notes;  // in text order; orphans last
  for (int i : visible_annotations(st, a.id)) {
    const Annotation& an = st.user.annotations[size_t(i)];
    HtmlNote n;
    n.quote = an.orphan() ? std::string() : an.quote.exact;
    n.note = an.note;
    for (const std::string& t : an.tags) n.tags += (n.tags.empty() ? "" : ", ") + t;
    notes.push_back({an.orphan() ? UINT32_MAX : uint32_t(an.position.start), std::move(n)});
  }
  std::stable_sort(notes.begin(), notes.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& n : notes) out.push_back(std::move(n.second));
  return out;
}

}  // namespace lede::app
