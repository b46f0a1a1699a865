// entities.h — named people, organisations, places (and groups), with repeats clustered into entities.
//
//     lede::find_entities(doc);   // needs tokens + sentences (+ numbers, to avoid tagging dates);
//                                 // fills doc.mentions (sorted) and doc.entities
//
// "Benjamin Netanyahu" … "Netanyahu" … "Netanyahu’s" become one Entity; the possessive stays outside
// the mention span. Four steps, one file each:
//   entity_spans.h    name spans from capitalised runs, typed by lists and context (the rules)
//   tagger/           the learned tagger (ner_model.h: lede::load_ner_model(bytes)); when a model is loaded
//                     its spans replace the rules', which it reads as features
//   entity_cluster.h  repeats linked into entities ("Netanyahu" -> "Benjamin Netanyahu"), one type each
//   entity_alias.h    descriptions linked when the text agrees ("the Israeli leader"; is_alias mentions)
//   entity_inner.h    names inside names ("Texas" in "University of Texas": doc.inner_mentions)
#pragma once
#include "core/document.h"

namespace lede {

struct TokenFeatures;

void find_entities(Document& doc);
void find_entities(Document& doc, const TokenFeatures& features);  // with the table analyse() built

}  // namespace lede
