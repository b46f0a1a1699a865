// storage_sync.h — what browser storage holds, read into the app: at start-up and when another tab writes.
//
//     load_stored(st, all_json);                         // web/storage.js loadAll(): {articles, annotations, meta, corrupt}
//     storage_record_changed(st, "annotations", rec);    // BroadcastChannel: another tab wrote this record
//
// Records are read with notes/records.h (untrusted: checked, never thrown on). A damaged record is
// reported as a notice and left untouched in storage. A record whose own write is in flight is not
// replaced: the storage's answer to that write decides (write_queue.h).
#pragma once
#include <string>

namespace lede::app {

struct AppState;

void load_stored(AppState& st, const std::string& all_json);
void storage_record_changed(AppState& st, const std::string& store, const std::string& record_json);

}  // namespace lede::app
