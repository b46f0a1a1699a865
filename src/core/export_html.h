// export_html.h — an article as an accessible HTML file: what the canvas cannot tell a screen reader.
//
//     std::string html = lede::export_html(doc, "Flood toll rises", "Lede Wire · 2026-03-04");
//     std::string with = lede::export_html(doc, title, byline, {{"the text marked", "my note", "tag1, tag2"}});
//
// Follows displaCy's convention: each span is a <mark> whose kind is visible text inside it
// (<mark class="person">Tomasz Reyes <span class="label">person: Tomasz Reyes</span></mark>), so
// meaning never depends on colour and a screen reader reads the label. Quotes are <mark class="quote">
// with the speaker as label; entity and number marks nest inside them. Paragraphs become <p>.
// The reader's own notes (the app's annotations, passed in as plain text so the core stays free of them)
// follow the article as a "Your notes" section: each the text it marks, the note and its tags.
// Everything is escaped; the file has no script and loads nothing.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace lede {

struct HtmlNote {
  std::string quote;  // the text the note marks ("" when it could not be placed)
  std::string note;   // what the reader wrote (may be empty: a plain highlight)
  std::string tags;   // comma-separated, or ""
};

std::string export_html(const Document& doc, std::string_view title, std::string_view byline = "",
                        const std::vector<HtmlNote>& notes = {});

}  // namespace lede
