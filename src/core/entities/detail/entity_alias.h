// entity_alias.h — descriptions that stand for someone just named (fourth step of entities.h).
//
//     lede::link_aliases(doc);   // after cluster_mentions: adds alias mentions to doc.mentions
//
//   "Kenyan President Amina Odhiambo … The Kenyan leader has faced questions"
//                                   ^^^^^^^^^^^^^^^^ a mention of Amina Odhiambo
// A description is "the" + up to three modifiers + a role ("leader", "prime minister", "president",
// "envoy" …). It links to the most recent person (within a few sentences) whose own words in the text
// agree with it: the role, or the nationality, written in the few words before one of their names
// ("Kenyan President Amina Odhiambo", "Peru's Prime Minister Luis Carrasco"). When nothing
// agrees, the description stays unlinked: a wrong link is worse than none. Alias mentions carry
// is_alias; they replace a nationality mention inside them ("Israeli") so mentions never overlap.
#pragma once
#include "core/document.h"

namespace lede {

void link_aliases(Document& doc);

}  // namespace lede
