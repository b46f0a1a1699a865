// entity_terms.h — acronyms and contract terms a document defines as ordinary terms, which name no person,
// organisation or place.
//
//     lede::drop_defined_terms(doc, spans);   // removes the spans that are such terms
//
//   "the radiative transfer equation (RTE)"        RTE    lower-case words whose initials spell it: a term
//   "non-governmental organisations (NGOs)"        NGOs   (a plural's "s" and a hyphen's parts count)
//   "the Gaza Health Ministry (GHM)"               GHM    a name's words are capitalised: a name, kept
// Once defined, the acronym is that term wherever the document uses it ("RTE-based models", "the RTE"), so the
// rules' acronym guess and the tagger's span are both dropped.
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

namespace lede {

void drop_defined_terms(const Document& doc, std::vector<NameSpan>& spans);

}  // namespace lede
