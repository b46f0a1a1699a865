// entity_spans.cpp — name spans from capitalised runs, typed by the lists (lexicon, gazetteer) and by context.
#include "core/entity_spans.h"

#include <algorithm>
#include <string_view>

#include "core/entity_lexicon.h"
#include "core/gazetteer.h"
#include "core/utf8.h"

namespace lede {
namespace {

using SV = std::string_view;
namespace lx = lexicon;
namespace gz = gazetteer;

constexpr size_t kKeyCap = 160;  // longer names skip list look-ups (no list holds one that long)

// A name's words joined the way the lists spell them: one space where the text has any, none at hyphens.
// Written into a caller's buffer so the hot loop never allocates.
struct Key {
  char buf[kKeyCap];
  size_t len = 0;
  bool overflow = false;
  SV view() const { return overflow ? SV() : SV(buf, len); }
};

class Finder {
 public:
  explicit Finder(const Document& doc) : doc_(doc), tk_(doc.tokens) {
    in_number_.assign(tk_.size(), 0);
    for (const NumberMention& n : doc.numbers) {
      for (uint32_t t = doc.token_at_or_after(n.span.begin); t < tk_.size() && tk_[t].span.begin < n.span.end; ++t)
        in_number_[t] = 1;
    }
    // Capitalised words seen mid-sentence at the end of a run ("Trump’s", "said Trump") are names wherever
    // they appear; a run's inner words ("New" in "New Zealand", "The" in "The Washington Post") prove nothing.
    for (uint32_t i = 0; i < tk_.size(); ++i)
      if (name_like(i) && !initial(i) && !(i + 1 < tk_.size() && name_like(i + 1) && spaced(i + 1)))
        seen_mid_.push_back(text(i));
    std::sort(seen_mid_.begin(), seen_mid_.end());
    seen_mid_.erase(std::unique(seen_mid_.begin(), seen_mid_.end()), seen_mid_.end());
  }

  std::vector<NameSpan> run() {
    const uint32_t n = uint32_t(tk_.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (!name_like(i)) continue;
      const uint32_t j = run_end(i);
      split_run(i, j);
      i = j - 1;
    }
    return std::move(out_);
  }

 private:
  const Document& doc_;
  const std::vector<Token>& tk_;
  std::vector<uint8_t> in_number_;
  std::vector<SV> seen_mid_;
  std::vector<NameSpan> out_;

  SV text(uint32_t i) const { return doc_.token_text(i); }
  bool spaced(uint32_t i) const { return tk_[i].has(kSpaceBefore); }

  bool name_like(uint32_t i) const {
    const Token& t = tk_[i];
    return t.kind == TokenKind::Word && t.has(kCapitalised) && !t.has(kPossessive) && !in_number_[i];
  }

  // Sentence-initial (or after an opening quote/bracket at a sentence start, or at a line start): capitals
  // there say nothing about names.
  bool initial(uint32_t i) const {
    if (i == 0 || tk_[i].has(kSentenceStart) || tk_[i].has(kNewlineBefore)) return true;
    uint32_t k = i;
    while (k > 0) {
      const Token& p = tk_[k - 1];
      const SV pt = text(k - 1);
      const bool opener = p.kind == TokenKind::QuoteOpen || p.kind == TokenKind::QuoteAmbig || pt == "(" || pt == "[";
      if (pt == ":" || pt == "\xE2\x80\x94" /* — */ || p.kind == TokenKind::QuoteOpen) return true;
      if (!opener) return false;
      --k;
      if (tk_[k].has(kSentenceStart) || tk_[k].has(kNewlineBefore) || k == 0) return true;
    }
    return true;
  }

  static SV lower(SV w, char* buf, size_t cap) {
    const size_t n = std::min(w.size(), cap);
    for (size_t i = 0; i < n; ++i) {
      const char c = w[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return SV(buf, n);
  }
  static bool common(SV w) {
    if (w.size() > 40) return false;
    char buf[40];
    return gz::common_word(lower(w, buf, sizeof buf));
  }
  bool seen_mid(SV w) const { return std::binary_search(seen_mid_.begin(), seen_mid_.end(), w); }

  static bool listed_name(SV w) {
    return gz::place(w) || gz::first_name(w) || gz::demonym(w) || lx::known_org(w) || lx::known_place(w) ||
           lx::group_word(w) || lx::country_code(w) || lx::seat_of_government(w);
  }
  static bool entity_like(SV w) {  // things that stand alone on either side of a hyphen: Israel-Hamas
    return gz::place(w) || gz::demonym(w) || lx::known_org(w) || lx::known_place(w) || lx::country_code(w) ||
           lx::group_word(w);
  }

  // A sentence-initial capitalised word counts as a name only with evidence beyond its capital.
  bool evidenced(uint32_t i, uint32_t e) const {
    const SV w = text(i);
    if (lx::not_name(w) || lx::function_word(w)) return false;
    if (i + 1 < tk_.size() && is_hyphen(text(i + 1)) && !spaced(i + 1)) return !common(w);  // "Pro-Beijing"
    if (e > i + 1 && (lx::is_org_word(text(e - 1)) || lx::is_place_word(text(e - 1))))
      return true;  // "Civic Party's Jeremy Tam": a multi-word organisation or place
    if (e > i + 1) {  // "New Zealand begins …": the run is a listed name as a whole
      for (uint32_t end = std::min(e, i + 4); end > i + 1; --end) {
        Key kk;
        make_key(i, end, kk);
        const SV v = kk.view();
        if (!v.empty() && (gz::place(v) || lx::known_place(v) || lx::known_org(v))) return true;
      }
    }
    if (tk_[i].has(kAllCaps) || listed_name(w) || lx::is_title(w) || seen_mid(w) || gz::proper_word(w)) return true;
    return !common(w);
  }

  static bool is_hyphen(SV t) { return t == "-" || t == "\xE2\x80\x90" || t == "\xE2\x80\x91"; }

  // Where the run of name words starting at i ends (one past).
  uint32_t run_end(uint32_t i) const {
    const uint32_t n = uint32_t(tk_.size());
    uint32_t j = i + 1;
    while (j < n) {
      const Token& t = tk_[j];
      if (t.has(kNewlineBefore)) break;
      const SV tx = text(j);
      if (name_like(j) && t.has(kSpaceBefore)) {
        // "T-shirt", "U-turn", "X-ray": a single capital before a hyphen is no part of a name
        if (j + 1 < n && tx.size() == 1 && is_hyphen(text(j + 1)) && !spaced(j + 1)) break;
        ++j;
        continue;
      }
      // "Mr. Smith", "Dr. Jones": the title's period is a separate token
      if (tx == "." && !t.has(kSpaceBefore) && lx::abbrev_title(text(j - 1)) && j + 1 < n && name_like(j + 1) &&
          spaced(j + 1)) { j += 2; continue; }
      if (is_hyphen(tx) && !t.has(kSpaceBefore) && j + 1 < n && tk_[j + 1].kind == TokenKind::Word &&
          !spaced(j + 1) && !in_number_[j + 1] && !tk_[j + 1].has(kPossessive)) {
        if (join_hyphen(j - 1, j + 1)) { j += 2; continue; }
        break;
      }
      if (t.kind == TokenKind::Word && t.has(kSpaceBefore) && j + 1 < n && name_like(j + 1) && spaced(j + 1)) {
        if (lx::name_particle(tx) && !lx::is_org_word(text(j - 1))) { j += 2; continue; }  // Faisal bin Farhan
        if ((tx == "of" || tx == "for" || tx == "on") &&
            (lx::is_org_word(text(j - 1)) || lx::is_place_word(text(j - 1)) || lx::is_place_prefix(text(j - 1)))) {
          j += 2;  // University of Texas, Council on Foreign Relations, Gulf of Mexico
          continue;
        }
      }
      if ((tx == "of" || tx == "for") && t.has(kSpaceBefore) && j + 2 < n && text(j + 1) == "the" &&
          name_like(j + 2) && (lx::is_org_word(text(j - 1)) || lx::is_place_word(text(j - 1)))) {
        j += 3;  // Church of the Holy Sepulchre
        continue;
      }
      if (tx == "&" && j + 1 < n && name_like(j + 1)) { j += 2; continue; }  // AT&T, Marks & Spencer
      break;
    }
    // A run never ends on a connector or hyphen (the loop only adds them with a name after), so j is good.
    return j;
  }

  bool join_hyphen(uint32_t left, uint32_t right) const {
    const SV l = text(left), r = text(right);
    // Chung-tai and Kwok-hing join; Israel-held, Hamas-run, Obama-era and Pan-democrat do not.
    if (!tk_[right].has(kCapitalised))
      return !lx::compound_suffix(r) && (!common(r) || (r.size() <= 4 && !entity_like(l) && !common(l)));
    if (entity_like(l) && entity_like(r)) {
      // Two names side by side ("Israel-Hamas"), unless the whole is one ("Guinea-Bissau").
      const SV whole(l.data(), size_t(r.data() + r.size() - l.data()));
      return whole.size() < kKeyCap && gz::place(whole);
    }
    return true;
  }

  void make_key(uint32_t s, uint32_t e, Key& k) const {
    for (uint32_t i = s; i < e; ++i) {
      const SV w = text(i);
      const size_t need = w.size() + ((i > s && spaced(i)) ? 1 : 0);
      if (k.len + need > kKeyCap) { k.overflow = true; return; }
      if (i > s && spaced(i)) k.buf[k.len++] = ' ';
      for (char c : w) k.buf[k.len++] = c;
    }
  }

  // Splits a run at words that never belong to names (days, months), drops sentence-initial common words and
  // titles, and classifies what is left.
  void split_run(uint32_t i, uint32_t j) {
    uint32_t s = i;
    for (uint32_t k = i; k <= j; ++k) {
      // a capitalised function word inside a run starts a sentence the splitter missed ("FTU In the …")
      if (k == j || (name_like(k) && (lx::not_name(text(k)) || (k > i && lx::function_word(text(k)))))) {
        if (k > s) segment(s, k);
        s = k + 1;
      }
    }
  }

  void segment(uint32_t s, uint32_t e) {
    // Sentence-initial common word ("Talks", "Under") or a function word anywhere ("The Washington Post"):
    // skip it and whatever glue follows it.
    while (s < e && name_like(s) && ((initial(s) && !evidenced(s, e)) || lx::function_word(text(s)))) {
      ++s;
      while (s < e && !name_like(s)) ++s;
    }
    while (s < e && !name_like(s)) ++s;
    // Trailing glue goes ("of", "-"), but a lower-case part after a hyphen stays: "Kwok-hing".
    while (e > s && !name_like(e - 1) &&
           !(tk_[e - 1].kind == TokenKind::Word && e - 1 > s && is_hyphen(text(e - 2)) && !spaced(e - 1)))
      --e;
    if (s >= e) return;

    // An organisation or place right before a person: "… Liberation Organisation Hussein Al-Sheikh".
    for (uint32_t k = s + 1; k + 1 < e; ++k) {
      if (!name_like(k) || !name_like(k + 1) || !spaced(k + 1)) continue;
      const SV w = text(k);
      if ((lx::is_org_word(w) || lx::is_place_word(w)) && gz::first_name(text(k + 1)) && !lx::is_org_word(text(e - 1)) &&
          !lx::is_place_word(text(e - 1))) {
        segment(s, k + 1);
        segment(k + 1, e);
        return;
      }
    }

    // Titles: "Prime Minister Benjamin Netanyahu", "US President Barack Obama", "Mr. Trump".
    const SV last = text(e - 1);
    if (!lx::is_org_word(last) && !lx::is_place_word(last)) {
      for (uint32_t k = s; k < e; ++k) {
        if (!name_like(k) || !lx::is_title(text(k)) || (k > s && !spaced(k))) continue;
        uint32_t m = k + 1;
        while (m < e && (!name_like(m) ? text(m) == "." : (lx::is_title(text(m)) && spaced(m)))) ++m;
        if (m == e) {  // only titles ("President", "Prime Minister"): the people are elsewhere
          if (k > s) classify(s, k, false);
          return;
        }
        if (!name_like(m)) break;  // a title joined by a hyphen or particle: leave the run alone
        bool namey = false;         // "Chief Operating Officer" is all title words and plain nouns
        for (uint32_t q = m; q < e; ++q)
          if (name_like(q) && (!common(text(q)) || gz::proper_word(text(q)) || gz::first_name(text(q)))) namey = true;
        if (!namey) return;
        if (k > s) classify(s, k, false);
        classify(m, e, true);
        return;
      }
    }
    classify(s, e, false);
  }

  SV prev_word(uint32_t s) const {  // the word before a span, skipping "the"
    if (s == 0) return SV();
    uint32_t p = s - 1;
    if ((text(p) == "the" || text(p) == "The") && p > 0) --p;
    return tk_[p].kind == TokenKind::Word ? text(p) : SV();
  }

  // The word that decides an organisation or place: the last, or the one before "of" ("University of Texas").
  SV head_word(uint32_t s, uint32_t e) const {
    for (uint32_t i = s + 1; i + 1 < e; ++i) {
      const SV w = text(i);
      if (!name_like(i) && (w == "of" || w == "for" || w == "on")) return text(i - 1);
    }
    return text(e - 1);
  }

  // Not a name at all: "May 5", "US$ 6 billion", "30GB".
  bool unit_or_date(uint32_t s, uint32_t e) const {
    // "May 5", "Chapter 11", "Article 5": an ordinary word numbering something
    if (e == s + 1 && e < tk_.size() && tk_[e].kind == TokenKind::Number && common(text(s))) return true;
    // "$7.4 Billion"
    if (e == s + 1 && s > 0 && tk_[s - 1].kind == TokenKind::Number && common(text(s))) return true;
    // "Worldwide Developers Conference (WWDC)": the short form of an event is no entity either
    if (e == s + 1 && s >= 2 && e < tk_.size() && text(s - 1) == "(" && text(e) == ")" &&
        lx::event_word(text(s - 2)))
      return true;
    if (e < tk_.size() && !spaced(e) && tk_[e].kind == TokenKind::Symbol && e == s + 1 && tk_[s].has(kAllCaps))
      return true;  // US$, AU$, C$
    return s > 0 && !spaced(s) && tk_[s - 1].kind == TokenKind::Number;
  }

  SV next_word(uint32_t e) const {
    return e < tk_.size() && tk_[e].kind == TokenKind::Word ? text(e) : SV();
  }

  void classify(uint32_t s, uint32_t e, bool person_cue) {
    NameSpan ns;
    ns.first = s;
    ns.end = e;
    Key key;
    make_key(s, e, key);
    const SV k = key.view();
    uint32_t words = 0;
    for (uint32_t i = s; i < e; ++i) words += name_like(i) ? 1 : 0;
    uint32_t last_i = e - 1;  // the last capitalised word ("Kwok" in "Wong Kwok-hing")
    while (last_i > s && !name_like(last_i)) --last_i;
    const SV first = text(s), last = text(last_i), head = head_word(s, e);
    if (words == 1 && utf8::count_codepoints(first) < 2) return;  // "I", "A", initials
    if (unit_or_date(s, e)) return;
    auto put = [&](EntityType t, Strength st) {
      ns.type = t;
      ns.strength = st;
      // "Gaza Health Ministry (GHM)": the acronym that follows is this name's short form
      if (e + 2 < tk_.size() && text(e) == "(" && tk_[e + 1].has(kAllCaps) && text(e + 2) == ")")
        ns.defines_acronym = true;
      out_.push_back(ns);
    };
    const bool all_caps = words == 1 && tk_[s].has(kAllCaps);
    ns.acronym = all_caps;
    const SV prev = prev_word(s);

    if (person_cue) return put(EntityType::Person, Strength::Lexical);
    // "The White House said": the news corpora we measure on keep such seats as places even when they act.
    if (lx::seat_of_government(k)) return put(EntityType::Loc, Strength::Lexical);
    if (lx::known_place(k) || (words == 1 && lx::country_code(k))) return put(EntityType::Loc, Strength::Lexical);
    if (lx::known_org(k)) return put(EntityType::Org, Strength::Lexical);
    if (words >= 2 && lx::event_word(last)) return;  // "Nobel Peace Prize", "World Cup": events and works
    if (words >= 2 && (last == "Government" || last == "government") && e - s == 2 &&
        (gz::place(first) || gz::demonym(first) || lx::country_code(first)))
      return put(EntityType::Loc, Strength::Lexical);  // a country's government acts as the country
    if (words >= 2 && lx::is_org_word(head)) return put(EntityType::Org, Strength::Lexical);
    if (words >= 2 && (lx::is_place_word(head) || lx::is_place_prefix(first)))
      return put(EntityType::Loc, Strength::Lexical);
    if (words == 1 && (gz::demonym(k) || lx::group_word(k))) return put(EntityType::Group, Strength::Lexical);
    if (!k.empty() && gz::place(k)) return put(EntityType::Loc, Strength::Lexical);
    if (!k.empty() && gz::demonym(k)) return put(EntityType::Group, Strength::Lexical);  // "New Zealander"
    if (words == 1 && (lx::is_org_word(k) || lx::is_place_word(k)) && !initial(s) && s > 0 &&
        (text(s - 1) == "the" || text(s - 1) == "The"))  // "the Church", "the Crown", "the Channel"
      return put(lx::is_org_word(k) ? EntityType::Org : EntityType::Loc, Strength::Guess);
    if (words == 1 && (lx::is_org_word(k) || lx::event_word(k) || lx::is_place_word(k))) return;  // "Police" alone
    if (words == 1 && all_caps && lx::non_entity_acronym(k)) return;
    if (words >= 2 && lx::is_compass(first) && s + 1 < e && name_like(s + 1)) {
      Key rest;
      make_key(s + 1, e, rest);
      if (gz::place(rest.view()) || lx::known_place(rest.view())) return put(EntityType::Loc, Strength::Lexical);
    }
    if (words >= 2) {
      if (gz::place(last) & gz::kCountry) return put(EntityType::Org, Strength::Guess);  // "Ford Australia"
      // Firms named with a place or ordinary word and a plain noun: "Washington Mutual", "Penske Auto"
      const bool plain_last = common(last) && !gz::proper_word(last);
      if (lx::is_compass(last) && words == 2 && (gz::place(first) || lx::known_place(first)))
        return put(EntityType::Loc, Strength::Lexical);  // "Kowloon East"
      for (uint32_t i = s; i < e; ++i)  // "USI Art Collections": an acronym inside makes it an organisation
        if (tk_[i].has(kAllCaps)) return put(EntityType::Org, Strength::Guess);
      if (gz::first_name(first) && !(plain_last && gz::place(first))) return put(EntityType::Person, Strength::Cue);
      if (plain_last) return put(EntityType::Org, Strength::Guess);
      if (lx::org_descriptor(prev)) return put(EntityType::Org, Strength::Cue);
      // "Jewish Power", "Civic Passion", "Best Buy": a party or firm named with ordinary words;
      // "Washington Mutual", "Ford Australia": a place or a country inside a firm's name
      if (gz::demonym(first) || lx::group_word(first) || common(first) || gz::place(first))
        return put(EntityType::Org, Strength::Guess);
      return put(EntityType::Person, Strength::Guess);
    }
    // one word
    if (all_caps) return put(EntityType::Org, Strength::Guess);  // NASA, DAB: never a person, even "NASA said"
    if (prev == "of" && s >= 2 && tk_[s - 2].kind == TokenKind::Word && lx::place_kind_noun(text(s - 2)))
      return put(EntityType::Loc, Strength::Cue);  // "the town of Yeoncheon", "the province of Idlib"
    const SV next = next_word(e);
    if (lx::person_cue_after(next)) return put(EntityType::Person, Strength::Cue);
    if (lx::org_descriptor(prev)) return put(EntityType::Org, Strength::Cue);
    if (lx::is_lower_title(prev)) return put(EntityType::Person, Strength::Cue);
    if (prev == "in" || prev == "near" || prev == "across" || prev == "outside" || prev == "inside" || prev == "into")
      return put(EntityType::Loc, Strength::Guess);
    if (lx::speech_verb(next) || (s > 0 && tk_[s - 1].kind == TokenKind::Word && lx::speech_verb(text(s - 1))))
      return put(EntityType::Person, Strength::Guess);  // "Wilkins said", "said Mauer"; weaker than any list
    return put(EntityType::Org, Strength::Guess);
  }
};

}  // namespace

std::vector<NameSpan> find_name_spans(const Document& doc) { return Finder(doc).run(); }

}  // namespace lede
