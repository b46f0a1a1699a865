// ner_model_file.h — loads the name tagger's model from Emscripten's file system at /assets/models/lede-ner.bin.
//
//     std::string err = lede::platform::load_embedded_ner_model();   // "" when loaded
//     if (!err.empty()) window.ledeFatal(err)                         // the app never runs without it
//
// The core takes bytes (lede::load_ner_model in core/entities/tagger/ner_model.h); this reads them from the
// file that the hosted modules fetch before main() (ner_model_fetch.js: one download for the page and its
// worker) and the one-file build embeds (cmake/web_app.cmake: --embed-file), so every module (the app, a Web
// Worker) loads it with this one call.
#pragma once
#include <string>

namespace lede::platform {

constexpr const char* kNerModelPath = "/assets/models/lede-ner.bin";
std::string load_embedded_ner_model();

}  // namespace lede::platform
