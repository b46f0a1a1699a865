// entity_terms.h — acronyms and contract terms a document defines as ordinary terms, which name no person,
// organisation or place.
//
//     lede::drop_defined_terms(doc, spans);   // removes the spans that are such terms
//
//   "the radiative transfer equation (RTE)"        RTE    lower-case words whose initials spell it: a term
//   "non-governmental organisations (NGOs)"        NGOs   (a plural's "s" and a hyphen's parts count)
//   "the Gaza Health Ministry (GHM)"               GHM    a body's word among capitalised words: a name, kept
//   "the Consumer Price Index (CPI)"               CPI    capitalised dictionary words alone, none a body's
//                                                         or a place's: a term, and so are they
// Once defined, the acronym is that term wherever the document uses it ("RTE-based models", "the RTE"), so the
// rules' acronym guess and the tagger's span are both dropped. (In the training sets, acronyms so spelled by
// capitalised dictionary words alone are 6 terms, "Basic Travel Allowance (BTA)", "Compact Fluorescent Light
// (CFL)", and 1 body, "Fundamentalist Latter Day Saints (FLDS)"; with a body's word, "Badminton World Federation
// (BWF)", 30 bodies and 4 terms.)
// So is a contract's defined term, quoted and capitalised before "means", "shall mean", "shall have the meaning"
// or "has the meaning": "\"Servicer\" shall mean Ashford …" makes every "Servicer" (and only that very text: not
// "Special Servicer") a role the contract names, no person. (The SEC filings' gold marks some such roles,
// "Lender", "Borrower": measured anyway, SEC test 0.734 -> 0.797 with the shipped model.)
// Runs after the rules and the tagger, before the spans are clustered (entities.cpp). One pass over the brackets
// and quotes, then one over the spans.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"

namespace lede {

void drop_defined_terms(const Document& doc, const TokenFeatures& features, std::vector<NameSpan>& spans);

}  // namespace lede
