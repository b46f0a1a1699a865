// note_editor.cpp — editor buffers keyed by record and revision; three-way saves; conflicts (note_editor.h).
#include "app/userdata/note_editor.h"

#include <cstdio>

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "core/text/utf8.h"
#include "notes/records.h"

namespace lede::app {

namespace {

NoteVersion version_of(const Annotation& a) { return {a.note, a.tags}; }

// The first ~40 bytes of a quote, cut at a character boundary, to name an annotation in a message.
std::string quote_head(const std::string& q) {
  return q.size() <= 40 ? q : q.substr(0, utf8::prev_boundary(q, 41)) + "…";
}

int current_rev(const AppState& st, const std::string& id) {
  auto it = st.user.annotation_rev.find(id);
  return it == st.user.annotation_rev.end() ? 0 : it->second;
}

void fill_buffers(UserData& u, const NoteVersion& v) {
  std::snprintf(u.note_buf, sizeof u.note_buf, "%s", v.note.c_str());
  std::string tags;
  for (const auto& t : v.tags) tags += (tags.empty() ? "" : ", ") + t;
  std::snprintf(u.tags_buf, sizeof u.tags_buf, "%s", tags.c_str());
}

// Writes v into annotation i (undoable) and queues it.
bool write_version(AppState& st, int i, const NoteVersion& v, const char* label) {
  Annotation& a = st.user.annotations[size_t(i)];
  const Annotation before = a;
  a.note = v.note;
  a.tags = v.tags;
  if (!save_annotation(st, i)) {  // not valid (validate_annotation): nothing changes
    a = before;
    return false;
  }
  st.user.undo.push_back({UndoItem::EditAnnotation, a.id, before, label});
  return true;
}

EditConflict* conflict_for(UserData& u, const std::string& id) {
  for (EditConflict& c : u.conflicts)
    if (c.annotation_id == id) return &c;
  return nullptr;
}

void add_conflict(AppState& st, const Annotation& a, const NoteVersion& base, const NoteVersion& mine,
                  const NoteVersion& theirs) {
  UserData& u = st.user;
  EditConflict c{a.id, a.quote.exact, base, mine, theirs, current_rev(st, a.id)};
  if (EditConflict* old = conflict_for(u, a.id)) *old = std::move(c);
  else u.conflicts.push_back(std::move(c));
  u.notices.push_back("Another tab changed a note you were editing: both versions are kept until you choose (Notes tab).");
}

}  // namespace

std::vector<std::string> split_tags(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = s;; ++p) {
    if (*p == ',' || *p == '\0') {
      const size_t b = cur.find_first_not_of(" \t#"), e = cur.find_last_not_of(" \t");
      if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
      cur.clear();
      if (!*p) break;
    } else {
      cur += *p;
    }
  }
  return out;
}

void start_editing(AppState& st, int index) {
  UserData& u = st.user;
  if (index < 0 || index >= int(u.annotations.size())) return;
  const Annotation& a = u.annotations[size_t(index)];
  u.editing = index;
  u.edit_base = {a.id, current_rev(st, a.id), version_of(a)};
  fill_buffers(u, u.edit_base.content);
}

void stop_editing(AppState& st) {
  st.user.editing = -1;
  st.user.edit_base = {};
}

NoteVersion editor_text(const AppState& st) { return {utf8::repair(st.user.note_buf), split_tags(st.user.tags_buf)}; }

EditSave save_editing(AppState& st) {
  UserData& u = st.user;
  if (u.editing < 0 || u.editing >= int(u.annotations.size())) return EditSave::Unchanged;
  const Annotation& a = u.annotations[size_t(u.editing)];
  if (a.id != u.edit_base.annotation_id) return EditSave::Unchanged;  // not what the buffers hold
  const NoteVersion mine = editor_text(st), theirs = version_of(a), base = u.edit_base.content;
  if (mine == theirs) {  // nothing to write (or the other tab wrote exactly this)
    u.edit_base = {a.id, current_rev(st, a.id), theirs};
    return EditSave::Unchanged;
  }
  if (theirs != base && mine != base) {  // both changed since the editor opened: the user decides
    add_conflict(st, a, base, mine, theirs);
    return EditSave::Conflict;
  }
  if (mine == base) {  // only the other tab changed it: follow, nothing of ours to save
    fill_buffers(u, theirs);
    u.edit_base = {a.id, current_rev(st, a.id), theirs};
    return EditSave::Unchanged;
  }
  if (!write_version(st, u.editing, mine, "Undo note edit")) return EditSave::Invalid;
  u.edit_base = {a.id, current_rev(st, a.id), mine};
  return EditSave::Saved;
}

void editing_record_changed(AppState& st, const std::string& id) {
  UserData& u = st.user;
  if (u.editing < 0 || u.editing >= int(u.annotations.size()) || u.edit_base.annotation_id != id) return;
  const Annotation& a = u.annotations[size_t(u.editing)];
  if (editor_text(st) == u.edit_base.content) {  // untouched: show their text, based on their revision
    u.edit_base = {a.id, current_rev(st, a.id), version_of(a)};
    fill_buffers(u, u.edit_base.content);
  }
}

void storage_conflict(AppState& st, const std::string& store, const std::string& stored_json) {
  if (store != "annotations") return;
  const nlohmann::json j = nlohmann::json::parse(stored_json, nullptr, false);
  Annotation stored;
  RecordState s;
  UserData& u = st.user;
  const int i = j.is_discarded() || !read_annotation_record(j, stored, s) ? -1 : annotation_index(st, stored.id);
  if (i < 0) {  // nothing to compare with (the stored record is gone or unreadable): ours stays in memory
    u.storage_message = "Another lede tab changed a note first; this tab's version is kept in memory only.";
    set_error(st, u.storage_message);
    return;
  }
  Annotation& ours = u.annotations[size_t(i)];
  const NoteVersion mine = version_of(ours), theirs = version_of(stored);
  // Our copy becomes the stored one (so later writes are based on its revision); ours is kept in the conflict.
  const bool deleted = s.deleted, was_deleted = u.annotation_deleted[size_t(i)];
  const std::string our_colour = ours.colour;
  ours = stored;
  u.annotation_deleted[size_t(i)] = deleted;
  u.annotation_rev[stored.id] = s.rev;
  annotations_changed(st);
  // The base of the three-way merge is what our refused write was based on: the version stored at the
  // revision we knew (edit_base already holds our own edit once Save was pressed).
  auto known = u.annotation_stored.find(stored.id);
  const NoteVersion base = known != u.annotation_stored.end() ? known->second
                           : u.edit_base.annotation_id == stored.id ? u.edit_base.content : mine;
  u.annotation_stored[stored.id] = theirs;
  if (theirs == base && mine != base) {  // only our text changed (they changed something else): ours on top
    write_version(st, i, mine, "Undo note edit");
    return;
  }
  if (mine == theirs || mine == base) {  // nothing of our text to keep: the stored record stays, and a
                                         // colour change or delete of ours is said, not hidden
    if (our_colour != stored.colour || was_deleted != deleted)
      u.notices.push_back("Another tab changed the annotation “" + quote_head(stored.quote.exact) +
                          "” first: its version was kept, so this tab's " +
                          (was_deleted != deleted ? "delete" : "colour change") + " was not saved. Redo it if you still want it.");
    return;
  }
  add_conflict(st, stored, base, mine, theirs);
}

void resolve_conflict(AppState& st, size_t k, Resolve how) {
  UserData& u = st.user;
  if (k >= u.conflicts.size()) return;
  const EditConflict c = u.conflicts[k];
  u.conflicts.erase(u.conflicts.begin() + std::ptrdiff_t(k));
  const int i = annotation_index(st, c.annotation_id);
  if (i < 0) return;
  // "theirs" may have moved on again since: merge against what the record holds now.
  const NoteVersion now = version_of(u.annotations[size_t(i)]);
  NoteVersion v = how == Resolve::Mine ? c.mine : how == Resolve::Theirs ? now : merge_both(c.base, c.mine, now);
  if (v != now) write_version(st, i, v, "Undo conflict choice");
  if (u.editing == i) {
    fill_buffers(u, v);
    u.edit_base = {c.annotation_id, current_rev(st, c.annotation_id), v};
  }
}

NoteVersion merge_both(const NoteVersion& base, const NoteVersion& mine, const NoteVersion& theirs) {
  NoteVersion out = theirs;
  const std::string& b = base.note;
  if (mine.note.compare(0, b.size(), b) == 0 && theirs.note.compare(0, b.size(), b) == 0) {
    out.note = theirs.note + mine.note.substr(b.size());  // both appended to the same text
  } else if (theirs.note.find(mine.note) == std::string::npos) {
    out.note = theirs.note + (theirs.note.empty() ? "" : "\n\n") + mine.note;
  }
  for (const std::string& t : mine.tags) {
    bool have = false;
    for (const std::string& x : out.tags) have = have || x == t;
    if (!have) out.tags.push_back(t);
  }
  return out;
}

}  // namespace lede::app
