// text_import.h — the bytes of an imported plain-text file -> the title and text lede keeps, or why it
// refuses the file. The same rules wherever it runs: the app on the main thread (small files), the
// analysis Web Worker for large ones (src/platform/worker/), so a 20 MB file is decoded off the UI thread.
//
//     lede::TextImport t = lede::import_plain_text(file_bytes, "notes.txt");
//     if (!t.ok()) show(t.error);                 // "notes.txt: this is a PNG image, not a text file. …"
//     else add_article(t.title, t.text);          // t.text: valid UTF-8, LF line ends, leading blank lines gone
//     if (t.replacements) note(t.replacements, "character(s) could not be read and show as �");
//
// Refused: an empty file, a known binary signature (binary_sniff.h), too many undecodable characters, a
// file with no visible text. Nothing is cut from the text: the title is its first line when that looks like
// a headline, else its first sentence (title_guess.h), else the file name. Linear in the file's size.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

struct TextImport {
  std::string error;        // "" when the file was read
  std::string title, text;  // UTF-8
  size_t replacements = 0;  // characters that could not be read (shown as U+FFFD)
  bool ok() const { return error.empty(); }
};

TextImport import_plain_text(std::string_view bytes, std::string_view name);

}  // namespace lede
