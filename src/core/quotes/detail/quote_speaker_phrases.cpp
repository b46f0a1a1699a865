// quote_speaker_phrases.cpp — the noun phrase that names a speaker around a cue: to its left
// ("Ghana's coach Kofi Mensah said"), to its right ("said the chief engineer, Lena Moss"),
// or the clause's subject past introductory phrases ("In a statement, the ministry said").
#include <algorithm>

#include "core/quotes/detail/quote_attributor.h"

namespace lede::quote_detail {

// A pronoun at token t is a noun phrase of its own ("he", "she", "they").
bool Attributor::pronoun_np(uint32_t t, Np& np) const {
  if (!has(t, qlex::kPronoun) || qlex::pronoun(lower(t)) == Pron::None) return false;  // class bit first: memoised
  np.kind = Np::Pronoun;
  np.b = t;
  np.e = t + 1;
  return true;
}

// The noun phrase ending at token p (not before lo).
Np Attributor::np_left(uint32_t p, uint32_t lo) const {
  Np np;
  if (!valid(p) || p < lo || inq_[p]) return np;
  if (pronoun_np(p, np)) return np;
  if (name_word(p)) {
    np.kind = Np::Name;
    name_run(p, lo, p + 1, np.nb, np.ne);
    np.b = np.nb;
    np.e = np.ne;
    strip_titles(np.nb, np.ne);
    extend_left(np, lo);
    return np;
  }
  if (desc_word(p) && !tk_[p].has(kCapitalised)) {
    np.kind = Np::Desc;
    np.b = p;
    np.e = p + 1;
    for (int n = 0; n < 6 && np.b > lo; ++n) {
      const uint32_t j = np.b - 1;
      if (inq_[j]) break;
      if (has(j, qlex::kDeterminer)) {
        np.b = j;
        np.definite = is_text(j, "the");
        break;
      }
      if (possessive(j) && j > lo && word(j - 1)) {
        uint32_t b = j - 1, e;
        if (name_word(j - 1)) name_run(j - 1, lo, j, b, e);
        np.b = b;
        break;
      }
      if (desc_word(j) || name_word(j)) { np.b = j; continue; }
      if (dash(j) && !tk_[j].has(kSpaceBefore) && j > lo && word(j - 1)) { np.b = j - 1; continue; }
      break;
    }
    return np;
  }
  return np;
}
// Widens a name's phrase over what describes it: "Tunisia's coach", "American academic and professor".
void Attributor::extend_left(Np& np, uint32_t lo) const {
  for (int n = 0; n < 8 && np.b > lo; ++n) {
    const uint32_t j = np.b - 1;
    if (inq_[j]) break;
    if (possessive(j) && j > lo && word(j - 1)) {
      uint32_t b = j - 1, e;
      if (name_word(j - 1)) name_run(j - 1, lo, j, b, e);
      np.b = b;
      continue;
    }
    if (has(j, qlex::kRole) || (is_text(j, "and") && j > lo && (has(j - 1, qlex::kRole) || name_word(j - 1)))) {
      np.b = j;
      continue;
    }
    if (name_word(j) && np.b < np.nb) {  // a capitalised modifier of a role noun: "American academic"
      np.b = j;
      continue;
    }
    if (has(j, qlex::kDeterminer) && np.b < np.nb) np.b = j;
    break;
  }
}

// The noun phrase starting at token s (not at or after hi). Every test against hi goes through below(),
// so first_subject knows whether the answer holds for a larger hi too.
Np Attributor::np_right(uint32_t s, uint32_t hi) const {
  Np np;
  if (!valid(s) || !below(s, hi) || inq_[s]) return np;
  if (pronoun_np(s, np)) return np;
  const std::string_view w = word(s) ? lower(s) : std::string_view();
  uint32_t e = s;
  bool after_possessive = false;
  const bool is_determiner_start = has(s, qlex::kDeterminer);  // memoised qlex::is_determiner(w)
  if (is_determiner_start) {
    np.definite = w == "the";
    e = s + 1;
  } else if (!name_word(s) && !(desc_word(s) && !tk_[s].has(kCapitalised))) {
    return np;
  }
  // Read modifiers, names and possessives up to the head.
  uint32_t last_name_b = kNone, last_name_e = kNone;
  for (int n = 0; n < 10 && below(e, hi); ++n) {
    if (inq_[e]) break;
    if (name_word(e)) {
      uint32_t b, ne;
      name_run(e, e, hi, b, ne);
      last_name_b = b;
      last_name_e = ne;
      e = ne;
      after_possessive = false;
      continue;
    }
    if (possessive(e) && e > s) { ++e; last_name_b = kNone; after_possessive = true; continue; }
    // "the two lawmakers", "the 27 members": a number after the article, before the description
    if (e == s + 1 && is_determiner_start && (tk_[e].kind == TokenKind::Number || has(e, qlex::kDeterminer)) &&
        !inq_[e] && desc_word(e + 1)) {
      ++e;
      continue;
    }
    // After a bare name only a role or group noun continues the phrase ("Hamas officials",
    // "Tunisia's coach"): "Sunak defended" and "Harry Kane won" end at the name.
    // A verb in -ed after a possessive ends it too ("Netanyahu’s office issued a"), unless it
    // modifies a following noun ("Israel’s embattled leader").
    const bool verb_like = !is_determiner_start && ends_ed(e) && !desc_word(e + 1);
    // "a senior official close to the talks", "an aide familiar with …": an adjective with its own complement
    // ends the phrase before it (the noun is the speaker)
    static constexpr std::string_view kComplemented[] = {"close", "familiar", "loyal", "opposed", "allied", "near"};
    if (e > s && has(e + 1, qlex::kPreposition) &&
        std::find(std::begin(kComplemented), std::end(kComplemented), lower(e)) != std::end(kComplemented))
      break;
    // (a nationality's word reads as a name, and what follows it is a description as after an article: "Swedish
    // enterprise minister Maud Olofsson", "German finance minister Karin Vogt")
    const bool after_nationality = last_name_e == e && last_name_b + 1 == e && e > s && nationality(last_name_b);
    if (desc_word(e) && !verb_like &&
        (np.definite || after_possessive || last_name_e == kNone || e == s || has(e, qlex::kRole) ||
         has(e, qlex::kGroup) || is_determiner_start || after_nationality)) {
      ++e;
      continue;
    }
    if (dash(e) && !tk_[e].has(kSpaceBefore) && word(e + 1) && !tk_[e + 1].has(kSpaceBefore)) { e += 2; continue; }
    // "“…,” the report said": a cue's word right after the article and before the verb is the noun it is too
    if (e == s + 1 && is_determiner_start && word(e) && has(e, qlex::kCue) && !tk_[e].has(kCapitalised) &&
        below(e + 1, hi) && cue_at(e + 1)) {
      ++e;
      break;
    }
    break;
  }
  if (e == s || (e == s + 1 && np.definite)) return Np{};
  // "One of them said", "one of the diplomats said": a quantifier's "of" phrase is who it counts
  if (is_determiner_start && e == s + 1 && is_text(e, "of") && below(e + 1, hi) && !inq_[e + 1]) {
    const uint32_t k = e + 1;
    if (is(k, [](std::string_view x) { return x == "them" || x == "us" || x == "those" || x == "these"; })) {
      e = k + 1;
    } else if (has(k, qlex::kDeterminer)) {
      uint32_t m = k + 1;
      while (m < k + 5 && below(m, hi) && !inq_[m] && (desc_word(m) || name_word(m))) ++m;
      if (m > k + 1) e = m;
    }
  }
  np.b = s;
  np.e = e;
  // "the Minister of Finance", "The Mayor of Greater Manchester": a post and its remit, read as a name, which a
  // person's name in apposition may follow as a description's may (below)
  bool office = false;
  if (last_name_e == e) {
    const uint32_t b = last_name_b;
    office = b != kNone && b + 2 < e && (has(b, qlex::kRole) || has(b, qlex::kTitle)) &&
             (is_text(b + 1, "of") || is_text(b + 1, "for"));
    np.kind = Np::Name;
    np.nb = last_name_b;
    np.ne = last_name_e;
    strip_titles(np.nb, np.ne);
  } else {
    np.kind = Np::Desc;
  }
  // Appositive name: "the chief engineer, Lena Moss, PhD" / "her adviser on trade, Paul Ekwe," (also after a
  // post written in capitals, which reads as a name: "The local MP, Jane Hunt,", "The company's CEO, Ada Kest,")
  const bool post_in_capitals = np.kind == Np::Name && np.ne == np.nb + 1 && np.nb > s &&
                                tk_[np.nb].has(kAllCaps) && has(np.nb, qlex::kRole);
  if (np.kind == Np::Desc || post_in_capitals || office) {
    uint32_t k = e;
    if (has(k, qlex::kPreposition))  // skip one short prepositional phrase
      for (int n = 0; n < 6 && below(k, hi) && !punct(k, ",") && !inq_[k]; ++n) ++k;
    if (punct(k, ",") && name_word(k + 1)) {
      uint32_t b, ne;
      name_run(k + 1, k + 1, hi, b, ne);
      if (!below(ne, hi) || punct(ne, ",") || terminal(ne) || cue_at(ne)) {
        np.kind = Np::Name;
        np.nb = b;
        np.ne = ne;
        strip_titles(np.nb, np.ne);
        np.e = ne;
      }
    }
  }
  // "“…,” said the head of the IMF", "a spokesman for Halvex Group said": a post's body after "of" or "for" is
  // part of the phrase, as subject_of_uncached reads it before the verb
  if (np.kind == Np::Desc && np.e == e && e > s && has(e - 1, qlex::kRole | qlex::kTitle) &&
      (is_text(e, "of") || is_text(e, "for"))) {
    uint32_t k = e + 1;
    if (below(k, hi) && has(k, qlex::kDeterminer)) ++k;
    if (below(k, hi) && !inq_[k] && name_word(k)) {
      uint32_t b, ne;
      name_run(k, k, hi, b, ne);
      np.e = ne;
    }
  }
  return np;
}

// The first noun phrase that can be the subject of the clause in [lo, hi): skips introductory
// phrases ("After the match,", "In a statement to X,", "Yesterday,") and quoted text.
// Exactly first_subject_scan(lo, hi), remembered two ways: by (lo, hi), and per lo as a scan that a
// larger hi resumes (scans_). Each quote of "said “x” said “x” …" asks with the next cue as hi: resumed,
// the sentence (at most kMaxSentenceTokens) is scanned once in all instead of once per cue.
Np Attributor::first_subject(uint32_t lo, uint32_t hi) const {
  const uint64_t key = uint64_t(lo) << 32 | hi;
  if (const auto it = subjects_.find(key); it != subjects_.end()) return it->second;
  if (subjects_.size() >= 4096) subjects_.clear();
  if (scans_.size() >= 4096) scans_.clear();
  Scan& sc = scans_[lo];
  Np np;
  if (sc.hi != 0 && hi >= sc.hi) {  // a scan from lo with a smaller hi: its answer or its resume point
    if (sc.resume == kNone) {
      np = sc.np;
    } else {
      sc.hi = hi;
      sc.np = np = first_subject_scan(sc.resume, hi, sc.resume);
    }
  } else {
    uint32_t resume = kNone;
    np = first_subject_scan(lo, hi, resume);
    if (sc.hi == 0) sc = Scan{hi, resume, np};  // keep the first, so an earlier cue's scan is not lost
  }
  subjects_.emplace(key, np);
  return np;
}
// The scan itself, from token `from` (lo, or a resume point an earlier scan left). Sets resume to the
// first token where a test against hi failed (the answer from there on depends on hi), or kNone when
// the answer was found before any: then it is the answer for every larger hi.
Np Attributor::first_subject_scan(uint32_t from, uint32_t hi, uint32_t& resume) const {
  uint32_t t = from;
  resume = kNone;
  for (;;) {
    // one step from t: bound_hit_ says whether it tested a token against hi and found it not below
    const uint32_t top = t;
    bound_hit_ = false;
    Np np = [&] {
      if (!below(t, hi)) return Np{};
      if (inq_[t] || tk_[t].kind != TokenKind::Word) { ++t; return Np{}; }
      while (below(t, hi) && (has(t, qlex::kConjunction) || has(t, qlex::kSkippable))) ++t;
      if (!below(t, hi)) return Np{};
      if (according_at(t)) {  // "According to Yonhap, quoting KCNA, ..." — the source speaks
        Np found = np_right(t + 2, hi);
        if (found) return found;
      }
      if (has(t, qlex::kPreposition) || has(t, qlex::kSubordinator) || tk_[t].kind != TokenKind::Word) {
        // an introductory phrase: jump past the next comma
        while (below(t, hi) && !punct(t, ",") && !inq_[t]) ++t;
        return Np{};
      }
      Np found = np_right(t, hi);
      if (found) return found;
      while (below(t, hi) && !punct(t, ",") && !inq_[t]) ++t;
      return Np{};
    }();
    if (bound_hit_ && resume == kNone) resume = top;
    if (np) return np;
    if (t >= hi) {  // the end of [from, hi): a larger hi goes on from t
      if (resume == kNone) resume = t;
      return Np{};
    }
  }
}

// Skips adverbs, auxiliaries and "on Tuesday" leftwards from p; returns the new position (or kNone).
uint32_t Attributor::skip_left(uint32_t p, uint32_t lo) const {
  while (p != kNone && p >= lo) {
    if (has(p, qlex::kSkippable)) { p = p > 0 ? p - 1 : kNone; continue; }
    if ((has(p, qlex::kTime)) && p > lo && (is_text(p - 1, "on") || is_text(p - 1, "last"))) {
      p = p >= 2 ? p - 2 : kNone;
      continue;
    }
    break;
  }
  if (p == kNone || p < lo) return kNone;
  return p;
}

// A description's phrase [b, e) ("One of them", "The report").
static Np description(uint32_t b, uint32_t e) {
  Np np;
  np.kind = Np::Desc;
  np.b = b;
  np.e = e;
  return np;
}

// The speaker phrase of cue verb v, looking no further left than lo.
Np Attributor::subject_of(uint32_t v, uint32_t lo) const {
  SubjectMemo& m = subject_memo_[v & (kMemoSlots - 1)];
  if (m.v != v || m.lo != lo) {
    const Np np = subject_of_uncached(v, lo);
    m = SubjectMemo{v, lo, np};
  }
  return m.np;
}

Np Attributor::subject_of_uncached(uint32_t v, uint32_t lo) const {
  if (v == 0 || v <= lo) return Np{};
  // A post's phrase stands for the name it follows in apposition ("Lena Vik, a lawyer for …"), else for itself.
  auto named_before = [&](const Np& post) {
    if (post.b > lo + 1 && punct(post.b - 1, ",")) {
      const Np named = np_left(post.b - 2, lo);
      if (named && named.kind == Np::Name) return named;
    }
    return post;
  };
  const uint32_t p = skip_left(v - 1, lo);
  if (p == kNone) return Np{};
  if (punct(p, ",") || has(p, qlex::kConjunction) || dash(p)) return first_subject(lo, p);
  if (has(p, qlex::kRelative) && p > lo) {  // "Sheline, who ..., said" / "X who said"
    uint32_t q = p - 1;
    if (punct(q, ",") && q > lo) --q;
    Np np = np_left(q, lo);
    // "who" is a person's: not the body a preposition names at the end of the phrase before it ("said Lena Vik,
    // a lawyer for the residents' association, who added": the lawyer, Lena Vik; "the head of Nordbank, who")
    const uint32_t nb = np && np.b > lo && has(np.b - 1, qlex::kDeterminer) ? np.b - 1 : np.b;
    if (np && !is_text(p, "which") && nb > lo + 1 && has(nb - 1, qlex::kPreposition) && !is_text(nb - 1, "with")) {
      // (a post heads it: "the mind of the man who once said" is the man's)
      const Np head = np_left(nb - 2, lo);
      if (head && head.kind == Np::Desc && has(head.e - 1, qlex::kRole | qlex::kTitle)) return named_before(head);
    }
    if (np) return np;
    return first_subject(lo, p);
  }
  // "One report said", "The report said the plan was “flawed”": a cue's word as the noun after a determiner
  if (p > lo && word(p) && has(p, qlex::kCue) && !tk_[p].has(kCapitalised) && has(p - 1, qlex::kDeterminer)) {
    Np noun = description(p - 1, p + 1);
    noun.definite = is_text(p - 1, "the");
    return noun;
  }
  Np np = np_left(p, lo);
  // "One of them said", "One of the diplomats said": who the quantifier counts is no subject of its own
  if (np && np.b >= lo + 2 && is_text(np.b - 1, "of") && quantifier(np.b - 2)) return description(np.b - 2, np.e);
  // "the mayor's office issued a short note stating": a participle after an object describes
  // what the clause's subject said.
  if (np && np.kind == Np::Desc && participle(v) && np.b > lo && word(np.b - 1) &&
      !has(np.b - 1, qlex::kPreposition | qlex::kConjunction | qlex::kSubordinator))
    return first_subject(lo, np.b);
  if (np) {
    if (np.kind == Np::Pronoun) return np;
    // "Per Moen of Nordbank called it …", "Ivo Marsk from the union said": a name's own phrase (after its
    // article, if any); the name before it speaks. Not a description's ("the head of Nordbank said", read as
    // below) nor an office's in capitals ("CEO of the Refugee Council Ada Kest told": the run holds the name).
    const uint32_t b = np.b > lo && has(np.b - 1, qlex::kDeterminer) ? np.b - 1 : np.b;
    if (b > lo + 1 && (is_text(b - 1, "of") || is_text(b - 1, "from") || is_text(b - 1, "at"))) {
      const Np owner = np_left(b - 2, lo);
      if (owner && owner.kind == Np::Name && owner.ne > owner.nb && !tk_[owner.nb].has(kAllCaps)) return owner;
    }
    // "The head of the IMF warned", "A spokesman for the IMF said": a post of a body speaks, not the body; the
    // whole phrase is the speaker (before: "IMF")
    if (np.kind == Np::Name && b > lo + 1 && (is_text(b - 1, "of") || is_text(b - 1, "for"))) {
      const Np post = np_left(b - 2, lo);
      if (post && post.kind == Np::Desc && post.e == b - 1 && has(post.e - 1, qlex::kRole | qlex::kTitle)) {
        // (the post in apposition after a name: "Gen. Joseph Votel, commander of U.S. Central Command said")
        if (const Np named = named_before(post); named.kind == Np::Name) return named;
        Np whole = description(post.b, np.e);
        whole.definite = post.definite;
        return whole;
      }
    }
    // "a memo seen by the Gazette says": a phrase after a preposition is not the subject
    // ("with Moss stating" is the exception: "with" introduces the -ing verb's own subject)
    if (np.b > lo && has(np.b - 1, qlex::kPreposition) && !is_text(np.b - 1, "with"))
      return first_subject(lo, np.b);
    return np;
  }
  return first_subject(lo, v);
}

}  // namespace lede::quote_detail
