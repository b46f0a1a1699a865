// quote_speakers.cpp — the rules of attribute_speakers(), in order of trust: a cue right after the
// quote, the nearest cue verb before it in its sentence, then paragraph context. The speaker phrase
// (quote_speaker_phrases.cpp) and its resolution (quote_speaker_resolve.cpp) are shared by all three.
#include "core/quotes/detail/quote_speakers.h"

#include "core/quotes/detail/quote_attributor.h"

namespace lede {

namespace quote_detail {

Attributor::Attributor(Document& doc, const std::vector<QuoteMarks>& marks, const TokenFeatures& features)
    : doc_(doc), tk_(doc.tokens), ntok_(uint32_t(doc.tokens.size())), chars_(doc.text.data()), marks_(marks), inq_(doc.tokens.size(), 0), para_start_(doc.tokens.size(), 0),
      f_(features) {
  for (const QuoteMarks& m : marks)
    for (uint32_t i = m.open_tok; i <= m.close_tok && i < tk_.size(); ++i) inq_[i] = 1;
  for (const Paragraph& p : doc.paragraphs)
    if (p.first_sentence < doc.sentences.size()) para_start_[doc.sentences[p.first_sentence].first_token] = 1;
}

void Attributor::run() {
  for (size_t qi = 0; qi < marks_.size(); ++qi) attribute(qi);
}

// “…,” Hanna said / “…,” said Hanna / “…,” according to X / “…,” Hanna, reporting from Y, said
bool Attributor::after(size_t qi) {
  const QuoteMarks& m = marks_[qi];
  if (!m.closed) return false;
  uint32_t t = m.close_tok + 1;
  while (valid(t) && (punct(t, ",") || dash(t)) && !inq_[t]) ++t;
  if (!valid(t) || inq_[t] || tk_[t].has(kParagraphBefore)) return false;
  if (para_start_[t]) return false;
  const uint32_t hi = clause_end(t);
  // A quote that ends its own sentence (“… it.” He added that …) is followed by a new sentence: only
  // a bare attribution (“…?” Odeh said. / “…” he told CNN.) belongs to it, not a cue with its own
  // complement.
  const bool ended = m.close_tok > m.open_tok + 1 && terminal(m.close_tok - 1);
  // (only a verb of saying takes words after it there, "he told CNN", "she said on Monday": "“…” Hamas rejected
  // the claim." is a new sentence about something else)
  auto saying = [&](uint32_t v) {
    return is(v, [](std::string_view x) {
      return x == "said" || x == "says" || x == "told" || x == "tells" || x == "added" || x == "adds" ||
             x == "asked" || x == "asks" || x == "wrote" || x == "writes" || x == "replied" || x == "answered";
    });
  };
  auto bare_after = [&](uint32_t v) {
    if (!ended) return true;
    if (!saying(v)) return !valid(v + 1) || terminal(v + 1) || tk_[v + 1].has(kNewlineBefore);
    // (nor one whose verb takes a clause of its own, "The company said it would appeal.": a verb of the clause's,
    // "would", "was", "had", says it reports other words than the quote's)
    for (uint32_t k = v + 1; k < v + 8; ++k) {
      if (!valid(k) || terminal(k) || tk_[k].has(kNewlineBefore)) return true;
      if (inq_[k] || punct(k, ",") || punct(k, ":") || is_text(k, "that") || has(k, qlex::kAux)) return false;
    }
    return false;
  };
  if (cue_at(t)) {
    Np np = np_right(t + 1, hi);
    if (np && bare_after(np.e - 1)) return assign(qi, np, t, {});
    return false;
  }
  if (according_at(t)) {
    Np np = np_right(t + 2, hi);
    if (np) return assign(qi, np, kNone, "according to");
    return false;
  }
  // A phrase quoted inside a sentence, with no comma on either side of its closing mark, goes on with the
  // sentence: "wrote that Seabridge “failed to show” the union had agreed" has no speaker after it.
  const bool inside = m.open_tok > 0 && tk_[m.open_tok - 1].kind == TokenKind::Word &&
                      !tk_[m.open_tok].has(kSentenceStart);
  const bool bare_close = !(m.close_tok > m.open_tok + 1 &&
                            (punct(m.close_tok - 1, ",") || terminal(m.close_tok - 1)));
  if (inside && bare_close && t == m.close_tok + 1) return false;
  // A clause that a subordinator opens after the quote has a subject of its own, not the quote's speaker: "Kiptoo
  // said the protests had been “hijacked by criminals”, while opposition lawmaker Achieng Odera accused …" (but "as
  // X put it" names the one quoted)
  if (!tk_[t].has(kCapitalised) && is(t, [](std::string_view x) {
        return x == "while" || x == "whilst" || x == "whereas" || x == "although" || x == "though" ||
               x == "because" || x == "when" || x == "if" || x == "unless";
      }))
    return false;
  if (is_text(t, "as")) {  // "“a catastrophe”, as Foreign Minister Ana Lund put it" / "as he said"
    if (ended) return false;  // ("“…” As the minister said, …": a new sentence's own clause)
    const Np np = np_right(t + 1, hi);
    if (!np) return false;
    uint32_t u = np.e;
    while (u < hi && has(u, qlex::kSkippable)) ++u;
    if (u < hi && (cue_at(u) || (is_text(u, "put") && is_text(u + 1, "it")))) return assign(qi, np, u, {});
    return false;
  }
  Np np = np_right(t, hi);
  if (!np) return false;
  uint32_t u = np.e;
  while (u < hi && (has(u, qlex::kSkippable) || (has(u, qlex::kTime) && u > np.e && is_text(u - 1, "on")) ||
                    (is_text(u, "on") && has(u + 1, qlex::kTime))))
    ++u;
  if (u < hi && cue_at(u)) return bare_after(u) && assign(qi, np, u, {});
  // (the phrase may have taken a name in apposition with its commas: "the mayor, Kari Nordtun, said")
  if (punct(u, ",") && u + 1 < hi && cue_at(u + 1)) return bare_after(u + 1) && assign(qi, np, u + 1, {});
  if (punct(u, ",") || has(u, qlex::kRelative)) {  // an insert: ", speaking from Lagos, Nigeria, said"
    for (uint32_t k = u + 1; k < hi && k < u + 16; ++k)
      if (punct(k, ",") && cue_at(k + 1)) return bare_after(k + 1) && assign(qi, np, k + 1, {});
  }
  // A relative clause without commas: "“…,” a commander who asked not to be named told Reuters", "a diplomat who
  // was at the meeting said": the clause's last verb of saying, before any comma or the sentence's end, is the
  // phrase's own (a cue inside the clause, "who asked", is not)
  if (has(u, qlex::kRelative)) {
    uint32_t last = kNone;
    for (uint32_t k = u + 1; k < hi && k < u + 16 && !punct(k, ",") && !terminal(k) && !inq_[k]; ++k)
      if (cue_at(k)) last = k;
    if (last != kNone) return bare_after(last) && assign(qi, np, last, {});
  }
  // A short phrase of the speaker's own before its verb: "Liv Harstad of the Varnholm Police District told NRV",
  // "Ivo Marsk from the board said", "a spokeswoman for the regional council said" (a description from its
  // article only: a word such as "while" reads as one)
  if (has(u, qlex::kPreposition) && (np.kind == Np::Name || has(np.b, qlex::kDeterminer))) {
    for (uint32_t k = u + 1; k < hi && k < u + 10 && !punct(k, ",") && !inq_[k]; ++k)
      if (cue_at(k)) return bare_after(k) && assign(qi, np, k, {});
  }
  return false;
}

// The first verb of saying ("said", "told") in [lo, hi) outside quotes, or kNone.
uint32_t Attributor::first_saying_verb(uint32_t lo, uint32_t hi) const {
  for (uint32_t k = lo; k < hi; ++k)
    if (!inq_[k] && cue_at(k) && is(k, [](std::string_view x) {
          return x == "said" || x == "says" || x == "told" || x == "tells";
        }))
      return k;
  return kNone;
}

// Whether the clause after quote qi, in the quote's own sentence, holds a cue verb ("“…,” X of Y told NRV"):
// then the quote has an attribution of its own that after() could not read, and borrowing the sentence
// before's speaker would most likely name the wrong one. (The clause after() reads, clause_end.)
bool Attributor::own_cue_after(size_t qi) const {
  const QuoteMarks& m = marks_[qi];
  if (!m.closed) return false;
  const uint32_t t = m.close_tok + 1;
  if (!valid(t) || tk_[t].has(kParagraphBefore) || para_start_[t]) return false;
  if (m.close_tok > m.open_tok + 1 && terminal(m.close_tok - 1)) return false;  // the quote ends its sentence
  for (uint32_t k = t, hi = clause_end(t); k < hi; ++k)
    if (cue_at(k)) return true;
  return false;
}

// The clause after a quote, from token t: to the next terminal mark, quote or paragraph end (at most 30 tokens).
uint32_t Attributor::clause_end(uint32_t t) const {
  uint32_t hi = t;
  while (hi < tk_.size() && hi < t + 30 && !terminal(hi) && !inq_[hi] && !(hi > t && para_start_[hi])) ++hi;
  return hi;
}

// X said “…” / X described it as “…” / according to X, “…” / X told reporters: “…”
bool Attributor::before(size_t qi) {
  const QuoteMarks& m = marks_[qi];
  const uint32_t open = m.open_tok;
  const Sentence& sen = doc_.sentences[sentence_at(tk_[open].span.begin)];
  const uint32_t lo = sen.first_token;
  // Bound: the look-back stays in the sentence (at most kMaxSentenceTokens) and tries the subjects of at
  // most kMaxCues cue verbs (each a scan of the sentence): "said “x” said “x” …" would otherwise cost the
  // sentence's length squared per quote.
  constexpr int kMaxCues = 4;
  int cues = 0;
  constexpr uint32_t kUnknown = kNone - 1;
  uint32_t first_saying = kUnknown;
  for (uint32_t j = open; j-- > lo;) {
    if (inq_[j]) continue;
    if (punct(j, ";")) break;
    if (according_at(j)) {
      Np np = np_right(j + 2, open);
      if (np) return assign(qi, np, kNone, "according to");
      continue;
    }
    if (words_of_at(j)) {
      Np np = np_right(j + 2, open);
      if (np) return assign(qi, np, kNone, "in the words of");
      continue;
    }
    const bool cue = cue_at(j);  // asked once: the look-back visits every token of the sentence
    if (cue && naming(j, open)) continue;  // a song called “Harbour Lights”
    // "UN envoy Lars Halvorsen said both sides had agreed to “a pause in hostilities”": what was agreed, in the
    // words of the one who reports it, a verb of saying before it in the sentence
    if (cue && is(j, [](std::string_view x) { return x == "agreed" || x == "agree" || x == "agrees"; })) {
      if (first_saying == kUnknown) first_saying = first_saying_verb(lo, open);  // (one scan per quote)
      if (first_saying < j) continue;
    }
    if (cue) {
      if (++cues > kMaxCues) break;
      // "The ministry quoted Berg as saying …": the one quoted speaks, not the one quoting
      if (j > lo + 1 && is_text(j, "saying") && is_text(j - 1, "as")) {
        // ("quoted Kelby's mayor, Tomas Lind, as saying": the name between commas, not the one quoting)
        Np np = j > lo + 2 && punct(j - 2, ",") ? np_left(j - 3, lo) : Np{};
        if (!np || np.kind != Np::Name) np = subject_of(j - 1, lo);
        if (np) return assign(qi, np, j, {});
      }
      // "Mensah told the BBC, calling on …" / "she said, adding that …": a participle after a comma
      // shares the subject of the finite cue before it.
      if (participle(j)) {
        const uint32_t p = skip_left(j - 1, lo);
        if (p != kNone && (punct(p, ",") || has(p, qlex::kConjunction))) {
          for (uint32_t k = p; k-- > lo;) {
            if (cue_at(k) && !participle(k)) {
              Np np = subject_of(k, lo);
              // ("“…,” said Ane Moe of the Centre Party, adding that …": an inverted cue's speaker is after it)
              if (!np) np = np_right(k + 1, p);
              if (np) return assign(qi, np, k, {});
              break;
            }
          }
        }
      }
      Np np = subject_of(j, lo);
      if (np) return assign(qi, np, j, {});
    }
  }
  // "In a statement, the club rejected the claims: “…”" without a known cue verb (and a cue whose subject the
  // look-back above could not read, "Another added: “…”", "The report said: “…”", is still the cue shown)
  if (open > lo && punct(open - 1, ":")) {
    Np np = first_subject(lo, open - 1);
    if (np) return open >= lo + 2 && cue_at(open - 2) ? assign(qi, np, open - 2, {}) : assign(qi, np, kNone, ":");
  }
  return false;
}

// A quote with no cue in its sentence: the sentence before it introduces the speaker, or the quote
// continues the previous speaker's.
bool Attributor::context(size_t qi) {
  const QuoteMarks& m = marks_[qi];
  const uint32_t open = m.open_tok;
  const uint32_t s0 = sentence_at(tk_[open].span.begin);
  // only quotes that begin their sentence (wire "quote paragraphs"): nothing but quotes and punctuation
  // before the mark. The sentence's first such token is found once per sentence, not once per quote
  // (a sentence of 128 quote marks would cost 128 scans).
  const Sentence& sen = doc_.sentences[s0];
  if (first_plain_.empty()) first_plain_.assign(doc_.sentences.size(), kNone);
  uint32_t& plain = first_plain_[s0];
  if (plain == kNone) {
    plain = sen.first_token;
    while (plain < sen.end_token && (inq_[plain] || tk_[plain].kind == TokenKind::Punct)) ++plain;
  }
  if (plain < open) return false;
  if (s0 == 0) return false;
  if (own_cue_after(qi)) return false;
  const Sentence& prev = doc_.sentences[s0 - 1];
  // Not across more than one paragraph break: the previous sentence must end the previous paragraph
  // or share this one.
  // the previous quote, if it ends in the previous sentence or touches this one
  if (qi > 0) {
    const Quote& pq = doc_.quotes[qi - 1];
    if (pq.span.end > prev.span.begin && !pq.speaker.empty()) {
      copy_speaker(qi, qi - 1);
      return true;
    }
  }
  // "X told reporters:" / "X said on Tuesday." / "X said the talks had stalled."
  // (its last word or colon, found once per sentence: every quote of a run of quotes asks about it)
  if (last_plain_.empty()) last_plain_.assign(doc_.sentences.size(), kNone);
  uint32_t& last = last_plain_[s0 - 1];
  if (last == kNone) {
    last = prev.end_token;
    while (last > prev.first_token && (inq_[last - 1] || tk_[last - 1].kind != TokenKind::Word) && !punct(last - 1, ":")) --last;
  }
  if (last > prev.first_token && punct(last - 1, ":")) {
    for (uint32_t j = last - 1; j-- > prev.first_token;)
      if (cue_at(j)) {
        Np np = subject_of(j, prev.first_token);
        if (np) return assign(qi, np, j, {});
      }
    Np np = first_subject(prev.first_token, last - 1);
    if (np) return assign(qi, np, kNone, ":");
    return false;
  }
  for (uint32_t j = prev.end_token; j-- > prev.first_token;) {
    if (inq_[j]) return false;  // the previous sentence quotes someone else without a speaker
    if (cue_at(j)) {
      Np np = subject_of(j, prev.first_token);
      if (np) return assign(qi, np, j, {});
      return false;
    }
  }
  return false;
}

void Attributor::attribute(size_t qi) {
  if (after(qi)) return;
  if (before(qi)) return;
  context(qi);
}

}  // namespace quote_detail

void attribute_speakers(Document& doc, const std::vector<QuoteMarks>& marks, const TokenFeatures& features) {
  if (marks.empty()) return;
  quote_detail::Attributor(doc, marks, features).run();
}

}  // namespace lede
