// analysis.h — articles are analysed off the main thread: the app asks, the platform answers later.
//
// The web platform runs the analysis in a Web Worker (src/platform/worker/, web/analysis.js), so the UI
// keeps drawing while a 20 MB article is analysed, and a crash or out-of-memory in the analysis ends the
// worker, never the app; the page's own wasm does not even carry the analysis. Without a worker (native
// builds and their tests) request_analysis() analyses at once, through PlatformOps::analyse_here
// (local_analysis.h).
//
//     request_analysis(st, i);           // open article first: call it for the article being shown
//     // ... frames go on; the article shows as plain text with "Analysing…" ...
//     platform: analysis_arrived(st, id, generation, encoded_bytes, release);   // document_codec.h bytes
//           or: analysis_failed(st, id, generation, "out of memory");
//     each frame: analysis_take_in(st, budget_ms);   // decodes arrived answers a slice at a time
//     cancel_analysis(st, i);            // the user gave up waiting (an import: the article is removed)
//
// An article whose analysis failed keeps its text (shown plain, with the message); the user can retry
// or delete it. The platform remembers failures across reloads, so a restart never re-runs an analysis
// that failed (no crash loop); retry=true asks again on purpose.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/document_codec.h"

namespace lede::app {

struct AppState;
struct Article;

// Sets a.doc to the plain text (no layers) so the reader can show it while the analysis runs.
void show_plain(Article& a);
// a.body was replaced: drops the analysis (an answer still on its way is ignored) and shows the new text.
void body_changed(Article& a);
// Starts article i's analysis unless it is analysed or already on its way. front: ahead of other work.
void request_analysis(AppState& st, int index, bool front = true, bool retry = false);
// The platform's answer, taken in over as many frames as it needs (analysis_take_in): a 20 MB article's
// answer (tens of MB) decoded in one go was a 0.4 s frame. The bytes stay the platform's: they must stay valid
// until release(bytes.data()) is called (when decoded, refused or no longer wanted; release may be null).
void analysis_arrived(AppState& st, const std::string& id, int generation, std::string_view encoded,
                      void (*release)(const char*));
// The same, decoded at once (tests).
void analysis_done(AppState& st, const std::string& id, int generation, std::string_view encoded);
// Decodes arrived answers for about budget_ms (at least one slice), in the order they came; an answer
// decoded in full replaces the article's plain text; one refused as damaged or too large for the memory left
// (PlatformOps::memory_free) leaves it plain with the reason. The app calls it once a frame.
void analysis_take_in(AppState& st, double budget_ms);
// An answer being decoded: its bytes (released when it is dropped) and how far the decoder is.
struct IncomingAnalysis {
  struct Release {
    void (*fn)(const char*) = nullptr;
    void operator()(const char* p) const {
      if (fn) fn(p);
    }
  };
  std::string id;
  int generation = 0;
  std::unique_ptr<const char, Release> bytes;
  DocumentDecoder decoder;
};

void analysis_failed(AppState& st, const std::string& id, int generation, const std::string& message);
// Stops waiting for article i (the platform restarts its worker); an import still being analysed is
// removed from the library (soft delete: Undo brings it back).
void cancel_analysis(AppState& st, int index);
// How far article a's analysis probably is, 0..1 (never 1 while running): an estimate from the time since
// the request and the speed measured on earlier answers (the worker reports no steps inside one analysis).
double analysis_seconds(const Article& a);  // since the request
float analysis_progress(const Article& a);
// Articles whose analysis is on its way (the status bar and tests read it).
int analyses_pending(const AppState& st);

}  // namespace lede::app
