// local_analysis.h — the analysis run here and now, on this thread: for builds without an analysis worker
// (the natively built app logic, lede_app_logic, and its tests).
//
//     st.user.ops.analyse_here = analyse_article;   // native harness (tests/app/userdata/fake_storage.h)
//     request_analysis(st, i);                      // analysis.h: then analyses at once, through the op
//
// The web page never compiles this file (cmake/web_app.cmake leaves it out): its wasm carries no analysis
// (entities, tagger, gazetteers, finders), which runs in the worker's module alone (src/platform/worker/).
#pragma once

namespace lede::app {

struct Article;

// Runs the analysis on a.body and, when the article has a (user-confirmed) date, resolves its relative
// dates against it ("Tuesday" -> 2025-07-08; date_resolve.h), as the page does with the worker's answer.
void analyse_article(Article& a);

}  // namespace lede::app
