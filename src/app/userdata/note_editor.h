// note_editor.h — the annotation editor's text, keyed by the record it edits and the revision it started
// from, and what happens when another tab changed that record meanwhile: a conflict the user resolves.
//
//     start_editing(st, i);                   // buffers <- annotation i (its note, tags and revision)
//     switch (save_editing(st)) {             // the Save button
//       case EditSave::Saved:     ...         // queued for storage (write_queue.h), undoable
//       case EditSave::Unchanged: ...         // nothing to write (or the other tab wrote the same)
//       case EditSave::Conflict:  ...         // listed in st.user.conflicts: both texts, nothing written
//     }
//     resolve_conflict(st, k, Resolve::Both); // Mine | Theirs | Both (their text, then ours): written
//
// Why: the buffers are filled once when the editor opens; another tab may save the same note while it is
// open (storage_sync.h brings that in). Saving the buffer then would silently drop the other tab's words.
// So the editor remembers what it started from (base: note, tags, revision) and a save compares three
// texts: base, theirs (the record now) and mine (the buffer). Only one side changed: that side wins,
// nothing is lost. Both changed: a conflict, shown with both texts until the user picks or merges.
// An open editor whose buffer the user has not touched follows the other tab's changes at once.
// The same holds when storage itself refuses a write as stale (the other tab's answer came first):
// storage_conflict() turns the stored record into "theirs" and our in-memory copy into "mine".
#pragma once
#include <string>
#include <vector>

namespace lede::app {

struct AppState;

// What one side of a conflict says (note and tags are what the editor edits).
struct NoteVersion {
  std::string note;
  std::vector<std::string> tags;
  bool operator==(const NoteVersion& o) const { return note == o.note && tags == o.tags; }
  bool operator!=(const NoteVersion& o) const { return !(*this == o); }
};

struct EditConflict {
  std::string annotation_id;
  std::string quote;        // the annotated text, to say which note this is
  NoteVersion base, mine, theirs;  // base: what both started from (for merge_both)
  int theirs_rev = 0;              // the stored revision "theirs" is
};

// The editor's base: which record, at which revision and with which content, the buffers started from.
struct EditBase {
  std::string annotation_id;
  int rev = 0;
  NoteVersion content;
};

enum class EditSave { Saved, Unchanged, Conflict, Invalid };
enum class Resolve { Mine, Theirs, Both };

void start_editing(AppState& st, int index);
void stop_editing(AppState& st);
// The buffers' current text, as the editor would save it (tags split at commas, '#' and spaces trimmed).
NoteVersion editor_text(const AppState& st);
EditSave save_editing(AppState& st);
// Called when annotation `id` changed from outside (another tab): an untouched editor follows it.
void editing_record_changed(AppState& st, const std::string& id);
// Storage refused our write of an annotation as stale; stored_json is the record it holds now ("null" or
// unreadable: the user is told, and our copy stays in memory).
void storage_conflict(AppState& st, const std::string& store, const std::string& stored_json);
// Applies the user's choice for conflict k (index into st.user.conflicts) and writes the result.
void resolve_conflict(AppState& st, size_t k, Resolve how);
// Text that keeps both: theirs, then the lines of mine they lack (an edit that only appended to the base on
// both sides merges to base + their addition + my addition).
NoteVersion merge_both(const NoteVersion& base, const NoteVersion& mine, const NoteVersion& theirs);

std::vector<std::string> split_tags(const char* s);

}  // namespace lede::app
