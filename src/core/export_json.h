// export_json.h — the Document as JSON, offsets in Unicode code points (the export contract).
//
//     nlohmann::json j = lede::to_json(doc, "article-1");
//     lede::write_json(std::cout, doc, "article-1");   // the same bytes as to_json(...).dump(-1), streamed
//
// Shape (one line per document in the CLI's JSONL mode; the scorer in ../shared/eval reads it):
//   {"id", "entities":[{start,end,type,text,entity_id,canonical}],
//    "quotes":[{start,end,kind,speaker,speaker_start,speaker_end,cue}],
//    "numbers":[{start,end,type,value,normalized,hedge,counted,source}]}
// start/end are code points, end exclusive. Byte offsets never leave the core through this file.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>

#include "core/document.h"

namespace lede {

nlohmann::json to_json(const Document& doc, std::string_view id);

// Writes to_json(doc, id).dump(-1) (invalid UTF-8 replaced) item by item, never building the whole tree:
// memory stays one item, not ~700 bytes per input byte (the CLI's JSONL mode uses this).
void write_json(std::ostream& out, const Document& doc, std::string_view id);

}  // namespace lede
