#include "core/quote_speakers.h"

#include <algorithm>
#include <string>

#include "core/quote_lexicon.h"
#include "core/sentences.h"

namespace lede {

namespace {

using qlex::Pron;

// A noun phrase that can be a speaker, as token ranges.
struct Np {
  enum Kind : uint8_t { None, Name, Pronoun, Desc };
  Kind kind = None;
  uint32_t b = 0, e = 0;    // the whole phrase [b, e): "Tunisia's coach Nabil Maaloul"
  uint32_t nb = 0, ne = 0;  // the name inside it, titles stripped: "Nabil Maaloul" (kind Name)
  bool definite = false;    // starts with "the"
  explicit operator bool() const { return kind != None; }
};

// A resolved speaker seen so far: pronouns and "the Israeli leader" look back through these.
struct Event {
  uint32_t tok = 0;         // where the speaker was named
  std::string name;
  int32_t entity = -1;
  bool maybe_person = true;  // not typed ORG/LOC by the recogniser
  bool loc = false;          // typed LOC: never he/she
};

constexpr uint32_t kNone = 0xFFFFFFFFu;

class Attributor {
 public:
  Attributor(Document& doc, const std::vector<QuoteMarks>& marks)
      : doc_(doc), tk_(doc.tokens), marks_(marks), inq_(doc.tokens.size(), 0), para_start_(doc.tokens.size(), 0),
        memo_(doc.tokens.size(), 0) {
    for (const QuoteMarks& m : marks)
      for (uint32_t i = m.open_tok; i <= m.close_tok && i < tk_.size(); ++i) inq_[i] = 1;
    for (const Paragraph& p : doc.paragraphs)
      if (p.first_sentence < doc.sentences.size()) para_start_[doc.sentences[p.first_sentence].first_token] = 1;
  }

  void run() {
    for (size_t qi = 0; qi < marks_.size(); ++qi) attribute(qi);
  }

 private:
  // ---- token predicates -----------------------------------------------------------------------
  bool valid(uint32_t i) const { return i < tk_.size(); }
  bool word(uint32_t i) const { return valid(i) && tk_[i].kind == TokenKind::Word; }
  std::string_view text(uint32_t i) const { return doc_.token_text(i); }
  template <class F>
  bool is(uint32_t i, F f) const {
    if (!word(i)) return false;
    char buf[32];
    return f(qlex::lower(text(i), buf));
  }
  bool is_text(uint32_t i, std::string_view lw) const {
    if (!word(i)) return false;
    char buf[32];
    return qlex::lower(text(i), buf) == lw;
  }
  bool punct(uint32_t i, std::string_view p) const {
    return valid(i) && tk_[i].kind == TokenKind::Punct && text(i) == p;
  }
  bool dash(uint32_t i) const {
    if (!valid(i) || tk_[i].kind != TokenKind::Punct) return false;
    const std::string_view t = text(i);
    return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94";
  }
  bool terminal(uint32_t i) const {
    if (!valid(i) || tk_[i].kind != TokenKind::Punct) return false;
    const std::string_view t = text(i);
    if (t == "." && i > 0 && !tk_[i].has(kSpaceBefore) && word(i - 1) &&
        (abbreviation(i - 1) || (text(i - 1).size() == 1 && tk_[i - 1].has(kCapitalised))))
      return false;  // "Dr." / "J." inside a name
    return t == "." || t == "!" || t == "?" || t == ";" || t == "\xE2\x80\xA6";
  }
  bool abbreviation(uint32_t i) const {  // Mr, Dr, Gen, ... (sentences.h's list)
    char buf[32];
    const std::string_view w = qlex::lower(text(i), buf);
    return !w.empty() && has(i, qlex::kTitle) && is_abbreviation(w);
  }
  bool possessive(uint32_t i) const {
    if (!valid(i) || i == 0) return false;
    if (tk_[i].has(kPossessive)) return true;
    // plural possessive: Thomas' sister / the soldiers’ lives — a closing ’ glued to a word ending in s
    if (tk_[i].kind == TokenKind::QuoteClose && !tk_[i].has(kSpaceBefore) && word(i - 1) && !inq_[i]) {
      const std::string_view w = text(i - 1);
      return !w.empty() && (w.back() == 's' || w.back() == 'S') && text(i).size() <= 3 && text(i) != "\xE2\x80\x9D";
    }
    return false;
  }
  // The lexicon classes of word token i (qlex::Class bits), looked up once per token and memoised:
  // name_word/desc_word run on the same tokens many times.
  static constexpr uint32_t kKnown = 1u << 31;  // memo slot filled
  uint32_t cls(uint32_t i) const {
    if (!word(i)) return 0;
    uint32_t& m = memo_[i];
    if (m & kKnown) return m;
    char buf[32];
    m = qlex::classes(qlex::lower(text(i), buf)) | kKnown;
    return m;
  }
  static constexpr uint32_t kNotName = qlex::kDeterminer | qlex::kPreposition | qlex::kConjunction |
                                       qlex::kPronoun | qlex::kAux | qlex::kRelative | qlex::kFunction |
                                       qlex::kSubordinator | qlex::kTime;
  // A capitalised word that can belong to a name (not "The", "But", "He", "On", "Monday"; a cue verb
  // only inside a sentence: "Secretary of State", but not a sentence-initial "Said").
  bool name_word(uint32_t i) const {
    if (!word(i) || tk_[i].has(kPossessive) || !tk_[i].has(kCapitalised)) return false;
    const uint32_t c = cls(i);
    if (c & kNotName) return false;
    return !(c & qlex::kCue) || !tk_[i].has(kSentenceStart);
  }
  // A lower-case content word that can sit in a description ("former", "Israeli", "official").
  bool desc_word(uint32_t i) const {
    if (!word(i) || tk_[i].has(kPossessive)) return false;
    constexpr uint32_t kNotDesc = qlex::kDeterminer | qlex::kPreposition | qlex::kConjunction | qlex::kPronoun |
                                  qlex::kAux | qlex::kRelative | qlex::kFunction | qlex::kCue | qlex::kSkippable;
    return text(i).size() < 32 && (cls(i) & kNotDesc) == 0;
  }
  bool has(uint32_t i, uint32_t bits) const { return (cls(i) & bits) != 0; }
  // A cue verb used as a verb: lower-case, not after a determiner ("the report"), not passive
  // ("was told" — its subject is the listener).
  bool cue_at(uint32_t i) const {
    if (!word(i) || tk_[i].has(kCapitalised) || inq_[i] || !has(i, qlex::kCue)) return false;
    if (i > 0 && (has(i - 1, qlex::kDeterminer) || possessive(i - 1))) return false;
    if (has(i, qlex::kPassive)) {
      uint32_t p = i;
      while (p > 0 && has(p - 1, qlex::kSkippable) && !is(p - 1, [](std::string_view x) {
               return x == "was" || x == "were" || x == "is" || x == "are";
             }))
        --p;
      if (p > 0 && is(p - 1, [](std::string_view x) {
            return x == "was" || x == "were" || x == "is" || x == "are" || x == "been" || x == "being" || x == "be";
          }))
        return false;
    }
    return true;
  }
  // "a print called “Cowboys and Indians”": a naming verb right after a noun and right before the
  // quote names a thing; "Trump called it “a disaster”" (a name or pronoun subject) is speech.
  bool naming(uint32_t v, uint32_t open) const {
    if (v + 1 != open || v == 0) return false;
    const std::string_view t = text(v);
    if (t != "called" && t != "dubbed" && t != "named" && t != "titled" && t != "entitled" && t != "nicknamed" &&
        t != "termed" && t != "labelled" && t != "labeled" && t != "branded" && t != "known")
      return false;
    return desc_word(v - 1) && !tk_[v - 1].has(kCapitalised);
  }
  bool epithet(uint32_t i) const {
    const std::string_view t = text(i);
    return t == "leader" || t == "president" || t == "premier" || t == "minister" || t == "envoy" ||
           t == "chancellor" || t == "king" || t == "queen" || t == "monarch" || t == "pope" || t == "pontiff" ||
           t == "secretary" || t == "senator" || t == "governor" || t == "ambassador";
  }
  bool ends_ed(uint32_t i) const {
    const std::string_view t = text(i);
    return word(i) && t.size() > 3 && t.substr(t.size() - 2) == "ed";
  }
  bool participle(uint32_t i) const {
    const std::string_view t = text(i);
    return t.size() > 4 && t.substr(t.size() - 3) == "ing";
  }
  bool according_at(uint32_t i) const { return is_text(i, "according") && is_text(i + 1, "to"); }
  // "in the words of X"
  bool words_of_at(uint32_t i) const { return is_text(i, "words") && is_text(i + 1, "of") && i > 0 && is_text(i - 1, "the"); }

  // ---- names ----------------------------------------------------------------------------------
  // The capitalised run around t within [lo, hi): Mike Hanna, Faisal bin Farhan, Mr. Tedeschi, Al-Sheikh.
  void name_run(uint32_t t, uint32_t lo, uint32_t hi, uint32_t& b, uint32_t& e) const {
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
    for (int n = 0; n < 8 && e < hi; ++n) {
      if (name_word(e) && !inq_[e]) { ++e; continue; }
      if (e + 1 < hi && dash(e) && !tk_[e].has(kSpaceBefore) && !tk_[e + 1].has(kSpaceBefore) && name_word(e + 1)) { e += 2; continue; }
      if (e + 1 < hi && has(e, qlex::kParticle) && !tk_[e].has(kCapitalised) && name_word(e + 1)) { e += 2; continue; }
      if (e + 2 < hi && has(e, qlex::kParticle) && !tk_[e].has(kCapitalised) && dash(e + 1) &&
          !tk_[e + 1].has(kSpaceBefore) && !tk_[e + 2].has(kSpaceBefore) && name_word(e + 2)) { e += 3; continue; }
      if (e + 1 < hi && is_text(e, "of") && has(e - 1, qlex::kTitle | qlex::kGroup) && name_word(e + 1)) { e += 2; continue; }
      // Dr. Jane Doe: the period of a title abbreviation
      if (e + 1 < hi && punct(e, ".") && !tk_[e].has(kSpaceBefore) && has(e - 1, qlex::kTitle) && name_word(e + 1)) { e += 2; continue; }
      break;
    }
  }
  // Drops leading titles: "US President Barack Obama" -> "Barack Obama", "Mr. Tedeschi" -> "Tedeschi".
  void strip_titles(uint32_t& b, uint32_t e) const {
    uint32_t last_title = kNone;
    for (uint32_t i = b; i < e; ++i)
      if (has(i, qlex::kTitle)) last_title = i;
    if (last_title == kNone) return;
    uint32_t nb = last_title + 1;
    while (nb < e && punct(nb, ".")) ++nb;
    if (nb < e && name_word(nb)) b = nb;
  }
  int32_t mention_entity_at(uint32_t t) const {
    const auto& ms = doc_.mentions;
    const uint32_t pos = tk_[t].span.begin;
    auto it = std::upper_bound(ms.begin(), ms.end(), pos, [](uint32_t x, const Mention& m) { return x < m.span.begin; });
    if (it == ms.begin()) return -1;
    --it;
    if (it->span.begin <= pos && pos < it->span.end) return it->entity;
    return -1;
  }
  const Mention* mention_at(uint32_t t) const {
    const auto& ms = doc_.mentions;
    const uint32_t pos = tk_[t].span.begin;
    auto it = std::upper_bound(ms.begin(), ms.end(), pos, [](uint32_t x, const Mention& m) { return x < m.span.begin; });
    if (it == ms.begin()) return nullptr;
    --it;
    return (it->span.begin <= pos && pos < it->span.end) ? &*it : nullptr;
  }

  static std::string_view last_word(std::string_view s) {
    const size_t k = s.find_last_of(' ');
    return k == std::string_view::npos ? s : s.substr(k + 1);
  }
  static size_t word_count(std::string_view s) { return size_t(std::count(s.begin(), s.end(), ' ')) + 1; }
  // Title-strips a canonical string the same way strip_titles does for tokens.
  static std::string strip_title_words(const std::string& s) {
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

  // Names a surname can resolve to, built once per document: entity canonicals (titles stripped) and,
  // as a fallback for a recogniser that missed a sentence-initial name ("Annelle Sheline, a research
  // fellow ..."), every run of two to five capitalised words.
  struct Known {
    std::string name;
    std::string_view last;  // into name
    size_t words = 0;
    int32_t entity = -1;
  };
  static void finish(std::vector<Known>& v) {  // string_views only once the vector stops moving
    for (Known& n : v) {
      n.last = last_word(n.name);
      n.words = word_count(n.name);
    }
  }
  const std::vector<Known>& entity_known() {
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
    return ents_;
  }
  // Fallback when the entities give no full name: every capitalised run in the document that ends in
  // the surname ("Annelle Sheline, a research fellow ..." missed by a recogniser as sentence-initial).
  // A targeted scan (token length first) rather than classifying every capitalised word.
  void scan_runs(std::string_view surname, const Known*& best, size_t& best_words, std::string& name) {
    const uint32_t n = uint32_t(tk_.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (tk_[i].span.size() != surname.size() || text(i) != surname || !name_word(i)) continue;
      uint32_t b, e;
      name_run(i, i > 8 ? i - 8 : 0, i + 1, b, e);
      strip_titles(b, e);
      uint32_t words = 0;
      for (uint32_t k = b; k < e; ++k) words += tk_[k].kind == TokenKind::Word;
      if (words < 2 || words > 5 || words <= best_words) continue;
      best_words = words;
      best = nullptr;
      name.assign(doc_.slice({tk_[b].span.begin, tk_[e - 1].span.end}));
    }
  }

  // Canonical name for the name tokens [nb, ne): the longest known name with the same last word.
  void canonical(uint32_t nb, uint32_t ne, std::string& name, int32_t& entity) {
    entity = mention_entity_at(ne - 1);
    const std::string_view surname = text(ne - 1);
    // Same surname, same mention entity, same run: same answer (pronoun look-backs ask repeatedly).
    const std::string_view written = doc_.slice({tk_[nb].span.begin, tk_[ne - 1].span.end});
    for (const Cached& c : cache_)
      if (c.written == written && c.mention_entity == entity) {
        name = c.name;
        entity = c.entity;
        return;
      }
    const int32_t mention_entity = entity;
    surname_tok_ = ne - 1;
    resolve_surname(written, surname, name, entity);
    cache_.push_back({written, mention_entity, name, entity});
  }
  struct Cached {
    std::string_view written;
    int32_t mention_entity;
    std::string name;
    int32_t entity;
  };
  void resolve_surname(std::string_view written, std::string_view surname, std::string& name, int32_t& entity) {
    name.assign(written);
    const std::vector<Known>& ks = entity_known();
    size_t best_words = word_count(name);
    if (entity >= 0 && size_t(entity) < ks.size() && ks[size_t(entity)].last == surname &&
        ks[size_t(entity)].words >= best_words) {
      name = ks[size_t(entity)].name;
      best_words = ks[size_t(entity)].words;
    }
    const Known* best = nullptr;
    auto scan = [&](const std::vector<Known>& v) {
      for (const Known& k : v) {
        if (k.last.size() != surname.size() || k.last != surname || k.words > 5) continue;
        if (k.words > best_words ||
            (k.words == best_words && k.name.size() > (best ? best->name.size() : name.size()))) {
          best = &k;
          best_words = k.words;
        }
      }
    };
    scan(ks);
    const Mention* m = mention_at(surname_tok_);
    if (best_words < 2 && !(m && m->type != EntityType::Person)) scan_runs(surname, best, best_words, name);
    if (best) {
      name = best->name;
      if (best->entity >= 0) entity = best->entity;
    }
  }

  // ---- noun phrases ---------------------------------------------------------------------------
  // The noun phrase ending at token p (not before lo).
  Np np_left(uint32_t p, uint32_t lo) const {
    Np np;
    if (!valid(p) || p < lo || inq_[p]) return np;
    char buf[32];
    const std::string_view w = word(p) ? qlex::lower(text(p), buf) : std::string_view();
    if (word(p) && qlex::pronoun(w) != Pron::None) {
      np.kind = Np::Pronoun;
      np.b = p;
      np.e = p + 1;
      return np;
    }
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
  void extend_left(Np& np, uint32_t lo) const {
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

  // The noun phrase starting at token s (not at or after hi).
  Np np_right(uint32_t s, uint32_t hi) const {
    Np np;
    if (!valid(s) || s >= hi || inq_[s]) return np;
    char buf[32];
    const std::string_view w = word(s) ? qlex::lower(text(s), buf) : std::string_view();
    if (word(s) && qlex::pronoun(w) != Pron::None) {
      np.kind = Np::Pronoun;
      np.b = s;
      np.e = s + 1;
      return np;
    }
    uint32_t e = s;
    bool after_possessive = false;
    const bool is_determiner_start = word(s) && qlex::is_determiner(w);
    if (is_determiner_start) {
      np.definite = w == "the";
      e = s + 1;
    } else if (!name_word(s) && !(desc_word(s) && !tk_[s].has(kCapitalised))) {
      return np;
    }
    // Read modifiers, names and possessives up to the head.
    uint32_t last_name_b = kNone, last_name_e = kNone;
    for (int n = 0; n < 10 && e < hi; ++n) {
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
      // After a bare name only a role or group noun continues the phrase ("Hamas officials",
      // "Tunisia's coach"): "Sunak defended" and "Harry Kane won" end at the name.
      // A verb in -ed after a possessive ends it too ("Netanyahu’s office issued a"), unless it
      // modifies a following noun ("Israel’s embattled leader").
      const bool verb_like = !is_determiner_start && ends_ed(e) && !desc_word(e + 1);
      if (desc_word(e) && !verb_like &&
          (np.definite || after_possessive || last_name_e == kNone || e == s || has(e, qlex::kRole) ||
           has(e, qlex::kGroup) || is_determiner_start)) {
        ++e;
        continue;
      }
      if (dash(e) && !tk_[e].has(kSpaceBefore) && word(e + 1) && !tk_[e + 1].has(kSpaceBefore)) { e += 2; continue; }
      break;
    }
    if (e == s || (e == s + 1 && np.definite)) return Np{};
    np.b = s;
    np.e = e;
    if (last_name_e == e) {
      np.kind = Np::Name;
      np.nb = last_name_b;
      np.ne = last_name_e;
      strip_titles(np.nb, np.ne);
    } else {
      np.kind = Np::Desc;
    }
    // Appositive name: "the Crown prosecutor, Mark Tedeschi, QC" / "his envoy to the region, Steve Witkoff,"
    if (np.kind == Np::Desc) {
      uint32_t k = e;
      if (has(k, qlex::kPreposition))  // skip one short prepositional phrase
        for (int n = 0; n < 6 && k < hi && !punct(k, ",") && !inq_[k]; ++n) ++k;
      if (punct(k, ",") && name_word(k + 1)) {
        uint32_t b, ne;
        name_run(k + 1, k + 1, hi, b, ne);
        if (ne >= hi || punct(ne, ",") || terminal(ne) || cue_at(ne)) {
          np.kind = Np::Name;
          np.nb = b;
          np.ne = ne;
          strip_titles(np.nb, np.ne);
          np.e = ne;
        }
      }
    }
    return np;
  }

  // The first noun phrase that can be the subject of the clause in [lo, hi): skips introductory
  // phrases ("After the match,", "In a statement to X,", "Yesterday,") and quoted text.
  Np first_subject(uint32_t lo, uint32_t hi) const {
    uint32_t t = lo;
    while (t < hi) {
      if (inq_[t] || tk_[t].kind != TokenKind::Word) { ++t; continue; }
      while (t < hi && (has(t, qlex::kConjunction) || has(t, qlex::kSkippable))) ++t;
      if (t >= hi) break;
      if (according_at(t)) {  // "According to Yonhap, quoting KCNA, ..." — the source speaks
        Np np = np_right(t + 2, hi);
        if (np) return np;
      }
      if (has(t, qlex::kPreposition) || has(t, qlex::kSubordinator) || tk_[t].kind != TokenKind::Word) {
        // an introductory phrase: jump past the next comma
        while (t < hi && !punct(t, ",") && !inq_[t]) ++t;
        continue;
      }
      Np np = np_right(t, hi);
      if (np) return np;
      while (t < hi && !punct(t, ",") && !inq_[t]) ++t;
    }
    return Np{};
  }

  // Skips adverbs, auxiliaries and "on Tuesday" leftwards from p; returns the new position (or kNone).
  uint32_t skip_left(uint32_t p, uint32_t lo) const {
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

  // The speaker phrase of cue verb v, looking no further left than lo.
  Np subject_of(uint32_t v, uint32_t lo) const {
    if (v == 0 || v <= lo) return Np{};
    const uint32_t p = skip_left(v - 1, lo);
    if (p == kNone) return Np{};
    if (punct(p, ",") || has(p, qlex::kConjunction) || dash(p)) return first_subject(lo, p);
    if (has(p, qlex::kRelative) && p > lo) {  // "Sheline, who ..., said" / "X who said"
      uint32_t q = p - 1;
      if (punct(q, ",") && q > lo) --q;
      Np np = np_left(q, lo);
      if (np) return np;
      return first_subject(lo, p);
    }
    Np np = np_left(p, lo);
    // "Netanyahu's office issued a brief response stating": a participle after an object describes
    // what the clause's subject said.
    if (np && np.kind == Np::Desc && participle(v) && np.b > lo && word(np.b - 1) &&
        !has(np.b - 1, qlex::kPreposition | qlex::kConjunction | qlex::kSubordinator))
      return first_subject(lo, np.b);
    if (np) {
      // "a letter seen by Sky News says": a phrase after a preposition is not the subject
      // ("with Boswell stating" is the exception: "with" introduces the -ing verb's own subject)
      if (np.kind != Np::Pronoun && np.b > lo && has(np.b - 1, qlex::kPreposition) && !is_text(np.b - 1, "with"))
        return first_subject(lo, np.b);
      return np;
    }
    return first_subject(lo, v);
  }

  // ---- resolution -----------------------------------------------------------------------------
  enum class Want { Person, Thing, Any };

  bool known_non_person(uint32_t t) const {
    const Mention* m = mention_at(t);
    return m && (m->type == EntityType::Org || m->type == EntityType::Loc);
  }
  bool known_loc(uint32_t t) const {
    const Mention* m = mention_at(t);
    return m && m->type == EntityType::Loc;
  }
  bool known_person(uint32_t t) const {
    const Mention* m = mention_at(t);
    return m && m->type == EntityType::Person;
  }
  Pron gender_of(const std::string& name) const {
    for (const auto& g : genders_)
      if (g.first == name) return g.second;
    return Pron::None;
  }
  void learn_gender(const std::string& name, Pron p) {
    if (p != Pron::Male && p != Pron::Female) return;
    for (auto& g : genders_)
      if (g.first == name) return;
    genders_.emplace_back(name, p);
  }
  // lenient: the recogniser's ORG type is not trusted (a speaker it mistyped) — second pass only.
  bool fits(const Event& ev, Want want, Pron pron) const {
    if (want == Want::Person) {
      if (!ev.maybe_person && !(lenient_ && !ev.loc)) return false;
      const Pron g = gender_of(ev.name);
      return g == Pron::None || pron == Pron::None || g == pron;
    }
    if (want == Want::Thing) return !ev.maybe_person || word_count(ev.name) == 1;
    return true;
  }

  // Fills scratch_ with the name [nb, ne) and says whether it fits what a pronoun wants.
  bool candidate(uint32_t nb, uint32_t ne, Want want, Pron pron) {
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
  const Event* salient(uint32_t t, Want want, Pron pron, uint32_t max_sentences = 7) {
    const uint32_t s0 = doc_.sentence_of(tk_[t].span.begin);
    const uint32_t para_limit = 3;
    uint32_t paras = 0;
    for (uint32_t s = s0, n = 0; n < max_sentences; ++n) {
      const Sentence& sen = doc_.sentences[s];
      const uint32_t end = std::min(sen.end_token, t);
      // speakers attributed inside this sentence, latest first
      for (size_t k = events_.size(); k-- > 0;) {
        const Event& ev = events_[k];
        if (ev.tok < sen.first_token || ev.tok >= end) continue;
        if (fits(ev, want, pron)) return &ev;
      }
      // the sentence's subject, else the first fitting name in it
      Np np = first_subject(sen.first_token, end);
      if (np.kind == Np::Name && candidate(np.nb, np.ne, want, pron)) return &scratch_;
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
  bool assign(size_t qi, const Np& np, uint32_t cue_tok, std::string_view cue_text) {
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
      char buf[32];
      const Pron p = qlex::pronoun(qlex::lower(text(np.b), buf));
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
      // Only epithets news uses for someone just named ("the Israeli leader", "the president") look
      // back, and only two sentences: "the mayor" with no mayor named is a new, unnamed speaker.
      if (epithet(np.e - 1)) {
        if (const Event* ref = salient(np.b, Want::Person, Pron::None, 2)) {
          q.speaker = ref->name;
          q.speaker_entity = ref->entity;
          ev = *ref;
          ev.tok = np.b;
          events_.push_back(ev);
          return true;
        }
      } else {
        const std::string_view head = text(np.e - 1);
        for (size_t k = 0; k < doc_.entities.size(); ++k) {
          const std::string& c = doc_.entities[k].canonical;
          const std::string_view lw = last_word(c);
          if (lw.size() == head.size() && std::equal(lw.begin(), lw.end(), head.begin(), [](char a, char b) {
                return (a | 0x20) == (b | 0x20);
              }) && word_count(c) > 1) {
            q.speaker = c;
            q.speaker_entity = int32_t(k);
            break;
          }
        }
      }
    }
    return true;
  }

  void copy_speaker(size_t qi, size_t from) {
    Quote& q = doc_.quotes[qi];
    const Quote& f = doc_.quotes[from];
    q.speaker = f.speaker;
    q.speaker_entity = f.speaker_entity;
    q.speaker_span = f.speaker_span;
    q.cue = f.cue;
  }

  // ---- the rules ------------------------------------------------------------------------------
  // “…,” Hanna said / “…,” said Hanna / “…,” according to X / “…,” Hanna, reporting from Y, said
  bool after(size_t qi) {
    const QuoteMarks& m = marks_[qi];
    if (!m.closed) return false;
    uint32_t t = m.close_tok + 1;
    while (valid(t) && (punct(t, ",") || dash(t)) && !inq_[t]) ++t;
    if (!valid(t) || inq_[t] || tk_[t].has(kParagraphBefore)) return false;
    if (para_start_[t]) return false;
    // the clause after the quote: to the next terminal mark, quote or paragraph end (at most 30 tokens)
    uint32_t hi = t;
    while (hi < tk_.size() && hi < t + 30 && !terminal(hi) && !inq_[hi] && !(hi > t && para_start_[hi])) ++hi;
    // A quote that ends its own sentence (“… it.” He added that …) is followed by a new sentence: only
    // a bare attribution (“…?” Odeh said. / “…” he told CNN.) belongs to it, not a cue with its own
    // complement.
    const bool ended = m.close_tok > m.open_tok + 1 && terminal(m.close_tok - 1);
    auto bare_after = [&](uint32_t v) {
      if (!ended) return true;
      for (uint32_t k = v + 1; k < v + 8; ++k) {
        if (!valid(k) || terminal(k) || tk_[k].has(kNewlineBefore)) return true;
        if (inq_[k] || punct(k, ",") || punct(k, ":") || is_text(k, "that")) return false;
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
    Np np = np_right(t, hi);
    if (!np) return false;
    uint32_t u = np.e;
    while (u < hi && (has(u, qlex::kSkippable) || (has(u, qlex::kTime) && u > np.e && is_text(u - 1, "on")) ||
                      (is_text(u, "on") && has(u + 1, qlex::kTime))))
      ++u;
    if (u < hi && cue_at(u)) return bare_after(u) && assign(qi, np, u, {});
    if (punct(u, ",") || has(u, qlex::kRelative)) {  // an insert: ", reporting from Washington, DC, said"
      for (uint32_t k = u + 1; k < hi && k < u + 16; ++k)
        if (punct(k, ",") && cue_at(k + 1)) return bare_after(k + 1) && assign(qi, np, k + 1, {});
    }
    return false;
  }

  // X said “…” / X described it as “…” / according to X, “…” / X told reporters: “…”
  bool before(size_t qi) {
    const QuoteMarks& m = marks_[qi];
    const uint32_t open = m.open_tok;
    const Sentence& sen = doc_.sentences[doc_.sentence_of(tk_[open].span.begin)];
    const uint32_t lo = sen.first_token;
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
      if (cue_at(j) && naming(j, open)) continue;  // a print called “Cowboys and Indians”
      if (cue_at(j)) {
        // "Qassem told CNN, calling on …" / "she said, adding that …": a participle after a comma
        // shares the subject of the finite cue before it.
        if (participle(j)) {
          const uint32_t p = skip_left(j - 1, lo);
          if (p != kNone && (punct(p, ",") || has(p, qlex::kConjunction))) {
            for (uint32_t k = p; k-- > lo;) {
              if (cue_at(k) && !participle(k)) {
                Np np = subject_of(k, lo);
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
    // "In a statement, the Church denied these allegations: “…”" without a known cue verb
    if (open > lo && punct(open - 1, ":")) {
      Np np = first_subject(lo, open - 1);
      if (np) return assign(qi, np, kNone, ":");
    }
    return false;
  }

  // A quote with no cue in its sentence: the sentence before it introduces the speaker, or the quote
  // continues the previous speaker's.
  bool context(size_t qi) {
    const QuoteMarks& m = marks_[qi];
    const uint32_t open = m.open_tok;
    const uint32_t s0 = doc_.sentence_of(tk_[open].span.begin);
    // only quotes that begin their sentence (wire "quote paragraphs")
    const Sentence& sen = doc_.sentences[s0];
    for (uint32_t k = sen.first_token; k < open; ++k)
      if (!inq_[k] && tk_[k].kind != TokenKind::Punct) return false;
    if (s0 == 0) return false;
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
    uint32_t last = prev.end_token;
    while (last > prev.first_token && (inq_[last - 1] || tk_[last - 1].kind != TokenKind::Word) && !punct(last - 1, ":")) --last;
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

  void attribute(size_t qi) {
    if (after(qi)) return;
    if (before(qi)) return;
    context(qi);
  }

  Document& doc_;
  const std::vector<Token>& tk_;
  const std::vector<QuoteMarks>& marks_;
  std::vector<uint8_t> inq_;  // 1 for tokens inside a quote, marks included
  std::vector<uint8_t> para_start_;  // 1 for the first token of a paragraph
  mutable std::vector<uint32_t> memo_;  // cls() per token
  std::vector<Event> events_;
  Event scratch_;
  std::vector<std::pair<std::string, Pron>> genders_;
  std::vector<Cached> cache_;
  bool lenient_ = false;
  std::vector<Known> ents_;
  bool ents_ready_ = false;
  uint32_t surname_tok_ = 0;
};

}  // namespace

void attribute_speakers(Document& doc, const std::vector<QuoteMarks>& marks) {
  if (marks.empty()) return;
  Attributor(doc, marks).run();
}

}  // namespace lede
