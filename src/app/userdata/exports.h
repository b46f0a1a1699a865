// exports.h — the user's library (or the open article) as files to download.
//
//     std::string jsonld = export_library_jsonld(st, /*current_only=*/false);  // W3C Web Annotation
//     std::string md     = export_markdown(st, true);                          // notes apps
//     start_highlights_export(st);   // the library + lede's highlights: waits for the analyses it needs
//     highlights_export_step(st);    // each frame: offers the file (offer_download) once they are all in
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

// machine_highlights: the library export also carries lede's highlights of every imported article (the
// one-article export always does); of analysed articles only: this analyses nothing (start_highlights_export).
std::string export_library_jsonld(const AppState& st, bool current_only, bool machine_highlights = false);
// Hands a file to the platform to download (st.last_error says so where there are no downloads).
void offer_download(AppState& st, const std::string& name, const std::string& mime, const std::string& data);
// The library with lede's highlights of every imported article: the page never analyses on its own thread,
// so the articles not analysed yet are asked of the worker (analysis.h) and the export waits for them
// (UserData::highlights_export, highlights_export_left), drawing on. Once every answer is in, the file is
// offered; an article whose analysis failed goes without highlights, and a notice names it and says why.
void start_highlights_export(AppState& st);
void highlights_export_step(AppState& st);   // each frame (app_frame)
void cancel_highlights_export(AppState& st); // the user stops waiting (the analyses themselves go on)
std::string export_markdown(const AppState& st, bool current_only);
// The current article's table as one CSV file, UTF-8 with a byte order mark (for spreadsheet programs).
enum class CsvTable { Entities, Quotes, Numbers, Notes };
std::string export_csv(const AppState& st, CsvTable table);
// The user's notes on the current article, for export_html's "Your notes" section.
std::vector<HtmlNote> html_notes(const AppState& st);

}  // namespace lede::app
