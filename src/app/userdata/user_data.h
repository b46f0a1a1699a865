// user_data.h — the user's own data in the app: imported articles, annotations, undo, storage, exports.
//
// UserData (kept in AppState::user) is plain state, grouped by who writes it; the functions over AppState
// live in one file per job, all included here, none of them calls ImGui or the browser, and all are built
// natively too (lede_app_logic; tests/app/userdata replays imports, edits, two tabs and crashes in ms):
//
//     articles.h          the app's Article <-> ArticleRecord, delete, word counts, demo articles
//     article_import.h    file bytes / extracted pages -> a new article (or a new version of one)
//     annotation_edits.h  create, save, delete annotations; their spans in the reader
//     note_editor.h       the editor's buffers by record and revision; conflicts between tabs
//     undo.h              Ctrl+Z over deletes and edits (deletes are soft, so undo restores exactly)
//     write_queue.h       one write in flight per record; the storage's answers
//     storage_sync.h      what storage holds at start-up and what other tabs write
//     exports.h           JSON-LD, Markdown, CSV of the library or one article (waits for analyses it needs)
//     library_import.h    a lede JSON-LD file back into the library
//
// The platform layer fills UserData::ops with the few things only it can do (write a storage record,
// offer a download, open the file picker, read the clock) and feeds results back in:
//
//     platform, at start-up:  st.user.ops = {...};  load_stored(st, records_json);      // web/app-bridge.js
//     an import:              add_imported_article(st, {title, text, source, date, url});
//     a selection -> mark:    int i = create_annotation(st, selection_bytes, "yellow");
//     after an edit:          save_annotation(st, i);      // queued write; one in flight per record
//     storage answered:       storage_written(st, store, id, rev, ok, conflict, error);
//     another tab changed:    storage_record_changed(st, store, record_json);
//     undo:                   undo(st);
//
// Writes are queued per record: while one is in flight, later edits wait and are sent with the revision
// the storage answered, so a tab never conflicts with itself; a real conflict (another tab wrote first)
// is reported, and our copy is kept in memory — nothing the user made is dropped silently.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/userdata/article_import.h"  // ImportedText (PendingReplace holds one)
#include "app/userdata/note_editor.h"
#include "core/document.h"
#include "notes/annotation.h"

namespace lede::app {

struct Article;

// What the platform does for the app (function pointers: the app stays free of Emscripten).
struct PlatformOps {
  // Writes one record (JSON) to store "articles" or "annotations"; expected_rev -1 forces. text, when not
  // null, is the record's "text" field, left out of json: an article's text goes as UTF-8 bytes, so a
  // 20 MB article is not escaped into JSON, copied into a string and parsed again on the UI thread.
  void (*put_record)(const char* store, const std::string& json, int expected_rev, const std::string* text) = nullptr;
  // Offers data to the user as a file download.
  void (*download)(const std::string& filename, const std::string& mime, const std::string& data) = nullptr;
  // Opens the browser's file picker: mode 0 = articles (.txt .md .html), 1 = a lede library (.jsonld/.json).
  void (*open_file_picker)(int mode) = nullptr;
  // Current time, ISO 8601 UTC ("2026-11-22T08:30:00Z").
  std::string (*now_iso)() = nullptr;
  // Activates a newly deployed version (service worker) and reloads the page.
  void (*apply_update)() = nullptr;
  // Analyses an article off the main thread (analysis.h); the platform answers with analysis_done() or
  // analysis_failed(). retry: run it even though it failed before. Null: analyse_here.
  void (*request_analysis)(const std::string& article_id, int generation, const std::string& text, bool front,
                           bool retry) = nullptr;
  // Without a worker: analyses the article at once, on this thread (native builds set local_analysis.h's
  // analyse_article). The web page sets request_analysis only: its wasm does not carry the analysis.
  void (*analyse_here)(Article& a) = nullptr;
  // Stops the analysis of that article (the platform ends and restarts its worker).
  void (*cancel_analysis)(const std::string& article_id) = nullptr;
  // Bytes the app can still allocate (the page's wasm memory: what it may still grow by, and its free
  // blocks). Null: no known limit (native).
  size_t (*memory_free)() = nullptr;
  // The app refused an analysis the worker made (too large to hold here, or damaged): the platform records it
  // as a failure, so the next start does not have the worker analyse that article again (a minute of work
  // for 30 MB) only for it to be refused again. A retry (request_analysis retry) clears it.
  void (*analysis_refused)(const std::string& article_id, const std::string& message) = nullptr;
  // Stores the layout preferences (prefs.h JSON); the platform hands them back at the next start.
  void (*save_prefs)(const std::string& json) = nullptr;
};

struct UndoItem {
  enum Type : uint8_t { DeleteArticle, DeleteAnnotation, EditAnnotation } type = DeleteArticle;
  std::string id;
  Annotation before;  // EditAnnotation: the annotation as it was
  std::string label;  // "Undo delete “Flood toll rises”"
};

// A user annotation as the reader paints it (current article only; rebuilt when annotations change).
struct UserMark {
  ByteSpan span;
  uint32_t rgb = 0;
  int annotation = -1;  // index into UserData::annotations
  bool has_note = false;
};

// An import that would replace the text of an article with annotations: waits for the user's answer.
struct PendingReplace {
  std::string article_id;
  ImportedText in;   // the new text, kept in memory until the user decides (the old one stays stored)
  size_t notes = 0;  // annotations the article has
};

struct PendingWrite {
  std::string store;
  bool again = false;  // edited while in flight: send once more when the storage answers
  NoteVersion sent;    // annotations: the note and tags this write carries (stored once it is answered)
};

// The "Article details" fields while the user types, for one article (by id, never by index: the
// library's order changes under imports and deletes). Filled from the article when another one opens.
struct DetailsEdit {
  std::string article_id;
  char title[512] = "";
  char date[32] = "";
  char source[256] = "";
  char url[1024] = "";
};

struct UserData {
  // ---- written by the platform layer (src/platform) --------------------------------------------------
  PlatformOps ops;
  bool storage_ready = false;       // stored records loaded
  bool memory_only = false;         // no IndexedDB here: changes last until the tab closes
  bool persistent = false;          // the browser granted persistent storage
  bool update_available = false;    // a new version of lede was deployed and is ready (web/sw-register.js)
  int import_total = 0, import_done = 0;

  // ---- the user's records (written by the logic files above, never by a panel directly) -------------
  std::vector<Annotation> annotations;            // every annotation in the library (soft-deleted ones too)
  std::vector<bool> annotation_deleted;           // parallel to annotations
  std::map<std::string, int> annotation_rev;      // storage revision per annotation id
  // Note and tags as stored at annotation_rev: the common base when storage refuses our write as stale
  // (our in-memory copy and edit_base already hold our own edit by then, so neither can serve as base).
  std::map<std::string, NoteVersion> annotation_stored;
  std::vector<UndoItem> undo;
  uint64_t next_id = 1;
  std::map<std::string, PendingWrite> in_flight;  // write queue: record id -> write waiting for an answer
  std::vector<EditConflict> conflicts;           // notes another tab changed meanwhile: the user chooses
  std::vector<PendingReplace> pending_replace;   // imports waiting for "replace or keep both"
  std::string storage_message;      // "" when all is well
  std::vector<std::string> notices; // import results and similar, newest last (shown, then dismissed)
  bool highlights_export = false;   // the library export with lede's highlights waits for analyses (exports.h)
  size_t highlights_export_left = 0;  // articles it still waits for

  // ---- written by the UI (panels, reader) --------------------------------------------------------------
  // Reader selection, bytes into the current article's doc.text; empty when anchor == caret.
  uint32_t sel_anchor = 0, sel_caret = 0;
  bool selecting = false;
  int sel_article = -1;
  bool reader_focused = false;      // the reader took the last click: keys act on its selection
  bool show_mine = true;            // the "my annotations" highlight toggle
  // Annotations panel
  int editing = -1;                 // index into annotations shown in the editor, or -1
  EditBase edit_base;               // which record and revision the buffers started from (note_editor.h)
  char note_buf[16384] = "";
  char tags_buf[1024] = "";
  char filter[256] = "";
  int filter_colour = -1;           // palette index, or -1 for all
  bool whole_library = false;       // list every article's annotations, not only the open one's
  int jump_to = -1;                 // annotation to scroll the reader to on the next frame
  DetailsEdit details;              // Library tab: the open article's editable details

  // ---- caches (derived; safe to drop) ------------------------------------------------------------------
  uint64_t annotations_version = 1; // bumped on any change (reader caches marks by it)
  std::vector<UserMark> marks;      // what the reader paints for the current article
  uint64_t marks_version = 0;
  int marks_article = -1;
};

}  // namespace lede::app

#include "app/userdata/annotation_edits.h"
#include "app/userdata/article_import.h"
#include "app/userdata/articles.h"
#include "app/userdata/exports.h"
#include "app/userdata/library_import.h"
#include "app/userdata/storage_sync.h"
#include "app/userdata/undo.h"
#include "app/userdata/write_queue.h"
