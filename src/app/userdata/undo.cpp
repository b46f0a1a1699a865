// undo.cpp — Ctrl+Z over deletes and annotation edits (see undo.h).
#include "app/userdata/undo.h"

#include "app/state/app_state.h"
#include "app/userdata/detail.h"

namespace lede::app {

bool undo(AppState& st) {
  if (st.user.undo.empty()) return false;
  UndoItem u = st.user.undo.back();
  st.user.undo.pop_back();
  if (u.type == UndoItem::DeleteArticle) {
    const int i = article_index(st, u.id);
    if (i < 0) return false;
    st.articles[size_t(i)].deleted = false;
    queue_write(st, "articles", u.id);
    open_article(st, i);
  } else {
    const int i = annotation_index(st, u.id);
    if (i < 0) return false;
    if (u.type == UndoItem::DeleteAnnotation) st.user.annotation_deleted[size_t(i)] = false;
    else st.user.annotations[size_t(i)] = u.before;
    queue_write(st, "annotations", u.id);
    annotations_changed(st);
  }
  return true;
}

}  // namespace lede::app
