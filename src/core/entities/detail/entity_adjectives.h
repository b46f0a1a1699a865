// entity_adjectives.h — a country's adjective is no name: "the Philippine government", "a Maldive island".
//
//     lede::type_country_adjectives(doc, spans);   // after the tagger, before cluster_mentions
//
//   "The Philippine government said …"   Philippine   GROUP   (the lists' first name made it a person)
//   "Philippine President Ferdinand …"   Philippine   GROUP
//   "Philippine Airlines"                 —                   a body's name the word opens stays whole
//
// A country named in the plural has its singular for an adjective ("the Philippines" -> "Philippine"), which no
// demonym list holds (the Philippines' demonym is "Filipino"): gazetteer::country_adjective. A span of that one
// word, whoever found it, is the nation's word, as a demonym is (EntityType::Group, not scored). After the tagger:
// the features read the demonym list only, so the model stays as it was trained. Linear: one look at each span.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

void type_country_adjectives(const Document& doc, std::vector<NameSpan>& spans);

}  // namespace lede
