// webanno.h — export and import the library as W3C Web Annotation JSON-LD (an AnnotationCollection).
//
//     std::string file = lede::export_webanno(articles, annotations);              // whole library
//     std::string one  = lede::export_webanno({article}, its_annotations, {{article.meta.id, &doc}});
//                                                          // + machine highlights of that Document
//     lede::WebAnnoImport in = lede::import_webanno(file_bytes);
//     if (!in.ok) show_error(in.error);      // nothing else is filled: all or nothing
//     else        store(in.articles, in.annotations);
//
// Shape (https://www.w3.org/TR/annotation-model/; "@context" is the W3C context IRI, never fetched, plus
// a "lede" prefix for extension terms):
//   {"@context": ["http://www.w3.org/ns/anno.jsonld", {"lede": "urn:lede:ns:"}],
//    "id": ..., "type": "AnnotationCollection", "label": ..., "total": N, "generated": ...,
//    "generator": {"id": "urn:lede:software", "type": "Software", "name": "lede"},
//    "lede:articles": [{"id", "title", "source", "date", "url", "text"}],      <- restores the articles
//    "first": {"type": "AnnotationPage", "startIndex": 0, "items": [
//      {"id": "urn:lede:annotation:<id>", "type": "Annotation", "created", "modified",
//       "creator": {"type": "Person", "name"}, "motivation": ["highlighting", "commenting", "tagging"],
//       "body": [{"type": "TextualBody", "value": note, "format": "text/plain", "purpose": "commenting"},
//                {"type": "TextualBody", "value": tag, "purpose": "tagging"}],
//       "lede:colour": "yellow", "lede:anchor": {"status": "exact", "score": 1},
//       "target": {"source": url or "urn:lede:article:<id>", "lede:article": id,
//                  "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
//                               {"type": "TextPositionSelector", "start", "end"}]}},   // code points
//      machine highlights: the same, plus "generator" (lede) and "lede:kind": entity|quote|number ]}}
// Ids are percent-encoded into the IRIs and decoded on import, so any id string survives.
//
// Import is strict: malformed JSON, wrong types, missing fields, unknown body types, selectors past the
// end of an included article (orphans excepted: they keep an older text's selectors), duplicate ids, and
// anything over WebAnnoLimits are refused with a message naming the item. Machine highlights are skipped
// (analysis recomputes them) and counted. An annotation's article is its "lede:article", else the
// included article whose url is the target source, else the source itself; annotations of articles not in
// the file are accepted as they are — anchor them (anchoring.h) against the library's text of that article.
#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "notes/annotation.h"
#include "core/document.h"

namespace lede {

constexpr const char* kWebAnnoContext = "http://www.w3.org/ns/anno.jsonld";
constexpr const char* kLedeNamespace = "urn:lede:ns:";

// Analysed articles whose entities, quotes and numbers are exported as machine highlights.
struct MachineHighlights {
  std::string article_id;
  const Document* doc = nullptr;  // doc->text must be the article's text
};

struct WebAnnoOptions {
  std::string collection_id = "urn:lede:collection";
  std::string label = "lede library";
  std::string generated;  // ISO 8601 timestamp from the caller, or "" to leave it out
  int indent = 1;         // json dump indent; -1 for one line
};

struct WebAnnoLimits {
  size_t max_bytes = 200u << 20;          // whole file
  size_t max_depth = 32;                  // JSON nesting (lede's own files use 7)
  size_t max_values = 8000000;            // JSON values of any kind (lede writes ~30 per annotation)
  size_t max_parsed_bytes = 512u << 20;   // estimated memory of the parsed file: a browser tab has ~2 GB
  size_t max_annotations = 100000;
  size_t max_articles = 100000;
  size_t max_article_bytes = 64u << 20;   // one article's text
  size_t max_note_bytes = 1u << 20;
  size_t max_quote_bytes = 1u << 20;      // TextQuoteSelector exact
  size_t max_context_bytes = 4096;        // prefix / suffix
  size_t max_tags = 1000;                 // per annotation
  size_t max_short_bytes = 4096;          // ids, titles, tags, urls, names, dates
};

struct WebAnnoImport {
  bool ok = false;
  std::string error;                     // set when !ok; then the vectors are empty
  std::vector<ArticleRecord> articles;
  std::vector<Annotation> annotations;
  size_t machine_skipped = 0;            // generator-marked highlights left out
};

nlohmann::json webanno_collection(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                                  const std::vector<MachineHighlights>& machine = {},
                                  const WebAnnoOptions& options = {});
std::string export_webanno(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                           const std::vector<MachineHighlights>& machine = {}, const WebAnnoOptions& options = {});

WebAnnoImport import_webanno(std::string_view json_text, const WebAnnoLimits& limits = {});

// Percent-encoding used for ids inside IRIs (everything but A-Z a-z 0-9 - . _ ~ is encoded).
std::string iri_encode(std::string_view s);
std::string iri_decode(std::string_view s);  // leaves malformed escapes as they are

}  // namespace lede
