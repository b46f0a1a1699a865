// entity_inner.h — names inside longer names (third step of entities.h, after entity_cluster.h).
//
//     lede::find_inner_mentions(doc);   // needs doc.mentions; fills doc.inner_mentions
//
//   "University of Oregon Eugene"           Oregon, Eugene          (places after "of")
//   "Greater Lyon Exhibition Hall"         Lyon                    (a venue named after its city)
//   "Maria Lopez Institute"                Maria Lopez            (a person an organisation is named after)
// The outer mention stays what the reader highlights; the inner ones are extra mentions of their own
// entities (an existing one when the text names it elsewhere), so "every mention of Maria Lopez" finds
// the foundation too. Place names that merely start an organisation's name ("Kent County Council") are
// left alone: news annotation rarely separates them and readers rarely want them apart.
#pragma once
#include "core/document.h"

namespace lede {

void find_inner_mentions(Document& doc);

}  // namespace lede
