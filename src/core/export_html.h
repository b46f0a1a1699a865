// export_html.h — an article as an accessible HTML file: what the canvas cannot tell a screen reader.
//
//     std::string html = lede::export_html(doc, "Flood toll rises", "Lede Wire · 2026-03-04");
//
// Follows displaCy's convention: each span is a <mark> whose kind is visible text inside it
// (<mark class="person">Tomasz Reyes <span class="label">person: Tomasz Reyes</span></mark>), so
// meaning never depends on colour and a screen reader reads the label. Quotes are <mark class="quote">
// with the speaker as label; entity and number marks nest inside them. Paragraphs become <p>.
// Everything is escaped; the file has no script and loads nothing.
#pragma once
#include <string>
#include <string_view>

#include "core/document.h"

namespace lede {

std::string export_html(const Document& doc, std::string_view title, std::string_view byline = "");

}  // namespace lede
