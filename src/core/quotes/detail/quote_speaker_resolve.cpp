// quote_speaker_resolve.cpp — fills a Quote from its speaker phrase. A name is canonicalised; he/she
// and "the Israeli leader" resolve to the most recent fitting speaker or sentence subject (genders
// learnt from Mr/Mrs and from earlier he/she); "the ministry" to an organisation named earlier.
#include <algorithm>
#include <string>

#include "core/quotes/detail/quote_attributor.h"

namespace lede::quote_detail {

bool Attributor::known_non_person(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m && (m->type == EntityType::Org || m->type == EntityType::Loc);
}
bool Attributor::known_loc(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m && m->type == EntityType::Loc;
}
bool Attributor::known_person(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m && m->type == EntityType::Person;
}
Pron Attributor::gender_of(const std::string& name) const {
  const auto it = genders_.find(name);
  return it == genders_.end() ? Pron::None : it->second;
}
void Attributor::learn_gender(const std::string& name, Pron p) {
  if (p != Pron::Male && p != Pron::Female) return;
  genders_.emplace(name, p);  // the first gender learnt stays
}
// lenient: the recogniser's ORG type is not trusted (a speaker it mistyped) — second pass only.
bool Attributor::fits(const Event& ev, Want want, Pron pron) const {
  if (want == Want::Person) {
    if (!ev.maybe_person && !(lenient_ && !ev.loc)) return false;
    const Pron g = gender_of(ev.name);
    return g == Pron::None || pron == Pron::None || g == pron;
  }
  if (want == Want::Thing) return !ev.maybe_person || word_count(ev.name) == 1;
  return true;
}

// Fills scratch_ with the name [nb, ne) and says whether it fits what a pronoun wants.
bool Attributor::candidate(uint32_t nb, uint32_t ne, Want want, Pron pron) {
  scratch_ = Event{};
  scratch_.tok = nb;
  canonical(nb, ne, scratch_.name, scratch_.entity);
  scratch_.maybe_person = !known_non_person(ne - 1);
  scratch_.loc = known_loc(ne - 1);
  if (want == Want::Person && !known_person(ne - 1) && mention_at(ne - 1) == nullptr && word_count(scratch_.name) < 2)
    return false;  // a lone capitalised word nobody recognised as a person: not for he/she
  return fits(scratch_, want, pron);
}

// The most recent fitting speaker or sentence subject before token t (a few sentences back).
const Event* Attributor::salient(uint32_t t, Want want, Pron pron, uint32_t max_sentences) {
  const uint32_t s0 = sentence_at(tk_[t].span.begin);
  const uint32_t para_limit = 3;
  uint32_t paras = 0;
  // Bounds: at most max_sentences sentences (each at most kMaxSentenceTokens) and kSalientTokens tokens
  // back, and only the kSalientEvents latest speakers (events are appended in text order, roughly):
  // a pronoun costs a constant, however many speakers the text has.
  constexpr uint32_t kSalientTokens = 600;
  constexpr size_t kSalientEvents = 64;
  const size_t oldest_event = events_.size() > kSalientEvents ? events_.size() - kSalientEvents : 0;
  for (uint32_t s = s0, n = 0; n < max_sentences; ++n) {
    const Sentence& sen = doc_.sentences[s];
    if (n > 0 && sen.first_token + kSalientTokens < t) break;
    const uint32_t end = std::min(sen.end_token, t);
    // speakers attributed inside this sentence, latest first
    for (size_t k = events_.size(); k-- > oldest_event;) {
      const Event& ev = events_[k];
      if (ev.tok < sen.first_token || ev.tok >= end) continue;
      if (fits(ev, want, pron)) return &ev;
    }
    // the sentence's subject, else the first fitting name in it
    Np np = first_subject(sen.first_token, end);
    if (np.kind == Np::Name && candidate(np.nb, np.ne, want, pron)) return &scratch_;
    // ("The port authority closed the terminal. “Safety comes first,” it said": "it" is the body the sentence
    // names by its kind, when no name fits; before, the speaker was "it")
    // (the phrase's last body noun in the singular is its head: the phrase read may run on into its verb)
    uint32_t head = kNone;
    for (uint32_t k = np.b + 1; pron == Pron::Neuter && np.kind == Np::Desc && np.definite && k < np.e; ++k)
      if (has(k, qlex::kGroup) && text(k).back() != 's') head = k;
    if (head != kNone) {
      scratch_ = Event{};
      scratch_.tok = np.b;
      scratch_.name.assign(doc_.slice({tk_[np.b].span.begin, tk_[head].span.end}));
      scratch_.maybe_person = false;
      return &scratch_;
    }
    for (uint32_t i = sen.first_token; i < end; ++i) {
      if (inq_[i] || !name_word(i) || (np.kind == Np::Name && i >= np.nb && i < np.ne)) continue;
      uint32_t b, e;
      name_run(i, sen.first_token, end, b, e);
      if (e < end && possessive(e)) { i = e; continue; }  // "Trump’s remarks": not the subject
      if (b > sen.first_token && has(b - 1, qlex::kDeterminer)) { i = e; continue; }
      strip_titles(b, e);
      if (candidate(b, e, want, pron)) return &scratch_;
      i = e;
    }
    if (s == 0) break;
    if (tk_[sen.first_token].has(kNewlineBefore) || tk_[sen.first_token].has(kParagraphBefore))
      if (++paras >= para_limit) break;
    --s;
  }
  return nullptr;
}

// Fills q's speaker fields from phrase np (cue token cue_tok, or kNone for context attribution).
bool Attributor::assign(size_t qi, const Np& np, uint32_t cue_tok, std::string_view cue_text) {
  Quote& q = doc_.quotes[qi];
  q.cue.assign(cue_text);
  if (cue_tok != kNone && cue_text.empty()) q.cue.assign(text(cue_tok));
  Event ev;
  ev.tok = np.b;
  if (np.kind == Np::Name) {
    canonical(np.nb, np.ne, q.speaker, q.speaker_entity);
    q.speaker_span = {tk_[np.b].span.begin, tk_[np.e - 1].span.end};
    ev.name = q.speaker;
    ev.entity = q.speaker_entity;
    ev.maybe_person = !known_non_person(np.ne - 1);
    ev.loc = known_loc(np.ne - 1);
    for (uint32_t k = np.b; k < np.nb; ++k) {  // Mr. / Mrs. / Ms. tell he from she
      if (is_text(k, "mr")) learn_gender(q.speaker, Pron::Male);
      if (is_text(k, "mrs") || is_text(k, "ms") || is_text(k, "miss")) learn_gender(q.speaker, Pron::Female);
    }
    events_.push_back(ev);
    return true;
  }
  q.speaker_span = {tk_[np.b].span.begin, tk_[np.e - 1].span.end};
  if (np.kind == Np::Pronoun) {
    const Pron p = qlex::pronoun(lower(np.b));
    const Want want = p == Pron::Male || p == Pron::Female ? Want::Person : Want::Thing;
    const Event* ref = salient(np.b, want, p);
    if (!ref && want == Want::Person) {
      lenient_ = true;
      ref = salient(np.b, want, p);
      lenient_ = false;
    }
    if (ref) {
      q.speaker = ref->name;
      q.speaker_entity = ref->entity;
      learn_gender(ref->name, p);
      ev = *ref;
      ev.tok = np.b;
      events_.push_back(ev);
    } else {
      q.speaker.assign(text(np.b));
    }
    return true;
  }
  // A description: "the Israeli leader" refers back to a person; "the ministry" to an organisation
  // named earlier; "a former Israeli official" stays as written.
  q.speaker.assign(doc_.slice(q.speaker_span));
  if (np.definite) {
    // An epithet news uses for someone just named ("the Israeli leader", "the governor") is who the recogniser's
    // alias step linked it to, where the text names someone with that role ("Governor Ana Lund … the governor");
    // where it linked none, the last person named is no one's governor ("Her son, Yusuf, added: “…” The
    // governor … said": a new, unnamed speaker). Epithets that step has no role for look back two sentences.
    const Mention* alias = mention_at(np.e - 1);
    if (alias && alias->is_alias && alias->entity >= 0 && alias->type == EntityType::Person) {
      q.speaker = doc_.entities[size_t(alias->entity)].canonical;
      q.speaker_entity = alias->entity;
      ev.name = q.speaker;
      ev.entity = alias->entity;
      events_.push_back(ev);
      return true;
    }
    if (epithet_without_role(np.e - 1)) {
      if (const Event* ref = salient(np.b, Want::Person, Pron::None, 2)) {
        q.speaker = ref->name;
        q.speaker_entity = ref->entity;
        ev = *ref;
        ev.tok = np.b;
        events_.push_back(ev);
        return true;
      }
    } else {
      // the first entity of two or more words whose last word is the head, case folded by | 0x20
      auto fold = [](std::string_view w) {
        std::string f(w);
        for (char& c : f) c = char(c | 0x20);
        return f;
      };
      if (!folded_ready_) {
        folded_ready_ = true;
        for (size_t k = 0; k < doc_.entities.size(); ++k) {
          const std::string& c = doc_.entities[k].canonical;
          if (word_count(c) > 1) ents_by_folded_last_.emplace(fold(last_word(c)), int32_t(k));
        }
      }
      const auto it = ents_by_folded_last_.find(fold(text(np.e - 1)));
      if (it != ents_by_folded_last_.end()) {
        q.speaker = doc_.entities[size_t(it->second)].canonical;
        q.speaker_entity = it->second;
      }
    }
  } else if (is_text(np.b, "a") || is_text(np.b, "an") || is_text(np.b, "one") || is_text(np.b, "another")) {
    // "“…,” a Hamas official told AFP. “Never,” he added.": the one described is who "he" is next, not the
    // name after the cue (someone described as one of a kind who speaks is a person; "Israeli media" is not)
    ev.name = q.speaker;
    ev.entity = -1;
    ev.maybe_person = true;
    ev.loc = false;
    events_.push_back(ev);
  }
  return true;
}

void Attributor::copy_speaker(size_t qi, size_t from) {
  Quote& q = doc_.quotes[qi];
  const Quote& f = doc_.quotes[from];
  q.speaker = f.speaker;
  q.speaker_entity = f.speaker_entity;
  q.speaker_span = f.speaker_span;
  q.cue = f.cue;
}

}  // namespace lede::quote_detail
