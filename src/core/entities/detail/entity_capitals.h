// entity_capitals.h — a name written in a sentence in capitals is the name the text writes below it.
//
//     std::vector<uint8_t> in_capitals = lede::sentences_in_capitals(doc);   // entity_spans.h
//     lede::align_capitals(doc, features, in_capitals, spans);   // after the tagger, before cluster_mentions
//
// A wire's headline ("UPDATE 2-KELVAR BANK SHARES SLUMP AFTER CEO ADA VOSS QUITS") capitalises every word, so
// neither the rules nor the tagger can tell where its names begin and end: they guessed "BANK" and "ADA VOSS
// QUITS". When the text names "Kelvar Bank" and "Ada Voss" in mixed case, those are the names there: each run of
// two to four tokens of a sentence in capitals that reads, case aside, exactly as a name of two words or more
// found elsewhere (and backed: no unbacked guess) becomes a span of that name's type, in place of the spans it
// overlaps. A one-word name ("BOLTON" … "Bolton") only where no span is (whether the tagger saw a name in a
// headline varies from one training to the next; a name below does not), and only when it is no dictionary word;
// where a span is, entity_cluster.h's capitals link gives it the type of the name below. A person's surname
// counts as such a one-word name ("TENNIS - SELES BEATS CAPRIATI" above "Monica Seles beat Jennifer Capriati"),
// and the capitals link joins it to that person. So does a body's name less its legal form ("KELVAR SHIPPING POSTS
// LOSS" above "Kelvar Shipping ASA": a headline leaves "ASA", "Inc", "plc" off), two words or more.
// Linear: one table of the document's names, then at most four look-ups per token of a sentence in capitals.
#pragma once
#include <cstdint>
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

struct TokenFeatures;
// in_capitals: sentences_in_capitals(doc) (entity_spans.h), the table the tagger's combination reads too.
void align_capitals(const Document& doc, const TokenFeatures& features, const std::vector<uint8_t>& in_capitals,
                    std::vector<NameSpan>& spans);

// A wire's slug opening a sentence in capitals ("BASEBALL - MAJOR LEAGUE RESULTS", "ATHLETICS - ..."): at most
// three dictionary words before " - ", the desk's label for the story. The tagger took "BASEBALL" for an
// organisation; drop_slugs removes the spans that lie inside one (before align_capitals). A market's slug at a
// line's start, in a headline of any case, keeps its place alone: "LONDON STOCKS - FTSE ends higher" names London,
// where the rules or the tagger took "LONDON STOCKS" for a place or a firm.
void drop_slugs(const Document& doc, const TokenFeatures& features, const std::vector<uint8_t>& in_capitals,
                std::vector<NameSpan>& spans);

// A headline in capitals runs a known body or a country into the word after it, its verb or its noun: "EU REJECTS
// GERMAN CALL", "NATO WARNS SERBS", "UN RESOLUTIONS", "IRAQ WARNS" were each one body (the rules read a known
// organisation's own title, "Bloomberg Businessweek", or a guess; the tagger took the same run). A span in capitals
// that opens on a known body, a country's letters or a country, before a dictionary word, becomes that first word
// alone (a body; a country a place); but not where a body's, a place's or an event's word follows within six words
// ("UN SECURITY COUNCIL", "US TREASURY"), nor before a function word ("ENGLAND AND WALES"), nor a people's word
// ("THAI FOOD"). After the tagger: the rules' spans its features read stay as its training saw them (retrained on
// the split, the leave-one-corpus-out means moved uner_ewt dev 0.789 -> 0.786, 10 of 12 trainings down).
void split_known_headline_runs(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
