// storage_sync.cpp — stored records into the app, at start-up and from other tabs (see storage_sync.h).
#include "app/userdata/storage_sync.h"

#include <algorithm>

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "notes/json_fields.h"
#include "notes/records.h"

namespace lede::app {

using nlohmann::json;

namespace {

bool upsert_article(AppState& st, const json& j) {
  ArticleRecord r;
  RecordState s;
  if (!read_article_record(j, r, s)) return false;
  int i = article_index(st, r.meta.id);
  if (i < 0) {
    st.articles.emplace_back();
    i = int(st.articles.size() - 1);
  }
  Article& a = st.articles[size_t(i)];
  a.builtin = false;
  if (apply_record(a, r) && st.current == i) open_article(st, i);
  a.deleted = s.deleted;
  a.rev = s.rev;
  return true;
}

void upsert_annotation(AppState& st, const json& j) {
  Annotation a;
  RecordState s;
  if (!read_annotation_record(j, a, s)) {
    st.user.notices.push_back("A stored annotation could not be read; it was left untouched in storage.");
    return;
  }
  const int i = annotation_index(st, a.id);
  if (i < 0) {
    st.user.annotations.push_back(a);
    st.user.annotation_deleted.push_back(s.deleted);
  } else {
    st.user.annotations[size_t(i)] = a;
    st.user.annotation_deleted[size_t(i)] = s.deleted;
  }
  st.user.annotation_rev[a.id] = s.rev;
  st.user.annotation_stored[a.id] = {a.note, a.tags};
  editing_record_changed(st, a.id);
}

void read_merges(AppState& st, const json& r) {
  if (field_str(r, "id") != "entity-merges" || !r.contains("merges") || !r["merges"].is_object()) return;
  st.across.merges.clear();
  for (auto it = r["merges"].begin(); it != r["merges"].end(); ++it)
    if (it.value().is_string()) st.across.merges[it.key()] = it.value().get<std::string>();
  st.across.merges_rev = int(field_int(r, "rev"));
  st.across.views_dirty = true;
}

}  // namespace

void load_stored(AppState& st, const std::string& all_json) {
  json all = json::parse(all_json, nullptr, false);
  if (all.is_discarded() || !all.is_object()) {
    set_error(st, "Stored data could not be read (it is left untouched).");
    return;
  }
  const json none = json::array();
  const json& articles = all.contains("articles") && all["articles"].is_array() ? all["articles"] : none;
  const json& annotations = all.contains("annotations") && all["annotations"].is_array() ? all["annotations"] : none;
  const json& corrupt = all.contains("corrupt") && all["corrupt"].is_array() ? all["corrupt"] : none;
  for (const json& r : articles)
    if (!upsert_article(st, r)) st.user.notices.push_back("A stored article could not be read; it was left untouched in storage.");
  for (const json& r : annotations) upsert_annotation(st, r);
  if (all.contains("meta") && all["meta"].is_array())
    for (const json& r : all["meta"]) read_merges(st, r);
  st.user.next_id = std::max<uint64_t>(st.user.next_id, st.articles.size() + st.user.annotations.size() + 1);
  for (const json& c : corrupt)
    st.user.notices.push_back("Damaged " + field_str(c, "store", "record") + " record “" + field_str(c, "id", "?") +
                              "” was set aside untouched: " + field_str(c, "reason"));
  st.user.storage_ready = true;
  annotations_changed(st);
}

void storage_record_changed(AppState& st, const std::string& store, const std::string& record_json) {
  json j = json::parse(record_json, nullptr, false);
  if (j.is_discarded() || !has_str(j, "id")) return;
  if (st.user.in_flight.count(field_str(j, "id"))) return;  // ours is on its way; its answer decides
  if (store == "articles") upsert_article(st, j);
  else if (store == "meta") read_merges(st, j);
  else upsert_annotation(st, j);
  annotations_changed(st);
}

}  // namespace lede::app
