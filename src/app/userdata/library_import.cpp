// library_import.cpp — a lede JSON-LD file back into the library (see library_import.h).
#include "app/userdata/library_import.h"

#include <set>

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "notes/anchoring.h"
#include "notes/webanno.h"

namespace lede::app {

bool import_library_jsonld(AppState& st, const std::string& text) {
  WebAnnoImport in = import_webanno(text);
  if (!in.ok) {
    set_error(st, "Import refused, nothing was changed: " + in.error);
    return false;
  }
  // Articles: match by id, else add. Annotations: match by id (replace), else add.
  size_t added_articles = 0, updated_articles = 0, added_annotations = 0, updated_annotations = 0;
  std::set<std::string> to_place;  // articles whose annotations are placed again below
  for (const ArticleRecord& r : in.articles) {
    int i = article_index(st, r.meta.id);
    if (i >= 0 && st.articles[size_t(i)].builtin) continue;  // demo articles are part of the app
    if (i < 0) {
      st.articles.emplace_back();
      i = int(st.articles.size() - 1);
      st.articles.back().builtin = false;
      ++added_articles;
    } else {
      ++updated_articles;
    }
    Article& a = st.articles[size_t(i)];
    apply_record(a, r);
    a.deleted = false;
    to_place.insert(a.id);
    queue_write(st, "articles", a.id);
  }
  for (const Annotation& an : in.annotations) {
    const int i = annotation_index(st, an.id);
    if (i < 0) {
      st.user.annotations.push_back(an);
      st.user.annotation_deleted.push_back(false);
      ++added_annotations;
    } else {
      st.user.annotations[size_t(i)] = an;
      st.user.annotation_deleted[size_t(i)] = false;
      ++updated_annotations;
    }
    to_place.insert(an.article_id);
  }
  // Every annotation of a replaced article, and every imported one, is checked against the text it now
  // points into: still exact, moved, fuzzy, or an orphan — never "exact" over other words.
  size_t moved = 0, orphans = 0;
  std::set<std::string> written;
  for (const std::string& id : to_place) {
    const int ai = article_index(st, id);
    if (ai < 0) continue;  // an annotation of an article that is not here: kept as it is
    const std::string text = article_record(st.articles[size_t(ai)]).text;
    std::vector<int> idx;
    std::vector<Annotation> list;
    for (size_t k = 0; k < st.user.annotations.size(); ++k)
      if (st.user.annotations[k].article_id == id && !st.user.annotation_deleted[k]) {
        idx.push_back(int(k));
        list.push_back(st.user.annotations[k]);
      }
    reanchor_all(text, list);
    for (size_t k = 0; k < idx.size(); ++k) {
      Annotation& cur = st.user.annotations[size_t(idx[k])];
      if (list[k] == cur) continue;
      moved += list[k].anchor == AnchorStatus::Moved || list[k].anchor == AnchorStatus::Fuzzy;
      orphans += list[k].orphan() && !cur.orphan();
      cur = list[k];
      written.insert(cur.id);
      queue_write(st, "annotations", cur.id);
    }
  }
  for (const Annotation& an : in.annotations)
    if (!written.count(an.id)) queue_write(st, "annotations", an.id);
  if (st.current >= 0) open_article(st, st.current);
  std::string msg = "Imported " + std::to_string(added_articles) + " new and " + std::to_string(updated_articles) +
                    " updated article(s), " + std::to_string(added_annotations) + " new and " +
                    std::to_string(updated_annotations) + " updated annotation(s).";
  if (moved) msg += " " + std::to_string(moved) + " annotation(s) placed where their text now is.";
  if (orphans) msg += " " + std::to_string(orphans) + " could not be placed (listed as orphans).";
  st.user.notices.push_back(msg);
  annotations_changed(st);
  return true;
}

}  // namespace lede::app
