// markdown_text.h — an imported Markdown file as the plain text lede analyses and shows, plus its title.
//
//     lede::MarkdownText m = lede::markdown_to_text(lede::decode_text(file_bytes).text);
//     // "# Flood toll rises\n\nAt least **40** died, 2 * 3 [officials](http://x) said."
//     // m.title == "Flood toll rises"
//     // m.text  == "At least 40 died, 2 * 3 officials said."
//
// What goes: ATX heading marks (the first heading becomes the title and leaves the text; later ones stay as
// lines), emphasis delimiters, code-span backticks, link and image syntax (the link text and the alt text stay),
// block-quote '>' and list bullets ("- ", "* ", "+ "), thematic breaks (---, ***, ___ lines become blank),
// backslash escapes (\* is a literal *). What stays: everything else, numbered lists, inline HTML, and fenced
// code blocks verbatim (only their fence lines go).
//
// Emphasis follows CommonMark's flanking rule, so arithmetic and identifiers survive: a * or _ run opens
// emphasis only before a non-space, closes only after one, and a _ never opens or closes inside a word.
// "2 * 3" and "snake_case_name" stay as written; "**bold**", "*it*" and "_it_" lose their marks. A delimiter
// with no partner in its line stays as text. Inline syntax never spans lines.
//
// Linear: every line is scanned a constant number of times; link closes and code-span closes are found
// through indexes built once per line, never by rescanning.
#pragma once
#include <string>
#include <string_view>

namespace lede {

struct MarkdownText {
  std::string title;  // the first heading's text, "" when the file has none
  std::string text;   // the rest, LF line ends, no trailing newlines
};

// title_stays_in_text: the first heading is the title AND stays the text's first line (the app imports it so:
// nothing is cut from what is analysed, and the reader lays the headline out as the heading).
MarkdownText markdown_to_text(std::string_view md, bool title_stays_in_text = false);

}  // namespace lede
