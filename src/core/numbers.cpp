// Placeholder: digits only. Replaced by the full recogniser.
#include "core/numbers.h"

#include <cstdlib>
#include <string>

namespace lede {

void find_numbers(Document& doc) {
  doc.numbers.clear();
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::Number) continue;
    NumberMention m;
    m.span = t.span;
    std::string digits;
    for (char ch : doc.slice(t.span)) if (ch != ',') digits += ch;
    m.value = std::strtod(digits.c_str(), nullptr);
    m.has_value = true;
    doc.numbers.push_back(m);
  }
}

void attach_number_sources(Document&) {}

}  // namespace lede
