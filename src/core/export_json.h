// export_json.h — the Document as JSON, offsets in Unicode code points (the export contract).
//
//     nlohmann::json j = lede::to_json(doc, "article-1");
//
// Shape (one line per document in the CLI's JSONL mode; the scorer in ../shared/eval reads it):
//   {"id", "entities":[{start,end,type,text,entity_id,canonical}],
//    "quotes":[{start,end,kind,speaker,speaker_start,speaker_end,cue}],
//    "numbers":[{start,end,type,value,normalized,hedge,counted,source}]}
// start/end are code points, end exclusive. Byte offsets never leave the core through this file.
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/document.h"

namespace lede {

nlohmann::json to_json(const Document& doc, std::string_view id);

}  // namespace lede
