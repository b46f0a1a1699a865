// ner_model_file.cpp — the embedded model's bytes into the core (see ner_model_file.h).
#include "platform/worker/ner_model_file.h"

#include <algorithm>
#include <fstream>

#include "core/entities/tagger/ner_model.h"

namespace lede::platform {

std::string load_embedded_ner_model() {
  std::ifstream in(kNerModelPath, std::ios::binary);
  // Hosted worker: a failed fetch (ner_model_fetch.js) leaves no file; the one-file build always embeds it.
  if (!in) return "the name-tagger model (lede-ner.bin, beside lede.wasm) could not be loaded: it is missing from this build or the server";
  // One read of the whole file: `stream << rdbuf()` went a character at a time (a few hundred ms of start-up
  // for the 2.3 MB model in the web build).
  in.seekg(0, std::ios::end);
  std::string bytes(size_t(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(bytes.data(), std::streamsize(bytes.size()));
  if (!in) return "the name-tagger model (lede-ner.bin) could not be read";
  const std::string err = load_ner_model(bytes);
  return err.empty() ? err : "the name-tagger model cannot be used: " + err;
}

}  // namespace lede::platform
