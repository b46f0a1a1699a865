// library_import.h — a lede JSON-LD library file (exports.h) back into the library.
//
//     if (!import_library_jsonld(st, file_text)) show(st.last_error);   // all or nothing
//
// Articles and annotations match by id (replaced) or are added; everything imported is persisted.
#pragma once
#include <string>

namespace lede::app {

struct AppState;

// Returns false with st.last_error set on a bad file; nothing is changed then.
bool import_library_jsonld(AppState& st, const std::string& text);

}  // namespace lede::app
