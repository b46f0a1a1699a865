#include "core/export_json.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace lede {

nlohmann::json to_json(const Document& doc, std::string_view id) {
  using nlohmann::json;
  const utf8::CodepointIndex cpi(doc.text);
  auto cp = [&](uint32_t b) { return cpi.to_codepoint(b); };
  json out;
  out["id"] = std::string(id);

  // The reader's mentions and the names inside them, in one list by start ("inner": true for the latter).
  std::vector<const Mention*> all;
  all.reserve(doc.mentions.size() + doc.inner_mentions.size());
  for (const Mention& m : doc.mentions)
    if (!m.is_alias) all.push_back(&m);
  for (const Mention& m : doc.inner_mentions) all.push_back(&m);
  std::stable_sort(all.begin(), all.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  json ents = json::array();
  for (const Mention* mp : all) {
    const Mention& m = *mp;
    json e;
    e["start"] = cp(m.span.begin);
    e["end"] = cp(m.span.end);
    e["type"] = to_string(m.type);
    e["text"] = std::string(doc.slice(m.span));
    e["entity_id"] = m.entity >= 0 ? "E" + std::to_string(m.entity) : "";
    e["canonical"] = m.entity >= 0 ? doc.entities[size_t(m.entity)].canonical : std::string(doc.slice(m.span));
    if (mp >= doc.inner_mentions.data() && mp < doc.inner_mentions.data() + doc.inner_mentions.size()) e["inner"] = true;
    ents.push_back(std::move(e));
  }
  out["entities"] = std::move(ents);

  // Descriptions linked to a person ("the Israeli leader" -> Benjamin Netanyahu): not names, so apart.
  json aliases = json::array();
  for (const Mention& m : doc.mentions) {
    if (!m.is_alias || m.entity < 0) continue;
    aliases.push_back({{"start", cp(m.span.begin)}, {"end", cp(m.span.end)}, {"type", to_string(m.type)},
                       {"text", std::string(doc.slice(m.span))}, {"entity_id", "E" + std::to_string(m.entity)},
                       {"canonical", doc.entities[size_t(m.entity)].canonical}});
  }
  out["aliases"] = std::move(aliases);

  json quotes = json::array();
  for (const Quote& q : doc.quotes) {
    json o;
    o["start"] = cp(q.span.begin);
    o["end"] = cp(q.span.end);
    o["kind"] = to_string(q.kind);
    o["speaker"] = q.speaker;
    if (!q.speaker_span.empty()) {
      o["speaker_start"] = cp(q.speaker_span.begin);
      o["speaker_end"] = cp(q.speaker_span.end);
    } else {
      o["speaker_start"] = nullptr;
      o["speaker_end"] = nullptr;
    }
    o["cue"] = q.cue;
    quotes.push_back(std::move(o));
  }
  out["quotes"] = std::move(quotes);

  json nums = json::array();
  for (const NumberMention& n : doc.numbers) {
    json o;
    o["start"] = cp(n.span.begin);
    o["end"] = cp(n.span.end);
    o["type"] = to_string(n.type);
    if (n.has_value) o["value"] = n.value; else o["value"] = n.normalized;
    o["normalized"] = n.normalized;
    if (n.is_range) o["value_max"] = n.value_max;
    o["hedge"] = n.hedge;
    o["counted"] = n.counted;
    o["source"] = n.source;
    nums.push_back(std::move(o));
  }
  out["numbers"] = std::move(nums);
  return out;
}

}  // namespace lede
