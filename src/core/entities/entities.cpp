// entities.cpp — the entity layer: typed name spans (entity_spans.h), clustered into entities (entity_cluster.h),
// descriptions linked to them (entity_alias.h), then the names inside names (entity_inner.h).
#include "core/entities/entities.h"

#include "core/entities/detail/entity_alias.h"
#include "core/entities/detail/entity_cluster.h"
#include "core/entities/detail/entity_inner.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void find_entities(Document& doc) {
  TokenFeatures f;
  f.build(doc);
  find_entities(doc, f);
}

void find_entities(Document& doc, const TokenFeatures& features) {
  cluster_mentions(doc, find_name_spans(doc, features));
  link_aliases(doc);
  find_inner_mentions(doc);
}

}  // namespace lede
