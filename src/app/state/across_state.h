// across_state.h — state of the "Across" tab (across_panel.cpp): the library-wide index and its views.
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
