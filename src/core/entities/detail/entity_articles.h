// entity_articles.h — names that begin with the Arabic article glued on by a hyphen: "al-Qaeda", "al-Sisi",
// "el-Sisi", "Al-Hayya", "al-Shabaab".
//
//     uint32_t a = lede::article_before(doc, first);   // the article's token, or `first` when there is none
//     bool b = lede::glued_article(doc, t);           // token t is such an article ("al" of "al-Qaeda")
//     bool c = lede::spaced_article(doc, t);          // … or one a space parts from the name ("Al Jazeera")
//     lede::widen_to_articles(doc, spans);             // after the tagger, before cluster_mentions
//
// The tokenizer splits "al-Qaeda" into "al", "-", "Qaeda". Inside a name the rules keep the article ("Khalil
// al-Hayya"), but a name that starts with it lost it: the rules and the tagger start names on a capital, so
// "al-Qaeda" came out as "Qaeda" (its gold spans in the training data carry the article: uner_ewt's 29
// "al-Qaeda"), and "al-Sisi" as "Sisi". widen_to_articles puts the article back at the start of any span,
// whoever found it. entity_cluster.cpp reads past it, so "al-Sisi", "Al-Sisi" and "Sisi" are one surname, the
// one of "Abdel Fattah al-Sisi". A body's name is written with a space as often ("Al Jazeera", "al Qaeda" beside
// "Al-Jazeera", "al-Qaeda"): entity_cluster.cpp reads past that article too, in organisations' names only (a
// person's "Al" is a first name, "Al Gore"; a place's is part of it, "El Salvador", "El Paso").
// Only the article's own spellings (al, el and the assimilated ad, ar, ash, az, in any case): "an", "as" and
// "at" are English words, and other particles glued by a hyphen are rarer than words that look like them.
// A listed body's or place's name written with "al" in lower case ("al Qaeda", "al-Shabaab", "Asharq al-Awsat";
// the lists write "Al", lexicon::listed_with_article) takes the spaced article in too, and the lists' type,
// backed, whoever found the name: after the tagger, whose features read only the lists' own spellings.
#pragma once
#include <cstdint>
#include <vector>

#include "core/document.h"
#include "core/entities/detail/entity_spans.h"

namespace lede {

bool glued_article(const Document& doc, uint32_t t);
bool spaced_article(const Document& doc, uint32_t t);
uint32_t article_before(const Document& doc, uint32_t first);
void widen_to_articles(const Document& doc, std::vector<NameSpan>& spans);

}  // namespace lede
