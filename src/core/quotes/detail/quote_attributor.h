// quote_attributor.h — the speaker attributor's shared state and token view (internal to quote
// attribution; not public API: callers use quote_speakers.h).
//
//     lede::quote_detail::Attributor(doc, marks).run();   // all attribute_speakers() does
//
// One Attributor per document, its member functions split by job:
//   quote_speakers.cpp         the rules: which cue says who said a quote (after, before, context)
//   quote_speaker_phrases.cpp  the speaker noun phrase around a cue ("Tunisia's coach Nabil Maaloul")
//   quote_speaker_names.cpp    a name's run and canonical form ("Hanna" -> "Mike Hanna")
//   quote_speaker_resolve.cpp  he/she and "the Israeli leader" -> an earlier speaker; filling the Quote
// The token predicates stay inline here because every part asks them in tight loops; a word's
// lexicon classes are looked up once per token and memoised (cls).
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/detail/sv_map.h"
#include "core/document.h"
#include "core/lexicon/quote_lexicon.h"
#include "core/quotes/detail/quote_marks.h"
#include "core/text/sentences.h"
#include "core/lexicon/token_features.h"

namespace lede::quote_detail {

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

inline constexpr uint32_t kNone = 0xFFFFFFFFu;

// What a pronoun or description looks back for.
enum class Want { Person, Thing, Any };

// Names a surname can resolve to, built once per document: entity canonicals (titles stripped) and,
// as a fallback for a recogniser that missed a sentence-initial name ("Rosa Vidal, a senior
// lecturer ..."), every run of two to five capitalised words.
struct Known {
  std::string name;
  std::string_view last;  // into name
  size_t words = 0;
  int32_t entity = -1;
};

// canonical() remembers its answers: pronoun look-backs ask about the same names repeatedly.
struct Cached {
  std::string_view written;
  int32_t mention_entity;
  std::string name;
  int32_t entity;
};

inline std::string_view last_word(std::string_view s) {
  const size_t k = s.find_last_of(' ');
  return k == std::string_view::npos ? s : s.substr(k + 1);
}
inline size_t word_count(std::string_view s) { return size_t(std::count(s.begin(), s.end(), ' ')) + 1; }

class Attributor {
 public:
  Attributor(Document& doc, const std::vector<QuoteMarks>& marks, const TokenFeatures& features);
  void run();

 private:
  // ---- token predicates -----------------------------------------------------------------------
  bool valid(uint32_t i) const { return i < ntok_; }
  bool word(uint32_t i) const { return valid(i) && tk_[i].kind == TokenKind::Word; }
  std::string_view text(uint32_t i) const {
    const ByteSpan sp = tk_[i].span;
    return std::string_view(chars_ + sp.begin, sp.size());
  }
  // Word token i lower-cased (empty when 32 bytes or longer): a view into the shared table's folded text.
  std::string_view lower(uint32_t i) const { return f_.lower32(i); }
  template <class F>
  bool is(uint32_t i, F f) const {
    if (!word(i)) return false;
    return f(lower(i));
  }
  bool is_text(uint32_t i, std::string_view lw) const {
    if (!word(i)) return false;
    return lower(i) == lw;
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
    const std::string_view w = lower(i);
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
  // The lexicon classes of word token i (qlex::Class bits), looked up once per token and memoised in the
  // shared table: name_word/desc_word run on the same tokens many times.
  uint32_t cls(uint32_t i) const { return word(i) ? f_.qcls(i) : 0; }
  static constexpr uint32_t kNotName = qlex::kDeterminer | qlex::kPreposition | qlex::kConjunction |
                                       qlex::kPronoun | qlex::kAux | qlex::kRelative | qlex::kFunction |
                                       qlex::kSubordinator | qlex::kTime;
  // A capitalised word that can belong to a name (not "The", "But", "He", "On", "Monday"; a cue verb
  // only inside a sentence: "Secretary of State", but not a sentence-initial "Said").
  bool name_word(uint32_t i) const {
    if (!word(i) || tk_[i].has(kPossessive) || !tk_[i].has(kCapitalised)) return false;
    const uint32_t c = cls(i);
    if (c & kNotName) return opens_person_name(i);
    return !(c & qlex::kCue) || !tk_[i].has(kSentenceStart);
  }
  // A function word's spelling that opens a person's name the recogniser found: "said Per Dahl" ("per").
  bool opens_person_name(uint32_t i) const {
    const Mention* m = mention_at(i);
    return m && m->type == EntityType::Person && m->span.begin == tk_[i].span.begin && m->span.end > tk_[i].span.end;
  }
  // A people's word the recogniser found, alone ("Swedish", "German"): a nationality before a description.
  bool nationality(uint32_t i) const {
    const Mention* m = mention_at(i);
    return m && m->type == EntityType::Group && m->span.begin == tk_[i].span.begin && m->span.end == tk_[i].span.end;
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
    CueMemo& m = cue_memo_[i & (kMemoSlots - 1)];
    if (m.tok != i) {
      m.tok = i;
      m.cue = cue_at_uncached(i);
    }
    return m.cue;
  }
  bool cue_at_uncached(uint32_t i) const {
    if (!word(i) || tk_[i].has(kCapitalised) || inq_[i] || !has(i, qlex::kCue)) return false;
    // (but a quantifier stands for its noun before a verb in the past: "Another added:", "One said")
    if (i > 0 && (has(i - 1, qlex::kDeterminer) || possessive(i - 1)) && !(quantifier(i - 1) && past_cue(i)))
      return false;
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
  bool quantifier(uint32_t i) const {
    return is(i, [](std::string_view x) {
      return x == "another" || x == "one" || x == "some" || x == "several" || x == "many" || x == "both" ||
             x == "each" || x == "most" || x == "few" || x == "all" || x == "two" || x == "three";
    });
  }
  bool past_cue(uint32_t i) const {
    const std::string_view t = text(i);
    return t == "said" || t == "told" || t == "wrote" || (t.size() > 4 && t.substr(t.size() - 2) == "ed");
  }
  // "a song called “Harbour Lights”": a naming verb right after a noun and right before the
  // quote names a thing; "Vidal called it “a disaster”" (a name or pronoun subject) is speech. (So it is no
  // cue for a quote further on either: "an essay called “…” and a paper, “…”")
  bool naming(uint32_t v, uint32_t open) const {
    if (v == 0 || v + 1 >= tk_.size()) return false;
    const TokenKind next = tk_[v + 1].kind;
    if (v + 1 != open && next != TokenKind::QuoteOpen && next != TokenKind::QuoteAmbig) return false;
    const std::string_view t = text(v);
    if (t != "called" && t != "dubbed" && t != "named" && t != "titled" && t != "entitled" && t != "nicknamed" &&
        t != "termed" && t != "labelled" && t != "labeled" && t != "branded" && t != "known")
      return false;
    return desc_word(v - 1) && !tk_[v - 1].has(kCapitalised);
  }
  // An epithet the alias step (entity_alias.h) has no role for, which looks back to the last person named: "Pope
  // Leo … the pontiff said". (The alias step links "the Israeli leader", "the governor", "the president" where the
  // text gives a name that role.)
  bool epithet_without_role(uint32_t i) const {
    const std::string_view t = text(i);
    return t == "pope" || t == "pontiff" || t == "monarch" || t == "secretary";
  }
  bool ends_ed(uint32_t i) const {
    const std::string_view t = text(i);
    return word(i) && t.size() > 3 && t.substr(t.size() - 2) == "ed";
  }
  bool participle(uint32_t i) const {
    const std::string_view t = text(i);
    return t.size() > 4 && t.substr(t.size() - 3) == "ing";
  }
  // doc_.sentence_of(b): quotes are attributed in text order, so a cursor (SentenceCursor) steps instead of a
  // binary search per quote (a tenth of "said “x” said “x” …").
  uint32_t sentence_at(uint32_t b) const { return sent_cursor_.of(doc_, b); }
  bool according_at(uint32_t i) const { return is_text(i, "according") && is_text(i + 1, "to"); }
  // "in the words of X"
  bool words_of_at(uint32_t i) const { return is_text(i, "words") && is_text(i + 1, "of") && i > 0 && is_text(i - 1, "the"); }

  // ---- names (quote_speaker_names.cpp) ---------------------------------------------------------
  void name_run(uint32_t t, uint32_t lo, uint32_t hi, uint32_t& b, uint32_t& e) const;
  void strip_titles(uint32_t& b, uint32_t e) const;
  int32_t mention_entity_at(uint32_t t) const;
  const Mention* mention_at(uint32_t t) const;
  const std::vector<Known>& entity_known();
  void scan_runs(std::string_view surname, const Known*& best, size_t& best_words, std::string& name);
  void canonical(uint32_t nb, uint32_t ne, std::string& name, int32_t& entity);
  void resolve_surname(std::string_view written, std::string_view surname, std::string& name, int32_t& entity);

  // ---- noun phrases (quote_speaker_phrases.cpp) --------------------------------------------------
  bool pronoun_np(uint32_t t, Np& np) const;
  Np np_left(uint32_t p, uint32_t lo) const;
  void extend_left(Np& np, uint32_t lo) const;
  Np np_right(uint32_t s, uint32_t hi) const;
  Np first_subject(uint32_t lo, uint32_t hi) const;  // remembered by (lo, hi): see subjects_
  Np first_subject_scan(uint32_t from, uint32_t hi, uint32_t& resume) const;
  // x < hi, noting when it is not (bound_hit_): an answer computed without such a miss is the same for
  // any larger hi, which lets first_subject resume a scan instead of restarting it (see scans_).
  bool below(uint32_t x, uint32_t hi) const {
    const bool b = x < hi;
    bound_hit_ |= !b;
    return b;
  }
  uint32_t skip_left(uint32_t p, uint32_t lo) const;
  Np subject_of(uint32_t v, uint32_t lo) const;  // remembered: see subject_memo_
  Np subject_of_uncached(uint32_t v, uint32_t lo) const;

  // ---- resolution (quote_speaker_resolve.cpp) ----------------------------------------------------
  bool known_non_person(uint32_t t) const;
  bool known_loc(uint32_t t) const;
  bool known_person(uint32_t t) const;
  Pron gender_of(const std::string& name) const;
  void learn_gender(const std::string& name, Pron p);
  bool fits(const Event& ev, Want want, Pron pron) const;
  bool candidate(uint32_t nb, uint32_t ne, Want want, Pron pron);
  const Event* salient(uint32_t t, Want want, Pron pron, uint32_t max_sentences = 7);
  bool assign(size_t qi, const Np& np, uint32_t cue_tok, std::string_view cue_text);
  void copy_speaker(size_t qi, size_t from);

  // ---- the rules (quote_speakers.cpp) ------------------------------------------------------------
  bool after(size_t qi);
  bool before(size_t qi);
  bool context(size_t qi);
  bool own_cue_after(size_t qi) const;  // context() lends no speaker to a quote whose sentence has a cue after it
  uint32_t first_saying_verb(uint32_t lo, uint32_t hi) const;  // "said", "told": before() skips an "agreed" after it
  uint32_t clause_end(uint32_t t) const;  // one past the clause after a quote that starts at t (after() reads it)
  void attribute(size_t qi);

  Document& doc_;
  const std::vector<Token>& tk_;
  // tk_.size() and doc_.text.data(), read once (neither changes while attributing): valid() and text()
  // run on every token a look-back visits, and through the vector size() is a division by 12.
  const uint32_t ntok_;
  const char* const chars_;
  const std::vector<QuoteMarks>& marks_;
  std::vector<uint8_t> inq_;  // 1 for tokens inside a quote, marks included
  std::vector<uint8_t> para_start_;  // 1 for the first token of a paragraph
  const TokenFeatures& f_;  // lower-cased text and cls() per token
  std::vector<Event> events_;
  Event scratch_;
  // Hash maps, not lists: a list searched per quote is quadratic on a text of many names.
  std::unordered_map<std::string, Pron> genders_;       // first gender learnt for a name
  std::unordered_map<std::string_view, std::vector<Cached>> cache_;  // by the name as written
  bool lenient_ = false;
  std::vector<Known> ents_;
  // surname (a view into ents_, which stops moving before the map is filled) -> its fullest Known (<= 5 words):
  // one table, not a node per entity (the unordered_map's nodes were half of entity_known, 1 % of the analysis)
  SvMap ents_by_last_{0};
  bool ents_ready_ = false;
  // scan_runs' index and answers: capitalised tokens by text, and per surname the first longest run.
  // (grouped by text in one table and two arrays, the tokens of group g at caps_tokens_[caps_start_[g] ..
  // caps_start_[g + 1]), in text order: not a node and a vector per distinct capitalised word)
  SvMap caps_group_{0};
  std::vector<uint32_t> caps_start_, caps_tokens_;
  bool caps_ready_ = false;
  std::unordered_map<std::string_view, std::pair<size_t, std::string>> runs_;
  // "the ministry" -> the first multi-word entity whose last word is "ministry" (keys folded with | 0x20)
  std::unordered_map<std::string, int32_t> ents_by_folded_last_;
  bool folded_ready_ = false;
  uint32_t surname_tok_ = 0;
  std::vector<uint32_t> first_plain_;  // per sentence: its first token outside quotes and not punctuation
  std::vector<uint32_t> last_plain_;   // per sentence: one past its last word outside quotes, or its colon
  // first_subject() answers by (lo << 32 | hi): each quote of a sentence asks about the same cue verbs as
  // the quote before it (a scan from the sentence start each). At most 4096 kept, then cleared.
  mutable std::unordered_map<uint64_t, Np> subjects_;
  // The latest scan from each lo, to resume when a later cue of the same sentence asks with a larger hi
  // ("said “x” said “x” …": every quote's new cue would otherwise rescan the sentence from its start).
  // resume: where the scan first compared a token against hi and found it not below (the answer from
  // there on depends on hi); kNone when the scan found its subject without any such comparison, so np
  // is the answer for every hi >= this one. At most 4096 kept, then cleared, like subjects_.
  struct Scan {
    uint32_t hi = 0;
    uint32_t resume = kNone;
    Np np;
  };
  mutable std::unordered_map<uint32_t, Scan> scans_;
  mutable bool bound_hit_ = false;  // set by below()
  // The answers of cue_at() and subject_of() for the last tokens asked, by token (direct-mapped): before()
  // looks back over up to kMaxCues cue verbs per quote, so in "said “x” said “x” …" each quote asked again
  // about the cues the previous quote had asked about. Both answers depend on the token (and lo) alone.
  static constexpr uint32_t kMemoSlots = 32;
  struct CueMemo {
    uint32_t tok = kNone;
    bool cue = false;
  };
  struct SubjectMemo {
    uint32_t v = kNone, lo = kNone;
    Np np;
  };
  mutable CueMemo cue_memo_[kMemoSlots];
  mutable SubjectMemo subject_memo_[kMemoSlots];
  mutable SentenceCursor sent_cursor_;  // sentence_at()'s
};

}  // namespace lede::quote_detail
