// entities.cpp — the entity layer: typed name spans (entity_spans.h, then the learned tagger over them,
// tagger/ner_tagger.h, when a model is loaded), and places and firms written in lower case ("moved to chicago",
// entity_lowercase.h), each with the Arabic article it starts with ("al-Qaeda", entity_articles.h), less the
// acronyms the text defines as ordinary terms (entity_terms.h) and a wire's slug ("BASEBALL - ..."), names in a
// headline in capitals read as the text writes them below (entity_capitals.h), names in one list typed alike and two
// an ampersand joins apart (entity_coordination.h), the owner before a person's possessive (entity_possessors.h), a
// place's name without its kind ("Socotra Island" … "Socotra", entity_place_names.h), a name that does what only
// people do ("Kest married", entity_subjects.h) or where something is based ("Kelby-based"), a person's surname
// alone where it is also a word (entity_surnames.h), a team's or a body's last word after "the" ("the Miami Heat"
// … "the Heat", entity_last_words.h), clustered into entities (entity_cluster.h), descriptions linked to them
// (entity_alias.h), then the names inside names (entity_inner.h).
#include "core/entities/entities.h"

#include "core/entities/detail/entity_adjectives.h"
#include "core/entities/detail/entity_alias.h"
#include "core/entities/detail/entity_articles.h"
#include "core/entities/detail/entity_capitals.h"
#include "core/entities/detail/entity_cluster.h"
#include "core/entities/detail/entity_coordination.h"
#include "core/entities/detail/entity_inner.h"
#include "core/entities/detail/entity_last_words.h"
#include "core/entities/detail/entity_lowercase.h"
#include "core/entities/detail/entity_place_names.h"
#include "core/entities/detail/entity_places_by_context.h"
#include "core/entities/detail/entity_possessors.h"
#include "core/entities/detail/entity_spans.h"
#include "core/entities/detail/entity_subjects.h"
#include "core/entities/detail/entity_surnames.h"
#include "core/entities/detail/entity_own_letters.h"
#include "core/entities/detail/entity_terms.h"
#include "core/entities/tagger/ner_model.h"
#include "core/entities/tagger/ner_tagger.h"
#include "core/lexicon/token_features.h"

namespace lede {

void find_entities(Document& doc) {
  TokenFeatures f;
  f.build(doc);
  find_entities(doc, f);
}

void find_entities(Document& doc, const TokenFeatures& features) {
  // The rules always run: their spans are features of the model and their groups stay (ner_tagger.h).
  std::vector<NameSpan> spans = find_name_spans(doc, features);
  // Which sentences are in capitals: the tagger's combination and the headline step both ask, the table answers.
  const std::vector<uint8_t> in_capitals = sentences_in_capitals(doc);
  const NerModel* model = ner_model();
  if (model && entity_source() != EntitySource::Rules)
    spans = tag_name_spans(doc, features, spans, in_capitals, *model, entity_source() == EntitySource::Combined);
  add_lowercase_names(doc, features, spans);
  widen_to_articles(doc, spans);
  type_country_adjectives(doc, spans);
  drop_defined_terms(doc, features, spans);
  join_names_before_letters(doc, features, spans);
  drop_slugs(doc, features, in_capitals, spans);
  split_known_headline_runs(doc, features, spans);
  align_capitals(doc, features, in_capitals, spans);
  split_ampersand_names(doc, features, spans);
  type_coordinated_names(doc, features, spans);
  type_possessors(doc, features, spans);
  type_place_short_forms(doc, features, spans);
  type_person_subjects(doc, spans);
  type_body_subjects(doc, spans);
  type_compound_places(doc, spans);
  type_destinations(doc, spans);
  type_places_in_the(doc, spans);
  add_surname_repeats(doc, features, spans);
  add_last_word_repeats(doc, features, spans);
  cluster_mentions(doc, features, spans);
  link_aliases(doc);
  find_inner_mentions(doc);
}

}  // namespace lede
