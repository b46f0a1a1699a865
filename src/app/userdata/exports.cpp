// exports.cpp — the library or the open article as JSON-LD, Markdown and CSV (see exports.h).
#include "app/userdata/exports.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "app/state/analysis.h"
#include "app/state/app_state.h"
#include "notes/export_text.h"
#include "notes/webanno.h"

namespace lede::app {

namespace {

// The articles the library export with lede's highlights carries them for: every imported one.
bool highlights_wanted(const Article& a) { return !a.deleted && !a.builtin; }

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
  // request for the library; only of analysed articles (nothing is analysed here: start_highlights_export).
  std::vector<MachineHighlights> machine;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    const bool wanted = current_only ? int(i) == st.current : machine_highlights && highlights_wanted(a);
    if (wanted && a.analysed) machine.push_back({a.id, &a.doc});
  }
  WebAnnoOptions o;
  o.generated = st.user.ops.now_iso ? st.user.ops.now_iso() : "";
  o.label = current_only && !arts.empty() ? arts[0].meta.title : "lede library";
  return export_webanno(arts, anns, machine, o);
}

void offer_download(AppState& st, const std::string& name, const std::string& mime, const std::string& data) {
  if (!st.user.ops.download) {
    set_error(st, "Downloads are not available here.");
    return;
  }
  st.user.ops.download(name, mime, data);
}

void start_highlights_export(AppState& st) {
  st.user.highlights_export = true;
  highlights_export_step(st);  // all analysed already (or analysed here, natively): the file comes at once
}

void highlights_export_step(AppState& st) {
  UserData& u = st.user;
  if (!u.highlights_export) return;
  // One article asked at a time, as the worker takes them: a large library's texts are not all copied out to
  // its queue in one frame. Natively each is analysed as it is asked, so the loop asks for every one.
  size_t left = 0, asked = 0;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    if (!highlights_wanted(a) || a.analysed || !a.analysis_error.empty()) continue;
    // (asked again when its text or date changed meanwhile: that drops a request on its way)
    if (!a.analysis_pending && asked == 0) request_analysis(st, int(i), false);
    asked += a.analysis_pending;
    left += !a.analysed && a.analysis_error.empty();
  }
  u.highlights_export_left = left;
  if (left > 0) return;
  u.highlights_export = false;
  offer_download(st, "lede-library-highlights.jsonld", "application/ld+json", export_library_jsonld(st, false, true));
  // An article whose analysis failed (now or before: it is not run again unasked) goes without lede's
  // highlights, and the user is told which and why: never silently missing.
  std::string failed;
  size_t n = 0;
  for (const Article& a : st.articles)
    if (highlights_wanted(a) && !a.analysed) {
      failed += std::string(n++ ? "; " : "") + "“" + a.title + "” (" + a.analysis_error + ")";
    }
  if (n > 0)
    u.notices.push_back("Exported without lede's highlights for " + std::to_string(n) + " article(s) whose analysis " +
                        "failed (their text and your notes are in the file): " + failed);
}

void cancel_highlights_export(AppState& st) {
  st.user.highlights_export = false;
  st.user.highlights_export_left = 0;
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
