// quote_speaker_names.cpp — a speaker's name: its capitalised run ("Faisal bin Farhan", "Mr. Tedeschi"),
// titles stripped, and its canonical form, the fullest name in the document ending in the same surname
// ("Hanna" -> "Mike Hanna"), from the entities first and from capitalised runs as a fallback.
#include <algorithm>
#include <string>

#include "core/lexicon/entity_lexicon.h"
#include "core/quotes/detail/quote_attributor.h"
#include "core/text/nicknames.h"

namespace lede::quote_detail {

namespace {

// Title-strips a canonical string the same way strip_titles does for tokens.
std::string strip_title_words(const std::string& s) {
  size_t start = 0, cut = std::string::npos;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    std::string_view w(s.data() + i, j - i);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    char buf[32];
    if (qlex::is_title(qlex::lower(w, buf))) cut = j + 1;
    i = j + 1;
  }
  if (cut != std::string::npos && cut < s.size()) start = cut;
  return s.substr(start);
}

void finish(std::vector<Known>& v) {  // string_views only once the vector stops moving
  for (Known& n : v) {
    n.last = last_word(n.name);
    n.words = word_count(n.name);
  }
}

}  // namespace

// The capitalised run around t within [lo, hi): Mike Hanna, Faisal bin Farhan, Mr. Tedeschi, Al-Sheikh.
// (Every test against hi goes through below(): np_right's answer must say whether hi mattered.)
void Attributor::name_run(uint32_t t, uint32_t lo, uint32_t hi, uint32_t& b, uint32_t& e) const {
  b = t;
  e = t + 1;
  for (int n = 0; n < 8 && b > lo; ++n) {
    const uint32_t j = b - 1;
    if (name_word(j) && !inq_[j]) { b = j; continue; }
    if (j > lo && (dash(j) && !tk_[j].has(kSpaceBefore) && !tk_[b].has(kSpaceBefore)) && name_word(j - 1)) { b = j - 1; continue; }
    if (j > lo && punct(j, ".") && !tk_[j].has(kSpaceBefore) && has(j - 1, qlex::kTitle)) { b = j - 1; continue; }
    if (j > lo && has(j, qlex::kParticle) && !tk_[j].has(kCapitalised) && name_word(j - 1)) { b = j - 1; continue; }
    // al-Qanou: a particle glued to the name by a hyphen
    if (j > lo + 1 && dash(j) && !tk_[j].has(kSpaceBefore) && !tk_[b].has(kSpaceBefore) &&
        has(j - 1, qlex::kParticle) && !tk_[j - 1].has(kCapitalised)) { b = j - 1; continue; }
    // Secretary of State, Ministry of Health: "of" inside a name after a title or an institution
    if (j > lo && is_text(j, "of") && name_word(j - 1) && has(j - 1, qlex::kTitle | qlex::kGroup)) { b = j - 1; continue; }
    break;
  }
  for (int n = 0; n < 8 && below(e, hi); ++n) {
    if (name_word(e) && !inq_[e]) { ++e; continue; }
    // Gerardo "Tata" Martino: a nickname in marks on to the surname (nicknames.h)
    if (const uint32_t close = nickname_close(doc_, e); close && below(close + 1, hi)) { e = close + 1; continue; }
    if (below(e + 1, hi) && dash(e) && !tk_[e].has(kSpaceBefore) && !tk_[e + 1].has(kSpaceBefore) && name_word(e + 1)) { e += 2; continue; }
    if (below(e + 1, hi) && has(e, qlex::kParticle) && !tk_[e].has(kCapitalised) && name_word(e + 1)) { e += 2; continue; }
    if (below(e + 2, hi) && has(e, qlex::kParticle) && !tk_[e].has(kCapitalised) && dash(e + 1) &&
        !tk_[e + 1].has(kSpaceBefore) && !tk_[e + 2].has(kSpaceBefore) && name_word(e + 2)) { e += 3; continue; }
    if (below(e + 1, hi) && is_text(e, "of") && has(e - 1, qlex::kTitle | qlex::kGroup) && name_word(e + 1)) { e += 2; continue; }
    // Dr. Jane Doe: the period of a title abbreviation
    if (below(e + 1, hi) && punct(e, ".") && !tk_[e].has(kSpaceBefore) && has(e - 1, qlex::kTitle) && name_word(e + 1)) { e += 2; continue; }
    break;
  }
}
// Drops leading titles: "US President Barack Obama" -> "Barack Obama", "Ms. Moss" -> "Moss".
void Attributor::strip_titles(uint32_t& b, uint32_t e) const {
  uint32_t last_title = kNone;
  for (uint32_t i = b; i < e; ++i)
    if (has(i, qlex::kTitle)) last_title = i;
  if (last_title == kNone) return;
  // (a title's word inside a body's name is the name's: "The U.S. State Department said" spoke as "Department";
  // a body's, by the kind word after the title's)
  if (const Mention* m = mention_at(last_title);
      m && m->type != EntityType::Person && last_title + 1 < e && mention_at(last_title + 1) == m &&
      lexicon::is_org_word(text(last_title + 1)))
    return;
  uint32_t nb = last_title + 1;
  while (nb < e && punct(nb, ".")) ++nb;
  if (nb < e && name_word(nb)) b = nb;
}
int32_t Attributor::mention_entity_at(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m ? m->entity : -1;
}
const Mention* Attributor::mention_at(uint32_t t) const { return doc_.mention_at(tk_[t].span.begin); }

// The entities' canonicals as Known names, titles stripped: built on first use.
const std::vector<Known>& Attributor::entity_known() {
  if (ents_ready_) return ents_;
  ents_ready_ = true;
  ents_.reserve(doc_.entities.size());
  for (size_t k = 0; k < doc_.entities.size(); ++k) {
    Known n;
    n.name = strip_title_words(doc_.entities[k].canonical);
    n.entity = int32_t(k);
    ents_.push_back(std::move(n));
  }
  finish(ents_);
  // Per surname, the Known resolve_surname's scan would end on: the most words (at most 5), then the
  // longest name, the first on ties — one look-up per name instead of a scan of every entity.
  ents_by_last_ = SvMap(ents_.size());
  for (uint32_t k = 0; k < ents_.size(); ++k) {
    const Known& n = ents_[k];
    if (n.words > 5) continue;
    int32_t& best = ents_by_last_.get_or_add(n.last, int32_t(k));  // best < k unless k was just added
    const Known& b = ents_[size_t(best)];
    if (best != int32_t(k) && (n.words > b.words || (n.words == b.words && n.name.size() > b.name.size())))
      best = int32_t(k);
  }
  return ents_;
}
// Fallback when the entities give no full name: every capitalised run in the document that ends in
// the surname ("Rosa Vidal, a senior lecturer ..." missed by a recogniser as sentence-initial).
// A targeted scan (token length first) rather than classifying every capitalised word.
// Linear overall: the capitalised tokens are indexed by text once, and each surname's answer (the first
// run with the most words, 2 to 5) is remembered, so each token is looked at for one surname only.
void Attributor::scan_runs(std::string_view surname, const Known*& best, size_t& best_words, std::string& name) {
  if (!caps_ready_) {
    caps_ready_ = true;
    std::vector<uint32_t> group_of;  // per capitalised token, in text order
    for (uint32_t i = 0; i < tk_.size(); ++i)
      if (tk_[i].has(kCapitalised)) group_of.push_back(0);
    caps_group_ = SvMap(group_of.size());
    uint32_t groups = 0, k = 0;
    for (uint32_t i = 0; i < tk_.size(); ++i) {
      if (!tk_[i].has(kCapitalised)) continue;
      const int32_t g = caps_group_.get_or_add(text(i), int32_t(groups));
      if (g == int32_t(groups)) ++groups;
      group_of[k++] = uint32_t(g);
    }
    caps_start_.assign(groups + 1, 0);
    for (const uint32_t g : group_of) ++caps_start_[g + 1];
    for (uint32_t g = 0; g < groups; ++g) caps_start_[g + 1] += caps_start_[g];
    std::vector<uint32_t> fill(caps_start_.begin(), caps_start_.end() - 1);
    caps_tokens_.resize(group_of.size());
    k = 0;
    for (uint32_t i = 0; i < tk_.size(); ++i)
      if (tk_[i].has(kCapitalised)) caps_tokens_[fill[group_of[k++]]++] = i;
  }
  auto [memo, added] = runs_.try_emplace(surname);
  if (added) {
    if (const int32_t* g = caps_group_.find(surname)) {
      for (uint32_t q = caps_start_[size_t(*g)]; q < caps_start_[size_t(*g) + 1]; ++q) {
        const uint32_t i = caps_tokens_[q];
        if (!name_word(i)) continue;
        uint32_t b, e;
        name_run(i, i > 8 ? i - 8 : 0, i + 1, b, e);
        strip_titles(b, e);
        uint32_t words = 0;
        for (uint32_t k = b; k < e; ++k) words += tk_[k].kind == TokenKind::Word;
        if (words < 2 || words > 5 || words <= memo->second.first) continue;
        memo->second.first = words;
        memo->second.second.assign(doc_.slice({tk_[b].span.begin, tk_[e - 1].span.end}));
      }
    }
  }
  if (memo->second.first > best_words) {
    best_words = memo->second.first;
    best = nullptr;
    name = memo->second.second;
  }
}

// Canonical name for the name tokens [nb, ne): the longest known name with the same last word.
void Attributor::canonical(uint32_t nb, uint32_t ne, std::string& name, int32_t& entity) {
  entity = mention_entity_at(ne - 1);
  const std::string_view surname = text(ne - 1);
  // Same surname, same mention entity, same run: same answer (pronoun look-backs ask repeatedly).
  const std::string_view written = doc_.slice({tk_[nb].span.begin, tk_[ne - 1].span.end});
  std::vector<Cached>& seen = cache_[written];
  for (const Cached& c : seen)
    if (c.mention_entity == entity) {
      name = c.name;
      entity = c.entity;
      return;
    }
  const int32_t mention_entity = entity;
  surname_tok_ = ne - 1;
  resolve_surname(written, surname, name, entity);
  seen.push_back({written, mention_entity, name, entity});
}

void Attributor::resolve_surname(std::string_view written, std::string_view surname, std::string& name, int32_t& entity) {
  name.assign(written);
  const std::vector<Known>& ks = entity_known();
  size_t best_words = word_count(name);
  // The entity the written name belongs to, when it ends in that name or, for a name written family name
  // first, begins with it ("Yoon" of "Yoon Suk Yeol": entity_cluster.h linked them).
  auto family_first = [&](const Known& k) {
    return written.find_first_of(" \t\r\n") == std::string_view::npos && k.name.size() > written.size() &&
           k.name.compare(0, written.size(), written) == 0 && k.name[written.size()] == ' ';
  };
  if (entity >= 0 && size_t(entity) < ks.size() &&
      (ks[size_t(entity)].last == surname || family_first(ks[size_t(entity)])) &&
      ks[size_t(entity)].words >= best_words) {
    name = ks[size_t(entity)].name;
    best_words = ks[size_t(entity)].words;
  }
  const Known* best = nullptr;
  // A name of two words or more names its person: another of the same surname never replaces it ("Dario Amodei
  // said" beside "Daniela Amodei", the longer name, was given to her); a longer name that ends in it may.
  auto same_person = [&](const Known& k) {
    return word_count(name) < 2 ||
           (k.name.size() > name.size() + 1 && k.name.compare(k.name.size() - name.size(), name.size(), name) == 0 &&
            k.name[k.name.size() - name.size() - 1] == ' ');
  };
  if (const int32_t* at = ents_by_last_.find(surname)) {
    const Known& k = ks[size_t(*at)];
    if ((k.words > best_words || (k.words == best_words && k.name.size() > name.size())) && same_person(k)) {
      best = &k;
      best_words = k.words;
    }
  }
  const Mention* m = mention_at(surname_tok_);
  if (best_words < 2 && !(m && m->type != EntityType::Person)) scan_runs(surname, best, best_words, name);
  if (best) {
    name = best->name;
    if (best->entity >= 0) entity = best->entity;
  }
}

}  // namespace lede::quote_detail
