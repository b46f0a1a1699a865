// entities.h — named people, organisations, places (and groups), with repeats clustered into entities.
//
//     lede::find_entities(doc);   // needs tokens + sentences (+ numbers, to avoid tagging dates);
//                                 // fills doc.mentions (sorted) and doc.entities
//
// "Benjamin Netanyahu" … "Netanyahu" … "Netanyahu’s" become one Entity; the possessive stays outside
// the mention span.
#pragma once
#include "core/document.h"

namespace lede {

struct TokenFeatures;

void find_entities(Document& doc);
void find_entities(Document& doc, const TokenFeatures& features);  // with the table analyse() built

}  // namespace lede
