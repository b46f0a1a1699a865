// text_import.cpp — see text_import.h.
#include "core/text/text_import.h"

#include "core/text/binary_sniff.h"
#include "core/text/text_decode.h"
#include "core/text/title_guess.h"

namespace lede {

TextImport import_plain_text(std::string_view bytes, std::string_view name_view) {
  TextImport out;
  const std::string name(name_view);
  if (bytes.empty()) {
    out.error = name + ": the file is empty";
    return out;
  }
  // A picture or archive renamed .txt: refused by its first bytes, or by the share of characters no text has.
  if (const char* kind = binary_signature(bytes)) {
    out.error = name + ": this is a " + kind + ", not a text file. lede reads .txt, .md and .html files.";
    return out;
  }
  DecodedText d = decode_text(bytes);
  if (undecodable_share(d.text) > kMaxUndecodableShare) {
    out.error = name + ": this does not look like a text file (too many unreadable characters). "
                       "lede reads .txt, .md and .html files.";
    return out;
  }
  const size_t body = d.text.find_first_not_of('\n');
  if (body == std::string::npos || d.text.find_first_not_of(" \t\n", body) == std::string::npos) {
    out.error = name + ": no text to read";
    return out;
  }
  d.text.erase(0, body);  // in place: a 20 MB text is not copied again
  out.text = std::move(d.text);
  out.title = guess_title(out.text).title;
  if (out.title.empty()) out.title = name;
  out.replacements = d.replacements;
  return out;
}

}  // namespace lede
