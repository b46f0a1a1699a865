// records.cpp — stored JSON records of articles and annotations (see records.h).
#include "notes/records.h"

#include <algorithm>
#include <cstdint>

#include "core/text/utf8.h"
#include "notes/json_fields.h"

namespace lede {

using nlohmann::json;

json article_record_json(const ArticleRecord& r, const RecordState& s) {
  json j = {{"id", r.meta.id},         {"rev", s.rev},   {"title", r.meta.title}, {"text", r.text},
            {"source", r.meta.source}, {"date", r.meta.date}, {"url", r.url},     {"imported", true}};
  if (s.deleted) j["deleted"] = true;
  return j;
}

bool read_article_record(const json& j, ArticleRecord& r, RecordState& s) {
  if (!has_str(j, "id") || !has_str(j, "text")) return false;
  r.meta.id = field_str(j, "id");
  r.meta.title = field_str(j, "title", "Untitled article");
  r.meta.source = field_str(j, "source");
  r.meta.date = field_str(j, "date");
  r.url = field_str(j, "url");
  r.text = utf8::repair(field_str(j, "text"));
  s.deleted = field_bool(j, "deleted");
  s.rev = int(field_int(j, "rev"));
  return true;
}

json annotation_record_json(const Annotation& a, const RecordState& s) {
  json j = {{"id", a.id},
            {"rev", s.rev},
            {"article_id", a.article_id},
            {"created", a.created},
            {"modified", a.modified},
            {"creator", a.creator},
            {"colour", a.colour},
            {"note", a.note},
            {"tags", a.tags},
            {"motivations", a.motivations},
            {"target",
             {{"exact", a.quote.exact},
              {"prefix", a.quote.prefix},
              {"suffix", a.quote.suffix},
              {"start", a.position.start},
              {"end", a.position.end}}},
            {"anchor", to_string(a.anchor)},
            {"score", a.anchor_score}};
  if (s.deleted) j["deleted"] = true;
  return j;
}

bool read_annotation_record(const json& j, Annotation& a, RecordState& s) {
  if (!has_str(j, "id") || !has_str(j, "article_id") || !j.contains("target") || !j["target"].is_object()) return false;
  const json& t = j["target"];
  if (!has_str(t, "exact") || field_int(t, "start", -1) < 0 || field_int(t, "end", -1) < field_int(t, "start", 0)) return false;
  a.id = field_str(j, "id");
  a.article_id = field_str(j, "article_id");
  a.created = field_str(j, "created");
  a.modified = field_str(j, "modified");
  a.creator = field_str(j, "creator");
  a.colour = field_str(j, "colour", "yellow");
  a.note = field_str(j, "note");
  a.tags = field_strs(j, "tags");
  a.motivations = field_strs(j, "motivations");
  a.quote.exact = field_str(t, "exact");
  a.quote.prefix = field_str(t, "prefix");
  a.quote.suffix = field_str(t, "suffix");
  a.position.start = uint32_t(std::min<int64_t>(field_int(t, "start"), UINT32_MAX));
  a.position.end = uint32_t(std::min<int64_t>(field_int(t, "end"), UINT32_MAX));
  if (!parse_anchor_status(field_str(j, "anchor", "exact"), a.anchor)) a.anchor = AnchorStatus::Exact;
  a.anchor_score = float(field_num(j, "score", 1.0));
  s.deleted = field_bool(j, "deleted");
  s.rev = int(field_int(j, "rev"));
  return validate_annotation(a).empty();
}

std::string dump_record(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace lede
