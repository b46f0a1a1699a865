#include "core/analyse.h"

#include "core/entities.h"
#include "core/numbers.h"
#include "core/quotes.h"
#include "core/sentences.h"
#include "core/tokenizer.h"
#include "core/utf8.h"

namespace lede {

Document analyse(std::string_view text) {
  Document doc;
  doc.text = utf8::repair(text);
  tokenize(doc);
  split_sentences(doc);
  find_numbers(doc);
  find_entities(doc);
  find_quotes(doc);
  attach_number_sources(doc);
  return doc;
}

}  // namespace lede
