// articles.h — the app's articles: one adapter to the stored record, delete, lookups.
//
//     ArticleRecord r = article_record(st.articles[i]);   // for storage, exports (notes/records.h, webanno.h)
//     const std::string& t = stored_text(a, scratch);      // the text alone, copied only when repaired
//     apply_record(st.articles[i], r);                     // from storage, another tab, a library import
//     int i = article_index(st, "imp:3-20261201T0930Z");   // -1 when absent
//     delete_article(st, i);                               // imported only; soft, undoable (undo.h)
//     commit_details(st, st.user.details);                 // the Article details fields, typed
//     load_articles(st, "/assets/articles");               // the bundled demos: first line = title
//
// app::Article (app_state.h) is the one in-memory shape; ArticleRecord (notes/annotation.h) is what
// leaves the app; article_record()/apply_record() are the only conversions between the two.
#pragma once
#include <cstddef>
#include <string>

#include "notes/annotation.h"

namespace lede::app {

struct AppState;
struct Article;
struct DetailsEdit;

// with_text false leaves r.text empty (storage sends the text beside the record: stored_text()).
ArticleRecord article_record(const Article& a, bool with_text = true);
// The text an article is stored and exported with: its analysed text, else its body (repaired into
// scratch only when the body holds invalid UTF-8, so a 20 MB import is not copied again to be written).
const std::string& stored_text(const Article& a, std::string& scratch);
// Copies metadata and text; a changed text or date drops the analysis (body_changed(), analysis.h;
// open_article() asks for it again) and returns true.
bool apply_record(Article& a, const ArticleRecord& r);
int article_index(const AppState& st, const std::string& id);
void delete_article(AppState& st, int index);   // imported articles only; undoable
void persist_article(AppState& st, int index);  // after editing title/date/source
// Saves the "Article details" fields typed for e.article_id into that article when anything changed
// (a changed date analyses it again: relative dates resolve against it). A malformed date is not saved,
// and st.last_error says so; the other fields still are.
void commit_details(AppState& st, const DetailsEdit& e);
size_t word_count(const std::string& text);
// Loads *.txt from dir in name order: first line = title, the rest = body. Errors go to st.last_error.
void load_articles(AppState& st, const std::string& dir);

}  // namespace lede::app
