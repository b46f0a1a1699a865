// export_text.h — annotations and analysis as Markdown (for notes apps) and CSV (for spreadsheets).
//
//     std::string md  = lede::export_markdown(articles, annotations);   // one section per article
//     std::string csv = lede::csv_annotations(articles, annotations);
//     std::string ent = lede::csv_entities(doc, "article-3");           // + csv_quotes, csv_numbers
//     std::string more = lede::csv_entities(doc2, "article-4", /*header=*/false);  // append rows
//
// Markdown: "# Title", a line with source · date · url, then each annotation in text order as a
// blockquote of its quote, its note, and its tags as #tags; orphans follow under their own heading.
// Lines of quoted text and notes that Markdown would read as structure (#, >, -, 1.) are escaped, and so
// is every character of the user's or the article's text that an HTML-rendering notes app could run or
// follow (< > & [ ] ` \ get a backslash): a title "<script>…" or a note "[x](javascript:…)" stays text.
// The article's URL is a link only when its scheme is http, https or mailto.
//
// CSV: RFC 4180 — CRLF row ends; a field is quoted when it holds a comma, a quote, CR or LF, with
// inner quotes doubled. Offsets are Unicode code points, end exclusive (as in the JSON exports). Text
// fields that a spreadsheet would run as a formula (leading = + - @ tab) get a leading apostrophe.
// No BOM is written; prepend "\xEF\xBB\xBF" if Excel must detect UTF-8.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "notes/annotation.h"
#include "core/document.h"

namespace lede {

// Articles without annotations get their heading only; annotations of unknown articles are left out.
std::string export_markdown(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations);

// One cell of a Markdown table (the Across tab's export) that shows its text as it is: every character
// that could open HTML, a link, an image or a code span is backslash-escaped (as above), line breaks
// become spaces and "|" is escaped, so a cell never breaks its row.
std::string markdown_cell(std::string_view s);

// One CSV field, quoted when needed (guard_formula: the spreadsheet-formula guard above).
std::string csv_field(std::string_view s, bool guard_formula = true);

// annotation_id, article_id, article_title, start, end, exact, note, tags ("; "-joined), colour,
// motivations, creator, created, modified, anchor
std::string csv_annotations(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                            bool header = true);
// article_id, start, end, text, type, entity, canonical
std::string csv_entities(const Document& doc, std::string_view article_id, bool header = true);
// article_id, start, end, kind, text, speaker, cue
std::string csv_quotes(const Document& doc, std::string_view article_id, bool header = true);
// article_id, start, end, text, type, value, value_max, normalized, unit, hedge, counted, source
std::string csv_numbers(const Document& doc, std::string_view article_id, bool header = true);

}  // namespace lede
