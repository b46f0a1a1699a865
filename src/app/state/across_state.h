// across_state.h — what the "Across" tab keeps between frames: the library-wide index (core/library/library.h)
// and the views it last computed, so a frame only draws.
//
//     AcrossState& x = st.across;
//     // across_panel.cpp, each frame: rebuild x.library when the articles' ids/dates/sizes (x.signature) changed
//     // (only the new articles when some were just added), recompute x.figures/speakers/entities when
//     // x.views_dirty, run the search when x.query differs from x.last_query.
//     x.merges["bibi"] = "benjamin netanyahu"; save_entity_merges(st);   // a hand merge (Library::entity_key forms)
//
// Who writes what: across_panel.cpp owns everything but the hand merges; those are the user's data, stored as
// the meta record "entity-merges" by userdata/ (which sets merges, merges_rev and views_dirty on load).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/library/library.h"

namespace lede::app {

struct AcrossState {
  Library library;                   // one entry per non-deleted article
  std::vector<int> article_of;       // library article index -> index into AppState::articles
  std::string signature;             // ids, dates and sizes the index was built from
  size_t waiting = 0;                // articles not in the index yet: their analysis is on its way
  std::vector<FigureSeries> figures; // views, recomputed when the index changes
  std::vector<SpeakerIndex> speakers;
  std::vector<LibraryEntity> entities;
  std::map<std::string, std::string> merges;  // hand merges, entity key -> key (stored as meta "entity-merges")
  int merges_rev = 0;                         // storage revision of that record
  bool views_dirty = false;                   // merges changed: recompute the views
  char query[256] = "";
  std::string last_query;
  std::vector<SearchHit> hits;
};

}  // namespace lede::app
