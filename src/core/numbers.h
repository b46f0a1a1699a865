// numbers.h — numeric and temporal expressions: counts, money, percentages, ordinals, dates, durations.
//
//     lede::find_numbers(doc);            // needs tokens + sentences; fills doc.numbers (sorted)
//     lede::attach_number_sources(doc);   // after find_entities: "according to the Gaza Health Ministry"
//
// Each NumberMention carries a normalised value, a hedge ("at least"), the counted noun and its source.
#pragma once
#include "core/document.h"

namespace lede {

void find_numbers(Document& doc);
void attach_number_sources(Document& doc);

}  // namespace lede
