// library_import.cpp — a lede JSON-LD file back into the library (see library_import.h).
#include "app/userdata/library_import.h"

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
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
    queue_write(st, "annotations", an.id);
  }
  if (st.current >= 0) open_article(st, st.current);
  st.user.notices.push_back("Imported " + std::to_string(added_articles) + " new and " + std::to_string(updated_articles) +
                            " updated article(s), " + std::to_string(added_annotations) + " new and " +
                            std::to_string(updated_annotations) + " updated annotation(s).");
  annotations_changed(st);
  return true;
}

}  // namespace lede::app
