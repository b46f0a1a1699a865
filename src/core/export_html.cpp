#include "core/export_html.h"

#include <algorithm>
#include <vector>

namespace lede {

namespace {

void escape(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

struct Mark {
  ByteSpan span;
  std::string cls, label;
};

const char* entity_class(EntityType t) {
  switch (t) {
    case EntityType::Person: return "person";
    case EntityType::Org: return "organisation";
    case EntityType::Loc: return "place";
    case EntityType::Group: return "group";
  }
  return "entity";
}

std::string number_label(const Document& doc, const NumberMention& n) {
  std::string s = "number: ";
  s += n.normalized == kNoString ? doc.slice(n.span) : doc.str(n.normalized);
  const NumberDetail& x = doc.detail(n);
  if (x.hedge != kNoString) s += ", " + std::string(doc.str(x.hedge));
  if (x.counted != kNoString) s += ", counts " + std::string(doc.str(x.counted));
  if (x.source != kNoString) s += ", source " + std::string(doc.str(x.source));
  return s;
}

// Emits text[b, e) with inner marks (sorted, non-overlapping, inside [b, e)).
void emit_with_marks(std::string& out, const Document& doc, uint32_t b, uint32_t e, const std::vector<Mark>& marks) {
  uint32_t at = b;
  for (const Mark& m : marks) {
    if (m.span.begin < at || m.span.end > e) continue;
    escape(out, doc.slice({at, m.span.begin}));
    out += "<mark class=\"" + m.cls + "\">";
    escape(out, doc.slice(m.span));
    out += " <span class=\"label\">";
    escape(out, m.label);
    out += "</span></mark>";
    at = m.span.end;
  }
  escape(out, doc.slice({at, e}));
}

}  // namespace

std::string export_html(const Document& doc, std::string_view title, std::string_view byline,
                        const std::vector<HtmlNote>& notes) {
  std::vector<Mark> inner;
  for (const Mention& m : doc.mentions) {
    const std::string name = m.entity >= 0 ? doc.entities[size_t(m.entity)].canonical : std::string(doc.slice(m.span));
    inner.push_back({m.span, entity_class(m.type), std::string(entity_class(m.type)) + ": " + name});
  }
  for (const NumberMention& n : doc.numbers) inner.push_back({n.span, "number", number_label(doc, n)});
  std::sort(inner.begin(), inner.end(), [](const Mark& a, const Mark& b) { return a.span.begin < b.span.begin; });
  // Keep marks that do not overlap an earlier one.
  std::vector<Mark> marks;
  for (Mark& m : inner)
    if (marks.empty() || m.span.begin >= marks.back().span.end) marks.push_back(std::move(m));

  std::string out;
  out.reserve(doc.text.size() * 2 + 1024);
  out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  escape(out, title);
  out += "</title>\n<style>\nbody{font:18px/1.6 sans-serif;max-width:40em;margin:2em auto;padding:0 1em}\n"
         "mark{background:#eee;padding:0 .15em;border-radius:3px}\n"
         "mark.person{background:#cfe3ff}mark.organisation{background:#ffe5b4}mark.place{background:#cdeedd}\n"
         "mark.group{background:#eadcff}mark.number{background:#ffd6e7}mark.quote{background:none;border-bottom:2px dotted #b05a00}\n"
         ".label{font-size:.7em;font-weight:bold;text-transform:uppercase;margin-left:.3em}\n</style>\n</head>\n<body>\n<h1>";
  escape(out, title);
  out += "</h1>\n";
  if (!byline.empty()) {
    out += "<p><em>";
    escape(out, byline);
    out += "</em></p>\n";
  }
  for (const Paragraph& p : doc.paragraphs) {
    out += "<p>";
    uint32_t at = p.span.begin;
    for (const Quote& q : doc.quotes) {
      if (q.span.end <= at || q.span.begin >= p.span.end) continue;
      const uint32_t qb = std::max(q.span.begin, at), qe = std::min(q.span.end, p.span.end);
      emit_with_marks(out, doc, at, qb, marks);
      out += "<mark class=\"quote\">";
      emit_with_marks(out, doc, qb, qe, marks);
      out += " <span class=\"label\">";
      escape(out, q.kind == QuoteKind::Phrase ? "phrase" : "quote");
      escape(out, q.speaker.empty() ? std::string(", speaker unknown") : ", " + q.speaker);
      out += "</span></mark>";
      at = qe;
    }
    emit_with_marks(out, doc, at, p.span.end, marks);
    out += "</p>\n";
  }
  if (!notes.empty()) {
    out += "<section aria-labelledby=\"your-notes\">\n<h2 id=\"your-notes\">Your notes</h2>\n<ol>\n";
    for (const HtmlNote& n : notes) {
      out += "<li>";
      if (!n.quote.empty()) {
        out += "<blockquote>";
        escape(out, n.quote);
        out += "</blockquote>";
      } else {
        out += "<p><em>(the marked text is no longer in the article)</em></p>";
      }
      if (!n.note.empty()) {
        out += "<p>";
        escape(out, n.note);
        out += "</p>";
      }
      if (!n.tags.empty()) {
        out += "<p>Tags: ";
        escape(out, n.tags);
        out += "</p>";
      }
      out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace lede
