#include "core/export_json.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace lede {

namespace {

using nlohmann::json;

// One export item at a time, so write_json() never holds more than one item's tree (a JSON tree costs
// hundreds of bytes per node: the whole document's would be ~700 bytes per input byte on a text of figures).
class Exporter {
 public:
  explicit Exporter(const Document& doc) : doc_(doc), cpi_(doc.text) {
    // The reader's mentions and the names inside them, in one list by start ("inner": true for the latter).
    all_.reserve(doc.mentions.size() + doc.inner_mentions.size());
    for (const Mention& m : doc.mentions)
      if (!m.is_alias) all_.push_back(&m);
    for (const Mention& m : doc.inner_mentions) all_.push_back(&m);
    std::stable_sort(all_.begin(), all_.end(),
                     [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  }

  // Calls f(item) for each item of the named array, in order.
  template <class F>
  void entities(F&& f) const {
    for (const Mention* mp : all_) {
      const Mention& m = *mp;
      json e;
      e["start"] = cp(m.span.begin);
      e["end"] = cp(m.span.end);
      e["type"] = to_string(m.type);
      e["text"] = std::string(doc_.slice(m.span));
      e["entity_id"] = m.entity >= 0 ? "E" + std::to_string(m.entity) : "";
      e["canonical"] = m.entity >= 0 ? doc_.entities[size_t(m.entity)].canonical : std::string(doc_.slice(m.span));
      if (mp >= doc_.inner_mentions.data() && mp < doc_.inner_mentions.data() + doc_.inner_mentions.size())
        e["inner"] = true;
      f(std::move(e));
    }
  }
  // Descriptions linked to a person ("the Israeli leader" -> Benjamin Netanyahu): not names, so apart.
  template <class F>
  void aliases(F&& f) const {
    for (const Mention& m : doc_.mentions) {
      if (!m.is_alias || m.entity < 0) continue;
      f(json{{"start", cp(m.span.begin)}, {"end", cp(m.span.end)}, {"type", to_string(m.type)},
             {"text", std::string(doc_.slice(m.span))}, {"entity_id", "E" + std::to_string(m.entity)},
             {"canonical", doc_.entities[size_t(m.entity)].canonical}});
    }
  }
  template <class F>
  void quotes(F&& f) const {
    for (const Quote& q : doc_.quotes) {
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
      f(std::move(o));
    }
  }
  template <class F>
  void numbers(F&& f) const {
    for (const NumberMention& n : doc_.numbers) {
      json o;
      o["start"] = cp(n.span.begin);
      o["end"] = cp(n.span.end);
      o["type"] = to_string(n.type);
      const std::string normalized(doc_.str(n.normalized));
      if (n.has_value) o["value"] = n.value; else o["value"] = normalized;
      o["normalized"] = normalized;
      const NumberDetail& x = doc_.detail(n);
      if (n.is_range) o["value_max"] = x.value_max;
      o["hedge"] = std::string(doc_.str(x.hedge));
      o["counted"] = std::string(doc_.str(x.counted));
      o["source"] = std::string(doc_.str(x.source));
      f(std::move(o));
    }
  }

 private:
  size_t cp(uint32_t b) const { return cpi_.to_codepoint(b); }
  const Document& doc_;
  const utf8::CodepointIndex cpi_;
  std::vector<const Mention*> all_;
};

}  // namespace

nlohmann::json to_json(const Document& doc, std::string_view id) {
  const Exporter ex(doc);
  json out;
  out["id"] = std::string(id);
  auto into = [](json& arr) { return [&arr](json&& item) { arr.push_back(std::move(item)); }; };
  json ents = json::array(), aliases = json::array(), quotes = json::array(), nums = json::array();
  ex.entities(into(ents));
  ex.aliases(into(aliases));
  ex.quotes(into(quotes));
  ex.numbers(into(nums));
  out["entities"] = std::move(ents);
  out["aliases"] = std::move(aliases);
  out["quotes"] = std::move(quotes);
  out["numbers"] = std::move(nums);
  return out;
}

void write_json(std::ostream& out, const Document& doc, std::string_view id) {
  const Exporter ex(doc);
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  // Keys in nlohmann::json's (sorted) order, so the bytes equal to_json(doc, id).dump(...).
  auto array = [&](const char* key, auto each, bool first) {
    out << (first ? "{\"" : ",\"") << key << "\":[";
    bool first_item = true;
    each([&](json&& item) {
      if (!first_item) out << ',';
      first_item = false;
      out << dump(item);
    });
    out << ']';
  };
  array("aliases", [&](auto f) { ex.aliases(f); }, true);
  array("entities", [&](auto f) { ex.entities(f); }, false);
  out << ",\"id\":" << dump(json(std::string(id)));
  array("numbers", [&](auto f) { ex.numbers(f); }, false);
  array("quotes", [&](auto f) { ex.quotes(f); }, false);
  out << '}';
}

}  // namespace lede
