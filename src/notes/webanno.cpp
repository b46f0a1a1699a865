#include "notes/webanno.h"

#include <unordered_map>
#include <unordered_set>

#include "core/text/utf8.h"

// Nothing here may throw: the web build runs without exception catching, so a throw would abort the
// app. Parsing uses nlohmann's non-throwing entry points, every value's type is checked before it is
// read, and dump() replaces invalid UTF-8 instead of throwing.

namespace lede {

using nlohmann::json;

static const char* kAnnotationPrefix = "urn:lede:annotation:";
static const char* kArticlePrefix = "urn:lede:article:";
static const char* kMachinePrefix = "urn:lede:machine:";

std::string iri_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~';
    if (plain) {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string iri_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
      out += char(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// ---- export -------------------------------------------------------------------------------------------
static json selectors_json(const TextQuoteSelector& q, const TextPositionSelector& p) {
  json quote = {{"type", "TextQuoteSelector"}, {"exact", q.exact}, {"prefix", q.prefix}, {"suffix", q.suffix}};
  json pos = {{"type", "TextPositionSelector"}, {"start", p.start}, {"end", p.end}};
  return json::array({std::move(quote), std::move(pos)});
}

static json generator_json() {
  return {{"id", "urn:lede:software"}, {"type", "Software"}, {"name", "lede"}};
}

static json textual_body(const std::string& value, const char* purpose) {
  return {{"type", "TextualBody"}, {"value", value}, {"purpose", purpose}};
}

static json user_annotation_json(const Annotation& a, const std::string& source) {
  json o;
  o["id"] = kAnnotationPrefix + iri_encode(a.id);
  o["type"] = "Annotation";
  if (!a.created.empty()) o["created"] = a.created;
  if (!a.modified.empty()) o["modified"] = a.modified;
  if (!a.creator.empty()) o["creator"] = {{"type", "Person"}, {"name", a.creator}};
  if (a.motivations.size() == 1) o["motivation"] = a.motivations[0];
  else if (!a.motivations.empty()) o["motivation"] = a.motivations;
  json body = json::array();
  if (!a.note.empty()) {
    json note = textual_body(a.note, "commenting");
    note["format"] = "text/plain";
    body.push_back(std::move(note));
  }
  for (const std::string& t : a.tags) body.push_back(textual_body(t, "tagging"));
  if (!body.empty()) o["body"] = std::move(body);
  if (!a.colour.empty()) o["lede:colour"] = a.colour;
  o["lede:anchor"] = {{"status", to_string(a.anchor)}, {"score", double(a.anchor_score)}};
  o["target"] = {{"source", source}, {"lede:article", a.article_id}, {"selector", selectors_json(a.quote, a.position)}};
  return o;
}

static void machine_items(const MachineHighlights& mh, const std::string& source, json& items) {
  const Document& doc = *mh.doc;
  const utf8::CodepointIndex cpi(doc.text);
  const std::string base = kMachinePrefix + iri_encode(mh.article_id) + ":";
  auto item = [&](const char* kind, size_t i, ByteSpan span, const char* motivation) {
    const AnnotationTarget t = make_selectors(doc.text, cpi, span);
    json o;
    o["id"] = base + kind + ":" + std::to_string(i);
    o["type"] = "Annotation";
    o["motivation"] = motivation;
    o["generator"] = generator_json();
    o["lede:kind"] = kind;
    o["target"] = {{"source", source}, {"lede:article", mh.article_id}, {"selector", selectors_json(t.quote, t.position)}};
    return o;
  };
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    json o = item("entity", i, m.span, "identifying");
    json body = json::array({textual_body(to_string(m.type), "classifying")});
    if (m.entity >= 0 && size_t(m.entity) < doc.entities.size())
      body.push_back(textual_body(doc.entities[size_t(m.entity)].canonical, "identifying"));
    o["body"] = std::move(body);
    items.push_back(std::move(o));
  }
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    json o = item("quote", i, q.span, "highlighting");
    json body = json::array({textual_body(to_string(q.kind), "classifying")});
    if (!q.speaker.empty()) body.push_back(textual_body(q.speaker, "identifying"));
    o["body"] = std::move(body);
    if (!q.cue.empty()) o["lede:cue"] = q.cue;
    items.push_back(std::move(o));
  }
  for (size_t i = 0; i < doc.numbers.size(); ++i) {
    const NumberMention& n = doc.numbers[i];
    json o = item("number", i, n.span, "classifying");
    json body = json::array({textual_body(to_string(n.type), "classifying")});
    if (n.normalized != kNoString) body.push_back(textual_body(std::string(doc.str(n.normalized)), "describing"));
    o["body"] = std::move(body);
    items.push_back(std::move(o));
  }
}

json webanno_collection(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                        const std::vector<MachineHighlights>& machine, const WebAnnoOptions& options) {
  std::unordered_map<std::string, const ArticleRecord*> by_id;
  for (const ArticleRecord& a : articles) by_id.emplace(a.meta.id, &a);
  auto source_of = [&](const std::string& article_id) {
    const auto it = by_id.find(article_id);
    if (it != by_id.end() && !it->second->url.empty()) return it->second->url;
    return kArticlePrefix + iri_encode(article_id);
  };

  json out;
  out["@context"] = json::array({kWebAnnoContext, {{"lede", kLedeNamespace}}});
  out["id"] = options.collection_id;
  out["type"] = "AnnotationCollection";
  out["label"] = options.label;
  if (!options.generated.empty()) out["generated"] = options.generated;
  out["generator"] = generator_json();

  json arts = json::array();
  for (const ArticleRecord& a : articles)
    arts.push_back({{"id", a.meta.id}, {"title", a.meta.title}, {"source", a.meta.source},
                    {"date", a.meta.date}, {"url", a.url}, {"text", a.text}});
  out["lede:articles"] = std::move(arts);

  json items = json::array();
  for (const Annotation& a : annotations) items.push_back(user_annotation_json(a, source_of(a.article_id)));
  for (const MachineHighlights& mh : machine)
    if (mh.doc) machine_items(mh, source_of(mh.article_id), items);
  out["total"] = items.size();
  out["first"] = {{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", std::move(items)}};
  return out;
}

std::string export_webanno(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                           const std::vector<MachineHighlights>& machine, const WebAnnoOptions& options) {
  return webanno_collection(articles, annotations, machine, options)
      .dump(options.indent, ' ', false, json::error_handler_t::replace);
}

// ---- import -------------------------------------------------------------------------------------------
namespace {

// First pass: a SAX walk that enforces depth, value count and string size before any DOM is built,
// and turns a syntax error into a message with its byte position.
class LimitSax : public nlohmann::json_sax<json> {
 public:
  explicit LimitSax(const WebAnnoLimits& l) : limits_(l) {}
  std::string error;

  bool null() override { return count(); }
  bool boolean(bool) override { return count(); }
  bool number_integer(number_integer_t) override { return count(); }
  bool number_unsigned(number_unsigned_t) override { return count(); }
  bool number_float(number_float_t, const string_t&) override { return count(); }
  bool string(string_t& s) override { return count() && size_ok(s.size()) && memory(kString + s.size()); }
  bool binary(binary_t&) override { return fail("binary values are not JSON"); }
  bool start_object(std::size_t) override { return count() && deeper() && memory(kContainer); }
  bool key(string_t& s) override { return size_ok(s.size()) && memory(kKey + s.size()); }
  bool end_object() override { --depth_; return true; }
  bool start_array(std::size_t) override { return count() && deeper() && memory(kContainer); }
  bool end_array() override { --depth_; return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    // ex.what() reads "[json.exception.parse_error.101] parse error at line 1, column 3: ..."; keep the
    // human part after the tag.
    std::string what = ex.what();
    const size_t close = what.find("] ");
    if (close != std::string::npos) what = what.substr(close + 2);
    return fail("not valid JSON (byte " + std::to_string(position) + "): " + what);
  }

 private:
  bool fail(std::string e) {
    if (error.empty()) error = std::move(e);
    return false;
  }
  bool count() {
    if (++values_ > limits_.max_values) return fail("too many JSON values (limit " + std::to_string(limits_.max_values) + ")");
    dom_bytes_ += kValue;
    return true;
  }
  // What the parsed document will take in memory, estimated from nlohmann's layout (a 16-byte value per
  // slot, a heap vector or map per container, a map node per key, a heap string per string): a file of
  // millions of empty values is small on disk but huge parsed, and is refused before it is built.
  static constexpr size_t kValue = 16, kContainer = 48, kString = 32, kKey = 64;
  bool memory(size_t n) {
    dom_bytes_ += n;
    if (dom_bytes_ > limits_.max_parsed_bytes)
      return fail("the file would take more than " + std::to_string(limits_.max_parsed_bytes >> 20) +
                  " MB of memory once read (too many values for its size)");
    return true;
  }
  bool deeper() {
    if (++depth_ > limits_.max_depth) return fail("JSON nested deeper than " + std::to_string(limits_.max_depth) + " levels");
    return true;
  }
  bool size_ok(size_t n) {
    const size_t cap = std::max(limits_.max_article_bytes, limits_.max_note_bytes);
    if (n > cap) return fail("a string of " + std::to_string(n) + " bytes is larger than any field allows");
    return true;
  }
  const WebAnnoLimits& limits_;
  size_t depth_ = 0;
  size_t values_ = 0;
  size_t dom_bytes_ = 0;
};

// Field readers: each returns false and sets `err` on a type or size problem. `where` names the item.
struct Reader {
  const WebAnnoLimits& limits;
  std::string err;

  bool fail(const std::string& where, const std::string& what) {
    if (err.empty()) err = where + ": " + what;
    return false;
  }

  // Optional string field (absent -> ""), at most max bytes, clean UTF-8 (JSON strings may carry \u0000).
  // Returns the checked string in *found (nullptr when absent).
  bool check_str(const json& o, const char* key, const std::string** found, size_t max, const std::string& where,
                 bool required) {
    *found = nullptr;
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
      if (required) return fail(where, std::string("missing \"") + key + "\"");
      return true;
    }
    if (!it->is_string()) return fail(where, std::string("\"") + key + "\" must be a string");
    const std::string& s = it->get_ref<const std::string&>();
    if (s.size() > max)
      return fail(where, std::string("\"") + key + "\" is " + std::to_string(s.size()) + " bytes (limit " +
                             std::to_string(max) + ")");
    if (!utf8::is_clean(s)) return fail(where, std::string("\"") + key + "\" holds a NUL character");
    *found = &s;
    return true;
  }

  bool str(const json& o, const char* key, std::string& out, size_t max, const std::string& where, bool required = false) {
    const std::string* s = nullptr;
    if (!check_str(o, key, &s, max, where, required)) return false;
    if (s) out = *s; else out.clear();
    return true;
  }

  // As str(), but moves the string out of the parsed document (article texts: no second copy).
  bool take_str(json& o, const char* key, std::string& out, size_t max, const std::string& where, bool required) {
    const std::string* s = nullptr;
    if (!check_str(o, key, &s, max, where, required)) return false;
    if (s) out = std::move(o[key].get_ref<std::string&>()); else out.clear();
    return true;
  }

  bool u32(const json& o, const char* key, uint32_t& out, const std::string& where) {
    const auto it = o.find(key);
    if (it == o.end()) return fail(where, std::string("missing \"") + key + "\"");
    if (!it->is_number_unsigned()) return fail(where, std::string("\"") + key + "\" must be a non-negative integer");
    const uint64_t v = it->get<uint64_t>();
    if (v > 0xFFFFFFFFull) return fail(where, std::string("\"") + key + "\" is out of range");
    out = uint32_t(v);
    return true;
  }
};

// "type" (or "@type") is the given string, or an array holding it.
bool has_type(const json& o, const char* type) {
  for (const char* key : {"type", "@type"}) {
    const auto it = o.find(key);
    if (it == o.end()) continue;
    if (it->is_string() && it->get_ref<const std::string&>() == type) return true;
    if (it->is_array())
      for (const json& t : *it)
        if (t.is_string() && t.get_ref<const std::string&>() == type) return true;
  }
  return false;
}

bool context_ok(const json& root) {
  const auto it = root.find("@context");
  if (it == root.end()) return false;
  if (it->is_string()) return it->get_ref<const std::string&>() == kWebAnnoContext;
  if (it->is_array())
    for (const json& c : *it)
      if (c.is_string() && c.get_ref<const std::string&>() == kWebAnnoContext) return true;
  return false;
}

bool known_motivation(const std::string& m) {
  static const char* kW3C[] = {"assessing",  "bookmarking", "classifying", "commenting", "describing",
                               "editing",    "highlighting", "identifying", "linking",    "moderating",
                               "questioning", "replying",    "tagging"};
  for (const char* k : kW3C)
    if (m == k) return true;
  return m.find(':') != std::string::npos;  // an extension motivation is a prefixed term or an IRI
}

bool read_article(Reader& r, json& o, size_t index, ArticleRecord& a) {
  const std::string where = "article #" + std::to_string(index + 1);
  if (!o.is_object()) return r.fail(where, "must be an object");
  const size_t s = r.limits.max_short_bytes;
  return r.str(o, "id", a.meta.id, s, where, true) && r.str(o, "title", a.meta.title, s * 16, where) &&
         r.str(o, "source", a.meta.source, s, where) && r.str(o, "date", a.meta.date, s, where) &&
         r.str(o, "url", a.url, s * 4, where) && r.take_str(o, "text", a.text, r.limits.max_article_bytes, where, true) &&
         (!a.meta.id.empty() || r.fail(where, "empty id")) &&
         (a.meta.date.empty() || looks_like_iso8601(a.meta.date) || r.fail(where, "date is not ISO 8601"));
}

bool read_selectors(Reader& r, const json& sel, Annotation& a, const std::string& where) {
  std::vector<const json*> list;
  if (sel.is_object()) list.push_back(&sel);
  else if (sel.is_array()) for (const json& s : sel) list.push_back(&s);
  else return r.fail(where, "\"selector\" must be an object or an array");
  if (list.size() > 16) return r.fail(where, "too many selectors");
  bool have_quote = false, have_pos = false;
  for (const json* s : list) {
    if (!s->is_object()) return r.fail(where, "a selector must be an object");
    if (has_type(*s, "TextQuoteSelector")) {
      if (have_quote) return r.fail(where, "two TextQuoteSelectors");
      have_quote = true;
      if (!r.str(*s, "exact", a.quote.exact, r.limits.max_quote_bytes, where, true) ||
          !r.str(*s, "prefix", a.quote.prefix, r.limits.max_context_bytes, where) ||
          !r.str(*s, "suffix", a.quote.suffix, r.limits.max_context_bytes, where))
        return false;
    } else if (has_type(*s, "TextPositionSelector")) {
      if (have_pos) return r.fail(where, "two TextPositionSelectors");
      have_pos = true;
      if (!r.u32(*s, "start", a.position.start, where) || !r.u32(*s, "end", a.position.end, where)) return false;
      if (a.position.start > a.position.end) return r.fail(where, "TextPositionSelector start is after its end");
    }
    // Other selector kinds (CSS, XPath, ranges) say nothing about plain text: ignored.
  }
  if (!have_quote) return r.fail(where, "no TextQuoteSelector in the target");
  if (!have_pos) {
    // Anchoring finds it by the quote; the position only has to be consistent.
    a.position.start = 0;
    a.position.end = uint32_t(utf8::count_codepoints(a.quote.exact));
  }
  return true;
}

bool read_body(Reader& r, const json& body, Annotation& a, const std::string& where) {
  std::vector<const json*> list;
  if (body.is_object()) list.push_back(&body);
  else if (body.is_array()) for (const json& b : body) list.push_back(&b);
  else return r.fail(where, "\"body\" must be an object or an array of TextualBody objects");
  if (list.size() > r.limits.max_tags + 16) return r.fail(where, "too many bodies");
  for (const json* b : list) {
    if (!b->is_object() || !has_type(*b, "TextualBody"))
      return r.fail(where, "only TextualBody bodies are supported");
    std::string value, purpose;
    if (!r.str(*b, "value", value, r.limits.max_note_bytes, where, true) ||
        !r.str(*b, "purpose", purpose, r.limits.max_short_bytes, where))
      return false;
    if (purpose == "tagging") {
      if (value.empty()) return r.fail(where, "an empty tag");
      if (value.size() > r.limits.max_short_bytes) return r.fail(where, "a tag longer than " + std::to_string(r.limits.max_short_bytes) + " bytes");
      if (a.tags.size() >= r.limits.max_tags) return r.fail(where, "more than " + std::to_string(r.limits.max_tags) + " tags");
      a.tags.push_back(std::move(value));
    } else {
      // commenting, describing, no purpose...: all are the note; several are joined.
      if (!a.note.empty()) a.note += "\n\n";
      a.note += value;
      if (a.note.size() > r.limits.max_note_bytes)
        return r.fail(where, "the note is larger than " + std::to_string(r.limits.max_note_bytes) + " bytes");
    }
  }
  return true;
}

bool read_annotation(Reader& r, const json& o, size_t index, const std::unordered_map<std::string, std::string>& article_by_url,
                     Annotation& a, bool& machine) {
  std::string where = "annotation #" + std::to_string(index + 1);
  if (!o.is_object()) return r.fail(where, "must be an object");
  if (!has_type(o, "Annotation")) return r.fail(where, "\"type\" must be \"Annotation\"");
  machine = o.contains("lede:kind");
  if (machine) return true;  // lede's own machine highlights: recomputed by analysis, not imported

  std::string iri;
  if (!r.str(o, "id", iri, r.limits.max_short_bytes, where, true)) return false;
  const std::string prefix = kAnnotationPrefix;
  a.id = iri.compare(0, prefix.size(), prefix) == 0 ? iri_decode(iri.substr(prefix.size())) : iri;
  where += " (" + a.id.substr(0, 64) + ")";
  if (a.id.empty()) return r.fail(where, "empty id");

  const size_t s = r.limits.max_short_bytes;
  if (!r.str(o, "created", a.created, s, where) || !r.str(o, "modified", a.modified, s, where)) return false;

  if (const auto c = o.find("creator"); c != o.end()) {
    if (c->is_string()) {
      if (!r.str(o, "creator", a.creator, s, where)) return false;
    } else if (c->is_object()) {
      if (!r.str(*c, "name", a.creator, s, where)) return false;
      if (a.creator.empty() && !r.str(*c, "nickname", a.creator, s, where)) return false;
    } else {
      return r.fail(where, "\"creator\" must be a string or an object");
    }
  }

  if (const auto m = o.find("motivation"); m != o.end()) {
    std::vector<const json*> list;
    if (m->is_string()) list.push_back(&*m);
    else if (m->is_array()) for (const json& x : *m) list.push_back(&x);
    else return r.fail(where, "\"motivation\" must be a string or an array of strings");
    if (list.size() > 16) return r.fail(where, "too many motivations");
    for (const json* x : list) {
      if (!x->is_string()) return r.fail(where, "a motivation must be a string");
      const std::string& v = x->get_ref<const std::string&>();
      if (v.size() > 256 || !known_motivation(v)) return r.fail(where, "unknown motivation \"" + v.substr(0, 64) + "\"");
      a.motivations.push_back(v);
    }
  }

  if (const auto b = o.find("body"); b != o.end())
    if (!read_body(r, *b, a, where)) return false;

  if (!r.str(o, "lede:colour", a.colour, 64, where)) return false;
  if (const auto an = o.find("lede:anchor"); an != o.end()) {
    if (!an->is_object()) return r.fail(where, "\"lede:anchor\" must be an object");
    std::string status;
    if (!r.str(*an, "status", status, 64, where, true)) return false;
    if (!parse_anchor_status(status, a.anchor)) return r.fail(where, "unknown anchor status \"" + status.substr(0, 32) + "\"");
    const auto sc = an->find("score");
    if (sc == an->end() || !sc->is_number()) return r.fail(where, "\"lede:anchor\" needs a numeric score");
    const double v = sc->get<double>();
    if (!(v >= 0.0 && v <= 1.0)) return r.fail(where, "anchor score must be within 0..1");
    a.anchor_score = float(v);
  }

  const auto t = o.find("target");
  if (t == o.end()) return r.fail(where, "missing \"target\"");
  if (!t->is_object()) return r.fail(where, "\"target\" must be an object with a source and selectors");
  std::string source;
  if (!r.str(*t, "source", source, s * 4, where, true) || !r.str(*t, "lede:article", a.article_id, s, where))
    return false;
  if (a.article_id.empty()) {
    const std::string ap = kArticlePrefix;
    if (source.compare(0, ap.size(), ap) == 0) a.article_id = iri_decode(source.substr(ap.size()));
    else if (const auto it = article_by_url.find(source); it != article_by_url.end()) a.article_id = it->second;
    else a.article_id = source;  // a foreign annotation of a page lede does not hold (yet)
  }
  const auto sel = t->find("selector");
  if (sel == t->end()) return r.fail(where, "the target has no \"selector\"");
  if (!read_selectors(r, *sel, a, where)) return false;

  const std::string problem = validate_annotation(a);
  if (!problem.empty()) return r.fail(where, problem);
  return true;
}

}  // namespace

static std::string size_text(size_t n) {
  if (n >= (size_t(1) << 20)) return std::to_string(n >> 20) + " MB";
  return std::to_string(n) + " bytes";
}

WebAnnoImport import_webanno(std::string_view text, const WebAnnoLimits& limits) {
  WebAnnoImport result;
  auto refuse = [&](std::string e) {
    WebAnnoImport bad;
    bad.error = std::move(e);
    return bad;
  };
  if (text.size() > limits.max_bytes)
    return refuse("the file is " + size_text(text.size()) + "; the limit is " + size_text(limits.max_bytes));
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);  // editors add BOMs
  {
    LimitSax sax(limits);
    if (!json::sax_parse(text, &sax)) return refuse(sax.error.empty() ? "not valid JSON" : sax.error);
  }
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);  // article texts are moved out of it
  if (root.is_discarded()) return refuse("not valid JSON");
  if (!root.is_object()) return refuse("not a Web Annotation file: the top level must be a JSON object");
  if (!context_ok(root)) return refuse(std::string("not a Web Annotation file: \"@context\" must be \"") + kWebAnnoContext + "\"");
  if (!has_type(root, "AnnotationCollection"))
    return refuse("not an AnnotationCollection: \"type\" must be \"AnnotationCollection\"");

  Reader r{limits, {}};
  // Articles.
  std::vector<ArticleRecord> articles;
  std::unordered_map<std::string, size_t> article_cp;  // id -> code points of its text
  std::unordered_map<std::string, std::string> article_by_url;  // for foreign annotations without lede:article
  if (const auto arts = root.find("lede:articles"); arts != root.end()) {  // (non-const: texts are moved)
    if (!arts->is_array()) return refuse("\"lede:articles\" must be an array");
    if (arts->size() > limits.max_articles)
      return refuse("too many articles: " + std::to_string(arts->size()) + " (limit " + std::to_string(limits.max_articles) + ")");
    articles.reserve(arts->size());
    for (size_t i = 0; i < arts->size(); ++i) {
      ArticleRecord a;
      if (!read_article(r, (*arts)[i], i, a)) return refuse(r.err);
      if (!article_cp.emplace(a.meta.id, utf8::count_codepoints(a.text)).second)
        return refuse("article #" + std::to_string(i + 1) + ": duplicate id \"" + a.meta.id.substr(0, 64) + "\"");
      if (!a.url.empty()) article_by_url.emplace(a.url, a.meta.id);
      articles.push_back(std::move(a));
    }
  }

  // Annotations: an embedded first page, or items directly on the collection.
  const json* items = nullptr;
  if (const auto first = root.find("first"); first != root.end()) {
    if (first->is_string()) return refuse("paged collections (\"first\" as a link) are not supported: pages must be embedded");
    if (!first->is_object() || !has_type(*first, "AnnotationPage"))
      return refuse("\"first\" must be an AnnotationPage object");
    if (first->contains("next")) return refuse("collections with more than one page are not supported");
    const auto it = first->find("items");
    if (it == first->end() || !it->is_array()) return refuse("the AnnotationPage needs an \"items\" array");
    items = &*it;
  } else if (const auto it = root.find("items"); it != root.end()) {
    if (!it->is_array()) return refuse("\"items\" must be an array");
    items = &*it;
  }
  std::vector<Annotation> annotations;
  size_t machine_skipped = 0;
  if (items) {
    if (items->size() > limits.max_annotations)
      return refuse("too many annotations: " + std::to_string(items->size()) + " (limit " +
                    std::to_string(limits.max_annotations) + ")");
    std::unordered_set<std::string> ids;
    annotations.reserve(items->size());
    for (size_t i = 0; i < items->size(); ++i) {
      Annotation a;
      bool machine = false;
      if (!read_annotation(r, (*items)[i], i, article_by_url, a, machine)) return refuse(r.err);
      if (machine) { ++machine_skipped; continue; }
      if (!ids.insert(a.id).second) return refuse("annotation #" + std::to_string(i + 1) + ": duplicate id \"" + a.id.substr(0, 64) + "\"");
      // Orphans keep the selectors of an older text, which may well reach past the current one.
      if (const auto art = article_cp.find(a.article_id);
          art != article_cp.end() && a.anchor != AnchorStatus::Orphan && a.position.end > art->second)
        return refuse("annotation #" + std::to_string(i + 1) + " (" + a.id.substr(0, 64) + "): its position (" +
                      std::to_string(a.position.start) + ".." + std::to_string(a.position.end) +
                      ") is past the end of article \"" + a.article_id.substr(0, 64) + "\" (" +
                      std::to_string(art->second) + " characters)");
      annotations.push_back(std::move(a));
    }
  }

  result.ok = true;
  result.articles = std::move(articles);
  result.annotations = std::move(annotations);
  result.machine_skipped = machine_skipped;
  return result;
}

}  // namespace lede
