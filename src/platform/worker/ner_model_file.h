// ner_model_file.h — loads the name tagger's model from Emscripten's file system at /assets/models/lede-ner.bin.
//
//     std::string err = lede::platform::load_embedded_ner_model();   // "" when loaded
//     if (!err.empty()) ...                                           // the worker tells the page, which stops
//
// The core takes bytes (lede::load_ner_model in core/entities/tagger/ner_model.h); this reads them from the
// file that the hosted worker module fetches before main() (ner_model_fetch.js) and the one-file build embeds
// (cmake/web_app.cmake: --embed-file). Only the analysis worker loads it: the page analyses nothing.
#pragma once
#include <string>

namespace lede::platform {

constexpr const char* kNerModelPath = "/assets/models/lede-ner.bin";
std::string load_embedded_ner_model();

}  // namespace lede::platform
