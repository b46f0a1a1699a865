// article_import.h — a file or an extracted web page becomes an article in the library.
//
//     int i = import_file_bytes(st, "report.md", bytes, /*markdown=*/true);  // -1: st.last_error says why
//     int j = add_imported_article(st, {title, text, source, date, url});   // web/import.js's HTML result
//
// Bytes are decoded (UTF-8, UTF-16 with BOM, Windows-1252) and pictures and archives renamed .txt are
// refused by core/text/text_import.h; Markdown is reduced to text (core/text/markdown_text.h, the first
// heading is the title); otherwise the title is guessed (title_guess.h). Nothing is cut from the text the
// reader shows and analyses (the title line stays its first paragraph). An import that is
// a new version of an article already in the library replaces its text and re-anchors its annotations
// (anchoring.h); the result is persisted through the write queue (write_queue.h).
#pragma once
#include <string>

#include "core/text/text_import.h"

namespace lede::app {

struct AppState;

struct ImportedText {
  std::string title, text, source, date, url;
};
// Adds an article, persisted; returns its index in st.articles. When it is a new version of an imported
// article (the same URL, or the same title and mostly the same text: notes/text_similarity.h) that
// article's text is replaced and its annotations placed again, unless it has annotations: then the
// user is asked first (st.user.pending_replace, resolve_replace()) and the old text stays until then.
// Another article under the same title ("Live updates") is a new article. Only http(s) URLs are kept.
int add_imported_article(AppState& st, ImportedText in);
// The user's answer for pending_replace[k]: replace (true) or keep both (false). Returns the index of
// the article that now holds the imported text.
int resolve_replace(AppState& st, size_t k, bool replace);
// Imports raw file bytes; returns the index, or -1 with st.last_error set.
int import_file_bytes(AppState& st, const std::string& name, const std::string& bytes, bool markdown);
// Adds a file already decoded by import_plain_text (core/text/text_import.h: the web app decodes files of
// 1 MB or more in its analysis worker). A refused file sets st.last_error and returns -1.
int add_text_import(AppState& st, const std::string& name, TextImport t);

}  // namespace lede::app
