#include "core/analyse.h"

#include "core/entities.h"
#include "core/numbers.h"
#include "core/quotes.h"
#include "core/sentences.h"
#include "core/token_features.h"
#include "core/tokenizer.h"
#include "core/utf8.h"

namespace lede {

Document analyse(std::string_view text) {
  Document doc;
  doc.text = utf8::repair(text);
  tokenize(doc);
  split_sentences(doc);
  // One table of what the word lists say about each token, read by the three stages below. Kept per thread
  // and rebuilt for each document, so its vectors keep their capacity from one document to the next.
  thread_local TokenFeatures features;
  features.build(doc);
  find_numbers(doc, features);
  find_entities(doc, features);
  find_quotes(doc, features);
  attach_number_sources(doc);
  return doc;
}

}  // namespace lede
