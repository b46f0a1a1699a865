// ner_model_file.cpp — the embedded model's bytes into the core (see ner_model_file.h).
#include "platform/ner_model_file.h"

#include <fstream>
#include <sstream>

#include "core/entities/tagger/ner_model.h"

namespace lede::platform {

std::string load_embedded_ner_model() {
  std::ifstream in(kNerModelPath, std::ios::binary);
  // Hosted page: a failed fetch (ner_model_fetch.js) leaves no file; the one-file build always embeds it.
  if (!in) return "the name-tagger model (lede-ner.bin, beside lede.wasm) could not be loaded: it is missing from this build or the server";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string err = load_ner_model(bytes.str());
  return err.empty() ? err : "the name-tagger model cannot be used: " + err;
}

}  // namespace lede::platform
