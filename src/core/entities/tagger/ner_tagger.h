// ner_tagger.h — the learned name tagger: BIO tags over the candidate tokens, greedy left to right, then spans.
//
//     std::vector<lede::NameSpan> rules = lede::find_name_spans(doc, f);
//     std::vector<uint8_t> in_capitals = lede::sentences_in_capitals(doc);       // entity_spans.h
//     std::vector<lede::NameSpan> spans = lede::tag_name_spans(doc, f, rules, in_capitals, *lede::ner_model(), true);
//     lede::cluster_mentions(doc, spans);   // one type per entity, surnames joined to full names
//
// Each candidate token (ner_features.h) is scored for the nine tags by summing one int8 row per feature;
// the best tag allowed after the previous one wins (greedy: within a point of Viterbi here, at a fraction of
// the cost). Non-candidates are O. Spans of type MISC are dropped (no scorer counts them; they exist so
// that "World Cup" is not learned as an organisation). With keep_rules: the rules' groups ("Palestinians",
// which no training set marks) stay where the tagger found nothing, and a span the rules found too keeps their
// strength and flags (acronym definitions, numbered units), which entity_cluster.h reads.
#pragma once
#include <cstdint>
#include <vector>

#include "core/entities/detail/entity_spans.h"
#include "core/entities/tagger/ner_model.h"

namespace lede {
struct TokenFeatures;

// One tag per token (ner::kTags values; 0 for tokens it never scored), in `tags`.
void tag_tokens(const Document& doc, const TokenFeatures& f, const std::vector<NameSpan>& rules,
                const NerModel& model, std::vector<uint8_t>& tags);

// in_capitals: sentences_in_capitals(doc) (entity_spans.h), read with keep_rules; entity_capitals.h reads it too.
std::vector<NameSpan> tag_name_spans(const Document& doc, const TokenFeatures& f, const std::vector<NameSpan>& rules,
                                     const std::vector<uint8_t>& in_capitals, const NerModel& model, bool keep_rules);

// Spans from a tag sequence (shared with the trainer's own scoring): B-k starts one, I-k continues it.
struct TaggedSpan { uint32_t first, end; int type; };
std::vector<TaggedSpan> spans_from_tags(const Document& doc, const std::vector<uint8_t>& tags);

}  // namespace lede
