// annotation_edits.h — the user's annotations: make, change, delete, and find them in the reader.
//
//     int i = create_annotation(st, selection_bytes, "yellow");   // on the current article; persisted
//     st.user.annotations[i].note = "check the July figure";
//     save_annotation(st, i);                                      // stamps modified, queues the write
//     delete_annotation(st, i);                                    // soft, undoable (undo.h)
//     ByteSpan b = annotation_bytes(st, st.user.annotations[i]);   // where the reader paints it
//
// Annotations are addressed by index into st.user.annotations (stable: nothing is ever erased, deletes
// are soft) and stored by id; annotation_index() maps an id back.
#pragma once
#include <string>
#include <vector>

#include "core/document.h"
#include "notes/annotation.h"

namespace lede::app {

struct AppState;

// A new annotation on the current article's span (bytes into its doc.text); persisted; returns its index.
int create_annotation(AppState& st, ByteSpan span, const std::string& colour);
// After changing note/tags/colour: stamps modified, writes; false (last_error says why) when invalid.
bool save_annotation(AppState& st, int index);
void delete_annotation(AppState& st, int index);   // soft, undoable
int annotation_index(const AppState& st, const std::string& id);  // -1 when absent
// Byte span of an annotation in its article's text (empty for orphans or a missing article).
ByteSpan annotation_bytes(const AppState& st, const Annotation& a);
// Not deleted, of article_id (every article when it is "").
std::vector<int> visible_annotations(const AppState& st, const std::string& article_id);

}  // namespace lede::app
