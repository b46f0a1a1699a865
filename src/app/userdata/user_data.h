// user_data.h — the user's own data in the app: imported articles, annotations, undo, storage, exports.
//
// Plain state (UserData, kept in AppState::user) plus functions over AppState. Nothing here calls the
// browser: the platform layer fills UserData::ops with the few things only it can do (write a storage
// record, offer a download, open the file picker, read the clock) and feeds results back in:
//
//     platform, at start-up:  st.user.ops = {...};  load_stored(st, records_json);      // web/app-bridge.js
//     an import:              add_imported_article(st, {title, text, source, date, url});
//     a selection -> mark:    int i = create_annotation(st, selection_bytes, "yellow");
//     after an edit:          save_annotation(st, i);      // queued write; one in flight per record
//     storage answered:       storage_written(st, store, id, rev, ok, conflict, error);
//     another tab changed:    storage_record_changed(st, store, record_json);
//     undo:                   undo(st);                   // deletes are soft, so undo restores exactly
//
// Writes are queued per record: while one is in flight, later edits wait and are sent with the revision
// the storage answered, so a tab never conflicts with itself; a real conflict (another tab wrote first)
// is reported, and our copy is kept in memory — nothing the user made is dropped silently.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "notes/annotation.h"
#include "core/document.h"
#include "core/export_html.h"

namespace lede::app {

struct AppState;
struct Article;

// What the platform does for the app (function pointers: the app stays free of Emscripten).
struct PlatformOps {
  // Writes one record (JSON) to store "articles" or "annotations"; expected_rev -1 forces.
  void (*put_record)(const char* store, const std::string& json, int expected_rev) = nullptr;
  // Offers data to the user as a file download.
  void (*download)(const std::string& filename, const std::string& mime, const std::string& data) = nullptr;
  // Opens the browser's file picker: mode 0 = articles (.txt .md .html), 1 = a lede library (.jsonld/.json).
  void (*open_file_picker)(int mode) = nullptr;
  // Current time, ISO 8601 UTC ("2026-11-22T08:30:00Z").
  std::string (*now_iso)() = nullptr;
  // Activates a newly deployed version (service worker) and reloads the page.
  void (*apply_update)() = nullptr;
  // Analyses an article off the main thread (analysis.h); the platform answers with analysis_done() or
  // analysis_failed(). retry: run it even though it failed before. Null: analyse synchronously.
  void (*request_analysis)(const std::string& article_id, int generation, const std::string& text, bool front,
                           bool retry) = nullptr;
  // Stops the analysis of that article (the platform ends and restarts its worker).
  void (*cancel_analysis)(const std::string& article_id) = nullptr;
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

struct PendingWrite {
  std::string store;
  bool again = false;  // edited while in flight: send once more when the storage answers
};

struct UserData {
  PlatformOps ops;
  std::vector<Annotation> annotations;            // every annotation in the library (soft-deleted ones too)
  std::vector<bool> annotation_deleted;           // parallel to annotations
  std::map<std::string, int> annotation_rev;      // storage revision per annotation id
  std::map<std::string, PendingWrite> in_flight;  // record id -> write waiting for the storage's answer
  std::vector<UndoItem> undo;
  uint64_t annotations_version = 1;               // bumped on any change (reader caches marks by it)
  uint64_t next_id = 1;

  // Reader selection, bytes into the current article's doc.text; empty when anchor == caret.
  uint32_t sel_anchor = 0, sel_caret = 0;
  bool selecting = false;
  int sel_article = -1;
  bool reader_focused = false;      // the reader took the last click: keys act on its selection

  // What the reader paints for the current article (cache keyed by article and annotations_version)
  std::vector<UserMark> marks;
  uint64_t marks_version = 0;
  int marks_article = -1;
  bool show_mine = true;            // the "my annotations" highlight toggle

  // Annotations panel
  int editing = -1;                 // index into annotations shown in the editor, or -1
  char note_buf[16384] = "";
  char tags_buf[1024] = "";
  char filter[256] = "";
  int filter_colour = -1;           // palette index, or -1 for all
  bool whole_library = false;       // list every article's annotations, not only the open one's
  int jump_to = -1;                 // annotation to scroll the reader to on the next frame

  // Storage status, shown in the status bar
  bool storage_ready = false;
  bool memory_only = false;
  bool persistent = false;
  std::string storage_message;      // "" when all is well
  bool update_available = false;    // a new version of lede was deployed and is ready (web/sw-register.js)
  std::vector<std::string> notices; // import results and similar, newest last (shown, then dismissed)
  int import_total = 0, import_done = 0;
};

// ---- articles -------------------------------------------------------------------------------------
// Runs the analysis on a.body and, when the article has a (user-confirmed) date, resolves its relative
// dates against it ("Tuesday" -> 2025-07-08; date_resolve.h).
void analyse_article(Article& a);
struct ImportedText {
  std::string title, text, source, date, url;
};
// Adds an article (or replaces the imported one with the same URL, or else the same title, re-anchoring
// its annotations); persists it; returns its index in st.articles.
int add_imported_article(AppState& st, ImportedText in);
// Imports raw file bytes: decodes (UTF-8, UTF-16 with BOM, Windows-1252), strips Markdown when asked,
// takes the first line as title when there is none. Returns the index, or -1 with st.last_error set.
int import_file_bytes(AppState& st, const std::string& name, const std::string& bytes, bool markdown);
void delete_article(AppState& st, int index);  // imported articles only; undoable
void persist_article(AppState& st, int index);  // after editing title/date/source
int article_index(const AppState& st, const std::string& id);
ArticleRecord article_record(const Article& a);
size_t word_count(const std::string& text);

// ---- annotations ----------------------------------------------------------------------------------
// A new annotation on the current article's span (bytes into its doc.text); persisted; returns its index.
int create_annotation(AppState& st, ByteSpan span, const std::string& colour);
void save_annotation(AppState& st, int index);     // after changing note/tags/colour: stamps modified, writes
void delete_annotation(AppState& st, int index);   // soft, undoable
bool undo(AppState& st);                           // false when there is nothing to undo
// Byte span of an annotation in its article's text (empty for orphans or a missing article).
ByteSpan annotation_bytes(const AppState& st, const Annotation& a);
std::vector<int> visible_annotations(const AppState& st, const std::string& article_id);

// ---- storage --------------------------------------------------------------------------------------
std::string article_to_record(const Article& a);
std::string annotation_to_record(const Annotation& a, bool deleted);
// Everything stored, as web/storage.js's loadAll() returns it (JSON). Damaged records are reported.
void load_stored(AppState& st, const std::string& all_json);
void storage_written(AppState& st, const std::string& store, const std::string& id, int rev, bool ok, bool conflict,
                     const std::string& error);
void storage_record_changed(AppState& st, const std::string& store, const std::string& record_json);
// The Across tab's hand merges of entities (AcrossState::merges), stored as the meta record "entity-merges".
void save_entity_merges(AppState& st);

// ---- export / import ------------------------------------------------------------------------------
// machine_highlights: the library export also carries lede's highlights of every article (the one-article
// export always does).
std::string export_library_jsonld(const AppState& st, bool current_only, bool machine_highlights = false);
std::string export_markdown(const AppState& st, bool current_only);
// The current article's table as one CSV file, UTF-8 with a byte order mark (for spreadsheet programs).
enum class CsvTable { Entities, Quotes, Numbers, Notes };
std::string export_csv(const AppState& st, CsvTable table);
// The user's notes on the current article, for export_html's "Your notes" section.
std::vector<HtmlNote> html_notes(const AppState& st);
// Imports a lede JSON-LD file: all or nothing. Returns false with st.last_error set on a bad file.
bool import_library_jsonld(AppState& st, const std::string& text);

}  // namespace lede::app
