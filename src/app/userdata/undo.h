// undo.h — Ctrl+Z over the user's deletes and annotation edits.
//
//     st.user.undo.push_back({UndoItem::EditAnnotation, a.id, a, "Undo note edit"});  // before an edit
//     if (!undo(st)) { /* nothing to undo */ }
//
// Deletes are soft (the record stays, marked deleted), so undoing one restores it exactly; an edit's
// undo item holds the annotation as it was. Every undo is written back through the write queue.
#pragma once

namespace lede::app {

struct AppState;

bool undo(AppState& st);  // false when there is nothing to undo

}  // namespace lede::app
