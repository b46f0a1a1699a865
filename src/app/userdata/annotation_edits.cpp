// annotation_edits.cpp — make, change and delete annotations (see annotation_edits.h).
#include "app/userdata/annotation_edits.h"

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "core/text/utf8.h"

namespace lede::app {

int annotation_index(const AppState& st, const std::string& id) {
  for (size_t i = 0; i < st.user.annotations.size(); ++i)
    if (st.user.annotations[i].id == id) return int(i);
  return -1;
}

int create_annotation(AppState& st, ByteSpan span, const std::string& colour) {
  if (st.current < 0) return -1;
  Article& a = st.articles[size_t(st.current)];
  if (span.empty() || span.end > a.doc.text.size()) return -1;
  const utf8::CodepointIndex cpi(a.doc.text);
  Annotation ann = make_annotation(new_record_id(st, "ann:"), a.id, a.doc.text, cpi, span, now_iso(st));
  if (valid_colour(colour)) ann.colour = colour;
  ann.motivations = default_motivations(ann);
  st.user.annotations.push_back(std::move(ann));
  st.user.annotation_deleted.push_back(false);
  const int i = int(st.user.annotations.size() - 1);
  queue_write(st, "annotations", st.user.annotations.back().id);
  annotations_changed(st);
  return i;
}

bool save_annotation(AppState& st, int index) {
  if (index < 0 || index >= int(st.user.annotations.size())) return false;
  Annotation& a = st.user.annotations[size_t(index)];
  a.modified = now_iso(st);
  a.motivations = default_motivations(a);
  const std::string err = validate_annotation(a);
  if (!err.empty()) {
    set_error(st, "Annotation not saved: " + err);
    return false;
  }
  queue_write(st, "annotations", a.id);
  annotations_changed(st);
  return true;
}

void delete_annotation(AppState& st, int index) {
  if (index < 0 || index >= int(st.user.annotations.size())) return;
  st.user.annotation_deleted[size_t(index)] = true;
  const Annotation& a = st.user.annotations[size_t(index)];
  std::string what = a.quote.exact.size() > 40 ? a.quote.exact.substr(0, 40) + "…" : a.quote.exact;
  st.user.undo.push_back({UndoItem::DeleteAnnotation, a.id, {}, "Undo delete annotation “" + what + "”"});
  if (st.user.editing == index) st.user.editing = -1;
  queue_write(st, "annotations", a.id);
  annotations_changed(st);
}

ByteSpan annotation_bytes(const AppState& st, const Annotation& a) {
  if (a.orphan()) return {};
  const int i = article_index(st, a.article_id);
  if (i < 0 || !st.articles[size_t(i)].analysed) return {};
  const std::string& text = st.articles[size_t(i)].doc.text;
  const utf8::CodepointIndex cpi(text);
  return position_bytes(cpi, utf8::count_codepoints(text), a.position);
}

std::vector<int> visible_annotations(const AppState& st, const std::string& article_id) {
  std::vector<int> out;
  for (size_t i = 0; i < st.user.annotations.size(); ++i)
    if (!st.user.annotation_deleted[i] && (article_id.empty() || st.user.annotations[i].article_id == article_id))
      out.push_back(int(i));
  return out;
}

}  // namespace lede::app
