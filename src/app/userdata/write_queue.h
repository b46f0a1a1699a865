// write_queue.h — the app's writes to browser storage, one in flight per record.
//
//     queue_write(st, "annotations", a.id);          // after any change to a record
//     storage_written(st, store, id, rev, ok, conflict, error);   // the platform relays the answer
//
// A write names the revision it is based on (web/storage.js refuses it as a conflict when another tab
// wrote in between). While one write of a record is in flight, later changes only mark it "again"; when
// the answer comes, the record is sent once more with the new revision, so a tab never conflicts with
// itself. A refused write leaves our copy in memory and says so (storage_message, last_error); a stale
// annotation write becomes a conflict the user resolves (note_editor.h).
// Without ops.put_record (native tests, no storage) writes are skipped: memory only.
#pragma once
#include <string>

namespace lede::app {

struct AppState;

// store: "articles", "annotations" or "meta" (only "entity-merges" so far).
void queue_write(AppState& st, const std::string& store, const std::string& id);
void storage_written(AppState& st, const std::string& store, const std::string& id, int rev, bool ok, bool conflict,
                     const std::string& error);
// The Across tab's hand merges of entities (AcrossState::merges), stored as the meta record "entity-merges".
void save_entity_merges(AppState& st);

}  // namespace lede::app
