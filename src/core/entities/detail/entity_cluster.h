// entity_cluster.h — turns typed name spans into doc.mentions and doc.entities (second half of entities.h).
//
//     lede::cluster_mentions(doc, lede::find_name_spans(doc));
//
// An entity whose every mention is an unbacked guess (NameSpan::unbacked: shape only, the tagger disagrees) is
// dropped: the document has to back a guess through one of the links below.
//
// Links repeats of one name into one Entity and settles each entity's type from its strongest evidence:
//   "Benjamin Netanyahu" … "Netanyahu"          surname (or a unique first name) of a person named in full
//   "Israel Defense Forces (IDF)" … "IDF"       an acronym the text defines, or whose letters are the initials
//   "Apple Inc." … "Apple"                      an organisation's first word standing alone
//   "Trump administration" … "Trump said"       same text, same entity: one cue types every mention
// The canonical name is the fullest mention. Mentions stay sorted and non-overlapping.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

struct TokenFeatures;
// `features` is the analysis's table (its folded text links a name in capitals to the same name below it); the
// two-argument form builds one.
void cluster_mentions(Document& doc, const TokenFeatures& features, const std::vector<NameSpan>& spans);
void cluster_mentions(Document& doc, const std::vector<NameSpan>& spans);

}  // namespace lede
