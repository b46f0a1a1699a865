// entities.cpp — the entity layer: typed name spans (entity_spans.h), clustered into entities (entity_cluster.h).
#include "core/entities.h"

#include "core/entity_cluster.h"
#include "core/entity_spans.h"

namespace lede {

void find_entities(Document& doc) { cluster_mentions(doc, find_name_spans(doc)); }

}  // namespace lede
