// exports.h — the user's library (or the open article) as files to download.
//
//     std::string jsonld = export_library_jsonld(st, /*current_only=*/false);  // W3C Web Annotation
//     std::string md     = export_markdown(st, true);                          // notes apps
//     std::string jsonld = export_library_jsonld(st, false, /*machine_highlights=*/true);  // + lede's highlights
//     std::string csv    = export_csv(st, CsvTable::Quotes);  // open article, one table per file
//     export_html(doc, title, byline, html_notes(st));     // the open article's notes, in text order
//
// The whole-library exports carry every imported article, and demo articles only when annotated;
// deleted articles and annotations are left out. Formats: notes/webanno.h, notes/export_text.h.
#pragma once
#include <string>
#include <vector>

#include "core/export_html.h"

namespace lede::app {

struct AppState;

// machine_highlights: the library export also carries lede's highlights of every article (the one-article
// export always does).
std::string export_library_jsonld(const AppState& st, bool current_only, bool machine_highlights = false);
std::string export_markdown(const AppState& st, bool current_only);
// The current article's table as one CSV file, UTF-8 with a byte order mark (for spreadsheet programs).
enum class CsvTable { Entities, Quotes, Numbers, Notes };
std::string export_csv(const AppState& st, CsvTable table);
// The user's notes on the current article, for export_html's "Your notes" section.
std::vector<HtmlNote> html_notes(const AppState& st);

}  // namespace lede::app
