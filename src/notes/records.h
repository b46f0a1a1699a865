// records.h — the one adapter per kind between the user's data and the JSON records the browser stores.
//
// An article and an annotation each have exactly one stored shape, written and read only here
// (web/storage.js keeps these objects in IndexedDB as they are; the app's write queue sends them):
//
//     nlohmann::json j = lede::article_record_json(record, {rev, deleted});   // -> storage
//     lede::ArticleRecord r;  lede::RecordState s;
//     if (!lede::read_article_record(j, r, s)) report("damaged");             // <- storage, another tab
//     nlohmann::json k = lede::annotation_record_json(annotation, {rev, deleted});
//     if (!lede::read_annotation_record(k, a, s)) report("damaged");
//     std::string bytes = lede::dump_record(j);            // invalid UTF-8 becomes U+FFFD, never a throw
//
// Article record:    {"id", "rev", "title", "text", "source", "date", "url", "imported": true[, "deleted": true]}
// Annotation record: {"id", "rev", "article_id", "created", "modified", "creator", "colour", "note", "tags",
//                     "motivations", "target": {"exact", "prefix", "suffix", "start", "end"},   // code points
//                     "anchor": "exact|moved|fuzzy|orphan", "score"[, "deleted": true]}
// The JSON-LD export (webanno.h) is a different, public shape of the same two kinds; it is made from the
// same structs (ArticleRecord, Annotation), so a field added there and here is added to the struct once.
//
// Readers never throw (the web build has exceptions off) and check every type: stored records are
// untrusted (another version of lede, a damaged database). A false return leaves the output unspecified.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "notes/annotation.h"

namespace lede {

// What storage adds to a record: its revision (web/storage.js counts it) and the soft-delete mark.
struct RecordState {
  int rev = 0;
  bool deleted = false;
};

nlohmann::json article_record_json(const ArticleRecord& r, const RecordState& s);
bool read_article_record(const nlohmann::json& j, ArticleRecord& r, RecordState& s);

nlohmann::json annotation_record_json(const Annotation& a, const RecordState& s);
// Also runs validate_annotation(): a record that reads but would not validate is refused.
bool read_annotation_record(const nlohmann::json& j, Annotation& a, RecordState& s);

// One line of JSON; invalid UTF-8 is replaced rather than thrown on.
std::string dump_record(const nlohmann::json& j);

}  // namespace lede
