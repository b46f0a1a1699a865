#include "core/analyse.h"

#include "core/entities/entities.h"
#include "core/numbers/numbers.h"
#include "core/quotes/quotes.h"
#include "core/text/sentences.h"
#include "core/lexicon/token_features.h"
#include "core/text/tokenizer.h"
#include "core/text/utf8.h"

namespace lede {

Document analyse(std::string_view text) {
  Document doc;
  doc.text = utf8::repair(text);
  tokenize(doc);
  split_sentences(doc);
  // One table of what the word lists say about each token, read by the three stages below. Kept per thread
  // and rebuilt for each document, so its vectors keep their capacity from one small document to the next.
  thread_local TokenFeatures features;
  features.build(doc);
  find_numbers(doc, features);
  find_entities(doc, features);
  find_quotes(doc, features);
  // The table is ~11 bytes per token: after a large document it is freed, not kept beside the Document
  // while the caller encodes or shows it (the app's worker encodes next, inside the same 4 GB of wasm).
  if (doc.text.size() >= (1u << 20)) features.release();
  attach_number_sources(doc);
  return doc;
}

}  // namespace lede
