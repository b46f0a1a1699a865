// nicknames.cpp — a nickname in quote marks inside a person's name (see the header).
#include "core/text/nicknames.h"

#include <string_view>

namespace lede {
namespace {

bool double_mark(const Document& doc, uint32_t k) {
  const std::string_view m = doc.token_text(k);
  return m == "\"" || m == "\xE2\x80\x9C" || m == "\xE2\x80\x9D";  // " “ ”
}

}  // namespace

uint32_t nickname_close(const Document& doc, uint32_t open) {
  const auto& tk = doc.tokens;
  auto capitalised = [&](uint32_t k) {
    return tk[k].kind == TokenKind::Word && tk[k].has(kCapitalised) && !tk[k].has(kNewlineBefore);
  };
  if (open == 0 || open + 3 >= tk.size() || !double_mark(doc, open) || !tk[open].has(kSpaceBefore) ||
      tk[open].has(kNewlineBefore) || !capitalised(open - 1))
    return 0;
  // one or two words: the first glued to the opening mark, a second after a space, the closing mark glued
  for (uint32_t k = open + 1; k <= open + 3 && k + 1 < tk.size(); ++k) {
    if (k > open + 1 && double_mark(doc, k)) {
      const bool ends = !tk[k].has(kSpaceBefore) && !tk[k].has(kNewlineBefore) && tk[k + 1].has(kSpaceBefore) &&
                        capitalised(k + 1);
      return ends ? k : 0;
    }
    if (!capitalised(k) || tk[k].has(kSpaceBefore) != (k > open + 1)) return 0;
  }
  return 0;
}

}  // namespace lede
