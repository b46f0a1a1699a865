// write_queue.cpp — one storage write in flight per record (see write_queue.h).
#include "app/userdata/write_queue.h"

#include "app/state/app_state.h"
#include "notes/records.h"

namespace lede::app {

void queue_write(AppState& st, const std::string& store, const std::string& id) {
  UserData& u = st.user;
  auto it = u.in_flight.find(id);
  if (it != u.in_flight.end()) {
    it->second.again = true;
    return;
  }
  if (!u.ops.put_record) return;  // native tests, or storage not wired: memory only
  std::string rec;
  std::string article_text;              // a repaired copy, only when the article's body needs one
  const std::string* text = nullptr;     // an article's text: sent beside its JSON (user_data.h PlatformOps)
  int rev = 0;
  NoteVersion sent;
  if (store == "meta") {  // the only meta record so far: entity merges
    rec = dump_record(nlohmann::json({{"id", id}, {"rev", 0}, {"merges", st.across.merges}}));
    rev = st.across.merges_rev;
  } else if (store == "articles") {
    const int i = article_index(st, id);
    if (i < 0) return;
    const Article& a = st.articles[size_t(i)];
    rev = a.rev;
    ArticleRecord r = article_record(a, /*with_text=*/false);
    nlohmann::json j = article_record_json(r, {rev, a.deleted});
    j.erase("text");
    rec = dump_record(j);
    text = &stored_text(a, article_text);
  } else {
    const int i = annotation_index(st, id);
    if (i < 0) return;
    auto r = u.annotation_rev.find(id);
    rev = r == u.annotation_rev.end() ? 0 : r->second;
    const Annotation& a = u.annotations[size_t(i)];
    rec = dump_record(annotation_record_json(a, {rev, u.annotation_deleted[size_t(i)]}));
    sent = {a.note, a.tags};
  }
  u.in_flight[id] = PendingWrite{store, false, std::move(sent)};
  u.ops.put_record(store.c_str(), rec, rev, text);
}

void storage_written(AppState& st, const std::string& store, const std::string& id, int rev, bool ok, bool conflict,
                     const std::string& error) {
  UserData& u = st.user;
  auto it = u.in_flight.find(id);
  const bool again = it != u.in_flight.end() && it->second.again;
  NoteVersion sent;
  if (it != u.in_flight.end()) {
    sent = std::move(it->second.sent);
    u.in_flight.erase(it);
  }
  if (ok) {
    if (store == "meta") {
      st.across.merges_rev = rev;
    } else if (store == "articles") {
      const int i = article_index(st, id);
      if (i >= 0) st.articles[size_t(i)].rev = rev;
    } else {
      u.annotation_rev[id] = rev;
      u.annotation_stored[id] = std::move(sent);
    }
    if (again) queue_write(st, store, id);
    return;
  }
  // Not written: keep our copy in memory and say so. A conflict means another tab wrote first: for an
  // annotation the platform hands over the stored record next, and both texts are kept for the user to
  // choose from (note_editor.h storage_conflict()).
  if (conflict && store == "annotations") return;
  u.storage_message = error.empty() ? "A change could not be saved." : error;
  set_error(st, u.storage_message);
}

void save_entity_merges(AppState& st) {
  st.across.views_dirty = true;
  queue_write(st, "meta", "entity-merges");
}

}  // namespace lede::app
