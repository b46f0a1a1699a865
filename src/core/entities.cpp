// Placeholder: runs of capitalised words not starting a sentence. Replaced by the full recogniser.
#include "core/entities.h"

#include <map>
#include <string>

namespace lede {

void find_entities(Document& doc) {
  doc.mentions.clear();
  doc.entities.clear();
  std::map<std::string, int32_t> ids;
  const auto& tk = doc.tokens;
  for (size_t i = 0; i < tk.size();) {
    if (tk[i].kind != TokenKind::Word || !tk[i].has(kCapitalised) || tk[i].has(kSentenceStart)) { ++i; continue; }
    size_t j = i + 1;
    while (j < tk.size() && tk[j].kind == TokenKind::Word && tk[j].has(kCapitalised) && !tk[j].has(kPossessive)) ++j;
    Mention m;
    m.span = {tk[i].span.begin, tk[j - 1].span.end};
    std::string name(doc.slice(m.span));
    auto it = ids.find(name);
    if (it == ids.end()) {
      it = ids.emplace(name, int32_t(doc.entities.size())).first;
      Entity e;
      e.canonical = name;
      doc.entities.push_back(e);
    }
    m.entity = it->second;
    doc.entities[size_t(m.entity)].mentions.push_back(uint32_t(doc.mentions.size()));
    doc.mentions.push_back(m);
    i = j;
  }
}

}  // namespace lede
