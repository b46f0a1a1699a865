// local_analysis.cpp — see local_analysis.h.
#include "app/state/local_analysis.h"

#include "app/state/app_state.h"
#include "core/analyse.h"
#include "core/numbers/date_resolve.h"

namespace lede::app {

void analyse_article(Article& a) {
  a.doc = analyse(a.body);
  if (!a.date.empty()) resolve_dates(a.doc, a.date);
  a.analysed = true;
}

}  // namespace lede::app
