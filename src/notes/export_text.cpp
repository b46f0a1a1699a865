#include "notes/export_text.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/text/utf8.h"

namespace lede {

// ---- Markdown -----------------------------------------------------------------------------------------
static std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

// Text from titles, notes, tags and articles must stay text in notes apps that render Markdown as HTML:
// a backslash before each character that could open HTML (< > &), a link or image ([ ]), a code span (`),
// or undo one of these escapes (\). CommonMark shows "\<" as "<", so the reader sees the same text.
static std::string md_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\' || c == '<' || c == '>' || c == '&' || c == '[' || c == ']' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

// Only http, https and mailto links are written as links; any other scheme (javascript:, data:, file:)
// and anything an autolink cannot hold is written as escaped text.
static bool safe_link(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://") && !starts("mailto:")) return false;
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == 0x7f) return false;
  return true;
}

// A line of quoted text that must stay text: escape what would start a heading, list, quote or rule.
static std::string escape_line_start(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::string out(line.substr(0, i));
  if (i < line.size()) {
    const char c = line[i];
    if (c == '#' || c == '>' || c == '-' || c == '+' || c == '*' || c == '=' || c == '|') {
      out += '\\';
    } else if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
      if (j < line.size() && (line[j] == '.' || line[j] == ')')) {
        out.append(line.substr(i, j - i));
        out += '\\';
        i = j;
      }
    }
  }
  out.append(line.substr(i));
  return out;
}

static void blockquote(std::string& out, std::string_view text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(start, nl - start);
    out += line.empty() ? ">" : "> " + escape_line_start(md_escape(line));
    out += '\n';
    start = nl + 1;
  }
}

static std::string hashtag(std::string_view tag) {
  std::string out = "#";
  for (char c : tag) out += (c == ' ' || c == '\t' || c == '\n' || c == '#') ? '-' : c;
  return "#" + md_escape(std::string_view(out).substr(1));
}

static void markdown_annotation(std::string& out, const Annotation& a) {
  blockquote(out, a.quote.exact);
  out += '\n';
  if (!a.note.empty()) {
    // Line by line, so a note line never becomes a heading, a list or a quote of its own.
    size_t start = 0;
    while (start < a.note.size()) {
      size_t nl = a.note.find('\n', start);
      if (nl == std::string::npos) nl = a.note.size();
      out += escape_line_start(md_escape(std::string_view(a.note).substr(start, nl - start)));
      out += '\n';
      start = nl + 1;
    }
    out += '\n';
  }
  if (!a.tags.empty()) {
    for (size_t i = 0; i < a.tags.size(); ++i) out += (i ? " " : "") + hashtag(a.tags[i]);
    out += "\n\n";
  }
}

std::string export_markdown(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations) {
  std::unordered_map<std::string, std::vector<const Annotation*>> by_article;
  for (const Annotation& a : annotations) by_article[a.article_id].push_back(&a);
  std::string out;
  for (const ArticleRecord& art : articles) {
    if (!out.empty()) out += "\n";
    out += "# " + (art.meta.title.empty() ? std::string("Untitled") : md_escape(one_line(art.meta.title))) + "\n\n";
    std::vector<std::string> meta;
    if (!art.meta.source.empty()) meta.push_back(md_escape(one_line(art.meta.source)));
    if (!art.meta.date.empty()) meta.push_back(md_escape(one_line(art.meta.date)));
    if (!art.url.empty()) meta.push_back(safe_link(art.url) ? "<" + art.url + ">" : md_escape(one_line(art.url)));
    if (!meta.empty()) {
      for (size_t i = 0; i < meta.size(); ++i) out += (i ? " · " : "") + meta[i];
      out += "\n\n";
    }
    auto it = by_article.find(art.meta.id);
    if (it == by_article.end()) continue;
    std::vector<const Annotation*> list = it->second;
    std::stable_sort(list.begin(), list.end(), [](const Annotation* x, const Annotation* y) {
      if (x->orphan() != y->orphan()) return !x->orphan();
      return x->position.start < y->position.start;
    });
    bool orphans_started = false;
    for (const Annotation* a : list) {
      if (a->orphan() && !orphans_started) {
        out += "## Orphaned annotations\n\n_Their text is no longer found in the article._\n\n";
        orphans_started = true;
      }
      markdown_annotation(out, *a);
    }
  }
  return out;
}

std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : md_escape(one_line(s))) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// ---- CSV ------------------------------------------------------------------------------------------------
std::string csv_field(std::string_view s, bool guard_formula) {
  std::string v;
  if (guard_formula && !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t'))
    v += '\'';
  v.append(s);
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) {
    if (c == '"') q += '"';
    q += c;
  }
  q += '"';
  return q;
}

namespace {
// Builds one CSV row from fields already rendered by csv_field or as plain numbers.
struct Row {
  std::string& out;
  bool first = true;
  Row& text(std::string_view s) { return raw(csv_field(s)); }
  Row& num(uint64_t n) { return raw(std::to_string(n)); }
  Row& raw(const std::string& s) {
    if (!first) out += ',';
    first = false;
    out += s;
    return *this;
  }
  ~Row() { out += "\r\n"; }
};

void header_row(std::string& out, std::initializer_list<const char*> names) {
  Row r{out};
  for (const char* n : names) r.raw(n);
}

std::string number_text(double v) { return nlohmann::json(v).dump(); }  // shortest round-trip form
}  // namespace

std::string csv_annotations(const std::vector<ArticleRecord>& articles, const std::vector<Annotation>& annotations,
                            bool header) {
  std::unordered_map<std::string, const ArticleRecord*> by_id;
  for (const ArticleRecord& a : articles) by_id.emplace(a.meta.id, &a);
  std::string out;
  if (header)
    header_row(out, {"annotation_id", "article_id", "article_title", "start", "end", "exact", "note", "tags", "colour",
                     "motivations", "creator", "created", "modified", "anchor"});
  for (const Annotation& a : annotations) {
    const auto it = by_id.find(a.article_id);
    std::string tags, motivations;
    for (size_t i = 0; i < a.tags.size(); ++i) tags += (i ? "; " : "") + a.tags[i];
    for (size_t i = 0; i < a.motivations.size(); ++i) motivations += (i ? "; " : "") + a.motivations[i];
    Row r{out};
    r.text(a.id).text(a.article_id).text(it != by_id.end() ? it->second->meta.title : "");
    r.num(a.position.start).num(a.position.end);
    r.text(a.quote.exact).text(a.note).text(tags).text(a.colour).text(motivations).text(a.creator);
    r.text(a.created).text(a.modified).text(to_string(a.anchor));
  }
  return out;
}

std::string csv_entities(const Document& doc, std::string_view article_id, bool header) {
  const utf8::CodepointIndex cpi(doc.text);
  std::string out;
  if (header) header_row(out, {"article_id", "start", "end", "text", "type", "entity", "canonical"});
  for (const Mention& m : doc.mentions) {
    const bool linked = m.entity >= 0 && size_t(m.entity) < doc.entities.size();
    Row r{out};
    r.text(article_id).num(cpi.to_codepoint(m.span.begin)).num(cpi.to_codepoint(m.span.end));
    r.text(doc.slice(m.span)).text(to_string(m.type));
    r.text(linked ? "E" + std::to_string(m.entity) : "");
    r.text(linked ? doc.entities[size_t(m.entity)].canonical : std::string(doc.slice(m.span)));
  }
  return out;
}

std::string csv_quotes(const Document& doc, std::string_view article_id, bool header) {
  const utf8::CodepointIndex cpi(doc.text);
  std::string out;
  if (header) header_row(out, {"article_id", "start", "end", "kind", "text", "speaker", "cue"});
  for (const Quote& q : doc.quotes) {
    Row r{out};
    r.text(article_id).num(cpi.to_codepoint(q.span.begin)).num(cpi.to_codepoint(q.span.end));
    r.text(to_string(q.kind)).text(doc.slice(q.span)).text(q.speaker).text(q.cue);
  }
  return out;
}

std::string csv_numbers(const Document& doc, std::string_view article_id, bool header) {
  const utf8::CodepointIndex cpi(doc.text);
  std::string out;
  if (header)
    header_row(out, {"article_id", "start", "end", "text", "type", "value", "value_max", "normalized", "unit", "hedge",
                     "counted", "source"});
  for (const NumberMention& n : doc.numbers) {
    Row r{out};
    r.text(article_id).num(cpi.to_codepoint(n.span.begin)).num(cpi.to_codepoint(n.span.end));
    r.text(doc.slice(n.span)).text(to_string(n.type));
    const NumberDetail& x = doc.detail(n);
    r.raw(n.has_value ? number_text(n.value) : "").raw(n.is_range ? number_text(x.value_max) : "");
    r.text(doc.str(n.normalized)).text(doc.str(n.unit)).text(doc.str(x.hedge)).text(doc.str(x.counted));
    r.text(doc.str(x.source));
  }
  return out;
}

}  // namespace lede
