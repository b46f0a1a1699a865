// number_sources.cpp — attach_number_sources: who a figure comes from ("according to the Port
// Authority", "the ministry said", "X said"), looked for in the number's own sentence, or in its own clause where a
// semicolon joins clauses.
#include <algorithm>

#include "core/detail/word_match.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/quote_lexicon.h"
#include "core/numbers/detail/number_context.h"
#include "core/numbers/numbers.h"

namespace lede {

namespace {

// A form of "be" right before token i (a passive: "was expected", "is forecast"), a noun's article ("the
// expected rise"), or no word at all ("$2b - Estimated monthly cost").
bool passive(const numctx::Ctx& c, uint32_t i) {
  if (i == 0 || c.kind(i - 1) != TokenKind::Word) return true;
  const std::string_view w = c.text(i - 1);
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "the" || w == "an" || w == "a";
}

bool cue_verb(const numctx::Ctx& c, uint32_t i) {
  // most tokens fail on length or first letter before any comparison
  const std::string_view t = c.text(i);
  if (t.size() < 3 || t.size() > 9) return false;
  switch (t[0] | 0x20) {
    case 's':
      return c.is(i, "said") || c.is(i, "says") || c.is(i, "say") || c.is(i, "stated") || c.is(i, "showed") ||
             c.is(i, "show") || c.is(i, "shows");
    case 't':
      return c.is(i, "told");
    case 'r':
      return c.is(i, "reported") || c.is(i, "reports");
    case 'a':
      return c.is(i, "announced") || c.is(i, "added");
    case 'e':  // (and a forecast's: "The central bank expects growth of 3.6%"; not "Israel was expected to free")
      return c.is(i, "estimated") || c.is(i, "estimates") || c.is(i, "estimate") ||
             ((c.is(i, "expects") || c.is(i, "expected")) && !passive(c, i));
    case 'f':
      return (c.is(i, "forecast") || c.is(i, "forecasts")) && !passive(c, i);
    case 'c':
      return c.is(i, "confirmed") || c.is(i, "claimed") || c.is(i, "claims");
    case 'p':  // "the government delegation put the figure at 22,000", "puts the death toll at"
      if (!(c.is(i, "put") || c.is(i, "puts")) || !(c.is(i + 1, "the") || c.is(i + 1, "its") || c.is(i + 1, "their")))
        return false;
      for (uint32_t k = i + 3; k <= i + 5; ++k)
        if (c.is(k, "at")) return c.is_number(k + 1) || c.is_word(k + 1);
      return false;
    default:
      return false;
  }
}

// "a poll by Kelby Research found", "A survey by the Kelby Institute found that 40% …": "found" reports a figure
// where a study's noun is among the few words before it (not "Police found 3 bodies": what was found is no claim)
bool study_found(const numctx::Ctx& c, const Sentence& sent, uint32_t i) {
  if (!(c.is(i, "found") || c.is(i, "finds"))) return false;
  static constexpr std::string_view kStudies[] = {"analysis", "audit", "census", "poll", "report", "research",
                                                  "review", "study", "survey"};
  for (uint32_t k = i; k > sent.first_token && k + 7 > i;) {
    --k;
    for (const std::string_view w : kStudies)
      if (c.is(k, w)) return true;
  }
  return false;
}

// Index of the first mention overlapping [byte_begin, byte_end), or -1 (Document::mention_overlapping).
int mention_covering(const Document& doc, uint32_t byte_begin, uint32_t byte_end) {
  const Mention* m = doc.mention_overlapping({byte_begin, byte_end});
  return m ? int(m - doc.mentions.data()) : -1;
}

struct Source {
  int entity = -1;
  std::string text;
  bool pronoun = false;  // "according to him": a source is named but not resolved here
  // Where the cue's clause begins when a subordinator opens it ("Shares rose 14% after the miner said …"): the
  // figures before are not the source's. 0: the whole sentence.
  uint32_t from = 0;
  // Where a contrasting clause with a cue of its own begins ("Halvex said profit rose 5% but analysts expected
  // 7%"): the figures from there on are not the source's. UINT32_MAX: the sentence's end.
  uint32_t until = UINT32_MAX;
  // The source that names entity e, by its canonical name.
  static Source named(const Document& doc, int e) {
    Source s;
    s.entity = e;
    s.text = doc.entities[size_t(e)].canonical;
    return s;
  }
};

bool is_pronoun(std::string_view w) {
  return w == "him" || w == "her" || w == "them" || w == "it" || w == "he" || w == "she" || w == "they" ||
         w == "us" || w == "me" || w == "Him" || w == "Her" || w == "Them" || w == "It";
}

// Token k is a comma that opens a relative clause: ", which", ", who", ", whose".
bool opens_relative_clause(const numctx::Ctx& c, uint32_t k) {
  return c.is(k, ",") && (c.is(k + 1, "which") || c.is(k + 1, "who") || c.is(k + 1, "whose"));
}

// The comma at token k closes a clause that "which", "who" or "whose" opens after a comma (a dozen words at most):
// the opening comma's token, or UINT32_MAX.
uint32_t relative_clause_opening(const numctx::Ctx& c, const Sentence& sent, uint32_t k) {
  for (uint32_t j = k; j > sent.first_token + 1 && j + 14 > k;) {
    --j;
    if (c.is(j, ",")) return opens_relative_clause(c, j) ? j : UINT32_MAX;
  }
  return UINT32_MAX;
}

bool is_personal_pronoun(std::string_view w) { return w == "he" || w == "He" || w == "she" || w == "She"; }

// The one person entity that the sentence (before the cue) and the two sentences before it name, or -1 (none,
// or more than one).
int only_person_before(const Document& doc, const Sentence& sent) {
  const uint32_t si = doc.sentence_of(sent.span.begin);
  const uint32_t from = si >= 2 ? doc.sentences[si - 2].span.begin : 0;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sent.span.end,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; });
  int found = -1;
  while (it != doc.mentions.begin()) {
    --it;
    if (it->span.begin < from) break;
    if (it->type != EntityType::Person || it->entity < 0) continue;
    if (found >= 0 && found != it->entity) return -1;
    found = it->entity;
  }
  return found;
}

// A figure's mention covers text position b ("two" of "the world number two").
bool in_figure(const Document& doc, uint32_t b) {
  const auto it = std::upper_bound(doc.numbers.begin(), doc.numbers.end(), b,
                                   [](uint32_t x, const NumberMention& m) { return x < m.span.begin; });
  return it != doc.numbers.begin() && b < std::prev(it)->span.end;
}

// A firm's kind ("company", "carmaker", "railway"): "the company said" after a figure names the firm the sentence
// opens with ("the ministry said" names no firm).
bool is_firm_kind(std::string_view w) {
  static constexpr std::string_view kFirms[] = {
      "company", "firm", "group", "carrier", "airline", "bank", "lender", "insurer", "maker", "carmaker", "automaker",
      "retailer", "railway", "railroad", "operator", "chain", "utility", "conglomerate", "giant", "miner", "refiner",
      "shipper", "chipmaker", "drugmaker", "brewer", "publisher", "broadcaster", "supplier", "manufacturer"};
  for (const std::string_view f : kFirms)
    if (w == f) return true;
  return false;
}

// A body's or a post's noun in lower case: "ministry", "office", "police", "spokesman" (the entity lexicon's
// descriptors and occupations, and the bodies news names by their kind alone).
bool is_body_or_post(std::string_view w) {
  if (is_firm_kind(w) || (lexicon::classes(w) & (lexicon::kOrgDescriptor | lexicon::kLowerTitle))) return true;
  static constexpr std::string_view kBodies[] = {"office", "police", "army", "military", "government", "authorities",
                                                 "officials", "department", "court", "committee", "commission",
                                                 "bureau", "service", "authority", "administration", "board",
                                                 "media", "delegation", "organisers", "organizers", "force",
                                                 "forces"};
  for (const std::string_view b : kBodies)
    if (w == b) return true;
  return false;
}

// Token t is a people's word the recogniser found ("Italian", "German").
bool people_word(const Document& doc, const Token& t) {
  const int mi = mention_covering(doc, t.span.begin, t.span.end);
  return mi >= 0 && doc.mentions[size_t(mi)].type == EntityType::Group;
}

// Mention m, after a cue, ends its clause: punctuation, the sentence's end, a link, a preposition or a word of
// time follows it ("said the ministry on Tuesday", "said Ada Kest of Halvex", "said the company late on Monday").
bool ends_clause(const numctx::Ctx& c, const Document& doc, const Mention& m, const Sentence& sent) {
  const uint32_t after = doc.token_at_or_after(m.span.end);
  if (after >= sent.end_token || c.kind(after) != TokenKind::Word) return true;
  if (c.text(after).substr(0, 4) == "http") return true;  // a link after the name: "… says WHO http://t.co/…"
  static constexpr std::string_view kPrepositions[] = {"on", "in", "at", "of", "from", "for", "with", "to", "late",
                                                       "earlier", "last", "this", "yesterday", "today"};
  for (const std::string_view p : kPrepositions)
    if (c.is(after, p)) return true;
  return false;
}

// The organisation whose name opens the sentence (after a wire's dateline, "MILAN (Reuters) -"), as an entity
// index, or -1.
int sentence_opening_body(const numctx::Ctx& c, const Document& doc, const Sentence& sent) {
  if (sent.first_token >= sent.end_token) return -1;
  uint32_t first = sent.first_token;
  for (uint32_t k = first; k + 2 < sent.end_token && k < sent.first_token + 12; ++k)
    if (c.is(k, ")") && c.is_dash(k + 1)) {
      first = k + 2;
      break;
    }
  const Token& t = doc.tokens[first];
  const int mi = mention_covering(doc, t.span.begin, t.span.end);
  if (mi < 0) return -1;
  const Mention& m = doc.mentions[size_t(mi)];
  return m.type == EntityType::Org && m.span.begin == t.span.begin && m.entity >= 0 ? m.entity : -1;
}

// The name after "according to" (tokens k...), up to punctuation.
Source source_after(const numctx::Ctx& c, const Document& doc, uint32_t k, uint32_t end) {
  Source s;
  uint32_t j = k;
  uint32_t last = k;
  for (; j < end && j < k + 8; ++j) {
    if (c.kind(j) != TokenKind::Word) break;
    if (c.is(j, "that") || c.is(j, "which") || c.is(j, "who")) break;
    last = j + 1;
  }
  if (last == k) return s;
  const ByteSpan span{doc.tokens[k].span.begin, doc.tokens[last - 1].span.end};
  int mi = mention_covering(doc, span.begin, span.end);
  // (a person the words name is the source, not the body before the name: "according to Columbus Police Chief
  // Elaine Bryant", "according to Ada Kest of Halvex")
  for (size_t j = mi < 0 ? doc.mentions.size() : size_t(mi); j < doc.mentions.size(); ++j) {
    const Mention& x = doc.mentions[j];
    if (x.span.begin >= span.end) break;
    if (x.type == EntityType::Person && x.entity >= 0) {
      mi = int(j);
      break;
    }
  }
  if (mi >= 0 && doc.mentions[size_t(mi)].entity >= 0) {
    s.entity = doc.mentions[size_t(mi)].entity;
    s.text = doc.entities[size_t(s.entity)].canonical;
    if (s.text.empty()) s.text = std::string(doc.slice(doc.mentions[size_t(mi)].span));
  } else {
    uint32_t b = k;
    if (c.is(b, "the") && b + 1 < last) ++b;
    s.text = std::string(doc.slice({doc.tokens[b].span.begin, doc.tokens[last - 1].span.end}));
  }
  return s;
}

// "Shares in Harwell rose 14 percent after the Toronto-listed miner said …": the byte where a subordinator ("after",
// "because", "when" …) opens the clause of the cue at token i, within eight words before it and no comma between;
// 0 when none does. ("as" is left out: "rose 3%, as reported in the Herald" is the Herald's figure.)
uint32_t subordinate_clause_start(const numctx::Ctx& c, const Document& doc, const Sentence& sent, uint32_t i) {
  static constexpr std::string_view kSubordinators[] = {"after", "although", "because", "before", "once",
                                                        "since", "though",   "until",   "when",   "while"};
  for (uint32_t k = i; k > sent.first_token && k + 9 > i;) {
    --k;
    if (c.is(k, ",") || c.is(k, ";")) break;
    if (one_of(c.text(k), kSubordinators)) return doc.tokens[k].span.begin;
  }
  return 0;
}

// "Halvex said profit rose 5% but analysts expected 7%", "…, while rescuers said 12 more had died": the byte where
// "but", "while" or "whereas" after the cue at token i opens a clause whose own cue follows within four words, its
// subject between ("but said" goes on with the first cue's subject), or UINT32_MAX. Bounded: the sentence's tokens
// after the cue, once per sentence.
uint32_t contrast_clause_start(const numctx::Ctx& c, const Document& doc, const Sentence& sent, uint32_t i) {
  for (uint32_t k = i + 1; k + 1 < sent.end_token; ++k) {
    if (!c.is(k, "but") && !c.is(k, "while") && !c.is(k, "whereas")) continue;
    for (uint32_t j = k + 2; j < sent.end_token && j <= k + 4; ++j)  // (a subject between: not "but said")
      if (cue_verb(c, j)) return doc.tokens[k].span.begin;
  }
  return UINT32_MAX;
}

Source sentence_source(const numctx::Ctx& c, const Document& doc, const Sentence& sent) {
  Source s;
  for (uint32_t i = sent.first_token; i + 1 < sent.end_token; ++i)
    if (c.is(i, "according") && c.is(i + 1, "to")) {
      s = source_after(c, doc, i + 2, sent.end_token);
      if (s.entity < 0 && is_pronoun(s.text)) {
        s.text.clear();
        s.pronoun = true;
        return s;
      }
      if (!s.text.empty()) return s;
    }
  int person = -2;  // only_person_before, asked at the first pronoun before a cue
  // The source the cue at token i names, or an empty Source.
  auto at_cue = [&](uint32_t i) -> Source {
    Source s;
    // "X said": the mention ending just before the cue (allow "’s" free 1-token gap)
    // (a people's word before a noun is no one: "the Italian bank said" is the bank's; "Palestinians said" is theirs;
    // not the last word of a relative clause between commas: "The government, which owns 12% of Halvex, said")
    for (uint32_t back = 1; back <= 2 && i >= sent.first_token + back; ++back) {
      // (… but the name before the clause is: "Harwell, which is 20% owned by Anglo American, said")
      if (const uint32_t open = back == 2 && c.is(i - 1, ",") ? relative_clause_opening(c, sent, i - 1) : UINT32_MAX;
          open != UINT32_MAX) {
        const Token& t = doc.tokens[open - 1];
        const int mi = mention_covering(doc, t.span.begin, t.span.end);
        if (mi < 0 || doc.mentions[size_t(mi)].entity < 0 || doc.mentions[size_t(mi)].type == EntityType::Group) break;
        // (the name opens its clause: not "the head of Halvex, who joined in 2019, said", the head's words)
        const uint32_t first = doc.token_at_or_after(doc.mentions[size_t(mi)].span.begin);
        if (first > sent.first_token && c.kind(first - 1) == TokenKind::Word) break;
        return Source::named(doc, doc.mentions[size_t(mi)].entity);
      }
      const Token& t = doc.tokens[i - back];
      const int mi = mention_covering(doc, t.span.begin, t.span.end);
      if (mi >= 0 && doc.mentions[size_t(mi)].entity >= 0 &&
          !(back == 2 && doc.mentions[size_t(mi)].type == EntityType::Group)) {
        return Source::named(doc, doc.mentions[size_t(mi)].entity);
      }
    }
    // "He said 250 firefighters …": a man's or a woman's pronoun right before a verb of saying is the one person
    // the sentence and the two before it name (more than one: none, a wrong source being worse than none); not
    // "he showed" nor a quote's "“…,” he said", whose figures the quote's speaker gives (below)
    const bool quote_before = i >= sent.first_token + 2 && (c.kind(i - 2) == TokenKind::QuoteClose ||
                                                            c.kind(i - 2) == TokenKind::QuoteAmbig);
    if (i > sent.first_token && is_personal_pronoun(c.text(i - 1)) && !quote_before && !c.is(i, "showed") &&
        !c.is(i, "shows") && !c.is(i, "show") && !study_found(c, sent, i)) {
      if (person == -2) person = only_person_before(doc, sent);  // (once per sentence: "he said … he said …")
      if (person >= 0) return Source::named(doc, person);
    }
    // "LTO Nederland, the main farm lobby, estimated losses at …": a name, then a description between commas
    // (its article opens it, at most six words, no figure: "Kest, the world number two, said" is the writer's
    // figure), then the cue: the name is the source
    if (i >= sent.first_token + 4 && c.is(i - 1, ",")) {
      for (uint32_t k = i - 2; k > sent.first_token && k + 9 > i; --k) {
        if (c.is_number(k) || in_figure(doc, doc.tokens[k].span.begin)) break;
        if (!c.is(k, ",")) continue;
        const bool described = c.is(k + 1, "the") || c.is(k + 1, "a") || c.is(k + 1, "an") || c.is(k + 1, "its");
        const Token& t = doc.tokens[k - 1];
        const int mi = described ? mention_covering(doc, t.span.begin, t.span.end) : -1;
        if (mi >= 0 && doc.mentions[size_t(mi)].entity >= 0 && doc.mentions[size_t(mi)].type != EntityType::Group) {
          return Source::named(doc, doc.mentions[size_t(mi)].entity);
        }
        break;
      }
    }
    // "the health ministry said", "the statistics office said": a body or person no list names, written in
    // lower case (a definite noun phrase of at most three words right before the cue, headed by a body's or a
    // post's noun; "the figures showed" names no one)
    const bool body_or_post = i > sent.first_token && is_body_or_post(c.text(i - 1));
    uint32_t most = 4;  // three words and the article; a hyphen's word is three tokens ("state-owned")
    for (uint32_t k = i - 1; body_or_post && k > sent.first_token && k + 6 > i; --k) most += c.is(k, "-") ? 2 : 0;
    for (uint32_t back = 2; body_or_post && back <= most && i >= sent.first_token + back; ++back) {
      const uint32_t k = i - back;
      bool words = true;
      for (uint32_t j = k + 1; j < i && words; ++j)  // ("the state-owned railway": a hyphen inside a word)
        words = (c.kind(j) == TokenKind::Word && !(doc.tokens[j].flags & (kCapitalised | kAllCaps)) &&
                 !is_pronoun(c.text(j))) ||
                people_word(doc, doc.tokens[j]) ||  // ("the Italian bank said")
                (c.is(j, "-") && !(doc.tokens[j].flags & kSpaceBefore) && j + 1 < i) ||
                // ("the Dublin-based carrier said": a name a hyphen joins to a word in lower case)
                (c.kind(j) == TokenKind::Word && c.is(j + 1, "-") && j + 2 < i &&
                 !(doc.tokens[j + 1].flags & kSpaceBefore) && !(doc.tokens[j + 2].flags & kSpaceBefore) &&
                 !(doc.tokens[j + 2].flags & (kCapitalised | kAllCaps)));
      if (!words) break;
      if (c.is(k, "the") || c.is(k, "The")) {
        s.text = std::string(doc.slice({doc.tokens[k + 1].span.begin, doc.tokens[i - 1].span.end}));
        // ("Volvo Cars will cut 1,500 jobs, the company said": a firm's kind later in the sentence is the firm the
        // sentence opens with)
        const bool firm = k > sent.first_token + 1 && is_firm_kind(c.text(i - 1));
        const int opener = firm ? sentence_opening_body(c, doc, sent) : -1;
        return opener >= 0 ? Source::named(doc, opener) : s;
      }
      // ("Gaza's health ministry said": a name's possessive stands for the article, and says whose body it is)
      if ((c.is(k, "'s") || c.is(k, "\xE2\x80\x99s")) && k > sent.first_token &&
          (doc.tokens[k - 1].flags & (kCapitalised | kAllCaps))) {
        s.text = std::string(doc.slice({doc.tokens[k - 1].span.begin, doc.tokens[i - 1].span.end}));
        return s;
      }
    }
    // "Iraqi authorities announced", "Afghan officials say": a people's word before a body's noun, no article
    if (body_or_post && i >= sent.first_token + 2 && people_word(doc, doc.tokens[i - 2]) &&
        (i - 2 == sent.first_token || c.kind(i - 3) != TokenKind::Word || !(doc.tokens[i - 3].flags & kCapitalised))) {
      s.text = std::string(doc.slice({doc.tokens[i - 2].span.begin, doc.tokens[i - 1].span.end}));
      return s;
    }
    // "Police said about 3,000 homes …", "Officials said": a body's or a post's noun alone opening the sentence,
    // capitalised there, right before the cue (no article: the plural or the mass noun names the body)
    if (i == sent.first_token + 1 && c.kind(i - 1) == TokenKind::Word) {
      const std::string_view w = c.text(i - 1);
      char buf[32];
      if (w.size() >= 4 && w[0] >= 'A' && w[0] <= 'Z' && is_body_or_post(qlex::lower(w, buf))) {
        s.text = std::string(w);
        return s;
      }
    }
    // "said the ministry", "said Ada Kest of Halvex" (the name ends the clause; "claims Church of Scientology
    // imprisoned her" names what the claim is about; "told the Guardian" whom it was told)
    const bool told = c.is(i, "told") || c.is(i, "tells");
    for (uint32_t fwd = 1; !told && fwd <= 3 && i + fwd < sent.end_token; ++fwd) {
      const Token& t = doc.tokens[i + fwd];
      const int mi = mention_covering(doc, t.span.begin, t.span.end);
      if (mi >= 0 && doc.mentions[size_t(mi)].entity >= 0 && ends_clause(c, doc, doc.mentions[size_t(mi)], sent)) {
        return Source::named(doc, doc.mentions[size_t(mi)].entity);
      }
      if (c.kind(i + fwd) != TokenKind::Word) break;
      // (what follows a preposition is no one who says: "cut its forecast for the S&P 500 to 4,700"; but a paper
      // is where a figure is "reported in")
      static constexpr std::string_view kPrepositions[] = {"about", "at", "by", "for", "from", "of", "on", "to",
                                                           "with"};
      if (one_of(c.text(i + fwd), kPrepositions) ||
          (c.is(i + fwd, "in") && !c.is(i, "reported") && !c.is(i, "published")))
        break;
    }
    return s;
  };
  for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
    if (!cue_verb(c, i) && !study_found(c, sent, i)) continue;
    Source found = at_cue(i);
    if (found.entity < 0 && found.text.empty()) continue;
    found.from = subordinate_clause_start(c, doc, sent, i);
    found.until = contrast_clause_start(c, doc, sent, i);
    return found;
  }
  return s;
}

// "said Tomas Greco, 62, whose bakery …", "Ada Kest, 45.": a person's age between commas after the name is the
// writer's fact about the person, no figure the person or a source gives.
bool age_after_name(const Document& doc, const NumberMention& m) {
  const std::string_view t = doc.text;
  const uint32_t b = m.span.begin, e = m.span.end;
  if (m.type != NumberType::Cardinal || !m.has_value || m.value < 1 || m.value > 119 || e - b > 3 || b < 3 ||
      e >= t.size())
    return false;
  for (uint32_t i = b; i < e; ++i)
    if (t[i] < '0' || t[i] > '9') return false;
  const unsigned char name_end = static_cast<unsigned char>(t[b - 3]);
  const bool letter = (name_end >= 'a' && name_end <= 'z') || (name_end >= 'A' && name_end <= 'Z') || name_end >= 0x80;
  return t[b - 2] == ',' && t[b - 1] == ' ' && letter && (t[e] == ',' || t[e] == '.' || t[e] == ')');
}

// The poll a figure comes from, as "Reuters poll" (empty when none): "in a Reuters poll" a few words after the
// figure, no comma or verb of saying between ("forecasts of a 7% rise in a Reuters poll of 15 economists"), or
// "a Reuters poll of" right before it ("of 15 economists"). A poll's name: one or two capitalised words.
ByteSpan poll_of(const numctx::Ctx& c, const Document& doc, const NumberMention& m) {
  constexpr uint32_t kAfter = 8;
  // token p is "poll": "a Reuters poll" as "Reuters poll", and whether "in" goes before it
  auto name_poll = [&](uint32_t p, bool after_in) -> ByteSpan {
    uint32_t k = p;
    while (k > 0 && k + 2 >= p && doc.tokens[k - 1].kind == TokenKind::Word && doc.tokens[k - 1].has(kCapitalised))
      --k;
    if (k == p || k < 2 || !(c.is(k - 1, "a") || c.is(k - 1, "an") || c.is(k - 1, "the"))) return ByteSpan{};
    if (after_in && !c.is(k - 2, "in")) return ByteSpan{};
    return ByteSpan{doc.tokens[k].span.begin, doc.tokens[p].span.end};
  };
  const uint32_t t = doc.token_at_or_after(m.span.begin), e = doc.token_at_or_after(m.span.end);
  for (uint32_t k = e; k < c.size() && k < e + kAfter; ++k) {
    if (c.is(k, ",") || c.is(k, ";") || c.is(k, ".") || cue_verb(c, k)) break;
    if (c.is(k, "poll")) return name_poll(k, true);
  }
  if (t >= 2 && c.is(t - 1, "of") && c.is(t - 2, "poll")) return name_poll(t - 2, false);
  return ByteSpan{};
}

// A figure opens the clause from token first: at most two words in lower case before it, a conjunction, an
// article or a hedge ("; 12 were children", "; and about 300 were hurt", "; 26,000 computers affected").
bool figure_opens_clause(const numctx::Ctx& c, uint32_t first) {
  static constexpr std::string_view kBefore[] = {"a",    "about", "almost", "an",     "and",  "another", "around",
                                                 "but",  "just",  "nearly", "of",     "only", "over",    "roughly",
                                                 "some", "the",   "while",  "whom"};
  for (uint32_t k = first; k < first + 3; ++k) {
    if (c.is_number(k) || c.is_numeric_word(k)) return true;
    if (!one_of(c.text(k), kBefore)) return false;
  }
  return false;
}

// The relative clauses between two commas that hold no verb of saying, in the sentence: ", which passed 60 to 19,"
// and "Harwell, which is 20% owned by Anglo American, said": the writer's asides, whose figures come from no one,
// whoever the sentence quotes. (A clause of at most 16 tokens: each comma is looked past that far at most.)
void relative_asides(const numctx::Ctx& c, const Document& doc, const Sentence& sent, std::vector<ByteSpan>& out) {
  out.clear();
  for (uint32_t k = sent.first_token; k + 2 < sent.end_token; ++k) {
    if (!opens_relative_clause(c, k)) continue;
    for (uint32_t j = k + 2; j < sent.end_token && j < k + 16; ++j) {
      if (cue_verb(c, j)) break;
      if (!c.is(j, ",")) continue;
      // (a list's comma goes on with the clause: ", which include three tactical units, a command node and five
      // supply routes, Davis said")
      if (c.is(j + 1, "a") || c.is(j + 1, "an") || c.is(j + 1, "the") || c.is(j + 1, "and") || c.is_number(j + 1) ||
          c.is_numeric_word(j + 1))
        break;
      out.push_back({doc.tokens[k].span.begin, doc.tokens[j].span.end});
      k = j - 1;
      break;
    }
  }
}

// Token k is a semicolon that ends a clause, not an HTML entity's ("&amp;" in a post's text).
bool clause_semicolon(const numctx::Ctx& c, const Document& doc, uint32_t k) {
  return c.is(k, ";") && !(k >= 2 && c.is(k - 2, "&") && !(doc.tokens[k - 1].flags & kSpaceBefore) &&
                           !(doc.tokens[k].flags & kSpaceBefore));
}

}  // namespace

void attach_number_sources(Document& doc) {
  if (doc.numbers.empty() || doc.sentences.empty()) return;
  const numctx::Ctx c(doc);
  uint32_t cached_sentence = UINT32_MAX;
  Source cached;
  StrId cached_id = kNoString;  // cached.text interned once per sentence, not once per figure
  // The mentions come in text order: forward cursors find each one's sentence and the last quote that
  // starts at or before it (binary searches per mention were a tenth of a text of figures). A mention
  // that starts before the previous one falls back to the searches.
  SentenceCursor sentence;
  uint32_t qi = 0, last_begin = 0;
  std::vector<uint32_t> semicolons;  // the cached sentence's ";" tokens (most sentences have none)
  size_t next_semicolon = 0;         // the first of them at or after the current figure
  std::vector<ByteSpan> asides;      // the cached sentence's relative_asides, in text order
  size_t next_aside = 0;             // the first of them that ends after the current figure
  bool has_poll = false;             // the cached sentence holds "poll" (poll_of is asked only then)
  uint32_t cached_clause = UINT32_MAX;
  Source clause_source;
  StrId clause_id = kNoString;
  for (NumberMention& m : doc.numbers) {
    if (m.type == NumberType::Date || m.type == NumberType::Time) continue;
    const uint32_t b = m.span.begin;
    if (b < last_begin) {
      qi = uint32_t(std::upper_bound(doc.quotes.begin(), doc.quotes.end(), b,
                                     [](uint32_t x, const Quote& q) { return x < q.span.begin; }) -
                    doc.quotes.begin());
      next_aside = 0;
    }
    last_begin = b;
    const uint32_t si = sentence.of(doc, b);
    while (qi < doc.quotes.size() && doc.quotes[qi].span.begin <= b) ++qi;  // = upper_bound(quotes, b)
    if (si != cached_sentence) {
      cached = sentence_source(c, doc, doc.sentences[si]);
      cached_id = doc.strings.intern(cached.text);
      cached_sentence = si;
      semicolons.clear();
      relative_asides(c, doc, doc.sentences[si], asides);
      next_aside = 0;
      has_poll = false;
      for (uint32_t k = doc.sentences[si].first_token; k < doc.sentences[si].end_token; ++k) {
        if (clause_semicolon(c, doc, k)) semicolons.push_back(k);
        has_poll = has_poll || c.is(k, "poll");
      }
      cached_clause = UINT32_MAX;
      next_semicolon = 0;
    }
    int32_t entity = cached.entity;
    StrId source = cached_id;
    // A sentence of clauses a semicolon joins: the figure's own clause names its source ("Organisers said
    // 150,000 took part; the government delegation put the figure at 22,000"); a clause that names none goes on
    // with the sentence's where a figure opens it ("the ministry said 40 died; 12 were children"), else it has a
    // subject of its own and no source ("Halvex reported $4.02 a share; analysts expected $3.45").
    if (!semicolons.empty()) {
      // (the figures come in text order: a cursor over the semicolons, searched again for one that goes back)
      const uint32_t t = doc.token_at_or_after(b);
      if (next_semicolon > 0 && semicolons[next_semicolon - 1] >= t)
        next_semicolon = size_t(std::lower_bound(semicolons.begin(), semicolons.end(), t) - semicolons.begin());
      while (next_semicolon < semicolons.size() && semicolons[next_semicolon] < t) ++next_semicolon;
      Sentence clause = doc.sentences[si];
      if (next_semicolon > 0) clause.first_token = semicolons[next_semicolon - 1] + 1;
      if (next_semicolon < semicolons.size()) clause.end_token = semicolons[next_semicolon];
      if (clause.first_token != cached_clause) {
        clause_source = sentence_source(c, doc, clause);
        clause_id = doc.strings.intern(clause_source.text);
        cached_clause = clause.first_token;
      }
      const bool own = clause_source.entity >= 0 || clause_id != kNoString || clause_source.pronoun;
      if (own || !figure_opens_clause(c, clause.first_token)) {
        entity = clause_source.entity;
        source = clause_id;
      }
    }
    // A figure inside a direct quote comes from its speaker unless the sentence names a source.
    if (source == kNoString && !cached.pronoun && qi > 0) {
      const Quote& quote = doc.quotes[qi - 1];
      if (quote.kind == QuoteKind::Direct && quote.content.contains(m.span) && !quote.speaker.empty()) {
        entity = quote.speaker_entity;
        source = doc.strings.intern(quote.speaker_entity >= 0 && size_t(quote.speaker_entity) < doc.entities.size()
                                        ? doc.entities[size_t(quote.speaker_entity)].canonical
                                        : quote.speaker);
      }
    }
    while (next_aside < asides.size() && asides[next_aside].end <= b) ++next_aside;
    const bool aside = next_aside < asides.size() && asides[next_aside].begin <= b;
    if (age_after_name(doc, m) || aside || b < cached.from || b >= cached.until) {
      entity = -1;
      source = kNoString;
    }
    // "beating forecasts of a 7% rise in a Reuters poll of 15 economists": a poll's figure is the poll's, whoever
    // the sentence quotes for the rest
    if (const ByteSpan poll = has_poll ? poll_of(c, doc, m) : ByteSpan{}; poll.end > poll.begin) {
      entity = -1;
      source = doc.strings.intern(doc.slice(poll));
    }
    if (entity == -1 && source == kNoString && m.detail == kNoDetail) continue;  // nothing to say: no detail
    NumberDetail& x = doc.edit_detail(m);
    x.source_entity = entity;
    x.source = source;
  }
}

}  // namespace lede
