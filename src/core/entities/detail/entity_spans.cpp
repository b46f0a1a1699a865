// entity_spans.cpp — name spans from capitalised runs, typed by the lists (lexicon, gazetteer) and by context.
#include "core/entities/detail/entity_spans.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

#include "core/detail/sv_map.h"
#include "core/detail/word_match.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/token_features.h"
#include "core/text/nicknames.h"
#include "core/text/utf8.h"

namespace lede {
namespace {

using SV = std::string_view;
namespace lx = lexicon;
namespace gz = gazetteer;

// "Justices", "Senators": a title's plural (Finder::plural_title and never_a_name ask it).
bool plural_of_title(SV w) { return w.size() > 3 && w.back() == 's' && lx::is_title(w.substr(0, w.size() - 1)); }

// A body's descriptor that names a trade, an agent noun in "-er" or "-or" (retailer, chipmaker, lender,
// regulator, manufacturer, publisher): a descriptor of what the body does, never of what it is made of ("group",
// "chain", "network" of islands). w in lower case.
bool trade_noun(SV w) {
  return w.size() > 4 && (w.substr(w.size() - 2) == "er" || w.substr(w.size() - 2) == "or") &&
         (lx::classes(w) & lx::kOrgDescriptor);
}

// w looks like a plural in "-s", four letters or more ("Tigers", "Rovers"; not "Glass", "Ross", "Bus")
bool plural_word(SV w) { return w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's'; }

// Words that may follow the end of a noun phrase: a noun right before one ends its phrase ("the Tessvik alliance
// won", 'the song "Orrin Street" was'), where a noun after it would be what it qualifies ("the Kelby party
// leader", 'the "Laugh Factory" comedy club')
constexpr SV kNounPhraseEnds[] = {"and", "are", "as", "at", "by", "for", "from", "had", "has", "have", "in", "is",
                                  "led", "lost", "of", "on", "or", "that", "to", "was", "were", "which", "who",
                                  "will", "with", "won", "would"};

constexpr size_t kKeyCap = 160;
constexpr uint32_t kMaxRunTokens = 24;  // no name is longer; keeps capitalised walls of text linear  // longer names skip list look-ups (no list holds one that long)

// A name's words joined the way the lists spell them: one space where the text has any, none at hyphens.
// Written into a caller's buffer so the hot loop never allocates.
struct Key {
  char buf[kKeyCap];
  size_t len = 0;
  bool overflow = false;
  SV view() const { return overflow ? SV() : SV(buf, len); }
};

// A parliament member's letters at token i, on the line of the word before: "MP", "MEPs", "MSP", "MLA", "MPP"
bool member_letters(const Document& doc, uint32_t i) {
  static constexpr SV kMemberLetters[] = {"MEP", "MEPs", "MHA", "MHAs", "MLA", "MLAs", "MNA", "MNAs", "MP", "MPP",
                                          "MPPs", "MPs", "MSP", "MSPs"};
  if (i >= doc.tokens.size() || !(doc.tokens[i].flags & kSpaceBefore) || (doc.tokens[i].flags & kNewlineBefore))
    return false;
  const SV w = doc.token_text(i);
  if (w.size() < 2 || w.size() > 4 || w[0] != 'M') return false;  // (most words: one look)
  if (i + 1 < doc.tokens.size() && doc.tokens[i + 1].kind == TokenKind::Number) return false;  // ("an MP 5" gun)
  return one_of(w, kMemberLetters);
}

// "pro-Beijing camp", "anti-Pyongyang propaganda", "Pro-Beijing DAB": token i glued by a hyphen to a stance's
// prefix is an adjective, not a mention of the place (the Finder's runs start after it; never_a_name refuses a
// span that starts there, whoever proposes it).
bool after_stance_prefix(const Document& doc, const TokenFeatures& f, uint32_t i) {
  constexpr uint32_t kSpacing = kSpaceBefore | kNewlineBefore | kParagraphBefore;
  return i >= 2 && !(doc.tokens[i].flags & kSpacing) && hyphen_token(doc.token_text(i - 1)) &&
         !(doc.tokens[i - 1].flags & kSpacing) && (f.lex(i - 2) & lx::kStancePrefix) != 0;
}

class Finder {
 public:
  Finder(const Document& doc, const TokenFeatures& f) : doc_(doc), tk_(doc.tokens), f_(f) {
    // in_number_: 1 inside a number or date, 2 for a capitalised word that may be (part of) a name, else 0
    in_number_.assign(tk_.size(), 0);
    // The mentions come in text order, so one forward cursor finds each one's first token (a binary
    // search per mention was 8 % of a text of figures); a mention that starts before the previous one's
    // end (out of order or overlapping) falls back to the search.
    // The cursor gallops, then halves: prose has a figure every few dozen tokens, which a token-by-token walk
    // read one by one, and a table of figures has one every token or two (a step or two either way).
    uint32_t t = 0, last_end = 0;
    const uint32_t size = uint32_t(tk_.size());
    for (const NumberMention& n : doc.numbers) {
      if (n.span.begin < last_end) t = doc.token_at_or_after(n.span.begin);
      last_end = n.span.end;
      if (t < size && tk_[t].span.begin < n.span.begin) {
        uint32_t lo = t, step = 1;  // tk_[lo] begins before the mention
        while (step < size - lo && tk_[lo + step].span.begin < n.span.begin) {
          lo += step;
          step *= 2;
        }
        uint32_t hi = step < size - lo ? lo + step : size;  // tk_[hi] begins at or after it (or is the end)
        while (hi - lo > 1) {
          const uint32_t mid = lo + (hi - lo) / 2;
          (tk_[mid].span.begin < n.span.begin ? lo : hi) = mid;
        }
        t = hi;
      }
      for (; t < tk_.size() && tk_[t].span.begin < n.span.end; ++t) in_number_[t] = 1;
    }
    // The time unit an ordinal counts is no name either: "the 2nd DAY of 2015", "First Day of Autumn" (only a
    // capitalised one could be: the flag is tested first, the lexicon's entry only then).
    auto roles = [&](uint32_t k) {
      return k < f_.num.size() && f_.num[k] != numlex::kNoEntry ? numlex::entry(f_.num[k])->roles : 0u;
    };
    auto ordinal = [&](uint32_t k) {  // "first", "2nd", "19TH"
      return ordinal_suffix(k, true) || (roles(k) & numlex::kOrdinal) != 0;
    };
    for (uint32_t k = 1; k < size; ++k)
      if (tk_[k].has(kCapitalised) && !in_number_[k] && (roles(k) & numlex::kTimeUnit) && ordinal(k - 1))
        in_number_[k] = 1;
    const uint32_t names = mark_names_and_title_lines();
    mark_result_lines();
    // Sized to the document's name words, up to 4096 (then it grows with the distinct ones): 10 MB of
    // "Anna Berg" has two distinct words, and a table for 2 million costs more to clear than to use.
    seen_mid_ = SvMap(std::min<uint32_t>(names, 4096));
    // Capitalised words seen mid-sentence at the end of a run ("Trump’s", "said Trump") are names wherever
    // they appear; a run's inner words ("New" in "New Zealand", "The" in "The Washington Post") prove nothing.
    // A family name of two letters before a given name no list knows ("Xi" of "Xi Jinping", "Li" of "Li
    // Qiang") counts too, though a dictionary holds it ("xi", "li"): "Xi said" is the man.
    for (uint32_t i = 0; i < tk_.size(); ++i) {
      if (!name_like(i) || initial(i)) continue;
      const bool inner = i + 1 < tk_.size() && name_like(i + 1) && spaced(i + 1);
      if (!inner) {
        seen_mid_.get_or_add(text(i), 1);
      } else if (two_letter_family_name(i)) {
        seen_mid_.get_or_add(text(i), 1);
        family_names_.get_or_add(text(i), 1);
      }
    }
  }
  // Whole runs of two words or more seen inside a sentence ("analysts at Standard Chartered"): the same run at a
  // sentence start is that name, its first word included ("Standard Chartered said"). Built on the first
  // question (most documents never ask), one pass.
  mutable SvMap seen_run_mid_{0};
  mutable bool runs_built_ = false;
  bool seen_run_mid(uint32_t i, uint32_t e) const {
    if (!runs_built_) {
      runs_built_ = true;
      std::vector<std::pair<uint32_t, uint32_t>> runs;
      for (uint32_t a = 0; a < tk_.size();) {
        uint32_t b = a + 1;
        if (name_like(a))
          while (b < tk_.size() && name_like(b) && spaced(b) && !tk_[b].has(kNewlineBefore)) ++b;
        if (b - a >= 2 && !initial(a)) runs.emplace_back(a, b);
        a = b;
      }
      seen_run_mid_ = SvMap(runs.size());
      for (const auto& r : runs) seen_run_mid_.get_or_add(run_text(r.first, r.second), 1);
    }
    return seen_run_mid_.find(run_text(i, e)) != nullptr;
  }
  SV run_text(uint32_t i, uint32_t j) const {
    return doc_.slice({tk_[i].span.begin, tk_[j - 1].span.end});
  }

  std::vector<NameSpan> run() {
    const uint32_t n = uint32_t(tk_.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (!name_like(i) || versus_at(i)) continue;
      uint32_t j = run_end(i);
      if (not_a_mention(i, j)) { i = j - 1; continue; }
      // "pro-Beijing camp", "Pro-Beijing DAB": the place in a stance adjective is no mention; DAB still is one
      uint32_t from = after_stance_prefix(doc_, f_, i) ? i + 1 : i;
      // ("Anti-Defamation League", "Pre-Raphaelite Brotherhood": a body whose name opens so is named whole)
      if (from == i && is(i, lx::kStancePrefix) && i + 2 < j && is_hyphen(text(i + 1)) && !spaced(i + 1) &&
          !spaced(i + 2) && !is(j - 1, lx::kOrgWord | lx::kEventWord))
        from = i + 3;
      // An organisation whose name holds a number: the number is no figure (NameSpan::absorbs_number).
      auto numbered_org = [&](uint32_t first, uint32_t end) {
        add_span(first, end, EntityType::Org, Strength::Lexical).absorbs_number = true;
      };
      if (const uint32_t channel_end = from == i ? channel_number_end(j) : 0) {  // "BBC Radio 4"
        uint32_t first = i;
        while (first + 1 < j && function_word(first)) ++first;  // ("On Channel 4 News, …")
        numbered_org(first, channel_end);
        j = channel_end;
      } else if (const uint32_t tier_end = from == i ? league_tier_end(j) : 0) {  // "League Two", "Serie A"
        numbered_org(i, tier_end);
        j = tier_end;
      } else if (from == i && numbered_unit(i, j)) {  // "the 82nd Airborne Division", "501st Legion"
        numbered_org(i - 2, j);
      } else {
        split_run(from, j);
      }
      i = j - 1;
    }
    return std::move(out_);
  }

 private:
  const Document& doc_;
  const std::vector<Token>& tk_;
  std::vector<uint8_t> in_number_;
  SvMap seen_mid_{0};
  SvMap family_names_{0};  // two-letter family names written before a given name ("Xi" of "Xi Jinping")
  SvMap defined_short_{0};  // short forms a name defined in brackets ("(RBI)"): names below it too
  // The first words of organisations named so far with evidence, two words or more ("Bolton" of "Bolton
  // Wanderers"): a later place of that name that speaks is the organisation (classify)
  SvMap org_first_words_{0};
  std::vector<NameSpan> out_;
  // What the lists say about each word: the table analyse() shares between the stages, each word looked up
  // once however often (and by whichever stage) asked.
  const TokenFeatures& f_;
  static constexpr uint16_t kPlaceMask = TokenFeatures::kPlaceMask, kFirst = TokenFeatures::kFirst,
                            kDemonym = TokenFeatures::kDemonym, kProper = TokenFeatures::kProper,
                            kCommon = TokenFeatures::kCommon;
  uint32_t lex(uint32_t i) const { return f_.lex(i); }
  bool firm_word(uint32_t i) const { return lede::firm_word(doc_, f_, i); }
  uint16_t gzf(uint32_t i, uint16_t want) const { return f_.gz(i, want); }
  bool is(uint32_t i, uint32_t lex_bits) const { return (lex(i) & lex_bits) != 0; }
  // Token i is a whole number of one to three digits ("2", "110"; not "2.5"): its value, else -1
  int small_whole_number(uint32_t i) const {
    if (tk_[i].kind != TokenKind::Number || tk_[i].span.size() > 3) return -1;
    int v = 0;
    for (const char c : text(i)) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // "half-time", "fly-half", "hat-trick": the word of three tokens (a word, a hyphen, a word, no spaces) that
  // opens at i, or "" (the tokenizer splits at hyphens; word lists hold such words whole)
  SV hyphenated_word(uint32_t i) const {
    // (the flags first: most words have a spaced word after them, and the sports scan asks of each)
    if (i + 2 >= tk_.size() || spaced(i + 1) || spaced(i + 2) || tk_[i + 2].kind != TokenKind::Word ||
        !is_hyphen(text(i + 1)))
      return SV();
    return SV(text(i).data(), tk_[i + 2].span.end - tk_[i].span.begin);
  }
  // A sports report ("Norway beat Chile 2 – 1") names teams after countries: decided once per
  // document, and only when a country needs it.
  mutable int sports_ = -1;
  bool sports_report() const {
    if (sports_ < 0 && sports_slug()) sports_ = 1;
    if (sports_ < 0) {
      // The headline and lead say it: a few sports words among the first words (bounded work per document).
      // Four, or three with a word among them: a short club story has no more ("Kilmarnock manager Derek Halloran
      // praised his players after they held Aberdeen to a goalless draw … the Killie goalkeeper"), but scores
      // alone are an e-mail's "1-2 hours" as often.
      int hits = 0, scores = 0;
      const uint32_t lead = std::min<uint32_t>(uint32_t(tk_.size()), 400);
      // (a sentence's first word and a word in capitals count in lower case: "Striker Kofi Mensah gave Dalvik the
      // lead", "SOCCER - LEAGUE RESULTS")
      // A score counts once ("a 3-1 defeat"; a court's "6-3 ruling" is one), a player's trade twice (no other
      // news has a "goalkeeper" or a "hat-trick": a short report has few other words of sport).
      static constexpr SV kPlayers[] = {"batsman", "batsmen", "cricketer", "cricketers", "footballer",
                                        "footballers", "goalkeeper", "goalkeepers", "hat-trick", "midfielder",
                                        "midfielders", "quarterback", "shortstop", "striker", "wicketkeeper"};
      for (uint32_t i = 0; i < lead && hits < 4; ++i) {
        const Token& t = tk_[i];
        if (t.kind == TokenKind::Number && score_at(i)) ++hits, ++scores;
        if (t.kind != TokenKind::Word) continue;
        if (const SV joined = hyphenated_word(i); !joined.empty()) {  // "half-time", "semi-final", "hat-trick"
          if (!t.has(kCapitalised) && lx::maybe_sports_word(joined) && lx::sports_word(joined))
            hits += one_of(joined, kPlayers) ? 2 : 1;
          i += 2;
          continue;
        }
        if (t.span.size() < 4) continue;
        if (!t.has(kCapitalised)) {
          if (lx::maybe_sports_word(text(i)) && is(i, lx::kSportsWord)) hits += one_of(text(i), kPlayers) ? 2 : 1;
        } else if (t.has(kSentenceStart) || t.has(kAllCaps)) {  // ("SOCCER - ENGLISH PREMIER LEAGUE RESULTS")
          const SV w = f_.lower32(i);
          hits += lx::maybe_sports_word(w) && lx::sports_word(w);
        }
      }
      sports_ = hits >= 4 || (hits == 3 && scores < 3) ? 1 : 0;
    }
    return sports_ == 1;
  }
  // A sports report of a team sport: its lead names a club, a league, a squad or a team's player ("striker",
  // "goalkeeper", "quarterback"). Decided once per document, when asked (bounded work: the first 400 tokens).
  mutable int team_sport_ = -1;
  bool team_sport() const {
    if (team_sport_ < 0) {
      team_sport_ = 0;
      static constexpr SV kTeamWords[] = {"club",       "clubs",       "defender", "goalkeeper", "league",
                                          "midfielder", "quarterback", "squad",    "striker"};
      const uint32_t lead = std::min<uint32_t>(uint32_t(tk_.size()), 400);
      for (uint32_t i = 0; i < lead && team_sport_ == 0; ++i)
        team_sport_ = tk_[i].kind == TokenKind::Word && !tk_[i].has(kCapitalised) && one_of(text(i), kTeamWords);
      team_sport_ = team_sport_ && sports_report();
    }
    return team_sport_ == 1;
  }
  // In a report of a team sport, whom a side meets is a side: "made his debut against Brann", "travel to Bergen
  // to face Brann", "host Galatasaray on Sunday" (not a first name: "against Ada Kest"; a listed place, a country
  // or a town, is settled before this is asked)
  bool team_faced(uint32_t s) const {
    static constexpr SV kMeets[] = {"against", "face", "faced", "faces", "facing",   "host",    "hosted",
                                    "hosts",   "play", "plays", "visit", "visiting", "visited", "visits"};
    return s > 0 && !gzf(s, kFirst) && tk_[s - 1].kind == TokenKind::Word && one_of(f_.lower32(s - 1), kMeets) &&
           team_sport();
  }
  // A wire's topic slug opens the document: "SOCCER - GERMAN LEAGUE SUMMARIES", "ICE HOCKEY - …", "MOTOR RACING
  // - …", up to three words in capitals with a sport's name among them, then a dash. It says a sports report
  // however few sports words a short report has.
  bool sports_slug() const {
    static constexpr SV kSlugs[] = {"athletics", "badminton", "boxing", "cycling", "motorcycling", "nba", "nfl",
                                    "nhl", "racing", "rowing", "sailing", "skiing", "squash", "swimming"};
    uint32_t i = 0;
    bool sport = false;
    for (; i < tk_.size() && i < 3 && tk_[i].kind == TokenKind::Word && tk_[i].has(kAllCaps); ++i) {
      const SV w = f_.lower32(i);
      sport = sport || (lx::maybe_sports_word(w) && lx::sports_word(w)) || one_of(w, kSlugs);
    }
    return sport && i < tk_.size() && is_hyphen(text(i)) && spaced(i);
  }
  // The document names a legislature's chamber or its Speaker ("Senate", "Congress", "House of Commons"): there
  // "the House" is the other chamber. Built on the first question, one pass over the words.
  mutable int legislature_ = -1;
  bool legislature_named() const {
    if (legislature_ < 0) {
      static constexpr SV kChambers[] = {"Senate", "Congress", "Congressional", "Representatives", "Commons",
                                         "Lords", "Speaker"};
      legislature_ = 0;
      for (uint32_t i = 0; i < tk_.size() && !legislature_; ++i)
        legislature_ = tk_[i].kind == TokenKind::Word && tk_[i].has(kCapitalised) && one_of(text(i), kChambers);
    }
    return legislature_ == 1;
  }
  // The verbs a match's winner takes the loser by, as object: "Leeds beat Chelsea 2-1", "edged the Cubs 5-3"
  static constexpr SV kWinVerbs[] = {"beat",  "beats",  "crushed",  "defeated", "downed",
                                     "edged", "routed", "thrashed", "upset"};
  // A score: "2-1", "110-102": a number of at most three digits, a dash, another, nothing between and no dash
  // after (not a ZIP code "77030-2707" or a telephone number "713-793-1429").
  bool score_at(uint32_t i) const {
    auto small = [&](uint32_t k) { return tk_[k].kind == TokenKind::Number && tk_[k].span.size() <= 3; };
    return i + 2 < tk_.size() && small(i) && is_hyphen(text(i + 1)) && !spaced(i + 1) && small(i + 2) &&
           !spaced(i + 2) && !(i + 3 < tk_.size() && !spaced(i + 3) && is_hyphen(text(i + 3)));
  }
  // A tennis match's sets: "6-4 3-6 7-5", "7-6 (7-4) 6-3", two scores or more in a row (i is one of them; a
  // tie-break's in brackets may stand between), none over seven games a side. Its sides are players, not teams (a
  // volleyball set runs to 25, a squash or table tennis game to 11; a football score's half-time in brackets, "2-1
  // (1-0)", has no second score after it).
  bool set_scores_at(uint32_t i) const {
    auto set = [&](uint32_t k) {
      return score_at(k) && text(k).size() == 1 && text(k + 2).size() == 1 && text(k)[0] <= '7' &&
             text(k + 2)[0] <= '7';
    };
    // the set after the one at k (k + 3, or k + 8 past a tie-break "(7-4)"), 0 when none
    auto next = [&](uint32_t k) -> uint32_t {
      if (k + 3 < tk_.size() && spaced(k + 3) && set(k + 3)) return k + 3;
      if (k + 8 < tk_.size() && is_lit(text(k + 3), "(") && score_at(k + 4) && is_lit(text(k + 7), ")") &&
          set(k + 8))
        return k + 8;
      return 0;
    };
    if (!set(i)) return false;
    if (next(i)) return true;
    return (i >= 3 && set(i - 3) && next(i - 3) == i) || (i >= 8 && set(i - 8) && next(i - 8) == i);
  }
  // A name of two or three words with a tennis match's sets at most kNear tokens after it in its sentence, or
  // before it with "to" or "by" right before the name ("lost 6-3 6-4 to Ola Strand"): a player.
  bool tennis_side(uint32_t s, uint32_t e) const {
    constexpr uint32_t kNear = 12;
    if (e < s + 2 || e > s + 3) return false;
    for (uint32_t i = e; i < tk_.size() && i <= e + kNear && !tk_[i].has(kSentenceStart); ++i)
      if (score_at(i)) return set_scores_at(i);
    if (s < 2 || !(is_lit(text(s - 1), "to") || is_lit(text(s - 1), "by"))) return false;
    for (uint32_t i = s - 2; i + kNear >= s && !tk_[i + 1].has(kSentenceStart); --i) {
      if (score_at(i)) return set_scores_at(i);
      if (i == 0) break;
    }
    return false;
  }
  // "Lancashire 198 v Yorkshire 301", "At Hove: Sussex 245-7 v Durham.": a side before or after "v" (not a
  // court's "Roe v. Wade": its "v" takes a full stop), with its own total after it (versus_side) or in a sports
  // report (match_side)
  bool versus(uint32_t i) const {
    return i < tk_.size() && spaced(i) && (is_lit(text(i), "v") || is_lit(text(i), "vs") || is_lit(text(i), "versus"));
  }
  // A year of a citation at i: four digits from 1500 to 2099, "2012" (with a letter after it, "2012a")
  bool citation_year(uint32_t i) const {
    if (i >= tk_.size() || tk_[i].kind != TokenKind::Number) return false;
    const SV w = text(i);
    const size_t n = w.size() == 5 && w[4] >= 'a' && w[4] <= 'c' ? 4 : w.size();
    if (n != 4 || !all_digits(w.substr(0, 4))) return false;
    return (w[0] == '1' && w[1] >= '5') || (w[0] == '2' && w[1] == '0');
  }
  // The name that ends before e is an author of a citation: a year follows it inside brackets, after a comma or
  // nothing ("(Porte, 2012)", "(Milekic 2010)"), maybe after "et al." (then also in brackets, "Biggs et al.
  // (2009)"); or another author does, after "&", "and" or a comma ("Dye & Kest 2011"). At most `more` authors
  // are read on.
  bool citation_author(uint32_t e, int more) const {
    // (a year in brackets after a name alone is a work's too, "the film Stoker (2013)": only after "et al.")
    if (e + 2 < tk_.size() && is_lit(text(e), "et") && is_lit(text(e + 1), "al")) {
      e += 2;
      if (e < tk_.size() && is_lit(text(e), ".") && !spaced(e)) ++e;
      if (e + 1 < tk_.size() && is_lit(text(e), "(") && citation_year(e + 1)) return true;
    }
    // (the brackets are asked last, at the year: most names have no year after them, and the walk back to the
    // bracket is the dearest look)
    if (citation_year(e) || (e + 1 < tk_.size() && is_lit(text(e), ",") && citation_year(e + 1))) return in_brackets(e);
    if (more == 0 || e + 1 >= tk_.size()) return false;
    const SV joint = text(e);
    if (!is_lit(joint, "&") && !is_lit(joint, "and") && !is_lit(joint, ",")) return false;
    uint32_t n = e + 1;
    if (n < tk_.size() && (is_lit(text(n), "&") || is_lit(text(n), "and"))) ++n;  // "Chin, Chong, & Vignieri"
    if (n >= tk_.size() || !name_like(n) || tk_[n].has(kAllCaps)) return false;
    uint32_t m = n + 1;  // the next author's name: at most three words
    while (m < tk_.size() && m < n + 3 && name_like(m) && spaced(m)) ++m;
    return citation_author(m, more - 1);
  }
  // Token i is inside brackets opened at most 40 tokens back on its line, and not closed before it
  bool in_brackets(uint32_t i) const {
    for (uint32_t k = i; k > 0 && k + 40 > i; --k) {
      const SV w = text(k - 1);
      if (is_lit(w, ")")) return false;
      if (is_lit(w, "(")) return true;
      if (tk_[k].has(kNewlineBefore)) return false;
    }
    return false;
  }
  // [s, e) is a side of a court case: "v." just before or after it, outside a sports report ("Roe v. Wade")
  bool court_side(uint32_t s, uint32_t e) const {
    auto court_v = [&](uint32_t v) {
      return v + 1 < tk_.size() && is_lit(text(v), "v") && spaced(v) && is_lit(text(v + 1), ".") && !spaced(v + 1);
    };
    return ((s >= 2 && court_v(s - 2)) || court_v(e)) && !sports_report();
  }
  bool versus_side(uint32_t s, uint32_t e) const {
    return s > 0 && versus(s - 1) && e < tk_.size() && tk_[e].kind == TokenKind::Number;
  }
  // Names [s, e) a side on a line of a sports report's fixtures, "OAKLAND AT BOSTON", "Seattle at Baltimore": the
  // line holds two names and one "at" between them, nothing else (at most 12 tokens: bounded work).
  bool schedule_side(uint32_t s, uint32_t e) const {
    auto at = [&](uint32_t k) { return is_lit(text(k), "AT") || is_lit(text(k), "at"); };
    const bool beside = (s > 0 && at(s - 1)) || (e < tk_.size() && at(e));
    if (!beside || !sports_report()) return false;
    uint32_t a = s;
    while (a > 0 && a + 12 > e && !tk_[a].has(kNewlineBefore)) --a;
    if (a > 0 && !tk_[a].has(kNewlineBefore)) return false;
    uint32_t z = e, ats = 0;
    for (uint32_t k = a; k < tk_.size() && (k == a || !tk_[k].has(kNewlineBefore)); z = ++k) {
      if (k >= a + 12) return false;
      if (at(k)) ats += k > a ? 1 : 2;  // (a line that opens with "at" is no fixture)
      else if (!name_like(k)) return false;
    }
    return ats == 1 && !at(z - 1);
  }
  // Names [s, e) a side of a match in a sentence that gives its score, even outside a sports report: "beat
  // Leeds 2-1", "lost to Boston 110-102", "Leeds beat Chelsea 2-1", "drew 1-1 with Leeds", "lost 2-0 to Leeds".
  // A place there is the team that bears its name. Looks at most 6 tokens either side.
  bool match_side(uint32_t s, uint32_t e) const {
    // (no number near, no score: most names are asked, so this look comes first)
    bool number = false;
    for (uint32_t i = s > 8 ? s - 8 : 0; i < tk_.size() && i < e + 9 && !number; ++i)
      number = tk_[i].kind == TokenKind::Number;
    if (!number) return false;
    // "(P. Simmons 4-38)": an initial and a surname is a player (a bowler's figures, a scorer's time), no side
    if (e == s + 3 && initial_of_name(s, e)) return false;
    // "Monica Seles of the United States beat …": where a player comes from is no side
    const uint32_t before = prev_word(s);
    if (before != kNone && (is_lit(text(before), "of") || is_lit(text(before), "from"))) return false;
    if (score_at(e)) return !set_scores_at(e);
    if (versus_side(s, e) || ((versus(e) || (s > 0 && versus(s - 1))) && sports_report())) return true;
    static constexpr SV kDrawOrLoss[] = {"drew", "held", "lost"};  // (and the winner's verbs, kWinVerbs)
    auto match_verb = [&](uint32_t i) {
      return i < tk_.size() && tk_[i].kind == TokenKind::Word &&
             (one_of(text(i), kWinVerbs) || one_of(text(i), kDrawOrLoss));
    };
    // "Leeds beat Chelsea 2-1": the score after the other side; "Paris St Germain were held 1-1 by Bastia";
    // "Rosenborg, who beat Molde 3-0 on Friday, have 42 points"
    const bool which = e + 1 < tk_.size() && is_lit(text(e), ",") && is_lit(text(e + 1), "which");
    auto verb_then_score = [&](uint32_t after) {
      const uint32_t verb =
          after + 1 < tk_.size() && (is_lit(text(after), "were") || is_lit(text(after), "was")) ? after + 1 : after;
      if (match_verb(verb))
        for (uint32_t i = verb + 1; i < tk_.size() && i <= verb + 6 && !tk_[i].has(kSentenceStart); ++i)
          if (score_at(i)) return !set_scores_at(i);
      return false;
    };
    const bool clause = comma_who(e) || which;
    if (verb_then_score(clause ? e + 2 : e)) return true;
    // (and the side's own verb after the clause: "Rosenborg, who lead the table by four points, beat Molde 3-1",
    // the clause's closing comma at most kClauseTokens on)
    constexpr uint32_t kClauseTokens = 12;
    if (clause)
      for (uint32_t i = e + 3; i < tk_.size() && i <= e + kClauseTokens && !tk_[i].has(kSentenceStart); ++i)
        if (is_lit(text(i), ",")) return verb_then_score(i + 1);
    // "held Brann Bergen to a 1-1 draw", "beat Kelvar Rovers on Saturday 2-0": the verb before, the score a few
    // words after
    if (s > 0 && match_verb(s - 1) && !tk_[s].has(kNewlineBefore))
      for (uint32_t i = e; i < tk_.size() && i <= e + 4 && !tk_[i].has(kSentenceStart); ++i)
        if (score_at(i)) return !set_scores_at(i);
    // "drew 1-1 with Leeds", "a 2-0 win over champions Auxerre" (a side's standing may go before its name)
    static constexpr SV kStandings[] = {"champions", "holders", "hosts", "leaders", "neighbours", "neighbors",
                                        "rivals", "visitors"};
    const uint32_t lead = s >= 3 && one_of(text(s - 1), kStandings) ? s - 1 : s;
    const SV before_s = lead >= 2 ? text(lead - 1) : SV();
    static constexpr SV kAgainst[] = {"against", "by", "over", "to", "with"};  // ("held 1-1 by Bastia")
    if (one_of(before_s, kAgainst))
      for (uint32_t i = lead - 2; i + 6 >= lead && !tk_[i + 1].has(kSentenceStart); --i) {
        if (score_at(i)) return !set_scores_at(i);
        if (i == 0) break;
      }
    return false;
  }
  // "the Chicago Bulls", "New York Yankees", "Leicester Tigers": a place the lists know, then one capitalised
  // plural that is no place or organisation word ("Florida Keys" would need one): the team it names.
  bool team_of_place(uint32_t s, uint32_t last) const {
    const SV w = text(last);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == '\'' ||
        is(last, lx::kPlaceWord | lx::kOrgWord | lx::kTitle) || gzf(last, kPlaceMask | kDemonym) ||
        gzf(s, kFirst))  // ("Tyler Lewis", "Gary Jones": towns that are first names, before a surname)
      return false;
    return listed_place(s, last);
  }
  // "the Orlando Magic", "the Oklahoma City Thunder", "the Denver Broncos": in a sports report, "the", a place the
  // lists know and one word no place's, body's, title's or event's (nor a people's or a first name) is a team,
  // named in the singular too, and though the place is a first name ("Orlando", "Denver": not after "the"); not
  // "the London Marathon", "the Boston Garden", "the Kelby Open"
  bool team_of_place_after_the(uint32_t s, uint32_t last) const {
    if (s == 0 || !is_the(s - 1) || text(last).size() < 3 || tk_[last].has(kAllCaps) ||
        is(last, lx::kPlaceWord | lx::kOrgWord | lx::kTitle | lx::kEventWord | lx::kGroupWord) ||
        gzf(last, kPlaceMask | kDemonym | kFirst) || !listed_place(s, last))
      return false;
    return sports_report();
  }
  bool common_at(uint32_t i) const { return (gzf(i, kCommon)) != 0; }
  bool place_at(uint32_t i) const { return (gzf(i, kPlaceMask)) != 0; }

  SV text(uint32_t i) const { return doc_.token_text(i); }
  bool spaced(uint32_t i) const { return (tk_[i].flags & (kSpaceBefore | kNewlineBefore | kParagraphBefore)) != 0; }

  bool name_like(uint32_t i) const { return in_number_[i] == 2; }
  // One capital letter A-Z as a word of its own: a name's initial ("W" of "George W. Bush").
  bool initial_letter(uint32_t i) const {
    const SV w = text(i);
    return tk_[i].kind == TokenKind::Word && w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
  }

  // Headlines In Title Case capitalise every word: there, like at a sentence start, a capital proves nothing.
  // One walk over each line marks its name-like words (in_number_ 2) and whether it is such a headline;
  // returns how many name-like words there are.
  std::vector<uint8_t> title_line_;
  // A score on a line mostly capitalised makes it a result, not a headline in Title Case: "Thomas Muster
  // (Austria) beat Daniel Vacek (Czech Republic) 6-4 6-3" names people and places, whose words ("Muster",
  // "Republic") keep their capitals' weight. (Asked only of lines that would otherwise be headlines.)
  // (not a range of days: "Conference Feb. 5-8")
  bool score_in(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i + 2 < e; ++i) {
      if (!score_at(i)) continue;
      if (i == b) return true;
      const uint32_t before = is_lit(text(i - 1), ".") && i >= b + 2 ? i - 2 : i - 1;
      if (!month(text(before))) return true;
    }
    return false;
  }
  // The lines a results table may hold, as the walk below finds them: at most kResultLineTokens tokens, a name
  // first (mark_result_lines reads these alone instead of walking every line again).
  static constexpr uint32_t kResultLineTokens = 48;
  std::vector<std::pair<uint32_t, uint32_t>> result_lines_;
  uint32_t mark_names_and_title_lines() {
    title_line_.assign(tk_.size(), 0);
    result_lines_.clear();
    uint32_t names = 0;
    for (uint32_t b = 0; b < tk_.size();) {
      uint32_t e = b, words = 0, caps = 0, starts = 0;
      // Without branches: whether a word is long or capitalised is a coin toss the predictor keeps losing.
      do {
        const Token& t = tk_[e];
        const bool word = t.kind == TokenKind::Word;
        const bool cap = word && t.has(kCapitalised);
        const bool counted = word && t.span.size() >= 4;
        words += counted;
        caps += counted & cap;
        starts += t.has(kSentenceStart);
        const bool name = cap & !in_number_[e] & !t.has(kPossessive);
        in_number_[e] = uint8_t(in_number_[e] | (name << 1));  // 0 -> 2 for a name
        names += name;
        ++e;
      } while (e < tk_.size() && !tk_[e].has(kNewlineBefore));
      // (A caption or sentence full of names ends with its full stop; headlines have none. Nor does a headline
      // hold the end of one sentence and the start of the next: a line of prose wrapped by hand, "… Dresdner
      // Bank AG led the financing. Moody's Investors Service" / "put Brennex on review", does.)
      // (A line that ends on a colon with an ordinary word in lower case opens what follows, a table or a list:
      // "Results of English Premier League matches on Saturday:"; a headline may end on one, all in capitals.)
      const bool ends_sentence = is_lit(text(e - 1), ".") || is_lit(text(e - 1), "!") || is_lit(text(e - 1), "?") ||
                                 (is_lit(text(e - 1), ":") && caps < words);
      const bool sentence_inside = starts > (tk_[b].has(kSentenceStart) ? 1u : 0u);
      if (words >= 4 && caps * 10 >= words * 8 && e - b < 40 && !ends_sentence && !sentence_inside &&
          !score_in(b, e))
        for (uint32_t i = b; i < e; ++i) title_line_[i] = 1;
      if (e - b <= kResultLineTokens && name_like(b)) result_lines_.emplace_back(b, e);
      b = e;
    }
    return names;
  }

  // A wire's table of results or standings: every line only names and small numbers, each name followed by its
  // numbers ("Brann 2 Molde 1", "NEW YORK 5 Toronto 3", "Rosenborg 8 6 1 1 20 7 19"; a scorer in brackets may
  // follow a score; a row of standings has four numbers or more). A side there is a team, though no sentence says
  // so and the place lists call it a town.
  // Not a dateline ("OSLO 1996-08-30": a year is no small number) nor a price table ("Brent 20.50": decimals).
  // One walk over each line of at most kResultLineTokens tokens; marks result_side_ on the names of the sides.
  // per token: 1 a side's word, 3 the same on a line of two sides or more ("Arsenal 2 West Ham 0"), 2 a scorer's
  // (in a bracket), 0 neither
  std::vector<uint8_t> result_side_;
  void mark_result_lines() {
    result_side_.assign(tk_.size(), 0);
    auto small_number = [&](uint32_t i) { return small_whole_number(i) >= 0; };
    for (const auto& l : result_lines_) {
      const uint32_t e = l.second;
      // "Played on Friday: Dalvik 0 Orrin 0": a few words and a colon may open the line before its sides
      uint32_t line = l.first;
      for (uint32_t k = line + 1; k < e && k <= l.first + 6 && tk_[k].kind != TokenKind::Number; ++k)
        if (is_lit(text(k), ":")) {
          if (k + 1 < e && name_like(k + 1)) line = k + 1;
          break;
        }
      // name (number)+, again and again; a bracket's contents are skipped, a full stop may end the line
      uint32_t numbers = 0, sides = 0, i = line, end = e;
      bool ok = true;
      while (ok && i < end) {
        const uint32_t name = i;
        ++sides;
        while (i < e && (name_like(i) || (i > name && (is_lit(text(i), ".") || is_lit(text(i), "&") ||
            is_hyphen(text(i))))))
          ++i;
        if (i == name || i == e || !small_number(i)) { ok = false; break; }
        // (a baseball row's share of wins, ".585", and its "-" for no games behind: "NEW YORK 79 56 .585 -")
        auto share = [&](uint32_t k) {
          return is_lit(text(k), ".") && k + 1 < e && !spaced(k + 1) && tk_[k + 1].span.size() == 3 &&
                 small_number(k + 1);
        };
        auto none_behind = [&](uint32_t k) { return is_hyphen(text(k)) && k + 1 == e && numbers >= 2; };
        while (i < e && (small_number(i) || (is_hyphen(text(i)) && i + 1 < e && small_number(i + 1)) || share(i) ||
                         none_behind(i))) {
          numbers += small_number(i) || share(i) || none_behind(i) ? 1 : 0;
          i += share(i) ? 2 : 1;
        }
        if (i < e && is_lit(text(i), "(")) {
          while (i < e && !is_lit(text(i), ")")) ++i;
          if (i == e) { ok = false; break; }
          ++i;
        }
        if (i < e && (is_lit(text(i), "points") || is_lit(text(i), "pts"))) ++i;  // "PSV Eindhoven 9 points"
        if (i + 1 == e && (is_lit(text(i), ".") || is_lit(text(i), ","))) ++i;
        // "Varnholm 0 Halden 0, Rosenborg 3 Molde 1": a comma or a semicolon may part one line's games, and after
        // a colon the rows of standings ("Standings: PSV Eindhoven 9 points, Feyenoord 7, Ajax 6.")
        if (i + 1 < e && (sides % 2 == 0 || line != l.first) && (is_lit(text(i), ",") || is_lit(text(i), ";")) &&
            name_like(i + 1))
          ++i;
        // a full stop after two sides ends the results, the line's other sentences follow: "Dalvik 2 (Ivo Marsk
        // 81st) Orrin 1. Halftime 0-1. Attendance 12,400."
        if (i < e && is_lit(text(i), ".") && sides >= 2) end = i;
      }
      if (!ok || numbers < 2 || (sides < 2 && numbers < 4)) continue;  // two sides, or a row of standings
      // (every word of "Dalvik Rovers 2 Halden United 1" is capitalised, as a headline's are, but these capitals
      // are names: "Rovers" and "United" are part of them, not a headline's ordinary words)
      std::fill(title_line_.begin() + line, title_line_.begin() + e, 0);
      for (uint32_t k = line; k < end; ++k) {  // (a bracket's names are scorers: not sides, 2)
        // ("(OT)", "(AET)": a note in capitals on how the game ended names no scorer)
        if (is_lit(text(k), "(") && k + 2 < end && is_lit(text(k + 2), ")") && tk_[k + 1].has(kAllCaps) &&
            text(k + 1).size() <= 3)
          k += 2;
        else if (is_lit(text(k), "("))
          for (; k < end && !is_lit(text(k), ")"); ++k) result_side_[k] = name_like(k) ? 2 : 0;
        else if (name_like(k))
          result_side_[k] = sides >= 2 ? 3 : 1;
      }
    }
  }
  // [s, e) is one side of a results line: its words are marked and a number follows.
  bool result_side(uint32_t s, uint32_t e) const {
    auto side = [&](uint32_t k) { return result_side_[k] == 1 || result_side_[k] == 3; };
    return side(s) && side(e - 1) && e < tk_.size() && tk_[e].kind == TokenKind::Number &&
           !tk_[e].has(kNewlineBefore);
  }
  // "c Inzamam b Mushtaq 31", "lbw b Wasim 44", "st Moin b Saqlain": a cricket scorecard's dismissal names the
  // fielder after "c" or "st" and the bowler after "b" (a "b" or a number after the name, a name before the "b").
  bool dismissal_name(uint32_t s, uint32_t e) const {
    if (s == 0 || e - s > 3 || e >= tk_.size() || !spaced(s)) return false;
    const SV before = text(s - 1), after = text(e);
    const bool letter_before = is_lit(before, "b") || is_lit(before, "c") || is_lit(before, "st");
    if (!letter_before || !spaced(s - 1) || !spaced(e)) return false;
    if (is_lit(before, "b")) return tk_[e].kind == TokenKind::Number && s >= 2 && tk_[s - 2].kind == TokenKind::Word;
    return is_lit(after, "b");
  }
  // [s, e) is a scorer in a results line's brackets: "Dalvik 2 (Ivo Marsk 81st, 90th) Orrin 1"
  bool result_scorer(uint32_t s, uint32_t e) const { return result_side_[s] == 2 && result_side_[e - 1] == 2; }

  // Sentence-initial (or after an opening quote/bracket at a sentence start, or at a line start): capitals
  // there say nothing about names.
  bool initial(uint32_t i) const {
    if (result_side_[i]) return false;  // a side of a results line opens its line: "Sporting Kelby 0 Voss 0"
    if (i == 0 || tk_[i].has(kSentenceStart) || tk_[i].has(kNewlineBefore) || title_line_[i]) return true;
    uint32_t k = i;
    while (k > 0) {
      const Token& p = tk_[k - 1];
      const SV pt = text(k - 1);
      const bool opener = p.kind == TokenKind::QuoteOpen || p.kind == TokenKind::QuoteAmbig || is_lit(pt, "(") ||
          is_lit(pt, "[");
      if (is_lit(pt, ":") || is_lit(pt, "\xE2\x80\x94") /* — */ || p.kind == TokenKind::QuoteOpen) return true;
      // "LONDON, June 12 (Reuters) - Officials said": the wire's dash after its bracket opens the story
      if ((is_lit(pt, "-") || is_lit(pt, "\xE2\x80\x93") /* – */) && k >= 2 && is_lit(text(k - 2), ")")) return true;
      // "SAN FRANCISCO, May 14 - Chipmaker Orvik Systems said": a dateline without the wire's name
      if ((is_lit(pt, "-") || is_lit(pt, "\xE2\x80\x93")) && k >= 3 && tk_[k - 2].kind == TokenKind::Number &&
          month(text(k - 3)))
        return true;
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
  static bool common(SV w) { return gz::common_word_any_case(w); }
  // "Dockworkers", "Shipyards": a plural of two dictionary words run together is an ordinary noun that the
  // word list lacks, not a name. (Plural only, parts of four letters or more: surnames such as "Burnell" or
  // "Goldstein" are compounds too.)
  static bool compound_of_words(SV w) {
    if (w.size() < 9 || w.size() > 30 || w.back() != 's') return false;
    char buf[32];
    const SV lw = lower(w, buf, sizeof buf);
    for (size_t k = 4; k + 5 <= lw.size(); ++k)
      if (gz::common_word(lw.substr(0, k)) && gz::common_word(lw.substr(k))) return true;
    return false;
  }
  // "Polaroids", "iPhones": the plural of a capitalised dictionary word that is no first name and no common
  // word. Surnames in -s stay ("Williams": William is a first name; "Woods": wood is a word).
  static bool plural_of_product(SV w) {
    if (w.size() < 5 || w.size() > 40 || !plural_word(w)) return false;
    const SV one = w.substr(0, w.size() - 1);
    // ("James", "Charles": a first name that ends in s is no plural of "Jame")
    return gz::proper_word(one) && !gz::first_name(one) && !common(one) && !gz::place(one) && !gz::first_name(w);
  }
  bool seen_mid(SV w) const { return seen_mid_.find(w) != nullptr; }

  bool listed_name(uint32_t i) const {
    return (gzf(i, kPlaceMask | kFirst | kDemonym)) ||
           is(i, lx::kKnownOrg | lx::kKnownPlace | lx::kGroupWord | lx::kCountryCode | lx::kSeat);
  }
  bool entity_like(uint32_t i) const {  // things that stand alone on either side of a hyphen: Israel-Hamas
    return (gzf(i, kPlaceMask | kDemonym)) ||
           is(i, lx::kKnownOrg | lx::kKnownPlace | lx::kCountryCode | lx::kGroupWord);
  }

  bool copula(uint32_t i) const {
    if (i >= tk_.size() || tk_[i].kind != TokenKind::Word) return false;
    const SV v = text(i);
    return is_lit(v, "is") || is_lit(v, "are") || is_lit(v, "was") || is_lit(v, "were");
  }
  // A word that ends in "bank" or "banken" after a word of its own ("Vereinsbank", "Landesbank", "Sparebanken"):
  // German and Nordic names of banks are compounds (the word "bank" alone is the lexicon's).
  // (and a Germanic tongue's club, association, federation or party: "Lillehammer Skiklub", "Turnverein",
  // "Skiforbund", "Arbeiderpartiet", "Linkspartei")
  bool body_compound(uint32_t i) const {
    static constexpr SV kTails[] = {"bank", "banken", "forbund", "forening", "foreningen", "förbund", "gesellschaft",
                                    "klub", "klubb", "klubben", "liga", "partei", "partiet", "selskab", "selskap",
                                    "verband", "verein"};  // ("Bundesliga", "Superliga": a league)
    // (written as one word: a capital inside, "ZebraKlub", makes a brand's name of it)
    const SV w = text(i);
    if (!tk_[i].has(kCapitalised) || w.size() < 7) return false;
    for (const SV tail : kTails)  // (the last letter first: most words are asked nothing more)
      if (tail.back() == w.back() && w.size() >= tail.size() + 3 && w.substr(w.size() - tail.size()) == tail)
        return true;
    return false;
  }
  // "Xi Jinping said", "Li Qiang met": a family name of two letters (a dictionary's word too) before a given
  // name no dictionary or place list knows
  bool two_letter_family_name(uint32_t i) const {
    return text(i).size() == 2 && i + 1 < tk_.size() && name_like(i + 1) && spaced(i + 1) && !common_at(i + 1) &&
           !gzf(i + 1, kPlaceMask | kDemonym);
  }
  // "M. Atherton b Waqar Younis 31", "A. Stewart said": an initial and a surname no dictionary knows open the
  // run (a line of a scorecard, a byline), though the initial is a dictionary's letter or the article "A". Not an
  // outline's label: "A. Introduction", "B. Results".
  bool initial_of_name(uint32_t i, uint32_t e) const {
    return initial_letter(i) && e > i + 2 && is_lit(text(i + 1), ".") && !spaced(i + 1) && name_like(i + 2) &&
           spaced(i + 2) && !common_at(i + 2) && !is(i + 2, lx::kNotName | lx::kFunctionWord);
  }
  // "G. Flower", "J. R. Smith": initials with their full stops, then one more word that is no place's, body's or
  // event's word: a person. The surname may be a dictionary word after a word that goes before names ("between
  // G. Flower and A. Flower"), not after a noun ("plan A. Flower beds were dug") nor at a line's start ("A.
  // Introduction", an outline's label).
  bool initials_and_surname(uint32_t s, uint32_t e) const {
    static constexpr SV kBeforeNames[] = {",", "(", "and", "between", "by", "for", "from", "of", "or", "said",
                                          "says", "told", "with"};
    uint32_t i = s;
    while (i + 2 < e && initial_letter(i) && is_lit(text(i + 1), ".") && !spaced(i + 1) && spaced(i + 2)) i += 2;
    // (the surname is a word, no letter: "U. S.", "L. P.", "D. C." are letters; nor a place: "P. R. China")
    if (i == s || i + 1 != e || !name_like(i) || text(i).size() < 2 || place_at(i) ||
        is(i, lx::kKindWords | lx::kTitle | lx::kNotName | lx::kFunctionWord))
      return false;
    const bool line_start = s == 0 || (tk_[s].flags & (kNewlineBefore | kParagraphBefore)) != 0;
    // (a scorecard's line goes on with how the batsman was out: "G. Flower c Stewart b Silverwood 43")
    static constexpr SV kOut[] = {"b", "c", "lbw", "not", "retired", "run", "st"};
    const bool batsman = line_start && e < tk_.size() && tk_[e].kind == TokenKind::Word && one_of(text(e), kOut);
    return !common_at(i) || batsman || (!line_start && one_of(text(s - 1), kBeforeNames));
  }
  // A sentence-initial capitalised word counts as a name only with evidence beyond its capital.
  bool evidenced(uint32_t i, uint32_t e) const {
    if (initial_of_name(i, e) || initials_and_surname(i, e)) return true;
    // "Jan Holt said", "June Varga won": a month that is a first name, before a surname no list knows
    if (is(i, lx::kNotName) && !is(i, lx::kFunctionWord) && gzf(i, kFirst) && e > i + 1 && name_like(i + 1) &&
        spaced(i + 1) && !common_at(i + 1) && !gzf(i + 1, kPlaceMask | kDemonym) && !is(i + 1, lx::kNotName))
      return true;
    if (is(i, lx::kNotName | lx::kFunctionWord)) return false;
    // "Network Rail said", "Standard Chartered said", "Southern Water told": two dictionary words opening the
    // sentence right before a speech verb name the body that speaks (a sentence's adverb is a function word,
    // "Meanwhile Labour said"; not an office or the people of a place: "Prime Minister said", "Local Residents
    // said"). Before, the first word was cut and the second a person.
    if (e == i + 2 && common_at(i) && common_at(i + 1) && name_like(i + 1) && spaced(i + 1) &&
        !tk_[i].has(kAllCaps) && !tk_[i + 1].has(kAllCaps) && is_opt(next_word(e), lx::kSpeechVerb) &&
        !is(i, lx::kTitle | lx::kPeopleNoun) && !is(i + 1, lx::kTitle | lx::kPeopleNoun) &&
        !((lx::classes(f_.lower32(i)) | lx::classes(f_.lower32(i + 1))) & (lx::kLowerTitle | lx::kPeopleNoun)))
      return true;
    if (e == i + 2 && (is_lit(text(i), "Group") || is_lit(text(i), "Pool")) &&
        text(i + 1).size() == 1) return true;  // "Group F"
    if (i + 1 < tk_.size() && is_hyphen(text(i + 1)) && !spaced(i + 1))  // "Pro-Beijing"; but "Per-Olav Strand"
      return !common_at(i) || (i + 2 < tk_.size() && !spaced(i + 2) && name_like(i + 2) && gzf(i + 2, kFirst));
    if (e > i + 1 && is(e - 1, lx::kOrgWord | lx::kPlaceWord))
      return true;  // "Civic Party's Jeremy Tam": a multi-word organisation or place
    // "Lake Orrin is a lake in …", "Mount Kelby rises": a place's word that opens its name, before a name
    if (e > i + 1 && is(i, lx::kPlacePrefix) && name_like(i + 1) && spaced(i + 1) && !tk_[i].has(kAllCaps))
      return true;
    if (e > i + 1) {  // "New Zealand begins …": the run is a listed name as a whole
      for (uint32_t end = std::min(e, i + 4); end > i + 1; --end) {
        Key kk;
        make_key(i, end, kk);
        const SV v = kk.view();
        if (!v.empty() && (gz::place(v) || (lx::classes(v) & (lx::kKnownPlace | lx::kKnownOrg)))) return true;
      }
    }
    // "Born Anna Mae Bullock in Nutbush": an ordinary word (though a dictionary's proper noun too: Max Born) that
    // is no first name, before a first name and a surname, opens the sentence, not the name
    if (e >= i + 3 && common_at(i) && !gzf(i, kFirst | kPlaceMask | kDemonym) && !tk_[i].has(kAllCaps) &&
        !is(i, lx::kKnownOrg | lx::kKnownPlace | lx::kTitle | lx::kOrgWord | lx::kPlaceWord) && name_like(i + 1) &&
        spaced(i + 1) && gzf(i + 1, kFirst) && !common_at(i + 1))
      return false;
    // "Young and old voters agreed": a lone word that is both an ordinary word and a first name needs more
    // than the first-name list
    if (e == i + 1 && common_at(i) && gzf(i, kFirst) && !gzf(i, kPlaceMask | kDemonym) && !seen_mid(text(i)) &&
        !is(i, lx::kKnownOrg | lx::kKnownPlace | lx::kTitle) && !gzf(i, kProper))
      return false;
    if (tk_[i].has(kAllCaps) || listed_name(i) || is(i, lx::kTitle) || (gzf(i, kProper)) || seen_mid(text(i)))
      return true;
    if (!common_at(i) && !compound_of_words(text(i))) return true;
    if (e > i + 1 && two_letter_family_name(i)) return true;
    return e > i + 1 && seen_run_mid(i, e);  // "Standard Chartered said" after "analysts at Standard Chartered"
  }

  // "BBC Radio 4", "Channel 12": a broadcaster's channel is named by its number. Where the run ending at j
  // (exclusive) ends so and a number of one to three digits follows, where the name ends; else 0. ("Chapter 11",
  // "Route 66": other words' numbers are figures.)
  uint32_t channel_number_end(uint32_t j) const {
    if (j == 0 || j >= tk_.size()) return 0;
    static constexpr SV kBroadcast[] = {"Channel", "Radio", "TV", "Television"};
    if (!one_of(text(j - 1), kBroadcast)) return 0;
    if (!spaced(j) || small_whole_number(j) < 0) return 0;
    // ("Channel 4 News"; but not "Live" of "BBC Radio 1 Live Lounge", a programme)
    const uint32_t end = j + 1;
    return end < tk_.size() && name_like(end) && spaced(end) && is_lit(text(end), "News") ? end + 1 : end;
  }
  // Token k (after its league's word) is a tier's letter: "Serie A", "Liga B" (not "League A")
  bool tier_letter(uint32_t k) const {
    const SV t = text(k);
    return t.size() == 1 && t[0] >= 'A' && t[0] <= 'D' && !is_lit(text(k - 1), "League");
  }
  // "League Two", "Ligue 1", "Serie A", "Division One": a league's tier after its word, a number of one or two
  // digits, a number's word to four or one capital letter. Where the run ending at j (exclusive) ends so, the
  // name's end after the tier; else 0.
  uint32_t league_tier_end(uint32_t j) const {
    static constexpr SV kLeagues[] = {"Division", "League", "Liga", "Ligue", "Serie"};
    static constexpr SV kTiers[] = {"One", "Two", "Three", "Four"};
    // (the run may hold a tier's word or letter itself: "League Two", "Serie A")
    if (j >= 2 && spaced(j - 1) && one_of(text(j - 2), kLeagues) &&
        (one_of(text(j - 1), kTiers) || tier_letter(j - 1)))
      return j;
    if (j == 0 || j >= tk_.size() || !spaced(j)) return 0;
    if (!one_of(text(j - 1), kLeagues)) return 0;
    const SV t = text(j);
    // (a code's "Division 9" is a part of the code: digits only after a league's own word)
    const int number = small_whole_number(j);
    const bool digits = number >= 1 && number <= 99 && t[0] != '0' && !is_lit(text(j - 1), "Division");
    const bool letter = tier_letter(j);
    if (!digits && !letter && !one_of(t, kTiers)) return 0;
    return j + 1 < tk_.size() && (tk_[j + 1].kind == TokenKind::Word || tk_[j + 1].kind == TokenKind::Number) &&
                   !spaced(j + 1)
               ? 0  // ("League 1a", "Serie A-side"…: a longer word, no tier)
               : j + 1;
  }
  // Token k is an ordinal's suffix glued to its digits ("82" "nd": the tokenizer parts them); in capitals too
  // ("2ND") where any_case.
  bool ordinal_suffix(uint32_t k, bool any_case) const {
    if (k == 0 || tk_[k - 1].kind != TokenKind::Number || spaced(k)) return false;
    const SV w = text(k);
    if (w.size() != 2) return false;
    const char a = any_case ? char(w[0] | 0x20) : w[0], b = any_case ? char(w[1] | 0x20) : w[1];
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }
  // An ordinal written in digits right before a unit's name that ends in an organisation word: "82nd
  // Airborne Division", "501st Legion", "36th Brigade" (not "22nd Fan Expo Canada": an edition).
  bool numbered_unit(uint32_t i, uint32_t j) const {
    if (i < 2 || !spaced(i) || !ordinal_suffix(i - 1, false)) return false;
    // (a body's "of" or "for" inside: "the 9th U.S. Circuit Court of Appeals")
    for (uint32_t k = i; k < j; ++k)
      if (!name_like(k) && !(k > i && (is_lit(text(k), "of") || is_lit(text(k), "for") || is_the(k)))) return false;
    return is(j - 1, lx::kOrgWord) || is(head_word(i, j), lx::kOrgWord);
  }
  // Capitalised, yet no mention: a social-media handle ("@POTUS"), an unknown word glued to a lower-case
  // word by a hyphen ("Digi-destined": an adjective).
  bool not_a_mention(uint32_t i, uint32_t j) const {
    if (i > 0 && !spaced(i) && is_lit(text(i - 1), "@")) return true;
    if (j == i + 3 && never_a_name(doc_, f_, i, j)) return true;  // "R-Ky", "D-Calif"
    if (j == i + 1 && j + 1 < tk_.size() && is_hyphen(text(j)) && !spaced(j) && !spaced(j + 1) &&
        tk_[j + 1].kind == TokenKind::Word && !tk_[j + 1].has(kCapitalised) && !listed_name(i) && !gzf(i, kProper) &&
        !tk_[i].has(kAllCaps))
      return true;
    return false;
  }

  bool is_the(uint32_t i) const { return is_lit(text(i), "the") || is_lit(text(i), "The"); }
  static bool is_hyphen(SV t) { return hyphen_token(t); }

  // "Hi", "Dear", "Thanks": a greeting before the name it addresses (segment)
  static bool greeting(SV w) {
    static constexpr SV kGreetings[] = {"Hi", "Hello", "Hey", "Dear", "Thanks", "Congratulations", "Congrats",
                                        "Cheers", "Bye", "Howdy"};
    if (w.empty() || (w[0] != 'H' && w[0] != 'D' && w[0] != 'T' && w[0] != 'C' && w[0] != 'B')) return false;
    return one_of(w, kGreetings);  // (every segment asks: the first letter rules most out)
  }
  // "Q3", "H1", "FY97", "FY2024": a quarter, a half or a fiscal year in a wire's headline
  static bool period_code(SV w) {
    if (w.size() == 2)
      return (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') || (w[0] == 'H' && (w[1] == '1' || w[1] == '2'));
    return (w.size() == 4 || w.size() == 6) && w[0] == 'F' && w[1] == 'Y' && all_digits(w.substr(2));
  }
  // "d'Estaing", "d’Ivoire", "l'Aquila": d or l, an apostrophe, then a capital (one token)
  static bool elided_particle_name(SV w) {
    if (w.size() < 3 || (w[0] != 'd' && w[0] != 'l')) return false;
    const size_t rest = w[1] == '\'' ? 2 : w.compare(1, 3, "\xE2\x80\x99") == 0 ? 4 : 0;
    return rest != 0 && rest < w.size() && w[rest] >= 'A' && w[rest] <= 'Z';
  }
  // "ENGLAND V PAKISTAN", "Celtic Vs Rangers": "versus" between two sides ends one name and starts none (a lone
  // "V" only in capitals: after a word in mixed case it is an initial or a numeral, "George V", "Henry V").
  bool versus_at(uint32_t j) const {
    if (j == 0 || j + 1 >= tk_.size() || !spaced(j) || !name_like(j - 1) || !name_like(j + 1) || !spaced(j + 1))
      return false;
    const SV tx = text(j);
    return is_lit(tx, "VS") || is_lit(tx, "Vs") || (is_lit(tx, "V") && tk_[j - 1].has(kAllCaps));
  }
  // The possessive at j ends a firm's listed name that starts at most three words back, within the run from i.
  bool possessive_firm(uint32_t i, uint32_t j) const {
    for (uint32_t q = j > i + 3 ? j - 3 : i; q < j; ++q)
      if (listed_classes(q, j + 1) & lx::kKnownOrg) return true;
    return false;
  }
  // The run from i names a land feature in full before the "of" at j, and a place the lists know follows: where
  // it is, not its name ("the Rocky Mountains of Colorado", "the Cascade Range of Washington state"; but "the
  // Gulf of Mexico", "the Isle of Man": no name before the feature's word)
  bool feature_of_place(uint32_t i, uint32_t j) const {
    static constexpr SV kFeatures[] = {"range", "mountains", "river", "lake", "lakes", "valley", "hills", "forest",
                                       "desert", "plateau", "islands", "peninsula", "glacier", "falls", "highlands"};
    return j >= i + 2 && name_like(j - 2) && one_of(f_.lower32(j - 1), kFeatures) && place_at(j + 1) &&
           !common_at(j + 1);
  }
  // "the Scottish Parliament for the Scottish National Party", "the National Assembly for the Democratic
  // Alliance": a member sits in a house for a party, two bodies; j is "for" (not "the Coalition for the
  // International Criminal Court", "the Office for the Co-ordination of Humanitarian Affairs": no house, no party)
  bool house_for_party(uint32_t j) const {
    static constexpr SV kHouses[] = {"Assembly", "Bundestag", "Congress", "Duma", "Knesset", "Parliament", "Sejm",
                                     "Senate"};
    static constexpr SV kParties[] = {"Alliance", "Front", "League", "Movement", "Party", "Union"};
    if (j == 0 || !is_lit(text(j), "for") || !one_of(text(j - 1), kHouses)) return false;
    uint32_t k = j + 2;  // (after "the")
    while (k + 1 < tk_.size() && k < j + 8 && name_like(k + 1) && spaced(k + 1)) ++k;
    return one_of(text(k), kParties);
  }
  // [s, e) is a first name and a word that is also a place's ("Damon Hill", "Jenny Lake", "Gay Village"): no run
  // goes on over "of", "for" or "on" after it ("Damon Hill of Britain", "the Gay Village on Church Street"), and
  // before "of" and a country it is a person (person_of_country).
  bool first_name_and_place_word(uint32_t s, uint32_t e) const {
    return e == s + 2 && gzf(s, kFirst) && !gzf(s, kPlaceMask) && !is(s + 1, lx::kOrgWord);
  }
  bool person_of_country(uint32_t s, uint32_t e) const {
    return first_name_and_place_word(s, e) && e + 1 < tk_.size() && is_lit(text(e), "of") &&
           (gzf(e + 1, kPlaceMask) & gz::kCountry);
  }
  // "Damon Hill", "Anita Hill", "Arsenio Hall", "Mark Fields", "Diane Lane": a first name that is no ordinary
  // word before a hill, a hall or a lane is a person (the training data's gold has six such people and no such
  // place); "Rose Hill", "Forest Hill", "Victoria Hall", "Mill Lane" open with a word or a place, "Capitol Hill",
  // "Carnegie Hall" with no first name.
  bool person_named_hill(uint32_t s, uint32_t e) const {
    if (!first_name_and_place_word(s, e) || common_at(s) || gzf(s, kDemonym) || !spaced(s + 1)) return false;
    const SV last = text(s + 1);
    return (is_lit(last, "Hill") || is_lit(last, "Hall") || is_lit(last, "Fields") || is_lit(last, "Lane")) &&
           !listed_place(s, e);
  }
  // Letters after a person's name: an office held ("MP", "MEP", "MSP"), a barrister's rank ("KC", "QC"), an
  // honour ("OBE", "CBE", "MBE", "KBE", "DBE").
  static bool post_nominal(SV w) {
    static constexpr SV kLetters[] = {"CBE", "DBE", "KBE", "KC", "MBE", "MEP", "MP", "MSP", "OBE", "QC"};
    return one_of(w, kLetters);
  }
  // A span the finder settles outside classify's own put: [first, end) with its type and strength.
  NameSpan& add_span(uint32_t first, uint32_t end, EntityType type, Strength strength) {
    NameSpan ns;
    ns.first = first;
    ns.end = end;
    ns.type = type;
    ns.strength = strength;
    out_.push_back(ns);
    return out_.back();
  }
  // Token j opens a nickname in quotes after a first name (j - 1): the surname's index after it, or 0.
  uint32_t nickname_end(uint32_t j) const {
    if (j == 0 || !gzf(j - 1, kFirst)) return 0;
    const uint32_t close = nickname_close(doc_, j);
    return close ? close + 1 : 0;
  }
  // The run from i is a saint's name up to j: "St Peter", "St. Mary", "Saint Aldric".
  bool saint_before(uint32_t i, uint32_t j) const {
    const SV w = text(i);
    if (!is_lit(w, "St") && !is_lit(w, "Saint") && !is_lit(w, "Ste")) return false;
    const uint32_t name = i + 1 < j && is_lit(text(i + 1), ".") && !spaced(i + 1) ? i + 2 : i + 1;
    return name + 1 == j && name_like(name) && spaced(name);
  }
  // A shop's, a restaurant's or a workshop's word, capitalised (after an owner's possessive: "Tony's Pizzeria")
  bool shop_word(uint32_t k) const {
    static constexpr SV kShops[] = {"Auto", "Bakery", "Bar", "Barbershop", "Bistro", "Café", "Cafe", "Deli", "Diner",
                                    "Garage", "Grill", "Kitchen", "Pizza", "Pizzeria", "Pub", "Restaurant", "Salon",
                                    "Tavern"};
    return name_like(k) && one_of(text(k), kShops);
  }
  // "London E17", "Manchester M60 1QD": a postcode's district after the town the lists know is the address's, no
  // part of the town's name (one or two capitals, one or two digits, perhaps a capital: "E17", "SW1A", "EC2V")
  bool postcode_after_town(uint32_t j) const {
    const SV w = text(j);
    if (w.size() < 2 || w.size() > 4 || !gzf(j - 1, kPlaceMask)) return false;
    size_t k = 0, letters = 0, digits = 0;
    for (; k < w.size() && w[k] >= 'A' && w[k] <= 'Z'; ++k) ++letters;
    for (; k < w.size() && w[k] >= '0' && w[k] <= '9'; ++k) ++digits;
    if (k < w.size() && w[k] >= 'A' && w[k] <= 'Z') ++k;
    return k == w.size() && letters >= 1 && letters <= 2 && digits >= 1 && digits <= 2;
  }
  // "Holyoke, MA 01040-2841", "Houston, TX 77030": two capitals between a town's comma and a ZIP code are a US
  // state's, whatever else the letters are ("MA" a degree's: never_a_name's test is not asked here)
  bool state_in_address(uint32_t s) const {
    const SV w = text(s);
    if (s < 2 || s + 1 >= tk_.size() || w.size() != 2 || !tk_[s].has(kAllCaps) || !is_lit(text(s - 1), ",") ||
        tk_[s - 2].kind != TokenKind::Word || !tk_[s - 2].has(kCapitalised) || tk_[s + 1].kind != TokenKind::Number)
      return false;
    const SV zip = text(s + 1);
    return zip.size() >= 5 && all_digits(zip.substr(0, 5)) && (zip.size() == 5 || zip[5] == '-');
  }
  // "Peter the Great", "Alexander the Great", "Tsar Ivan the Terrible": "the" and a dictionary's word capitalised
  // after a first name alone (or a title's) go on with it, where no name follows the epithet. Not after a full name
  // ("Billy Elliot the Musical"), a first name that opens a sentence as a verb ("Mark the Date"), nor before a
  // body, a place, a work or an event ("told Ada the Times had", "showed Peter the Kremlin").
  bool epithet_at(uint32_t i, uint32_t j) const {
    // (a title before the first name may be a dictionary's word: "Tsar", "Emperor")
    if (!is_lit(text(j), "the") ||
        !(j == i + 1 || (j == i + 2 && (is(i, lx::kTitle) || (common_at(i) && !gzf(i, kFirst))))) ||
        !gzf(j - 1, kFirst) ||
        (common_at(j - 1) && tk_[j - 1].has(kSentenceStart)) || j + 1 >= tk_.size() || !name_like(j + 1) ||
        !spaced(j + 1) || !common_at(j + 1) || tk_[j + 1].has(kAllCaps) ||
        is(j + 1, lx::kKindWords | lx::kKnownOrg | lx::kKnownPlace | lx::kSeat |
                      lx::kTitle | lx::kGroupWord) ||
        gzf(j + 1, kPlaceMask | kDemonym))
      return false;
    const SV w = text(j + 1);
    if (w.size() < 4 || w.back() == 's') return false;  // ("the Beatles", "the Times": a band's, a paper's)
    return !(j + 2 < tk_.size() && name_like(j + 2) && spaced(j + 2));
  }
  // "the Independent Community Bankers of America", "the United Farmers of Ontario": a body named for its
  // members, a trade's plural in -ers or -ors (a dictionary word) after a word of its own that is no first name,
  // goes on over "of" at j and the place it works in ("Larry Summers of Harvard" is a person from somewhere)
  bool members_of_place(uint32_t i, uint32_t j) const {
    if (j < i + 2 || !is_lit(text(j), "of") || !name_like(j + 1) || gzf(i, kFirst)) return false;
    if (!place_at(j + 1) && !is(j + 1, lx::kKnownPlace)) return false;
    const SV w = text(j - 1);
    const bool members = w.size() >= 6 && (w.substr(w.size() - 3) == "ers" || w.substr(w.size() - 3) == "ors");
    return members && common_at(j - 1) && !gzf(j - 1, kFirst | kPlaceMask) && !plural_of_title(w);  // ("Ministers")
  }
  // Where the run of name words starting at i ends (one past).
  uint32_t run_end(uint32_t i) const {
    const uint32_t n = uint32_t(tk_.size());
    uint32_t j = i + 1;
    bool body_connector = false;  // an "of" or "for" after a body's word went into the run
    while (j < n && j - i < kMaxRunTokens) {
      const Token& t = tk_[j];
      if (t.has(kNewlineBefore)) break;
      const SV tx = text(j);
      const bool dot = tx.size() == 1 && tx[0] == '.';
      if (name_like(j) && t.has(kSpaceBefore)) {
        // "T-shirt", "U-turn", "X-ray": a single capital before a hyphen is no part of a name
        if (j + 1 < n && tx.size() == 1 && is_hyphen(text(j + 1)) && !spaced(j + 1)) break;
        if (versus_at(j) || postcode_after_town(j)) break;
        ++j;
        continue;
      }
      // 'Gerardo "Tata" Martino', 'Earvin “Magic” Johnson': a nickname in quotes after a first name goes on to
      // the surname (before: three names, the nickname a firm's)
      if (const uint32_t surname = nickname_end(j)) {
        j = surname;
        continue;
      }
      // "Moody's Investors Service", "Standard & Poor's": a firm the lists name with its possessive (up to three
      // words before it: "Rival Sotheby's" starts a sentence)
      if (t.has(kPossessive) && !spaced(j) && possessive_firm(i, j)) {
        ++j;
        continue;
      }
      // "Amazon.com Inc": a firm named by its web address and its legal form (a web address alone, "Booking.com",
      // stays out: the gold sets we measure on name no websites, 16 of 19 such spans against them)
      if (dot && !t.has(kSpaceBefore) && j + 1 < n && !spaced(j + 1) && tk_[j + 1].kind == TokenKind::Word &&
          (is_lit(text(j + 1), "com") || is_lit(text(j + 1), "net")) &&
          !(j + 2 < n && !spaced(j + 2) && tk_[j + 2].kind == TokenKind::Word)) {
        j += 2;
        continue;
      }
      if (epithet_at(i, j)) {  // "Peter the Great"
        j += 2;
        continue;
      }
      // "Mr. Smith", "Dr. Jones": the title's period is a separate token
      if (dot && !t.has(kSpaceBefore) && is(j - 1, lx::kAbbrevTitle) && j + 1 < n && name_like(j + 1) &&
          spaced(j + 1)) { j += 2; continue; }
      // "George W. Bush", "John F. Kennedy", "J. K. Rowling": a middle initial's period (the sentence splitter
      // already keeps the sentence going there). Before, the run stopped at "W" and "Bush" became a name apart.
      if (dot && !t.has(kSpaceBefore) && initial_letter(j - 1) && j + 1 < n && name_like(j + 1) &&
          spaced(j + 1) && !tk_[j + 1].has(kNewlineBefore) && !is(j + 1, lx::kFunctionWord)) {
        j += 2;
        continue;
      }
      if (is_hyphen(tx) && !t.has(kSpaceBefore) && j + 1 < n && tk_[j + 1].kind == TokenKind::Word &&
          !spaced(j + 1) && in_number_[j + 1] != 1 && !tk_[j + 1].has(kPossessive)) {
        // (a prefix's compound inside the run: "National Anti-corruption Bureau", "Office for the Co-ordination")
        if (join_hyphen(j - 1, j + 1, j - 1 > i) ||
            (prefix_compound(j) && (j - 1 > i || (j + 2 < n && name_like(j + 2) && spaced(j + 2))))) {
          j += 2;
          continue;
        }
        break;
      }
      // "Bodø/Glimt", "Newman/Haas Racing": in a sports report two words glued by a slash name one side (two
      // places so glued stay two, "Dallas/Fort Worth"; titles too, "Mr/Mrs"). Elsewhere a slash is mostly "or"
      // ("Twitter/FB", "NY/NJ") or an address's ("Rudwell Johnson/ENRON" of an e-mail's header): on the 15 gold
      // files of ../shared, joined everywhere, 12 documents toward the gold and 15 away.
      if (is_lit(tx, "/") && !t.has(kSpaceBefore) && j == i + 1 && j + 1 < n && name_like(j + 1) &&
          !spaced(j + 1) && !(j + 2 < n && is_lit(text(j + 2), "/")) && !(place_at(j - 1) && place_at(j + 1)) &&
          !is(j - 1, lx::kTitle) && !is(j + 1, lx::kTitle) && sports_report()) {
        j += 2;
        continue;
      }
      // "Valéry Giscard d'Estaing", "Alpe d'Huez", "Côte d’Ivoire": a particle elided onto the next name
      if (t.kind == TokenKind::Word && t.has(kSpaceBefore) && elided_particle_name(tx)) {
        ++j;
        continue;
      }
      // "Khalil al-Hayya", "Abdel-Latif al-Qanua": a particle glued to the next name by a hyphen
      if (t.kind == TokenKind::Word && t.has(kSpaceBefore) && is(j, lx::kParticle) && j + 2 < n &&
          is_hyphen(text(j + 1)) && !spaced(j + 1) && name_like(j + 2) && !spaced(j + 2)) {
        j += 3;
        continue;
      }
      // "Ursula von der Leyen", "Juan de la Cruz": two particles in a row before the surname
      if (t.kind == TokenKind::Word && t.has(kSpaceBefore) && is(j, lx::kParticle) && j + 2 < n &&
          is(j + 1, lx::kParticle) && spaced(j + 1) && !tk_[j + 1].has(kCapitalised) && name_like(j + 2) &&
          spaced(j + 2) && !is(j - 1, lx::kOrgWord)) {
        j += 3;
        continue;
      }
      if (t.kind == TokenKind::Word && t.has(kSpaceBefore) && j + 1 < n && name_like(j + 1) && spaced(j + 1)) {
        if (is(j, lx::kParticle) && !is(j - 1, lx::kOrgWord)) { j += 2; continue; }  // Faisal bin Farhan
        // (but not "Damon Hill of Britain": first_name_and_place_word)
        // (and once a body's name went on so, a second "of" or "for" goes on too: "International Union for
        // Conservation of Nature", "Royal Society for the Protection of Birds")
        // (nor a person's initial after it: "the Telugu Desam Party of N. Chandrababu Naidu" is his party)
        // (nor after a firm's legal form or a club's letters: "Kelby Bancorp of Cleveland", "Rogle BK of
        // Angelholm" are where they are from)
        // ("on" before what a body is on, in a dictionary's words: "Council on Foreign Relations"; not before a
        // name no dictionary holds, where it stands: "the Viking Ship Museum on Bygdoy"; a people's word is
        // what it is on: "Council on American-Islamic Relations")
        const bool on_a_place = is_lit(tx, "on") && ((!common_at(j + 1) && !gzf(j + 1, kDemonym)) || place_at(j + 1));
        // (nor, as the second, before a person named in full: "the Party for Freedom of Geert Wilders" is his; two
        // words and no more, a first name or two that no dictionary or place list holds: not "… of Rural England",
        // "… of Latter-day Saints")
        const bool person_after =
            j + 2 < n && name_like(j + 1) && name_like(j + 2) && spaced(j + 2) && !place_at(j + 2) &&
            !common_at(j + 2) && (gzf(j + 1, kFirst) || (!place_at(j + 1) && !common_at(j + 1))) &&
            !(j + 3 < n && name_like(j + 3) && spaced(j + 3));
        const bool members = members_of_place(i, j);
        if ((is_lit(tx, "of") || is_lit(tx, "for") || (is_lit(tx, "on") && !on_a_place)) &&
            !first_name_and_place_word(i, j) && !(initial_letter(j + 1) && j + 2 < n && is_lit(text(j + 2), ".")) &&
            !legal_form(j - 1) && !feature_of_place(i, j) &&
            (is(j - 1, lx::kOrgWord | lx::kPlaceWord | lx::kPlacePrefix) || (j >= 2 && prefix_compound(j - 2)) ||
             (body_connector && !is_lit(tx, "on") && !person_after) || members)) {
          body_connector = body_connector || is(j - 1, lx::kOrgWord);
          j += 2;  // University of Texas, Council on Foreign Relations, Gulf of Mexico
          if (members) break;  // (the members' place ends the name: "the United Farmers of Ontario MPP")
          continue;
        }
      }
      if ((is_lit(tx, "of") || is_lit(tx, "for")) && t.has(kSpaceBefore) && j + 2 < n && is_lit(text(j + 1), "the") &&
          name_like(j + 2) && (is(j - 1, lx::kOrgWord | lx::kPlaceWord) || body_connector) && !house_for_party(j)) {
        body_connector = body_connector || is(j - 1, lx::kOrgWord);
        j += 3;  // Church of the Holy Sepulchre
        continue;
      }
      // "Save the Children": a listed body with "the" inside (one look-up at a "the" between two capitals)
      if (is_lit(tx, "the") && t.has(kSpaceBefore) && j + 1 < n && name_like(j + 1) && spaced(j + 1) && j == i + 1 &&
          listed_name(i, j + 2)) {
        j += 2;
        continue;
      }
      if (is_lit(tx, "&") && j + 1 < n && name_like(j + 1)) {  // AT&T, Marks & Spencer
        // but "Mark Zuckerberg & Sheryl Sandberg": two people named in full, each from a first name
        if (j >= i + 2 && gzf(i, kFirst) && gzf(j + 1, kFirst) && j + 2 < n && name_like(j + 2) && spaced(j + 2))
          break;
        j += 2;
        continue;
      }
      // "St Peter's Square", "St. Mary's Hospital", "Saint Aldric's College": a saint's possessive opens the name
      // of a building, a place or a body (classify types it by its last word; "St Patrick's Day" is an event's)
      if (t.has(kPossessive) && !spaced(j) && j + 1 < n && name_like(j + 1) && spaced(j + 1) && saint_before(i, j)) {
        j += 2;
        continue;
      }
      // "Queen's Park", "King's College London", "the Prince's Trust": a sovereign's possessive opens the name of
      // a place or a body (a place's or a body's word after it), as a saint's does
      if (t.has(kPossessive) && !spaced(j) && j == i + 1 && j + 1 < n && name_like(j + 1) && spaced(j + 1) &&
          is(j + 1, lx::kPlaceWord | lx::kOrgWord)) {
        static constexpr SV kSovereigns[] = {"King", "Prince", "Princess", "Queen"};
        if (one_of(text(i), kSovereigns)) {
          j += 2;
          continue;
        }
      }
      // "Korean People's Army", "New People's Party", "Women's Hospital": a possessive inside the name
      const bool plural_apostrophe = (is_lit(tx, "\xE2\x80\x99") || is_lit(tx, "'")) &&
          !t.has(kSpaceBefore);  // "Workers’ Union"
      // "Tony's Pizzeria", "Kelly's Bar", "Joe's Auto Repair": a shop named after its owner is one name
      if (t.has(kPossessive) && !spaced(j) && j + 1 < n && spaced(j + 1) && j == i + 1 && shop_word(j + 1)) {
        j += 2;
        continue;
      }
      // "Harlan County Sheriff's Office", "the Governor's Office": the office of a post is a body
      // "Strandvik Artists' Association", "Kelby Farmers' Union": a plural's apostrophe before a body's word
      if ((t.has(kPossessive) || plural_apostrophe) && j + 1 < n && name_like(j + 1) && spaced(j + 1) &&
          (is(j - 1, lx::kPeopleNoun) || (is(j - 1, lx::kTitle) && is_lit(text(j + 1), "Office")) ||
           (plural_apostrophe && text(j - 1).back() == 's' && is(j + 1, lx::kOrgWord)))) {
        j += 2;
        continue;
      }
      if (is_lit(tx, "in") && t.has(kSpaceBefore)) {  // "… Cooperation in Europe (OSCE)"
        if (const uint32_t q = spelled_through(i, j + 1); q != 0) {
          j = q;
          continue;
        }
        // A body's "of" or "for" phrase goes on over the continent it works in, which names no seat ("the
        // Organisation for Security and Cooperation in Europe said": "Europe" was a place of its own and the
        // body's name cut); a city or country after "in" is where it is ("the Centre for Policy Studies in Oslo").
        static constexpr SV kContinents[] = {"Africa", "America", "Asia", "Europe", "Oceania"};
        if (body_connector && j + 1 < n && spaced(j + 1) && one_of(text(j + 1), kContinents) &&
            !(j + 2 < n && name_like(j + 2) && spaced(j + 2))) {
          j += 2;
          continue;
        }
      }
      if (is_lit(tx, "and") && and_joins(i, j)) {  // "United Nations Relief and Works Agency": one organisation
        j = name_words_end(j + 1);
        continue;
      }
      if (is_lit(tx, "and")) {  // "Department of Health and Human Services": one body
        if (const uint32_t q = of_and_end(i, j); q != 0) {
          j = q;
          continue;
        }
      }
      if (const uint32_t q = place_through(i, j); q != 0) {  // "Bosnia and Herzegovina", "Rio Grande do Sul"
        j = q;
        continue;
      }
      break;
    }
    // A run never ends on a connector or hyphen (the loop only adds them with a name after), so j is good.
    return j;
  }

  // A listed place whose name goes on over one or two small lower-case words at j: "Bosnia and Herzegovina",
  // "Trinidad and Tobago", "Saint Vincent and the Grenadines", "Rio Grande do Sul". Before, each part was a place
  // of its own. Returns one past the place's last word, or 0. At most 3 x 2 x 2 look-ups, each of a few words
  // (the place ends the run: before a body's words it names the body's seat, "Newfoundland and Labrador Court of
  // Appeal", whose bounds the place would only cut).
  uint32_t place_through(uint32_t i, uint32_t j) const {
    auto small_word = [&](uint32_t k) {
      return k < tk_.size() && tk_[k].kind == TokenKind::Word && !tk_[k].has(kCapitalised) && spaced(k) &&
             !tk_[k].has(kNewlineBefore) && text(k).size() <= 4;
    };
    if (!small_word(j)) return 0;
    for (uint32_t c = 1; c <= 2 && small_word(j + c - 1); ++c) {
      const uint32_t after = j + c;
      if (after >= tk_.size() || !name_like(after) || !spaced(after)) continue;
      for (uint32_t m = 1; m <= 2 && after + m <= tk_.size() && name_like(after + m - 1) && spaced(after + m - 1); ++m)
        for (uint32_t b = j > i + 3 ? j - 3 : i; b < j; ++b)
          if (listed_place(b, after + m)) {
            const uint32_t q = after + m;
            return q < tk_.size() && name_like(q) && spaced(q) && !tk_[q].has(kNewlineBefore) ? 0 : q;
          }
    }
    return 0;
  }

  // One past the capitalised words that follow each other from k ("Works Agency").
  uint32_t name_words_end(uint32_t k) const {
    while (k < tk_.size() && name_like(k) && spaced(k) && !tk_[k].has(kNewlineBefore)) ++k;
    return k;
  }
  // "and" inside a body's "of" or "for" phrase: "Department of Health and Human Services", "Ministry of Trade
  // and Industry", "Centers for Disease Control and Prevention". The words on both sides are ordinary words,
  // each capitalised (no place, person or other name: "Bank of England and Barclays", "Institute of Technology
  // and Harvard" are two), at most three a side, and no name right after ("Ministry of Health and Education
  // Minister Ada Voss"). Returns the end of the words after "and", or 0.
  uint32_t of_and_end(uint32_t i, uint32_t j) const {
    auto plain = [&](uint32_t k) {
      return name_like(k) && tk_[k].has(kCapitalised) && !tk_[k].has(kAllCaps) && text(k).size() >= 2 && common_at(k) &&
             !gzf(k, kPlaceMask | kFirst | kDemonym | kProper) && !is(k, lx::kKnownOrg | lx::kKnownPlace);
    };
    uint32_t of = j;
    auto joins = [&](uint32_t k) { return is_lit(text(k), "of") || is_lit(text(k), "for"); };
    while (of > i && j - of < 3 && !joins(of - 1)) --of;  // (bounded: a long run stays linear)
    if (of == i || !joins(of - 1)) return 0;
    // (of = the first word after "of"; a place word before "for" names an institution: "Center for")
    if (of <= i + 1 || of == j ||
        !is(of - 2, is_lit(text(of - 1), "for") ? lx::kOrgWord | lx::kPlaceWord : lx::kOrgWord))
      return 0;
    // (a people's word may open the phrase: "the Confederation of Norwegian Business and Industry")
    for (uint32_t k = of; k < j; ++k)
      if (!plain(k) && !(k == of && k + 1 < j && gzf(k, kDemonym) && !gzf(k, kPlaceMask | kFirst))) return 0;
    if (j + 1 >= tk_.size() || !spaced(j) || !spaced(j + 1)) return 0;
    uint32_t q = j + 1;
    // (a prefix's compound is one word: "Security and Co-operation", "Arms Control and Non-Proliferation")
    while (q < tk_.size() && q < j + 4 && spaced(q) && !tk_[q].has(kNewlineBefore)) {
      if (plain(q)) ++q;
      else if (prefix_compound(q + 1)) q += 3;
      else break;
    }
    return q > j + 1 && !(q < tk_.size() && name_like(q) && spaced(q)) ? q : 0;
  }
  // "Avon and Somerset Police", "Devon and Cornwall Police", "Dumfries and Galloway Council": a police force or a
  // council named for the two areas it serves, a word or two each, no dictionary's (before: the first area alone a
  // body, or a person). "and" at j, the run from i.
  bool two_areas_body(uint32_t i, uint32_t j) const {
    static constexpr SV kBodies[] = {"Constabulary", "Council", "Police"};
    auto area = [&](uint32_t k) {
      return name_like(k) && !common_at(k) && !tk_[k].has(kAllCaps) && !is(k, lx::kOrgWord | lx::kTitle);
    };
    if (j == i || j - i > 2) return false;
    for (uint32_t k = i; k < j; ++k)
      if (!area(k)) return false;
    uint32_t q = j + 1;
    while (q < tk_.size() && q < j + 3 && spaced(q) && area(q)) ++q;
    return q > j + 1 && q < tk_.size() && spaced(q) && name_like(q) && one_of(text(q), kBodies) &&
           !(q + 1 < tk_.size() && spaced(q + 1) && name_like(q + 1));
  }
  // "and" inside one name: the words after it end in an organisation word, the words before are two or
  // more plain name words ("United Nations Relief") — no person, title or organisation of their own.
  bool and_joins(uint32_t i, uint32_t j) const {
    if (j + 1 >= tk_.size() || !spaced(j) || !name_like(j + 1) || !spaced(j + 1)) return false;
    // "the Bill and Melinda Gates Foundation", "the Ada and Tomas Berg Trust": after "the", a couple's first names
    // and their surname before a body's word name one body (before: "Bill" a person, "Melinda" the body's short
    // form)
    // (the run may hold a sentence's "The": the first word before "and" is then the one after it)
    const uint32_t first = j == i + 2 && is_the(i) ? i + 1 : i;
    const bool after_the = j == first + 1 && first > 0 && is_the(first - 1);
    if (after_the && gzf(j - 1, kFirst) && gzf(j + 1, kFirst)) {
      const uint32_t q = name_words_end(j + 1);
      if (q >= j + 4 && q - j <= 5 && is(q - 1, lx::kOrgWord)) return true;
    }
    if (two_areas_body(first, j)) return true;
    // (the words after "and" go on with ordinary words, "Relief and Works Agency"; a word no dictionary has
    // opens a name of its own: "Johnson Controls and Kelmar Systems" are two firms)
    if (!common_at(j + 1)) return false;
    const uint32_t q = name_words_end(j + 1);
    // "the nationalist Law and Justice party", "Law and Justice lawmakers said": one ordinary word a side and a
    // political body's kind or its members after, in lower case, name one party (before: "Justice" a person).
    // Not two parties of the lists ("the Labour and Conservative party leaders") nor places ("Derry and Strabane
    // council").
    if (j == first + 1 && q == j + 2 && party_kind_after(first, q)) {
      auto plain = [&](uint32_t k) {
        return common_at(k) && !tk_[k].has(kAllCaps) && !gzf(k, kPlaceMask | kDemonym) &&
               !is(k, lx::kKnownOrg | lx::kKnownPlace | lx::kOrgWord);
      };
      return plain(first) && plain(j + 1);
    }
    // (one word before "and" when it is an ordinary one, no name, and two after: "the Food and Drug
    // Administration", not "Peters and Co", "Browning and War Office"; after "the" a word the lists also hold as
    // a name or first name: "the Peace and Development Party", "the Justice and Development Party")
    // (the run opens on "The" at a sentence's start: "The Securities and Exchange Commission has filed")
    const uint32_t w0 = j - i == 2 && is_the(i) ? i + 1 : i;
    const bool one_plain =
        j - w0 == 1 && common_at(w0) && (!gzf(w0, kProper) || (w0 > 0 && is_the(w0 - 1))) && q >= j + 3;
    // (a place's word before "and" ends a name of its own, "Kelby Airport and Border Force", but not where one
    // ordinary word and the body's word follow: "the Swedish Prison and Probation Service")
    const bool place_word_inside = is(j - 1, lx::kPlaceWord) && !is(j - 1, lx::kOrgWord) && q == j + 3 &&
                                   !is(j + 1, lx::kOrgWord | lx::kPlaceWord | lx::kTitle);
    // (one plain word that is a body's word too is no body alone before "and": "the Securities and Exchange
    // Commission")
    if (!is(q - 1, lx::kOrgWord) || (j - i < 2 && !one_plain) ||
        (is(j - 1, lx::kOrgWord | lx::kPlaceWord) && !place_word_inside && !one_plain) ||
        (gzf(i, kFirst) && !one_plain))
      return false;
    // (a body the lists know on either side is a name of its own: "Amnesty International and Human Rights Watch")
    if ((q - (j + 1) <= 4 && listed_name(j + 1, q)) || (j - i <= 4 && listed_name(i, j))) return false;
    // (so is a body's one-word name before it: "the Bundesliga and La Liga", "Sparebanken and …")
    if (body_compound(j - 1)) return false;
    // (an acronym before "and" is a name of its own: "DNB Markets and Pareto Securities" are two firms; a
    // country's dotted letters are not: "U.S. Fish and Wildlife Service")
    // (a title's word that names no post is an adjective here: "National Aeronautics and Space Administration")
    for (uint32_t k = i; k < j; ++k)
      if (!name_like(k) || (is(k, lx::kTitle) && (lx::classes(f_.lower32(k)) & lx::kLowerTitle)) ||
          (tk_[k].has(kAllCaps) && text(k).find('.') == SV::npos))
        return false;
    return true;
  }

  // `after_name`: a name's word comes before `left` in the run ("Park" of "Park Sung-soon").
  bool join_hyphen(uint32_t left, uint32_t right, bool after_name) const {
    const SV l = text(left), r = text(right);
    if (place_connector_at(right)) return true;  // "Stratford-upon-Avon", "Boulogne-sur-Mer"
    // Chung-tai and Kwok-hing join; Israel-held, Hamas-run, Obama-era and Pan-democrat do not. Two short
    // syllables after a surname are a given name even when both are English words ("Park Sung-soon", "Kim
    // Young-sam"; before, the name stopped at "Sung").
    if (!tk_[right].has(kCapitalised))
      return !is(right, lx::kCompoundSuffix) &&
             (!common_at(right) ||
              (r.size() <= 4 && !entity_like(left) && (!common_at(left) || (after_name && l.size() <= 5))));
    if (entity_like(left) && entity_like(right)) {
      // Two names side by side ("Israel-Hamas"), unless the whole is one ("Guinea-Bissau").
      const SV whole(l.data(), size_t(r.data() + r.size() - l.data()));
      return whole.size() < kKeyCap && gz::place(whole);
    }
    return true;
  }

  // The lower-case word that joins a town's name to its river, sea or region by hyphens ("Boulogne-sur-Mer",
  // "Aix-en-Provence", "Villeneuve-lès-Avignon", "Stratford-upon-Avon", "Newcastle-under-Lyme", "Frankfurt-am-Main",
  // "Weston-super-Mare", "Sainte-Anne-des-Monts", "Aix-les-Bains", "Saint-Pierre-et-Miquelon"), one or two in a
  // row ("Ashby-de-la-Zouch", "Wells-next-the-Sea"), in Italian and Spanish too ("Castelnuovo-di-Garfagnana"):
  // token i is one, glued by hyphens to capitalised words (or to one more connector). Only places are named so
  // ("in" is left out: "Editor-in-Chief"). ("Mar-a-Lago" is not reached: "Mar", a month's short form, opens no
  // run.)
  bool place_connector_at(uint32_t i) const {
    static constexpr SV kConnectors[] = {"a",   "am",  "aux", "de",   "del",  "des",   "di",    "du",   "en",
                                         "et",  "la",  "le",  "les",  "lès",  "lez",   "next",  "on",   "sous",
                                         "super", "sur", "the", "under", "upon"};
    auto connector = [&](uint32_t k) {
      return k >= 1 && k + 1 < tk_.size() && tk_[k].kind == TokenKind::Word && !tk_[k].has(kCapitalised) &&
             !spaced(k) && !spaced(k + 1) && is_hyphen(text(k - 1)) && is_hyphen(text(k + 1)) &&
             one_of(text(k), kConnectors);
    };
    auto name_at = [&](uint32_t k) { return k < tk_.size() && name_like(k) && !spaced(k); };
    if (i < 2 || !connector(i)) return false;
    const bool before = (name_like(i - 2) && !spaced(i - 1)) || (i >= 4 && connector(i - 2) && name_like(i - 4));
    const bool after = name_at(i + 2) || (connector(i + 2) && name_at(i + 4));
    return before && after;
  }
  // A bound prefix capitalised in a body's name, glued by the hyphen at h to a lower-case word: "Co-operation",
  // "Co-ordination", "Anti-corruption", "Non-proliferation", "Counter-terrorism". join_hyphen keeps lower-case
  // words out ("Israel-held", "Hamas-run"); run_end joins these only inside a run of name words. A person's
  // role so compounded is no body's word ("The Co-founder of Australians Against Further Immigration").
  bool prefix_compound(uint32_t h) const {
    static constexpr SV kPrefixes[] = {"Anti", "Co", "Counter", "Inter", "Multi", "Non", "Re", "Self", "Socio"};
    return h >= 1 && h + 1 < tk_.size() && is_hyphen(text(h)) && !spaced(h) && !spaced(h + 1) &&
           tk_[h + 1].kind == TokenKind::Word && !tk_[h + 1].has(kCapitalised) && one_of(text(h - 1), kPrefixes) &&
           !is(h + 1, lx::kCompoundSuffix) && !(lx::classes(f_.lower32(h + 1)) & lx::kLowerTitle);  // "Co-founder"
  }
  // "Saint-Aubin", "Sainte-Foy": a saint's name glued by a hyphen names a town (or a surname: "Saint-Saëns"),
  // so its "Saint" is no ordinary word capitalised at a sentence start.
  bool saint_compound(uint32_t s, uint32_t e) const {
    static constexpr SV kSaint[] = {"Saint", "Sainte"};
    return s + 2 < e && one_of(text(s), kSaint) && is_hyphen(text(s + 1)) && !spaced(s + 1) && !spaced(s + 2) &&
           name_like(s + 2);
  }
  // "Reform UK", "Greenpeace UK", "Amazon US": a word that names no place before a country's code names a body
  // of that country. Not before a country's name: "Nazi Germany", "Modern China", "Atlantic Canada" are places
  // (and the lists' country names include other tongues' words: "Island" is Iceland). Mid-sentence only: a
  // sentence or a headline may open with a verb ("Make US Great").
  bool body_of_country(uint32_t s, uint32_t e) const {
    if (e != s + 2 || !name_like(s) || !name_like(s + 1) || !spaced(s + 1) || initial(s)) return false;
    if (!lx::country_code(text(s + 1))) return false;
    if (e < tk_.size() && tk_[e].kind == TokenKind::Number) return false;  // a size: "Boot US 11.5", "Shoe UK 9"
    return !gzf(s, kPlaceMask | kDemonym) && !lx::country_code(text(s)) && !is_lit(text(s), "New") &&
           !is(s, lx::kCompassWord | lx::kPlacePrefix | lx::kTitle | lx::kAbbrevTitle | lx::kFunctionWord);
  }
  bool has_place_connector(uint32_t s, uint32_t e) const {
    for (uint32_t i = s + 2; i + 2 < e; ++i)
      if (place_connector_at(i)) return true;
    return false;
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

  // A firm's legal form or a club's letters, which end its name: "Inc", "Bancorp", "AG", "BK" (not a company's
  // word or a group's: "Aluminum Co of America", "Corrections Corp of America", "Group of Seven" go on)
  bool legal_form(uint32_t k) const {
    static constexpr SV kMayGoOn[] = {"Co", "Company", "Corp", "Corporation", "Cos", "Group", "Holdings"};
    return is(k, lx::kOrgWord) && ((is(k, lx::kOrgSuffix) && !one_of(text(k), kMayGoOn)) ||
                                   (tk_[k].has(kAllCaps) && text(k).size() <= 4));
  }

  // A title's plural that opens a name: "Justices Elena Kagan and …", "Senators …" (only there: inside a name
  // "States" of "United States" is no title; nor before a place's word: "Queens Park Rangers", "Kings Cross" open
  // a place's or a team's name).
  bool plural_title(uint32_t k) const {
    return plural_of_title(text(k)) && !(k + 1 < tk_.size() && spaced(k + 1) && is(k + 1, lx::kPlaceWord));
  }

  // "Stephen King", "Larry King", "Martin Luther King Jr.", "Emma Judge": a title word right after a first name
  // (at most two plain name words between: no title, dictionary word or place) is a surname. Before, the run was
  // cut there and "Stephen" came out a person of his own. Titles before a name ("US President Barack Obama",
  // "Prime Minister Benjamin Netanyahu") have no first name before them.
  bool title_is_surname(uint32_t s, uint32_t e, uint32_t k) const {
    // the name ends there, or with "Jr." / "Sr." ("Chrysler Chief Executive Bob Nardelli" goes on: a title)
    const bool ends = k + 1 == e || (k + 2 <= e && lx::is_generation_suffix(text(k + 1)));
    if (!ends) return false;
    // (an office that is nobody's surname says whose office: "Kelby Mayor Backs Plan", "Tessaly President Says")
    static constexpr SV kOfficesOnly[] = {"Ambassador", "Chairman", "Chairwoman", "Governor", "Mayor", "Minister",
                                          "Premier", "President", "Secretary", "Spokesman", "Spokeswoman"};
    if (one_of(text(k), kOfficesOnly)) return false;
    for (uint32_t q = k; q > s && k - q < 3;) {
      --q;
      if (!name_like(q) || !spaced(q + 1) || is(q, lx::kTitle) || gzf(q, kPlaceMask | kDemonym)) return false;
      // (a first name that the dictionary also writes with a capital still is one: "John Major", "Mark Bishop";
      // not "Court" of "Supreme Court Justice", "Law" of "Administrative Law Judge")
      if (gzf(q, kFirst) && (!common_at(q) || gzf(q, kProper))) return true;
      if (common_at(q)) return false;
    }
    return false;
  }

  // "Jan Hatzius", "Jun Ishikawa": a month's three-letter short form that is also a first name, written without
  // its full stop and followed by a name, is the first name (a month comes with a full stop or a day: "Jan. 6").
  bool first_name_not_month(uint32_t k, uint32_t j) const {
    if (text(k).size() > 3 || !gzf(k, kFirst) || k + 1 >= j || !spaced(k + 1)) return false;
    // ("Mayor Jan van Zanen": a surname's particle may come first)
    return name_like(k + 1) || (is(k + 1, lx::kParticle) && k + 2 < j && name_like(k + 2));
  }

  // Splits a run at words that never belong to names (days, months), drops sentence-initial common words and
  // titles, and classifies what is left.
  void split_run(uint32_t i, uint32_t j) {
    // where the run splits, each word asked once (the listed-name look-up below reads the same answers)
    split_at_.resize(j - i);
    bool any = false;
    for (uint32_t k = i; k < j; ++k) any |= (split_at_[k - i] = splits_run(i, j, k) ? 1 : 0) != 0;
    if (!any) {
      if (j > i) segment(i, j);
      return;
    }
    uint32_t s = i;
    for (uint32_t k = i; k <= j; ++k) {
      if (k < j) {  // a listed name is never split: "Human Rights Watch" ("Watch" alone opens a video link)
        const uint32_t listed = listed_name_end(i, k, j);
        if (listed > k) { k = listed - 1; continue; }
      }
      if (k == j || split_at_[k - i]) {
        if (k > s) segment(s, k);
        s = k + 1;
      }
    }
  }
  std::vector<uint8_t> split_at_;  // split_run's: 1 where the run [i, j) splits, from i
  // A capitalised function word ("The", "In"), or one in capitals among words in capitals: a headline's "IN",
  // "BY", "TO" ("VOSS LEADS BY TWO IN STOCKHOLM" has no name "IN STOCKHOLM"; but "IT department"). "OF", "AND"
  // and "FOR" join a name's words as their lower-case forms do ("COMMONWEALTH OF MASSACHUSETTS").
  bool function_word(uint32_t k) const {
    if (is(k, lx::kFunctionWord)) return true;
    if (!tk_[k].has(kAllCaps)) return false;
    const SV w = text(k);
    if (is_lit(w, "OF") || is_lit(w, "AND") || is_lit(w, "FOR")) return false;
    auto caps_word = [&](uint32_t q) { return tk_[q].kind == TokenKind::Word && tk_[q].has(kAllCaps); };
    const bool among_capitals = (k > 0 && caps_word(k - 1) && !tk_[k].has(kNewlineBefore)) ||
                                (k + 1 < tk_.size() && caps_word(k + 1) && !tk_[k + 1].has(kNewlineBefore));
    return among_capitals && (lx::classes_of_capitals(text(k)) & lx::kFunctionWord);
  }
  // Whether the word at k of the run [i, j) is one no name holds:
  // a capitalised function word inside a run starts a sentence the splitter missed ("FTU In the …")
  // ("James To", "Wilson Or": after a first name a short function word is the surname)
  // (but "Sheffield Wednesday 2 Derby County 1": a day's name inside a side of a results line is the team's)
  bool splits_run(uint32_t i, uint32_t j, uint32_t k) const {
    const bool teams_day = k > i && (result_side_[k] & 1) != 0;
    return name_like(k) && ((is(k, lx::kNotName) && !first_name_not_month(k, j) && !teams_day) ||
                            (k > i && function_word(k) && !(text(k).size() <= 2 && gzf(k - 1, kFirst))) ||
                            (k > i && title_line_[k] && !evidenced(k, k + 1)));
  }
  // The end of a listed organisation or place of two to four words that starts at k of the run [i, j) and holds
  // a word the run splits at ("Doctors Without Borders", "Human Rights Watch"), else k. Looked up only where the
  // run splits within three words (at most three look-ups a word), so the run's cost stays linear.
  uint32_t listed_name_end(uint32_t i, uint32_t k, uint32_t j) const {
    const uint32_t last = std::min(j, k + 4);
    uint32_t split = last;
    for (uint32_t m = k + 1; m < last && split == last; ++m)
      if (split_at_[m - i]) split = m;
    for (uint32_t end = last; end > split; --end)
      if (listed_name(k, end)) return end;
    return k;
  }
  // The lexicon's classes of [s, e) as a whole (0 when too long to look up); listed_name: a listed organisation
  // or place.
  uint32_t listed_classes(uint32_t s, uint32_t e) const {
    Key kk;
    make_key(s, e, kk);
    const SV v = kk.view();
    return v.empty() ? 0 : lx::classes(v);
  }
  bool listed_name(uint32_t s, uint32_t e) const {
    return (listed_classes(s, e) & (lx::kKnownOrg | lx::kKnownPlace)) != 0;
  }
  // "Palestinian Red Crescent", "American Red Cross", "Russian Security Council": a nationality before a body
  // listed under ordinary words names that nation's own body (the societies of the Red Cross and Red Crescent
  // are named so), one organisation. A body with a name of its own needs no nationality: "Lebanese Hezbollah",
  // "Israeli Knesset" stay a nationality and the body.
  bool national_body(uint32_t s, uint32_t e) const {
    if (e <= s + 2 || !(gzf(s, kDemonym) || is(s, lx::kGroupWord)) || !spaced(s + 1) || !name_like(s + 1)) return false;
    for (uint32_t i = s + 1; i < e; ++i)
      if (name_like(i) && !common_at(i)) return false;
    return (listed_classes(s + 1, e) & lx::kKnownOrg) != 0;
  }

  // "Retailer Dalvik Group said", "Rival Tavrin Systems", "Former Kelvar Labs engineer", "Singer Lars Holm": a
  // sentence opens with what the body or person is, capitalised only by its place, before the name. Only
  // descriptors that name a trade ("-er": retailer, chipmaker, lender, regulator) and a few modifiers: head nouns
  // that open bodies' names stay ("Union Pacific", "Network Rail", "Bank Leumi").
  bool descriptor_opening(uint32_t s, uint32_t e) const {
    if (e < s + 2 || !name_like(s + 1) || !spaced(s + 1)) return false;
    const SV w = f_.lower32(s);
    static constexpr SV kModifiers[] = {"rival", "former", "ex", "fellow", "startup", "conglomerate", "giant"};
    if (one_of(w, kModifiers)) return true;
    if (trade_noun(w)) return true;
    // "Singer Lars Holm performed": a person's occupation before a first name ("Singer" is a firm's name too)
    // (a title proper opens the name it goes with: "Minister Ellwood said", "Prince William")
    return (lx::classes(w) & lx::kLowerTitle) && !is(s, lx::kTitle) && gzf(s + 1, kFirst);
  }
  // Where a full name starts after ordinary capitalised words (at most three) that open the run s..e; else s.
  uint32_t role_before_person(uint32_t s, uint32_t e) const {
    constexpr uint32_t kNotRole = lx::kTitle | lx::kAbbrevTitle | lx::kOrgWord | lx::kPlaceWord | lx::kPlacePrefix |
                                  lx::kEventWord | lx::kCompassWord | lx::kKnownOrg | lx::kKnownPlace | lx::kParticle;
    uint32_t k = s;
    while (k < e && k < s + 3 && name_like(k) && spaced(k) && common_at(k) && !tk_[k].has(kAllCaps) &&
           !gzf(k, kFirst | kProper | kPlaceMask | kDemonym) && !is(k, kNotRole))
      ++k;
    if (k == s || k + 1 >= e || !name_like(k) || !spaced(k) || !gzf(k, kFirst) || is(k, kNotRole)) return s;
    if (!name_like(e - 1) || common_at(e - 1) || is(e - 1, lx::kKindWords)) return s;
    Key known;  // ("Fine Gael TDs": the words and the first name may name a party or a place the lists know)
    make_key(s, k + 1, known);
    if (!known.view().empty() && ((lx::classes(known.view()) & (lx::kKnownOrg | lx::kKnownPlace)) ||
                                  gz::place(known.view())))
      return s;
    if (listed_place(s, e)) return s;  // "Saint Vincent and the Grenadines" (a saint is a common word)
    return k;
  }
  // "The Hague", "The Gambia": a place whose name opens with "The" (the lists hold it so), the whole run
  // (not "The Netherlands East Indies"); in capitals too where it is a wire's dateline (dateline below: "THE HAGUE
  // (AP) —", "THE HAGUE, Dec 4 (Reuters) -")
  bool place_with_the(uint32_t s, uint32_t e) const {
    if (e < s + 2 || e > s + 3) return false;
    if (is_lit(text(s), "THE"))
      return dateline(s, e) && gz::place_in_capitals(doc_.slice({tk_[s].span.begin, tk_[e - 1].span.end})) != 0;
    return is_lit(text(s), "The") && listed_place(s, e);
  }
  // "Borno State", "Akwa Ibom State", "New York State": the State at k is the last word of a place (a state of
  // Nigeria, Myanmar, Sudan ...) after a listed region or country, no title of a name after it ("Kaduna State
  // Governor Nasir El-Rufai": the place, then the governor's title).
  bool state_of_place(uint32_t s, uint32_t k) const {
    if (k == s || !is_lit(text(k), "State") || !spaced(k)) return false;
    for (uint32_t q = k; q-- > s && k - q <= 3;) {
      Key key;
      make_key(q, k, key);
      if (!key.view().empty() && (gz::place(key.view()) & (gz::kCountry | gz::kRegion))) return true;
      if (!name_like(q) || (q < k - 1 && !spaced(q + 1))) break;
    }
    return false;
  }
  // Tokens s..e spell a place of the gazetteer ("Port Harcourt").
  bool listed_place(uint32_t s, uint32_t e) const {
    Key k;
    make_key(s, e, k);
    return !k.view().empty() && gz::place(k.view()) != 0;
  }
  // "with First Tessaly Bancorp", "First Republic Bank": mid-sentence, a capitalised "First" before a body's
  // name is that name's first word (banks are named so), no sentence's opening word; not before a title
  // ("First Minister Ada Kest")
  bool first_of_firm(uint32_t s, uint32_t e) const {
    if (!is_lit(text(s), "First") || e < s + 3 || initial(s) || !is(e - 1, lx::kOrgWord)) return false;
    for (uint32_t k = s + 1; k < e; ++k)
      if (is(k, lx::kTitle | lx::kAbbrevTitle)) return false;
    return true;
  }
  bool member_letters_at(uint32_t i) const { return member_letters(doc_, i); }  // "MP", "MEPs" (above)
  // The word before a member's letters at i + 1 is the member's party ("Labour MP", "Tory MPs"), not a word that
  // says what kind of member ("Local MP Sarah Dyke", "Former MP", "Independent MP": no party)
  bool party_before_member(uint32_t i) const {
    static constexpr SV kKinds[] = {"Another", "Backbench", "Ex", "Fellow", "Former", "Independent", "Junior",
                                    "Local", "New", "Outgoing", "Rebel", "Senior", "Veteran", "Young"};
    return member_letters_at(i + 1) && !one_of(text(i), kKinds);
  }
  // Shouting ("RUSSIAN TROOPS LEAVE GROZNY", a headline or a text in capitals): the run is no name, but what the
  // lists name in it is, each alone: a country, a capital or a big city (of one or two words; a city that is a
  // dictionary word, "NICE", "BATH", only where it is none), a known body, place or country's letters, a people
  // ("RUSSIAN": a group, which no tagger's place then claims). Marked shouted: the tagger's features leave them out,
  // which kept its training as it was (weighing them moved GUM news dev's leave-one-corpus-out mean 0.865 -> 0.863).
  void listed_in_shouting(uint32_t s, uint32_t e) {
    constexpr uint8_t kBig = gz::kCountry | gz::kCapital | gz::kBigCity;
    // (not a word of a body's or a place's name, "BRITISH AIRWAYS", "BANK OF ENGLAND", "SILICIUM DE PROVENCE",
    // "GAZA STRIP"; nor a tag's, "#FRANCE")
    static constexpr SV kJoins[] = {"#", "@", "de", "del", "della", "des", "di", "du", "la", "le", "of", "van", "von"};
    for (uint32_t k = s; k < e; ++k) {
      if (!name_like(k) || !tk_[k].has(kAllCaps)) continue;
      if (k + 1 < e && name_like(k + 1) && spaced(k + 1) && tk_[k + 1].has(kAllCaps)) {  // "SAUDI ARABIA"
        Key key;
        make_key(k, k + 2, key);
        if (!key.overflow && (gz::place_in_capitals(key.view()) & kBig)) {
          add_span(k, k + 2, EntityType::Loc, Strength::Lexical).shouted = true;
          ++k;
          continue;
        }
      }
      if ((k + 1 < e && (lx::classes_of_capitals(text(k + 1)) & lx::kKindWords)) ||
          (k > 0 && one_of(f_.lower32(k - 1), kJoins)) ||
          (k > s && (lx::classes_of_capitals(text(k - 1)) & lx::kKindWords)))
        continue;
      const SV w = text(k);
      const uint8_t place = gz::place_in_capitals(w);
      const uint32_t listed = lx::classes_of_capitals(w) | lex(k);
      if (gz::demonym_in_capitals(w)) {
        add_span(k, k + 1, EntityType::Group, Strength::Lexical).shouted = true;
      } else if ((listed & lx::kKnownOrg) && !(listed & lx::kNonEntityAcronym)) {
        add_span(k, k + 1, EntityType::Org, Strength::Lexical).shouted = true;
      } else if ((place & gz::kCountry) || ((place & kBig) && !common_at(k)) || (listed & lx::kKnownPlace) ||
                 ((listed & lx::kCountryCode) && !common_at(k))) {  // ("HELP US ALL": no country)
        add_span(k, k + 1, EntityType::Loc, Strength::Lexical).shouted = true;
      }
    }
  }
  void segment(uint32_t s, uint32_t e) {
    // Sentence-initial common word ("Talks", "Under") or a function word anywhere ("The Washington Post"):
    // skip it and whatever glue follows it.
    // ("Striker Kofi Mensah gave Dalvik the lead": an occupation opening the sentence says the full name after it
    // is a person's, as "striker Kofi Mensah" would)
    bool occupation_before = false;
    // "Hi John", "Dear Ms Berg", "Thanks Sara": a greeting before the name it addresses ("Hi" is a first name too).
    // A first name it addresses is a person's ("Hi Mary": no town); other names may be a shop's or a place's
    // ("Thanks Cheveux!", "Bye Ibiza!").
    if (e > s + 1 && greeting(text(s))) {
      ++s;
      while (s < e && !name_like(s)) ++s;
      if (s < e && gzf(s, kFirst) && !tk_[s].has(kAllCaps) && !is(s, lx::kTitle | lx::kAbbrevTitle))
        return classify(s, e, true);
    }
    while (s < e && name_like(s) &&
           ((initial(s) && (!evidenced(s, e) || descriptor_opening(s, e))) ||
            (function_word(s) && !initial_of_name(s, e) && !initials_and_surname(s, e) && !first_of_firm(s, e))) &&
           !place_with_the(s, e) && !club_and_town(s, e) && !saint_compound(s, e) &&
           !(e == s + 1 && !function_word(s) && team_role_after(e)) &&  // ("Rangers goaltender Mike Richter")
           !(!function_word(s) && party_before_member(s))) {  // ("Labour MP Jess Kelby")
      // (a full name of two words after it, the second no dictionary word: not "Member States")
      occupation_before = e == s + 3 && name_like(s + 1) && name_like(s + 2) && spaced(s + 2) && !common_at(s + 2) &&
                          !is(s, lx::kTitle) && (lx::classes(f_.lower32(s)) & lx::kLowerTitle) != 0;
      // ("the All-Time University of Texas team", "the All-Star Game": the function word's compound goes whole;
      // but "the All-NCAA Regional Team": an acronym after it is a name)
      const bool compound = function_word(s) && s + 2 < e && is_hyphen(text(s + 1)) && !spaced(s + 1) &&
                            !spaced(s + 2) && !tk_[s + 2].has(kAllCaps);
      s += compound ? 3 : 1;
      while (s < e && !name_like(s)) ++s;
    }
    while (s < e && !name_like(s)) ++s;
    // "that Engineer John Greiner", "Tower Man George Hauser": ordinary words capitalised before a first name and
    // a surname are the person's role, no part of the name (a title proper, a place's or a firm's word is the
    // lists' to read: "Fort William", "Queen Elizabeth Hospital")
    s = role_before_person(s, e);
    // A reporting period after a firm's name is no part of it: "Halvard Corp Q3 net rises", "Brennex FY97 loss".
    while (e > s + 1 && period_code(text(e - 1))) --e;
    // A flight's number after its airline is no part of the airline's name: "Marovia Airlines Flight 404" names
    // the body "Marovia Airlines" and the flight
    if (e > s + 1 && e < tk_.size() && is_lit(text(e - 1), "Flight") && tk_[e].kind == TokenKind::Number) --e;
    // Trailing glue goes ("of", "-"), but a lower-case part after a hyphen stays: "Kwok-hing"; so does an elided
    // particle's name, "Alpe d'Huez", and a firm's possessive, "Moody's" (run_end took it for that alone).
    while (e > s && !name_like(e - 1) &&
           !(tk_[e - 1].kind == TokenKind::Word && e - 1 > s && is_hyphen(text(e - 2)) && !spaced(e - 1)) &&
           !(e - 1 > s && elided_particle_name(text(e - 1))) && !(e - 1 > s && tk_[e - 1].has(kPossessive)))
      --e;
    if (s >= e) return;

    // A nationality before a person: "Israelis Itay Chen", "Saudi Faisal bin Farhan" (not before a body's word
    // and "for" or "of": "the European Bank for Reconstruction and Development")
    // (a first name that is a word of no list, before a surname that is no word: "Swede Mats Lindqvist")
    if (e > s + 2 && (gzf(s, kDemonym) || is(s, lx::kGroupWord)) && name_like(s + 1) &&
        (gzf(s + 1, kFirst) || (e > s + 2 && !common_at(s + 1) && !gzf(s + 1, kPlaceMask | kDemonym)) ||
         (e == s + 3 && lex(s + 1) == 0 && name_like(s + 2) && !common_at(s + 2) && !tk_[s + 2].has(kAllCaps) &&
          !gzf(s + 2, kPlaceMask | kDemonym))) &&
        !is(e - 1, lx::kKindWords) && !is(s + 1, lx::kTitle) && !national_body(s, e) &&
        !is(head_word(s, e), lx::kOrgWord | lx::kPlaceWord)) {
      classify(s, s + 1, false);
      segment(s + 1, e);
      return;
    }
    // "Dane Tom Kristensen", "Finn Mika Salo": a people's noun that is a first name too, before a first name and a
    // surname, is the nationality ("Dane Cook" alone is a person).
    if (e > s + 2 && lx::national_first_name(text(s)) && spaced(s + 1) && name_like(s + 1) && name_like(s + 2) &&
        (gzf(s + 1, kFirst) || (!common_at(s + 1) && !gzf(s + 1, kPlaceMask | kDemonym))) &&
        !is(s + 1, lx::kTitle) && !is(e - 1, lx::kKindWords)) {
      add_span(s, s + 1, EntityType::Group, Strength::Lexical);
      segment(s + 1, e);
      return;
    }
    // An organisation or place right before a person: "… Farmers Union Tomas Herrera".
    for (uint32_t k = s + 1; k + 1 < e; ++k) {
      if (!name_like(k) || !name_like(k + 1) || !spaced(k + 1)) continue;
      // ("Halvex LLC Lars Press": after a company suffix even a surname that is an organisation word)
      // (a first name that is an organisation's or place's word goes on the body: "U.S. District Court for the
      // Eastern District of Tessaly" has no person "Court")
      // ("St" before a name is a saint's, not a street's: "Carol St Clair")
      // (nor a place's word before a first name that is its place's: "University of Port Harcourt")
      // (nor a first name alone at the end that is a dictionary's word too: "the Kelby Daily Star", a paper)
      if (((is(k, lx::kOrgWord | lx::kPlaceWord) && !is(e - 1, lx::kOrgWord | lx::kPlaceWord) &&
            !is_lit(text(k), "St")) ||
           (is(k, lx::kOrgSuffix) && e - k == 3)) &&
          gzf(k + 1, kFirst) && !is(k + 1, lx::kOrgWord | lx::kPlaceWord) && !listed_place(k, k + 2) &&
          (k + 2 < e || !common_at(k + 1))) {
        segment(s, k + 1);
        if (is(k, lx::kOrgSuffix)) classify(k + 1, e, true); else segment(k + 1, e);
        return;
      }
    }
    // "… Housing Trust Odile Marchetti", "University of Oregon Eugene Tomasz Brik": two unknown words after
    // a named organisation (or its place) are a person, first name on the list or not
    if (e >= s + 4 && name_like(e - 1) && name_like(e - 2) && spaced(e - 1) && spaced(e - 2)) {
      const uint32_t k = e - 3;
      const bool org_before = is(k, lx::kOrgWord) || (head_word(s, e - 2) != e - 3 && is(head_word(s, e - 2), lx::kOrgWord));
      auto plain_name = [&](uint32_t q) {
        return !common_at(q) && !gzf(q, kPlaceMask | kDemonym) && !is(q, lx::kOrgWord | lx::kPlaceWord | lx::kTitle) &&
               !tk_[q].has(kAllCaps);
      };
      if (org_before && name_like(k) && plain_name(e - 2) && plain_name(e - 1)) {
        // the person's title is no part of the organisation: "Bank of England Governor Andrew Bailey"
        uint32_t org_end = e - 2;
        while (org_end > s + 1 && name_like(org_end - 1) && is(org_end - 1, lx::kTitle)) --org_end;
        segment(s, org_end);
        classify(e - 2, e, true);
        return;
      }
    }

    // "the Philippines Maria Santos" (after "President of"): a listed place, then a first name and surname.
    // After "of" the first name need not be on the list: "President of the United States Barack Obama", "mayor
    // of London Sadiq Khan" name an office's place, then two words that are names and nothing else.
    const uint32_t before_run = prev_word(s);  // (over "the")
    const bool after_of = before_run != kNone && is_lit(text(before_run), "of");
    // (a surname may be a dictionary's word that is also a proper noun: "Khan")
    auto bare_name = [&](uint32_t q, bool surname) {
      return name_like(q) && spaced(q) && (!common_at(q) || (surname && gzf(q, kProper))) &&
             !gzf(q, kPlaceMask | kDemonym) && !tk_[q].has(kAllCaps) &&
             !is(q, lx::kKindWords | lx::kTitle);
    };
    for (uint32_t back = 2; back <= 3; ++back) {
      if (e < s + back + 1) break;
      const uint32_t k = e - back;
      const bool listed_first = gzf(k, kFirst);
      if (!listed_first && !(after_of && back == 2 && bare_name(k, false) && bare_name(e - 1, true))) continue;
      if (!name_like(k) || !spaced(k) || !name_like(e - 1)) continue;
      // (the person's words are names, no body's: "the D.C. Court of Appeals" has no person "Court of Appeals")
      bool plain = !is(k, lx::kOrgWord | lx::kPlaceWord | lx::kTitle);
      for (uint32_t q = k + 1; q < e && plain; ++q) plain = name_like(q) && spaced(q);
      if (!plain) continue;
      // ("Kenya Boy Scouts Association", "Ghana Red Cross Society": a body named after its country; "Kenya Red
      // Cross": a listed body, though its first word is a first name)
      if (is(e - 1, lx::kOrgWord | lx::kPlaceWord)) break;
      if (listed_name(k, e)) break;
      // "Mary Lou McDonald": two first names (Mary is a province too), unless a place is due ("lobbyist in
      // Washington Christina Rocca", "President of Jordan …")
      if (k == s + 1 && gzf(s, kFirst)) {
        const uint32_t pw = prev_word(s);
        if (!(pw != kNone && (is_lit(text(pw), "of") || lx::place_preposition(f_.lower32(pw))))) continue;
      }
      Key pk;
      make_key(s, k, pk);
      const SV pv = pk.view();
      // (or a region the lexicon lists: "Minister for the Middle East Tobias Ellwood", "for Europe Ada Kest")
      // (a city too after "of": "mayor of London")
      const uint8_t kinds = after_of ? gz::kCountry | gz::kRegion | gz::kCity : gz::kCountry | gz::kRegion;
      if (!pv.empty() && ((gz::place(pv) & kinds) || (lx::classes(pv) & lx::kKnownPlace))) {
        classify(s, k, false);
        classify(k, e, true);
        return;
      }
    }
    // "Mayor Dana Street", "Sen. Ann Lane": a title, a first name and a surname that is a place's word name a
    // person, not a street (a street named with a title honours a sovereign or a president: "King Edward
    // Street", "President Kennedy Avenue")
    {
      static constexpr SV kHonoured[] = {"Emperor", "King", "Lady", "Lord", "Pope", "President", "Prince",
                                         "Princess", "Queen", "Saint", "Sir", "St"};
      const uint32_t given = s + 1 < e && is_lit(text(s + 1), ".") && !spaced(s + 1) ? s + 2 : s + 1;
      if (e == given + 2 && name_like(s) && is(s, lx::kTitle) && !one_of(text(s), kHonoured) && spaced(given) &&
          gzf(given, kFirst) && !common_at(given) && !gzf(given, kPlaceMask) && spaced(e - 1) &&
          is(e - 1, lx::kPlaceWord)) {
        add_span(given, e, EntityType::Person, Strength::Cue);
        return;
      }
    }
    // "Norwegian Oil and Energy Minister Tomas Berg": after a nationality or a land, a portfolio before "and" and
    // another portfolio's office opens that office; it ends no body's name (but "the Ministry of Health and
    // Education Minister Ada Voss" names the ministry)
    if (e == s + 2 && (gzf(s, kDemonym) || place_at(s)) && body_end(text(s + 1)) && shared_office_after(e))
      return classify(s, s + 1, false);
    // Titles: "Prime Minister Benjamin Netanyahu", "US President Barack Obama", "Mr. Trump" — but not inside
    // an organisation named with "of": "Ministry of Foreign Affairs" has no person "Affairs".
    const uint32_t of_head = head_word(s, e);
    if (const uint32_t given = titled_place_surname(s, of_head + 1); given != 0) {
      add_span(given, given + 2, EntityType::Person, Strength::Cue);
      if (of_head + 2 < e && is_lit(text(of_head + 1), "of")) segment(of_head + 2, e);  // "… of Texas"
      return;
    }
    if (!is(e - 1, lx::kOrgWord | lx::kPlaceWord) && !(of_head != e - 1 && is(of_head, lx::kOrgWord | lx::kPlaceWord))) {
      for (uint32_t k = s; k < e; ++k) {
        // (a word after "and" inside the run is a body's, the run one name: "the Law and Justice party")
        if (!name_like(k) || !(is(k, lx::kTitle) || (k == s && plural_title(k))) || is(k, lx::kKnownOrg) ||
            (k > s && !spaced(k)) || (k > s && is_lit(text(k - 1), "and")))
          continue;
        if (title_is_surname(s, e, k)) continue;
        if (state_of_place(s, k)) continue;
        if (e <= s + 4 && listed_name(s, e)) break;  // "Doctors Without Borders": listed, whatever its words say
        uint32_t m = k + 1;
        // ("Mr Major", "Mrs Bishop": the last word after Mr, Mrs or Ms is a surname, whatever else it may be; but
        // "Mr Justice Eady" has one more, and "Mr President", "Madam Speaker" address an office)
        static constexpr SV kHonorifics[] = {"Messrs", "Miss", "Mme", "Mr", "Mrs", "Ms"};
        static constexpr SV kOffices[] = {"Ambassador", "Chair", "Chairman", "Chairwoman", "Chancellor",
                                          "Commissioner", "Deputy", "Governor", "Mayor", "Minister", "Premier",
                                          "President", "Prime", "Secretary", "Speaker", "Vice"};
        auto surname_after = [&](uint32_t last, uint32_t q) {
          return q + 1 == e && one_of(text(last), kHonorifics) && !one_of(text(q), kOffices) &&
                 !is(q, lx::kAbbrevTitle) && !one_of(text(q), kHonorifics);
        };
        uint32_t last_word = k;
        for (;;) {  // more title words: "Prime Minister", "Gen.", "Secretary-General"
          if (m < e && !name_like(m) && is_lit(text(m), ".")) { ++m; continue; }
          if (m < e && name_like(m) && is(m, lx::kTitle) && spaced(m) && !surname_after(last_word, m)) {
            last_word = m++;
            continue;
          }
          if (m + 1 < e && is_hyphen(text(m)) && !spaced(m) && !spaced(m + 1) && is(m + 1, lx::kTitle)) { m += 2; continue; }
          break;
        }
        if (m == e) {  // only titles ("President", "Prime Minister"): the people are elsewhere
          // "Nordvik Air said", "Kelby Health": a word that opens a title ("Air Marshal", "Health Minister") ends
          // a body's name when nothing follows it (but "Israeli Health" of a nationality is the office's)
          if (k > s && k == last_word && name_like(k - 1) && !gzf(k - 1, kDemonym) && title_modifier(text(k))) {
            classify(s, e, false);
            return;
          }
          if (const uint32_t office = office_start(s, k); office > s) classify(s, office, false);
          // "the Crown" (the state in court reports): a title word that names an institution
          if (k == s && e == s + 1 && is_lit(text(s), "Crown") && s > 0 && is_the(s - 1))
            add_span(s, e, EntityType::Org, Strength::Lexical);
          return;
        }
        if (!name_like(m)) break;  // a title joined by a hyphen or particle: leave the run alone
        // "Air France", "Health Canada", "Energy Transfer", "Norwegian Air Shuttle": a word that opens a title
        // ("Air Marshal", "Health Minister") but ends none is no title before a name, where no title went before
        // ("Minister of Defense Hazem Shaalan"), none comes later ("Foreign Office Minister Tobias Ellwood") and no
        // first name and surname follow.
        uint32_t last_title = m - 1;
        while (last_title > k && !name_like(last_title)) --last_title;
        if (title_modifier(text(last_title)) && !(gzf(m, kFirst) && e - m >= 2)) {
          // "Minister of Foreign Affairs", "Minister of Home Affairs": after an office and "of", a dictionary
          // word alone is the portfolio's noun, no surname
          if (s >= 2 && is_lit(text(s - 1), "of") && is(s - 2, lx::kTitle)) {
            if (e == m + 1 && common_at(m) && !gzf(m, kProper | kFirst)) return;
          } else {
            bool later_title = false;
            for (uint32_t q = m; q < e && !later_title; ++q) later_title = name_like(q) && is(q, lx::kTitle);
            if (!later_title) break;
          }
        }
        // "Kelby Grand Prix": a title's word ("Grand" of "Grand Duke") before an event's last word names the event;
        // "Major League Baseball", "Major League Soccer": before an event's word that goes on, the body that runs
        // it; so before a body's word ("General Electric"; but "Deputy Police Chief Ivo Marsk" has a title after it)
        // (not a first name before a surname: "President Bill Clinton")
        if (is(m, lx::kEventWord | lx::kOrgWord) && (e - m == 1 || !is(m + 1, lx::kTitle)) &&
            !(gzf(m, kFirst) && e - m >= 2 && name_like(m + 1) && !is(m + 1, lx::kOrgWord | lx::kEventWord)))
          break;
        // "Chief Operating Officer" is all title words and plain nouns; "Professor Burrows" is a name
        bool namey = e - m == 1 && !is(m, lx::kKindWords);
        for (uint32_t q = m; q < e; ++q)
          if (name_like(q) && (!common_at(q) || (gzf(q, kProper | kFirst)))) namey = true;
        if (!namey) return;
        // ("Labour MP Jess Kelby": the party before a member's letters is no part of the office)
        if (m == s + 2 && member_letters_at(s + 1)) classify(s, s + 1, false);
        else if (const uint32_t office = office_start(s, k); office > s) classify(s, office, false);
        // "Former Halden mayor", "ex-Chelsea striker": an occupation after the name makes it what the person
        // worked for or in, not the person
        if (e < tk_.size() && tk_[e].kind == TokenKind::Word && !tk_[e].has(kCapitalised) && is(e, lx::kLowerTitle)) {
          classify(m, e, false);
          return;
        }
        // "Former US President Barack Obama", "Ex-Israeli Prime Minister …": after a first title, a place or
        // nationality and another title; that one opens the name (segment again), not the whole rest
        for (uint32_t q = m + 1; q < e; ++q)
          if (name_like(q) && is(q, lx::kTitle) && spaced(q) && !title_is_surname(m, e, q)) {
            segment(m, e);
            return;
          }
        classify(m, e, true);
        return;
      }
    }
    classify(s, e, occupation_before);
  }

  // "Mayor Tom Park", "Judge Mary Field", "Rep. Tom Hill of Texas": an office's title, a first name and a surname
  // that is a place's word too name the person, not a park, a field or a hill (before, the whole run with its
  // title was a place). Not a monarch's or a saint's title ("King George Square", "Queen Victoria Park" are
  // places), nor a facility's word ("President Kennedy Airport"). Returns the first name's index, or 0.
  uint32_t titled_place_surname(uint32_t s, uint32_t e) const {
    static constexpr SV kRoyal[] = {"Emperor", "Empress", "King", "Pope", "Prince", "Princess", "Queen", "Saint",
                                    "St", "St.", "Sultan", "Tsar"};
    static constexpr SV kSurnames[] = {"Banks", "Bridges", "Brook", "Brooks", "Church", "Field", "Fields", "Forest",
                                       "Hall", "Hill", "Hills", "Lake", "Lane", "Park", "Parks", "Street", "Wells",
                                       "Wood", "Woods"};
    if (e < s + 3 || e > tk_.size() || !is(s, lx::kTitle | lx::kAbbrevTitle) || one_of(text(s), kRoyal)) return 0;
    const uint32_t given = e - 2, last = e - 1;
    if (!name_like(given) || !name_like(last) || !spaced(last) || !spaced(given) || tk_[last].has(kAllCaps) ||
        !one_of(text(last), kSurnames) || !gzf(given, kFirst) || is(given, lx::kTitle | lx::kAbbrevTitle))
      return 0;
    for (uint32_t k = s + 1; k < given; ++k)  // (titles only before the first name: "Rep.", "Deputy Mayor")
      if (name_like(k) ? !is(k, lx::kTitle | lx::kAbbrevTitle) : !is_lit(text(k), ".")) return 0;
    return given;
  }
  // Where the office whose title word is at k starts: "District Judge", "Circuit Judge", "District Attorney" are
  // offices, so "U.S. District Judge Lewis Kaplan" leaves "U.S." and "Manhattan District Attorney Alvin Bragg"
  // "Manhattan" (before: the places "U.S. District" and "Manhattan District").
  uint32_t office_start(uint32_t s, uint32_t k) const {
    if (k == s || !spaced(k) || !(is_lit(text(k), "Judge") || is_lit(text(k), "Attorney"))) return k;
    const SV w = text(k - 1);
    return is_lit(w, "District") || is_lit(w, "Circuit") ? k - 1 : k;
  }
  // A firm's parts named after it ("Roche's Genentech unit", "the Kelvar subsidiary"): possessive_owner and
  // staff_or_part_after read the one list.
  static constexpr SV kFirmParts[] = {"affiliate", "division", "subsidiary", "unit"};
  // Title words that only open a longer title: a portfolio or a rank's first word ("Foreign" of "Foreign
  // Minister", "Air" of "Air Marshal"). Before a name without the rest of the title they are part of the name.
  // A trade's or portfolio's word among them also ends a body's name (`ends_body`: "Nordvik Air", "Kelby Health",
  // "Varn Energy"); the others end other things ("Ohio State", "Varn Grand", "Kelby Field", "Orrin High": a
  // university or team, a hotel, a ground, a school).
  struct TitleModifier {
    SV word;
    bool ends_body;
  };
  static const TitleModifier* title_modifier_of(SV w) {
    static constexpr TitleModifier kWords[] = {
        {"Agriculture", true},     {"Air", true},             {"Assistant", false},      {"Associate", false},
        {"Commerce", true},        {"Communications", true},  {"Crown", false},          {"Culture", true},
        {"Defence", true},         {"Defense", true},         {"Economy", true},         {"Education", true},
        {"Energy", true},          {"Environment", true},     {"Field", false},          {"Finance", true},
        {"Financial", false},      {"Fisheries", true},       {"Foreign", false},        {"Grand", false},
        {"Health", true},          {"High", false},           {"Home", false},           {"Housing", true},
        {"Immigration", true},     {"Industry", true},        {"Information", true},     {"Intelligence", true},
        {"Interior", false},       {"Labor", true},           {"Labour", true},          {"Majority", false},
        {"Managing", false},       {"Mines", true},           {"Mining", true},          {"Minority", false},
        {"National", false},       {"Oil", true},             {"Operating", false},      {"Petroleum", true},
        {"Planning", true},        {"Presiding", false},      {"Prime", false},          {"Regional", false},
        {"Security", true},        {"Shadow", false},         {"Special", false},        {"Sports", true},
        {"Staff", false},          {"State", false},          {"Supreme", false},        {"Tourism", true},
        {"Trade", true},           {"Transport", true}};
    for (const TitleModifier& m : kWords)
      if (m.word == w) return &m;
    return nullptr;
  }
  static bool title_modifier(SV w) { return title_modifier_of(w) != nullptr; }
  // "and Energy Minister" at e: "and", a portfolio, then the office's title word
  bool shared_office_after(uint32_t e) const {
    return e + 2 < tk_.size() && is_lit(text(e), "and") && name_like(e + 1) && body_end(text(e + 1)) &&
           name_like(e + 2) && spaced(e + 2) && is(e + 2, lx::kTitle) && !title_modifier(text(e + 2));
  }
  static bool body_end(SV w) {
    const TitleModifier* m = title_modifier_of(w);
    return m && m->ends_body;
  }

  static constexpr uint32_t kNone = ~0u;
  // Index of the word before a span, skipping "the"; kNone if none. A cue never reaches over a line break: the
  // last word of a headline ("… sign striker") says nothing about the name that opens the story below it.
  uint32_t prev_word(uint32_t s) const {
    if (s == 0 || tk_[s].has(kNewlineBefore)) return kNone;
    uint32_t p = s - 1;
    if (is_the(p) && p > 0 && !tk_[p].has(kNewlineBefore)) --p;
    return tk_[p].kind == TokenKind::Word ? p : kNone;
  }

  // The kind of place in lower case right after the name at e: "Ben Gurion airport", "the Sarn river", "Edouard
  // Herriot hospital", "outside La Moneda palace". A building's noun ("hospital", "prison", "palace", "square")
  // only where no noun follows it: "the Kest hospital visit", "the Navalny prison sentence", "the Kest bridge loan"
  // are a person's.
  bool place_noun_after(uint32_t e) const {
    static constexpr SV kNoNoun[] = {"and", "as", "at", "in", "near", "of", "on", "or", "where", "which"};
    // (and a station of transport or power: "Kelby Halt railway station", "the Orrin power station"; "station"
    // alone is a broadcaster's too, "the Kelby TV station")
    static constexpr SV kServing[] = {"bus", "ferry", "metro", "power", "rail", "railway", "subway", "train", "tram",
                                      "tube", "underground"};
    const uint32_t w = next_word(e);
    if (w != kNone && one_of(text(w), kServing) && w + 1 < tk_.size() && is_lit(text(w + 1), "station")) return true;
    if (!is_opt(w, lx::kPlaceNounAfter)) return false;
    if (!lx::building_after_name(text(w))) return true;
    return w + 1 >= tk_.size() || tk_[w + 1].kind != TokenKind::Word || one_of(text(w + 1), kNoNoun);
  }
  // A kind of body right before the name at s: "the rock band Kelvar Road", "construction firm Orrin Bygg"; and
  // one a sentence or headline opens with, capitalised there: "Carmaker Volvo to cut jobs", "Chipmaker Lumio
  // said" (not before a dictionary word: "Channel Guide", "College Student" are a heading's words)
  // (and a team's "side" after a nation's or a league's name: "joined Dutch side Heerenveen", "Serie A side Torino")
  bool descriptor_before(uint32_t prev, uint32_t s) const {
    return is_opt(prev, lx::kOrgDescriptor) ||
           (prev != kNone && prev + 1 == s && tk_[prev].has(kSentenceStart) &&
            (lx::classes(f_.lower32(prev)) & lx::kOrgDescriptor) && (!common_at(s) || gzf(s, kProper))) ||
           (prev != kNone && prev + 1 == s && prev > 0 && is_lit(text(prev), "side") &&
            tk_[prev - 1].has(kCapitalised) && !tk_[prev - 1].has(kSentenceStart) && name_like(prev - 1));
  }
  // "Wilkins said", "said Mauer": a speech verb right after the name [s, e) or right before it
  bool speech_verb_beside(uint32_t s, uint32_t e) const {
    return is_opt(next_word(e), lx::kSpeechVerb) ||
           (s > 0 && tk_[s - 1].kind == TokenKind::Word && is(s - 1, lx::kSpeechVerb));
  }
  // "said Amnesty's regional director, Tigere Chagutah": a post in lower case, a comma, then the name that
  // holds it (on the same line).
  bool post_before_comma(uint32_t s) const {
    return s >= 2 && is_lit(text(s - 1), ",") && !tk_[s].has(kNewlineBefore) && tk_[s - 2].kind == TokenKind::Word &&
           !(tk_[s - 2].flags & (kCapitalised | kAllCaps)) && is(s - 2, lx::kLowerTitle);
  }

  // The word that decides an organisation or place: the last, or the one before "of" ("University of Texas").
  uint32_t head_word(uint32_t s, uint32_t e) const {
    for (uint32_t i = s + 1; i + 1 < e; ++i) {
      const SV w = text(i);
      if (!name_like(i) && (is_lit(w, "of") || is_lit(w, "for") || is_lit(w, "on"))) return i - 1;
    }
    // "Imperial College London", "Kelby Bank Ireland": an organisation's word before a closing place's name
    // heads it (the place says which branch or campus)
    // (not "Co": before a place it is a county, "Knockananna Co Wicklow", or ends a firm's name, "Yume & Co")
    if (e >= s + 3 && place_at(e - 1) && name_like(e - 2) && is(e - 2, lx::kOrgWord) && !is_lit(text(e - 2), "Co"))
      return e - 2;
    // "Major League Baseball", "Major League Soccer": a body's word before the sport it runs heads the name
    static constexpr SV kSports[] = {"Baseball", "Basketball", "Cricket", "Football", "Hockey", "Lacrosse", "Rugby",
                                     "Soccer", "Softball"};
    if (e >= s + 2 && name_like(e - 2) && is(e - 2, lx::kOrgWord) && one_of(text(e - 1), kSports)) return e - 2;
    return e - 1;
  }

  // A place word that heads a body here: "Coronado Unified School District", "Harlan Water District" (a
  // district that runs a service, not an area), "Texas Sports Hall of Fame" (an institution, not a building).
  bool public_body(uint32_t head, uint32_t e) const {
    static constexpr SV kServices[] = {"School", "Water", "Fire", "Irrigation", "Sanitation", "Hospital", "Transit",
                                       "Library", "Utility", "Conservation", "Sewer", "Park", "Parks", "Police"};
    const SV w = text(head);
    if ((is_lit(w, "District") || is_lit(w, "Districts")) && head > 0 && one_of(text(head - 1), kServices)) return true;
    return is_lit(w, "Hall") && head + 2 < e && is_lit(text(head + 1), "of") && is_lit(text(head + 2), "Fame");
  }

  // The number at n is an amount, not a numbering: a decimal or thousands mark, or a scale or currency after it
  // ("fined Google 2.4 billion euros", "Apple 1,200 jobs"; but "Chapter 11", "May 5")
  bool amount_at(uint32_t n) const {
    const SV t = text(n);
    if (t.find('.') != SV::npos || t.find(',') != SV::npos) return true;
    if (n + 1 >= tk_.size() || tk_[n + 1].kind != TokenKind::Word) return false;
    static constexpr SV kScales[] = {"million", "billion", "trillion", "percent", "euros", "dollars", "pounds"};
    return one_of(f_.lower32(n + 1), kScales);
  }
  // Not a name at all: "May 5", "US$ 6 billion", "30GB".
  bool unit_or_date(uint32_t s, uint32_t e) const {
    // "May 5", "Chapter 11", "Article 5": an ordinary word numbering something (but a side's score in a sports
    // report's results, "Arsenal 2 West Ham 0", or on a line of two sides or more, "SEATTLE 98 Phoenix 87")
    // (nor a team's nickname before the score: "beat the Cubs 5-3")
    if (e == s + 1 && e < tk_.size() && tk_[e].kind == TokenKind::Number && common_at(s) &&
        !(result_side(s, e) && (sports_report() || result_side_[s] == 3)) && !amount_at(e) &&
        !side_before_score(s))
      return true;
    // "$7.4 Billion" (but not a side after the other's score: "Denver 99 Phoenix 87")
    if (e == s + 1 && s > 0 && tk_[s - 1].kind == TokenKind::Number && !tk_[s].has(kNewlineBefore) &&
        !tk_[s].has(kSentenceStart) && common_at(s) && !result_side(s, e))
      return true;
    // "Worldwide Developers Conference (WWDC)": the short form of an event is no entity either (but a body's
    // name that is of an event is a body's: "Party of the Democratic Revolution (PRD)")
    if (e == s + 1 && s >= 2 && e < tk_.size() && is_lit(text(s - 1), "(") && is_lit(text(e), ")") &&
        is(s - 2, lx::kEventWord) && !body_of_event(s - 2))
      return true;
    if (e < tk_.size() && tk_[e].kind == TokenKind::Symbol && e == s + 1 && tk_[s].has(kAllCaps) &&
        is_lit(text(e), "$"))
      return true;  // US$, AU$, NZ $
    return s > 0 && !spaced(s) && tk_[s - 1].kind == TokenKind::Number;
  }

  // "Organisation for Security and Cooperation in Europe (OSCE)": a name goes on with "in" and a place when the
  // short form in brackets after the place spells the initials of the whole name's capitalised words, in order.
  // k is the word after "in"; returns where the name ends (the bracket), or 0.
  uint32_t spelled_through(uint32_t s, uint32_t k) const {
    const uint32_t n = uint32_t(tk_.size());
    uint32_t e = k;
    while (e < n && e < k + 3 && name_like(e) && spaced(e) && !tk_[e].has(kNewlineBefore)) ++e;
    if (e == k || e + 2 >= n || !is_lit(text(e), "(") || !is_lit(text(e + 2), ")") || !tk_[e + 1].has(kAllCaps))
      return 0;
    const SV acronym = text(e + 1);
    size_t a = 0;
    for (uint32_t i = s; i < e; ++i) {
      if (!name_like(i) || (i == s && function_word(i))) continue;  // (a sentence's "The" before the name)
      if (a == acronym.size() || text(i)[0] != acronym[a]) return 0;
      ++a;
    }
    return a == acronym.size() && a >= 3 ? e : 0;
  }
  // The letters of `acronym` are the initials of the name [s, e)'s capitalised words in another order: a name
  // translated from a tongue that orders its words otherwise ("National Action Party (PAN)", "Institutional
  // Revolutionary Party (PRI)")
  bool initials_reordered(uint32_t s, uint32_t e, SV acronym) const {
    if (acronym.size() < 2 || acronym.size() > 6) return false;
    int count[26] = {};
    for (const char c : acronym) {
      if (c < 'A' || c > 'Z') return false;
      ++count[c - 'A'];
    }
    for (uint32_t k = s; k < e; ++k) {
      if (!name_like(k)) continue;
      const char c = text(k)[0];
      if (c < 'A' || c > 'Z' || --count[c - 'A'] < 0) return false;
    }
    for (const int n : count)
      if (n != 0) return false;
    return true;
  }
  // The name that ends on the event's word at k is headed by a body's word before "of" or "for" ("Party of the
  // Democratic Revolution", "Committee for the Olympic Games"): a few words back, within the name
  bool body_of_event(uint32_t k) const {
    for (uint32_t q = k; q > 0 && k - q < 6; --q) {
      const SV w = text(q - 1);
      if (is_lit(w, "of") || is_lit(w, "for")) return q >= 2 && name_like(q - 2) && is(q - 2, lx::kOrgWord);
      if (!name_like(q - 1) && !is_the(q - 1)) return false;
    }
    return false;
  }
  // The first personal (+1: he, she, his, her, him) or neuter (-1: it, its) pronoun within a few words after
  // a name and before any other name; 0 if none.
  int pronoun_after(uint32_t e) const {
    const uint32_t stop = std::min<uint32_t>(uint32_t(tk_.size()), e + 24);
    for (uint32_t i = e; i < stop; ++i) {
      if (name_like(i) && !initial(i)) return 0;
      if (tk_[i].kind != TokenKind::Word) continue;
      const SV w = text(i);
      if (is_lit(w, "she") || is_lit(w, "She") || is_lit(w, "he") || is_lit(w, "He") || is_lit(w, "her") ||
          is_lit(w, "his") || is_lit(w, "His") || is_lit(w, "Her") || is_lit(w, "him"))
        return 1;
      if (is_lit(w, "it") || is_lit(w, "its") || is_lit(w, "It") || is_lit(w, "Its")) return -1;
    }
    return 0;
  }
  // The first pronoun after e within its sentence, before any other name, is "its".
  bool its_after(uint32_t e) const {
    const uint32_t stop = std::min<uint32_t>(uint32_t(tk_.size()), e + 12);
    for (uint32_t i = e; i < stop && !tk_[i].has(kSentenceStart); ++i) {
      if (name_like(i)) return false;
      if (tk_[i].kind != TokenKind::Word) continue;
      const SV w = text(i);
      if (is_lit(w, "its")) return true;
      if (is_lit(w, "it") || is_lit(w, "he") || is_lit(w, "she") || is_lit(w, "his") || is_lit(w, "her") ||
          is_lit(w, "they") || is_lit(w, "their"))
        return false;
    }
    return false;
  }

  // A wire dateline: "HALVARD, March 4 (Lede Wire) —", "GAZA CITY, Jan 5 (Reuters) -": capitals at a
  // paragraph's start, a comma, then a month or an agency in brackets; or capitals then only a date on their
  // line, as some wires file them ("HALVARD 1996-08-30", "HALVARD 30 Aug 1996"). It names where the story was
  // filed.
  bool dateline(uint32_t s, uint32_t e) const {
    if (!(s == 0 || tk_[s].has(kNewlineBefore))) return false;
    if (e >= tk_.size()) return false;
    bool caps = true;
    for (uint32_t i = s; i < e; ++i) caps = caps && (!name_like(i) || tk_[i].has(kAllCaps));
    // "Kelby, Norway — Olympic champion …": written in title case, a town, a country and the wire's dash
    if (!caps)
      return e <= s + 3 && e + 2 < tk_.size() && is_lit(text(e), ",") && name_like(e + 1) &&
             (gzf(e + 1, kPlaceMask) & gz::kCountry) && wire_dash(e + 2);
    if (tk_[e].kind == TokenKind::Number && !tk_[e].has(kNewlineBefore))  // (not "PAGE 2", "TOTAL 1996")
      return date_alone(e) && !(e == s + 1 && common_at(s));
    if (e + 1 >= tk_.size()) return false;
    if (is_lit(text(e), "(")) return agency_bracket(e);  // AP style: "WASHINGTON (AP) —"
    // "WASHINGTON — The Senate …": a place the lists know (not "UPDATE —", "ACME — the firm that …")
    if (wire_dash(e)) return gz::place_in_capitals(doc_.slice({tk_[s].span.begin, tk_[e - 1].span.end})) != 0;
    if (!is_lit(text(e), ",")) return false;
    const SV w = text(e + 1);
    if (month(w) || is_lit(w, "(")) return true;
    // "NAIROBI, Kenya (AP) —", "AUSTIN, Texas, March 3 —": a state or country of at most three words first
    uint32_t k = e + 1;
    for (int n = 0; n < 3 && k < tk_.size() && tk_[k].kind == TokenKind::Word && tk_[k].has(kCapitalised) &&
                    !tk_[k].has(kNewlineBefore);
         ++n) {
      ++k;
      if (k < tk_.size() && is_lit(text(k), ".") && !spaced(k)) ++k;  // "Calif."
    }
    if (k == e + 1 || k + 1 >= tk_.size()) return false;
    if (is_lit(text(k), "(")) return agency_bracket(k);
    if (wire_dash(k)) return e <= s + 3;  // "SPRINGFIELD, Ill. — Mayor …", "KYIV, Ukraine — …" (a city's words)
    // "KELBY, Tessaly 1996-08-30": the region, then only a date on the line
    if (tk_[k].kind == TokenKind::Number && !tk_[k].has(kNewlineBefore)) return date_alone(k);
    return is_lit(text(k), ",") && month(text(k + 1));
  }
  // "Franco-German relations", "the Austro-Hungarian army", "Greco-Roman wrestling", "Sino-American talks": a
  // people's combining form, a hyphen and a second people make an adjective of both, no first name and surname
  // ("Franco" is a first name: it was a person) and no place. Only the three words alone: a name that goes on is
  // another's to read ("the Austro-Hungarian Empire", "Anglo-Irish Bank"), and a place after the hyphen is one
  // ("the Indo-Pacific", "an Indo-Sri Lanka accord").
  bool combined_peoples(uint32_t s, uint32_t e) const {
    static constexpr SV kCombiningForms[] = {"Afro", "Anglo", "Austro", "Franco", "Gallo", "Graeco", "Greco",
                                             "Hiberno", "Hispano", "Indo", "Italo", "Judaeo", "Judeo", "Luso",
                                             "Russo", "Serbo", "Sino", "Turco"};
    return e == s + 3 && is_hyphen(text(s + 1)) && !spaced(s + 1) && !spaced(s + 2) &&
           one_of(text(s), kCombiningForms) && name_like(s + 2) && !place_at(s + 2) &&
           !is(s + 2, lx::kKnownPlace | lx::kPlaceWord | lx::kOrgWord);
  }
  // The name at s is the state or country of a dateline: "KELBY, Tessaly (Lede Wire) -", "AUSTIN, Texas, March 3 —"
  bool dateline_region(uint32_t s) const {
    if (s < 2 || !is_lit(text(s - 1), ",") || tk_[s].has(kNewlineBefore)) return false;
    uint32_t b = s - 1;  // back over the city in capitals (three words at most) to the line's start
    for (int n = 0; n < 3 && b > 0 && tk_[b - 1].has(kAllCaps) && !tk_[b].has(kNewlineBefore); ++n) --b;
    return b < s - 1 && (b == 0 || tk_[b].has(kNewlineBefore)) && dateline(b, s - 1);
  }
  // [s, e) is the wire's name in a dateline's brackets: "KELBY, Tessaly (Bernama) -", "OSLO, June 4 (Lede) -"
  // (a dateline within the line's first few tokens, its city in capitals opening the line)
  bool dateline_agency(uint32_t s, uint32_t e) const {
    if (s < 2 || e >= tk_.size() || !is_lit(text(s - 1), "(") || !is_lit(text(e), ")") || !wire_dash(e + 1) ||
        !agency_bracket(s - 1))
      return false;
    uint32_t b = s - 1;
    while (b > 0 && s - b < 12 && !tk_[b].has(kNewlineBefore)) --b;
    if (!(b == 0 || tk_[b].has(kNewlineBefore)) || !tk_[b].has(kAllCaps)) return false;
    uint32_t c = b + 1;
    while (c < s && tk_[c].has(kAllCaps) && name_like(c)) ++c;
    return dateline(b, c);
  }
  // "(AP)", "(Reuters)", "(Lede Wire) -": a wire's name in brackets at k: one word, or two or three capitalised
  // words and the wire's dash after the bracket (not a name's note: "DOROTHEA VON SCHLEGEL (NEE BRENDE
  // MENDELSSOHN) WAS …")
  bool agency_bracket(uint32_t k) const {
    for (uint32_t i = k + 1; i < tk_.size() && i <= k + 4; ++i) {
      if (is_lit(text(i), ")")) {
        if (i == k + 2) return true;
        const SV dash = i + 1 < tk_.size() ? text(i + 1) : SV();
        return i > k + 2 && (is_lit(dash, "-") || is_lit(dash, "\xE2\x80\x94") /* — */ ||
            is_lit(dash, "\xE2\x80\x93") /* – */);
      }
      if (!name_like(i) || tk_[i].has(kNewlineBefore)) return false;
    }
    return false;
  }
  // The dash a dateline ends with, spaced from the text after it: "—", "–", " - ", " -- "
  bool wire_dash(uint32_t k) const {
    if (k + 1 >= tk_.size() || !spaced(k) || tk_[k + 1].has(kNewlineBefore)) return false;
    const SV w = text(k);
    return is_lit(w, "\xE2\x80\x94") /* — */ || is_lit(w, "\xE2\x80\x93") /* – */ || is_lit(w, "-") ||
           is_lit(w, "--");
  }
  static bool month(SV w) {  // "Jan", "Jan.", "January" ("September" is the longest)
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (const char* m : kMonths)
      if (w.size() >= 3 && w.size() <= 9 && w.substr(0, 3) == m) return true;
    return false;
  }
  // Tokens from e to the end of their line are a date and nothing else: a year (four digits), and a month name
  // or the dashes or slashes of a numeric date, with only numbers, dashes, slashes, dots and commas besides; at
  // most kDateTokens of them ("1996-08-30" is five tokens; a longer line is no date alone).
  bool date_alone(uint32_t e) const {
    constexpr uint32_t kDateTokens = 7;
    bool year = false, month_or_separator = false;
    uint32_t i = e;
    for (; i < tk_.size() && i - e < kDateTokens && (i == e || !tk_[i].has(kNewlineBefore)); ++i) {
      const Token& t = tk_[i];
      const SV w = text(i);
      if (t.kind == TokenKind::Number) {
        year |= w.size() == 4 && (is_lit(w.substr(0, 2), "19") || is_lit(w.substr(0, 2), "20"));
        continue;
      }
      if (is_lit(w, "-") || is_lit(w, "/")) { month_or_separator = true; continue; }
      if (is_lit(w, ".") || is_lit(w, ",")) continue;
      if (t.kind == TokenKind::Word && month(w)) { month_or_separator = true; continue; }
      return false;
    }
    return year && month_or_separator && (i >= tk_.size() || tk_[i].has(kNewlineBefore));
  }
  // "Ada Kest (Marovia) beat Lena Varga (Halvia) 6-1", "1. Erik Sand (Tessaly) 1:32.4": in a sports report, on
  // a line that gives a score or on a line of a ranking, a name [s, e) in brackets right after a person's full
  // name is where the person comes from. (Elsewhere it is as often a work, "Fassbinder (Querelle)", or a nickname; a
  // listed body, "(Reuters)", is typed by its list first.)
  bool where_from_bracket(uint32_t s, uint32_t e) const {
    if (s < 2 || !is_lit(text(s - 1), "(") || e >= tk_.size() || !is_lit(text(e), ")") || out_.empty()) return false;
    const NameSpan& p = out_.back();
    if (p.end + 1 != s || p.type != EntityType::Person || p.end - p.first < 2) return false;
    if (sports_report()) return true;
    constexpr uint32_t kLineLook = 16;  // tokens looked at on the bracket's line, after it and before the name
    for (uint32_t i = e + 1; i < tk_.size() && i < e + 1 + kLineLook && !tk_[i].has(kNewlineBefore); ++i)
      if (score_at(i)) return true;
    // a line of a ranking or leaderboard: it opens with a place or a score ("67 Lars Vold (Marovia), Jan Holt")
    uint32_t k = p.first;
    for (uint32_t n = 0; k > 0 && n < kLineLook && !tk_[k].has(kNewlineBefore); ++n) --k;
    return tk_[k].has(kNewlineBefore) && tk_[k].kind == TokenKind::Number;
  }
  // "(Britain and Ireland unless stated)", "(U.S. unless stated)": a results list's note on where its players
  // are from (a bracket opened at most five tokens before, "unless" at most five after, neither bracket between)
  bool unless_stated_note(uint32_t s, uint32_t e) const {
    bool open = false, unless = false;
    for (uint32_t k = s; k > 0 && s - k < 5 && !open && !tk_[k].has(kNewlineBefore); --k) {
      if (is_lit(text(k - 1), ")")) return false;
      open = is_lit(text(k - 1), "(");
    }
    for (uint32_t k = e; k < tk_.size() && k < e + 5 && !unless && !tk_[k].has(kNewlineBefore); ++k) {
      if (is_lit(text(k), ")")) return false;
      unless = is_lit(text(k), "unless");
    }
    return open && unless;
  }
  bool credit_line(uint32_t s) const { return s >= 2 && is_lit(text(s - 1), ":") && is(s - 2, lx::kCreditWord); }

  // "Brindle, another U.S. car maker, said", "Halvard, a Seattle-based retailer that …": after a name, a comma,
  // an article and at most kAppositiveTokens tokens, an organisation descriptor that heads its phrase (punctuation
  // or a function word follows it). Not "Marsk, a company spokesman said", where "company" only modifies.
  // The same after "is", "was" … instead of the comma: "Real Sociedad is a Spanish football club based in …",
  // an encyclopedia's first sentence. The same with a kind of place ("Tessaly, a town of 20,000 people") or a
  // person's occupation ("Vendrel, a lawyer for the family,"). Returns the head's class (kOrgDescriptor,
  // kPlaceKindNoun or kLowerTitle; one walk for the three), 0 when none heads the phrase.
  static constexpr uint32_t kAppositiveTokens = 6;
  static constexpr uint32_t kAppositiveHeads = lx::kOrgDescriptor | lx::kPlaceKindNoun | lx::kLowerTitle;
  uint32_t appositive_head(uint32_t e) const {
    if (e + 2 >= tk_.size()) return 0;
    const bool comma = is_lit(text(e), ","), copular = !comma && copula(e);
    if (!comma && !copular) return 0;
    // The phrase opens with an article, or with a name's possessive: "Safaricom, East Africa's largest telecoms
    // company, said" (at most five capitalised words, then ’s).
    uint32_t from = e + 2;
    const SV article = text(e + 1);
    // (or with a body's own possessive: "Halvex Bank, its lending unit, said", "Tessa Air, their joint venture,")
    if (!is_lit(article, "a") && !is_lit(article, "an") && !is_lit(article, "another") && !is_lit(article, "the") &&
        !is_lit(article, "its") && !is_lit(article, "their")) {
      // (five: a title may go before the name, "Fidesz, Prime Minister Viktor Orbán's party, said")
      uint32_t k = e + 1;
      while (k < tk_.size() && k < e + 6 && tk_[k].kind == TokenKind::Word && tk_[k].has(kCapitalised)) ++k;
      if (k == e + 1 || k >= tk_.size() || !tk_[k].has(kPossessive)) return 0;
      from = k + 1;
    }
    // After "is", the phrase ends at a preposition or relative ("is the singer of the band", "is a group of
    // islands"): a descriptor there heads nothing.
    auto ends_phrase = [](SV w) {
      return is_lit(w, "of") || is_lit(w, "in") || is_lit(w, "for") || is_lit(w, "with") || is_lit(w, "at") ||
             is_lit(w, "from") || is_lit(w, "by") || is_lit(w, "on") || is_lit(w, "who") || is_lit(w, "that") ||
             is_lit(w, "which");
    };
    const uint32_t end = std::min<uint32_t>(uint32_t(tk_.size()), from + kAppositiveTokens);
    for (uint32_t i = from; i < end; ++i) {
      if (copular && tk_[i].kind == TokenKind::Word && ends_phrase(text(i))) return 0;
      // After a comma too a preposition ends the head's part of the phrase, "of" aside ("one of Norway's largest
      // banks"): "Joseph Otieno, a farmer in the village of Baraka," is headed by "farmer", not "village".
      if (comma && i > from && tk_[i].kind == TokenKind::Word && !is_lit(text(i), "of") &&
          ends_phrase(text(i))) return 0;
      // ("Eurostat, the EU statistics office, said", "Meteo, the weather service of the observatory,": an office
      // and a service head the phrase as a body's words do; not before a name, "the Russian service Alexander
      // Gordon", "Rod's office EB4054", where the lexicon's descriptors make a body)
      const bool office = tk_[i].kind == TokenKind::Word && (is_lit(text(i), "office") || is_lit(text(i), "service"));
      if (tk_[i].kind != TokenKind::Word || (tk_[i].flags & (kCapitalised | kAllCaps)) ||
          !(office || is(i, kAppositiveHeads))) {
        if (tk_[i].kind == TokenKind::Punct && !is_lit(text(i), "-") &&
            !is_lit(text(i), ".")) return 0;  // the phrase ended
        continue;
      }
      // (a word of two classes counts as the first of organisation, place, occupation)
      const uint32_t bits = office ? uint32_t(lx::kOrgDescriptor) : lex(i) & kAppositiveHeads;
      const uint32_t head = (bits & lx::kOrgDescriptor) ? lx::kOrgDescriptor
                            : (bits & lx::kPlaceKindNoun) ? lx::kPlaceKindNoun : lx::kLowerTitle;
      if (i + 1 >= tk_.size()) return head;
      const SV nx = text(i + 1);
      if (tk_[i + 1].kind == TokenKind::Punct) return !is_lit(nx, "-") && !is_lit(nx, "'") &&
          !is_lit(nx, "\xE2\x80\x99") ? head : 0;
      // ("is a group of islands", "is the singer of the band": no body; but a trade's is, "is a major Swedish
      // manufacturer of bicycles", "is a publisher of maps")
      // (nor a chain or a group of shops or firms: "is a Danish chain of hypermarkets", "a group of companies")
      // (a kind of place is the place before "of" too: "is a suburb of Blackburn", "is the capital of Tessaly")
      if (copular && is_lit(nx, "of") && head != lx::kPlaceKindNoun &&
          !(head == lx::kOrgDescriptor && (trade_noun(f_.lower32(i)) || collection_of_bodies(i)))) return 0;
      if (is_lit(nx, "that") || is_lit(nx, "which") || is_lit(nx, "whose") || is_lit(nx, "who") || is_lit(nx, "with") ||
          is_lit(nx, "in") || is_lit(nx, "of") || is_lit(nx, "for") || is_lit(nx, "based") || is_lit(nx, "and") ||
          is_lit(nx, "from") || is_lit(nx, "on") || is_lit(nx, "at") || is_lit(nx, "owned") ||
          is_lit(nx, "founded") || is_lit(nx, "headquartered") || is_lit(nx, "known") || is_lit(nx, "formed") ||
          is_lit(nx, "established") || is_lit(nx, "created") || is_lit(nx, "launched") || is_lit(nx, "led") ||
          is_lit(nx, "run") || is_lit(nx, "by") || verb_ing(i + 1))  // ("the largest company by market value")
        return head;
    }
    return 0;
  }
  // Token k is a verb's -ing form that goes on with what the head does: "Unifor, the union representing
  // autoworkers,", "Tarsa, a firm making valves" (a noun so formed, "the company building", "a party meeting",
  // qualifies the head instead and says nothing)
  bool verb_ing(uint32_t k) const {
    const SV w = lower_word_after(k);
    return w.size() >= 6 && w.substr(w.size() - 3) == "ing" && !is_lit(w, "building") && !is_lit(w, "meeting");
  }


  // Token i is a collective noun and what it collects, one or two words after "of", are bodies or shops: "chain
  // of hypermarkets", "group of companies", "network of discount stores" (not "group of islands")
  bool collection_of_bodies(uint32_t i) const {
    static constexpr SV kCollections[] = {"chain", "group", "network"};
    static constexpr SV kShops[] = {"stores", "shops", "hypermarkets", "restaurants", "hotels", "cafes", "pharmacies",
                                    "cinemas", "gyms", "pubs", "bakeries", "clinics", "outlets", "dealerships"};
    if (!one_of(f_.lower32(i), kCollections) || i + 2 >= tk_.size() || !is_lit(text(i + 1), "of")) return false;
    for (uint32_t k = i + 2; k < tk_.size() && k < i + 4 && tk_[k].kind == TokenKind::Word; ++k) {
      const SV w = f_.lower32(k);
      if (one_of(w, kShops) || is_lit(w, "companies") || is_lit(w, "agencies") || is_lit(w, "charities")) return true;
      // a body's descriptor in the plural: "banks", "retailers", "newspapers", "firms"
      if (w.size() > 3 && w.back() == 's' && (lx::classes(w.substr(0, w.size() - 1)) & lx::kOrgDescriptor)) return true;
    }
    return false;
  }

  // "Copenhagen-based Zentropa", "a Seattle-based Halvard": where a body is based, written right before its name
  // (a person's would take an occupation between: "London-based artist Ada Voss"), when the name ends its
  // phrase: not an adjective before a noun ("Chechnya-based Moslem fighters", "Intel-based Mac computers").
  // (and "the state-owned Avinor", "state-run Pakistan Television", "Sequoia-backed Kelby Partners": who owns,
  // runs or backs it; not "-led", "-held", "-controlled": a place's too, "rebel-held Idlib")
  bool based_before(uint32_t s, uint32_t e) const {
    static constexpr SV kOwned[] = {"backed", "funded", "listed", "owned", "run"};
    const bool based = s >= 3 && is_lit(text(s - 1), "based") && tk_[s - 3].has(kCapitalised);
    const bool owned = s >= 3 && tk_[s - 3].kind == TokenKind::Word && one_of(text(s - 1), kOwned);
    if (!((based || owned) && !spaced(s - 1) && is_hyphen(text(s - 2)) && !spaced(s - 2)))
      return false;
    if (e >= tk_.size() || tk_[e].has(kNewlineBefore)) return false;  // (a headline: "Apple unveils Intel-based Mac")
    if (tk_[e].kind != TokenKind::Word || tk_[e].has(kCapitalised)) return true;
    static constexpr SV kAfter[] = {"and", "or", "said", "says", "has", "had", "have", "is", "was", "will", "would",
                                    "which", "who", "in", "on", "for", "to", "at", "of", "with", "also"};
    return one_of(text(e), kAfter);
  }
  // A later name of a list joined by "and" ("for Rosenborg and Lillestrøm", "between Kroger and Albertsons",
  // "for Kelby, Aston Villa and Rosenborg"): where the list's first name starts, so a cue before it reads for
  // all; else s itself. Each name at most four words, the list at most six names. A name after a comma is one
  // of a list only when the list goes on after it ("for Kelby, Aston Villa and …", not "for Kelby, Ada Kest
  // said"). kNone when the first is no name or starts too near the text's start for a cue (two tokens).
  uint32_t first_of_pair(uint32_t s) const {
    if (s < 3) return s;
    const bool comma = is_lit(text(s - 1), ",");
    if (!is_lit(text(s - 1), "and") && !comma) return s;
    if (comma) {  // (the list goes on to its "and" or "or" and a name: names, commas, at most six names ahead)
      uint32_t e = s;
      bool ends = false;
      for (int names = 0; names < 6 && !ends; ++names) {
        const uint32_t from = e;
        while (e < tk_.size() && e < from + 4 && name_like(e)) ++e;
        if (e == from || e + 1 >= tk_.size()) return s;
        ends = (is_lit(text(e), "and") || is_lit(text(e), "or")) && name_like(e + 1);
        if (!ends && !is_lit(text(e), ",")) return s;
        if (!ends && is_lit(text(e + 1), "and") && e + 2 < tk_.size() && name_like(e + 2)) ends = true;  // ", and"
        ++e;
      }
      if (!ends) return s;
    }
    uint32_t k = s - 2;
    if (!comma && is_lit(text(k), ",") && k >= 3) --k;  // ("Kelby, Dalvik, and Rosenborg")
    for (int names = 0; names < 6; ++names) {
      for (int n = 0; n < 4 && k > 0 && name_like(k) && name_like(k - 1); ++n) --k;
      if (k < 3 || !is_lit(text(k - 1), ",") || !name_like(k - 2)) break;
      k -= 2;
    }
    return name_like(k) && k >= 2 ? k : comma ? s : kNone;
  }
  // "the merger between Kroger and Albertsons", "the takeover of Kelvar", "its acquisition of Orvik Labs": a deal
  // is between bodies
  bool deal_of(uint32_t s) const {
    s = first_of_pair(s);
    if (s == kNone || s < 2) return false;
    uint32_t p = s - 1;
    if (is_the(p) && p > 1) --p;
    const SV prep = text(p);
    if (!is_lit(prep, "of") && !is_lit(prep, "between") && !is_lit(prep, "with")) return false;
    static constexpr SV kDeals[] = {"merger", "takeover", "acquisition", "buyout", "mergers", "takeovers",
                                    "acquisitions"};
    return tk_[p - 1].kind == TokenKind::Word && one_of(f_.lower32(p - 1), kDeals);
  }
  // "agreed to buy Hess for $53 billion", "Kelvar bought Tormax for $2 billion": a firm bought or buying another
  // for a price (not in a sports report, where clubs buy players so: "Chelsea bought Mensah for £20m")
  bool bought_for(uint32_t s, uint32_t e) const {
    static constexpr SV kBuy[] = {"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring"};
    // (asked of most names: the first letter rules most words out before the lists are compared)
    auto buy_at = [&](uint32_t k) {
      if (k >= tk_.size() || tk_[k].kind != TokenKind::Word) return false;
      const char c = text(k)[0];
      return (c == 'b' || c == 'a') && one_of(text(k), kBuy);
    };
    // a price follows: "for" then a number or a currency sign (at most two words between, "for about $5 billion")
    auto price_after = [&](uint32_t k) {
      if (k >= tk_.size() || !is_lit(text(k), "for")) return false;
      for (uint32_t i = k + 1; i < tk_.size() && i <= k + 3; ++i) {
        if (tk_[i].kind == TokenKind::Number) return true;
        const SV t = text(i);
        if (is_lit(t, "$") || is_lit(t, "\xE2\x82\xAC") /* € */ || is_lit(t, "\xC2\xA3") /* £ */) return true;
      }
      return false;
    };
    if (s >= 1 && buy_at(s - 1) && price_after(e)) return !sports_report();  // the firm bought
    // the buyer: "Kelvar bought Tormax for …", "Chevron agreed to buy Hess for …" (at most three auxiliary words)
    static constexpr SV kAux[] = {"agreed", "agrees", "to", "will", "would", "plans", "has", "had", "offered"};
    uint32_t v = e;
    while (v < tk_.size() && v < e + 3 && tk_[v].kind == TokenKind::Word && !tk_[v].has(kCapitalised) &&
           one_of(text(v), kAux))
      ++v;
    if (!buy_at(v)) return false;
    uint32_t k = v + 1;
    while (k < tk_.size() && k < v + 1 + 4 && name_like(k)) ++k;
    return k > v + 1 && price_after(k) && !sports_report();
  }
  // "before joining Molde in 2007", "joined Dutch side Heerenveen": whom a player joins in a sports report is a side
  // (not a word a hyphen joins to more: "joined Triple-A Indianapolis")
  // And anywhere, whom someone joins as one of a trade employs them: "joined RTÉ as a reporter", "joined Rolls-Royce
  // as an engineer" (the trade a word in lower case the lexicon lists: a person's noun)
  bool joined_side(uint32_t s, uint32_t e) const {
    static constexpr SV kJoin[] = {"join", "joined", "joining", "joins", "rejoined", "rejoining"};
    if (s == 0 || tk_[s - 1].kind != TokenKind::Word || !one_of(f_.lower32(s - 1), kJoin) || gzf(s, kFirst) ||
        (e < tk_.size() && is_hyphen(text(e)) && !spaced(e)))
      return false;
    if (sports_report()) return true;
    return e + 2 < tk_.size() && is_lit(text(e), "as") && (is_lit(text(e + 1), "a") || is_lit(text(e + 1), "an")) &&
           tk_[e + 2].kind == TokenKind::Word && !tk_[e + 2].has(kCapitalised) && is(e + 2, lx::kLowerTitle);
  }
  // "played football for Brann", "signed for Kelvar United", "18 goals for Dalvik", "signed from Rosenborg": a player
  // plays for a team (a place the lists know is settled before this is asked: "played for Norway", "caps for
  // Norway")
  bool played_for(uint32_t s) const {
    s = first_of_pair(s);
    if (s == kNone || s < 2) return false;
    uint32_t f = s - 1;
    if (is_the(f)) --f;  // "played for the Rochester Jeffersons"
    // "signed from Rosenborg", "on loan from Dalvik", "joined from Halden": where a player came from is a team
    // (not "transferred": land is too)
    static constexpr SV kCameFrom[] = {"joined", "joining", "joins", "loan", "recruited", "signed"};
    // (and with the new team's name between: "joined Leeds from Norwich", "signed Kest from Halden")
    if (f >= 1 && is_lit(text(f), "from")) {
      uint32_t v = f - 1;
      while (v > 0 && v + 3 > f && name_like(v)) --v;
      return one_of(f_.lower32(v), kCameFrom);
    }
    if (f < 1 || !is_lit(text(f), "for")) return false;
    uint32_t v = f - 1;
    static constexpr SV kSports[] = {"football", "soccer", "rugby", "hockey", "cricket", "basketball", "baseball"};
    if (v >= 1 && tk_[v].kind == TokenKind::Word && one_of(text(v), kSports)) --v;  // "played football for"
    const SV adverb = f_.lower32(v);  // "played professionally for", "scored twice for"
    if (v >= 1 && ((adverb.size() > 4 && adverb.substr(adverb.size() - 2) == "ly") || is_lit(adverb, "twice") ||
                   is_lit(adverb, "again") || is_lit(adverb, "once")))
      --v;
    // "played as a defender for", "as a centre-half for": the position between
    if (v >= 3 && is_hyphen(text(v - 1)) && !spaced(v - 1) && !spaced(v)) v -= 2;
    if (v >= 3 && (is_lit(text(v - 1), "a") || is_lit(text(v - 1), "an")) && is_lit(text(v - 2), "as")) v -= 3;
    static constexpr SV kVerbs[] = {"played", "plays", "playing", "signed", "signs", "signing", "starred",
                                    "scored", "scores", "captained", "captains", "driving", "drove", "drives",
                                    "raced", "races", "racing", "rode", "rides", "riding"};
    // "scored 18 goals for Dalvik", "made 40 appearances for Kelvar Rovers": what a player counts for a team
    static constexpr SV kTallies[] = {"goals", "appearances", "caps", "matches", "games", "seasons", "tries"};
    return one_of(f_.lower32(v), kVerbs) || one_of(f_.lower32(f - 1), kTallies);
  }
  // "analysts at Jefferies", "a lawyer at Kelvar & Co", "economists at Halden Capital and Citi": where someone of a
  // trade works is a firm (a place the lists know is settled before this is asked: "researchers at Oxford").
  bool works_at(uint32_t s, uint32_t e) const {
    // (not "analysts at Kelby-based Merovia Capital": the name there is a place that makes an adjective)
    if (e + 1 < tk_.size() && is_hyphen(text(e)) && !spaced(e) && !spaced(e + 1) && is(e + 1, lx::kCompoundSuffix))
      return false;
    uint32_t k = s;
    if (k >= 2 && is_lit(text(k - 1), "and")) {  // the second of two: step back over the first (a few words)
      k -= 2;
      for (int n = 0; n < 4 && k > 0 && name_like(k) && !is_the(k); ++n) --k;
      ++k;
    }
    if (k < 2 || !is_lit(text(k - 1), "at") || tk_[k - 2].kind != TokenKind::Word) return false;
    static constexpr SV kTrades[] = {"analyst", "analysts", "economist", "economists", "strategist", "strategists",
                                     "trader", "traders", "banker", "bankers", "researcher", "researchers",
                                     "scientist", "scientists", "engineer", "engineers", "executive", "executives",
                                     "lawyer", "lawyers", "partner", "consultant", "consultants"};
    return one_of(f_.lower32(k - 2), kTrades);
  }
  // A price's move: a word that moves it ("rose", "slipped") or, in a headline, its present tense ("fall", "jumps")
  static bool price_move(SV w) {
    static constexpr SV kMoves[] = {"rose", "fell", "jumped", "slumped", "slid", "dropped", "gained", "climbed",
                                    "surged", "tumbled", "plunged", "soared", "sank", "rallied", "closed", "ended",
                                    "opened", "traded", "lost", "added", "edged", "slipped", "eased", "declined",
                                    "advanced", "rebounded", "rise", "rises", "fall", "falls", "jump", "jumps",
                                    "slump", "slumps", "slide", "slides", "drop", "drops", "gain", "gains", "climb",
                                    "climbs", "surge", "surges", "tumble", "tumbles", "plunge", "plunges", "soar",
                                    "soars", "sink", "sinks", "rally", "rallies", "slip", "slips"};
    return one_of(w, kMoves);
  }
  // "shares fell", "shares were up", "shares fall" at k: a listed firm's shares, named just before k
  bool shares_move(uint32_t k) const {
    if (k + 1 >= tk_.size() || tk_[k].kind != TokenKind::Word || tk_[k].has(kCapitalised) ||
        !is_lit(text(k), "shares") || tk_[k + 1].kind != TokenKind::Word || tk_[k].has(kNewlineBefore))
      return false;
    const SV then = f_.lower32(k + 1);
    return price_move(then) || is_lit(then, "were") || is_lit(then, "have") || is_lit(then, "had");
  }
  // Market news names a firm by what it issues and who runs it: "shares in Kelvar", "a stake in Kelvar Tankers",
  // "Kelvar stock", "Kelvar shares fell", "the Kelvar board", "Kelvar chief executive Ada Voss", "Kelvar CEO"
  // (places the lists know are settled before this is asked: "shares in Tokyo", "Tokyo shares fell"; not
  // "Voss shares the view", nor "a Kelvar spokesman", which persons have too).
  bool market_cue(uint32_t s, uint32_t e) const {
    auto word = [&](uint32_t k) { return k < tk_.size() && tk_[k].kind == TokenKind::Word; };
    // ("shares in British Airways and Rolls-Royce": the name after "and" shares the first one's cue; a few words
    // back at most, and not across a line's start: a headline "… stake in Halvex" over the byline "By Tomas Berg
    // and Ada Kest")
    uint32_t at = s;
    if (s >= 3 && (is_lit(text(s - 1), "and") || is_lit(text(s - 1), "or")) && name_like(s - 2)) {
      at = s - 2;
      while (at > 0 && s - at < 6 && !tk_[at].has(kNewlineBefore) && (name_like(at - 1) || is_hyphen(text(at - 1))))
        --at;
    }
    if (at >= 2 && word(at - 1) && word(at - 2) && (is_lit(text(at - 1), "in") || is_lit(text(at - 1), "of"))) {
      static constexpr SV kHoldings[] = {"shares", "stake", "stakes", "stock", "shareholders", "shareholder"};
      if (one_of(f_.lower32(at - 2), kHoldings)) return true;
      // "a branch of Credit Lyonnais", "a unit of Kelvar": a firm's part (right after "of": "a branch of the
      // river" has its article; and one of several: "the noble branch of Haddo" is a family's)
      static constexpr SV kParts[] = {"branch", "branches", "division", "subsidiary", "unit"};
      static constexpr SV kOneOf[] = {"a", "its", "local"};
      if (at >= 3 && is_lit(text(at - 1), "of") && one_of(text(at - 2), kParts) && one_of(text(at - 3), kOneOf))
        return true;
    }
    // ("BHP, Rio Tinto shares fall", "Kelvar and Dalvik shares fell": the names of a list before the shares
    // share the cue; a few names at most, on the line)
    for (uint32_t k = e, hops = 0;
         hops < 3 && k + 1 < tk_.size() && (is_lit(text(k), ",") || is_lit(text(k), "and")); ++hops) {
      uint32_t j = k + 1;
      while (j < tk_.size() && j - k < 6 && !tk_[j].has(kNewlineBefore) && (name_like(j) || is_hyphen(text(j)))) ++j;
      if (j == k + 1) break;
      if (shares_move(j)) return true;
      k = j;
    }
    if (!word(e) || tk_[e].has(kNewlineBefore)) return false;
    const SV next = f_.lower32(e);
    // "Dalvik jumped 22 percent": a price that moves by a share is a listed firm's (a place's market is settled
    // before: "Oslo rose 2 percent")
    if (price_move(next) && e + 2 < tk_.size() && tk_[e + 1].kind == TokenKind::Number) {
      const SV unit = text(e + 2);
      if (is_lit(unit, "%") || is_lit(unit, "percent") || is_lit(unit, "per")) return true;
    }
    if (is_lit(next, "stock") && !tk_[e].has(kCapitalised)) return true;  // (not "Kelvar Stock Exchange")
    if ((is_lit(next, "shareholders") || is_lit(next, "bondholders")) && !tk_[e].has(kCapitalised)) return true;
    if (shares_move(e)) return true;  // "Kelvar shares fell", "… were up"
    if (is_lit(next, "board") && !tk_[e].has(kCapitalised))  // (not "the Halden board of education": a town's)
      return s > 0 && is_the(s - 1) && !(word(e + 1) && is_lit(text(e + 1), "of"));
    static constexpr SV kRunners[] = {"ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "co-founder"};
    if (one_of(next, kRunners)) return true;
    // "Nomura analyst Kelby Hart", "Kelvar economist Ada Voss", "Orrin Times reporter Ivo Marsk": a name before
    // someone's trade and that someone's name employs them (a place is settled before: "Moscow correspondent")
    static constexpr SV kTradesOf[] = {"analyst", "economist", "strategist", "trader", "correspondent", "reporter"};
    if (one_of(text(e), kTradesOf) && e + 1 < tk_.size() && tk_[e + 1].kind == TokenKind::Word &&
        tk_[e + 1].has(kCapitalised) && !tk_[e + 1].has(kNewlineBefore) && !common_at(e + 1))
      return true;
    return is_lit(next, "chief") && word(e + 1) &&
           (is_lit(f_.lower32(e + 1), "executive") || is_lit(f_.lower32(e + 1), "financial") ||
            is_lit(f_.lower32(e + 1), "operating"));
  }
  // "Halvex, founded in 2019 by two engineers,", "Brekka, established in 1887,", "Orvik, headquartered in Oslo,":
  // after the name and a comma, how a body came to be or where it sits. (Towns are founded too: not where the
  // sentence names a kind of place within 15 tokens, "Tessvik, founded in 1650, is a town".)
  bool founded_after(uint32_t e) const {
    if (e + 1 >= tk_.size() || !is_lit(text(e), ",")) return false;
    const SV w = text(e + 1);
    if (is_lit(w, "headquartered") || is_lit(w, "incorporated")) return true;
    if (!is_lit(w, "founded") && !is_lit(w, "established")) return false;
    for (uint32_t k = e + 2; k < tk_.size() && k < e + 17 && !tk_[k].has(kSentenceStart); ++k)
      if (tk_[k].kind == TokenKind::Word && is(k, lx::kPlaceKindNoun)) return false;
    return true;
  }
  // A possessive after the name that ends before e, then a person's kin, life or writings: "Fillmore's wife",
  // "Higuchi's fiction", "Kest's death", "Orrin's memoir" (no town, firm or team has these; a country's
  // possessive is asked apart: "Britain's son")
  bool kin_or_life_after(uint32_t e) const {
    static constexpr SV kNouns[] = {
        "autobiography", "biography", "birth", "brother", "childhood", "children", "daughter", "daughters", "death",
        "father", "fiction", "funeral", "granddaughter", "grandson", "husband", "lyrics", "memoir", "memoirs",
        "mother", "novel", "novels", "paintings", "parents", "poems", "poetry", "sister", "son", "sons", "widow",
        "wife"};
    return e + 1 < tk_.size() && tk_[e].has(kPossessive) && tk_[e + 1].kind == TokenKind::Word &&
           !tk_[e + 1].has(kCapitalised) && one_of(f_.lower32(e + 1), kNouns);
  }
  // The word at i is a plural in "-s" ("Tigers", "Rovers"; not "Glass", "Ross")
  bool plural_in_s(uint32_t i) const { return plural_word(text(i)); }
  // Token s, after "the", is a capitalised plural of a dictionary word, no sentence's first word, no event's or
  // sport's word and no tournament's ("the Masters", "the Ashes", "the Finals"): a team's nickname in a sports
  // report ("the Cubs", "the Giants").
  bool nickname_of_team(uint32_t s) const {
    static constexpr SV kTournaments[] = {"Ashes", "Finals", "Majors", "Masters", "Nationals", "Paralympics"};
    const SV w = text(s);
    const bool capital_after = s + 1 < tk_.size() && tk_[s + 1].has(kCapitalised);  // ("the Class A League")
    return s > 0 && is_the(s - 1) && !tk_[s].has(kSentenceStart) && plural_in_s(s) && !capital_after &&
           common_at(s) && !is(s, lx::kEventWord | lx::kSportsWord) && !one_of(w, kTournaments);
  }
  // A side named by a dictionary word right before the score: a nickname after "the", with the match's verb or
  // its "to", "over", "against" before it ("beat the Cubs 5-3", "lost to the Giants 24-17"; or in a sports
  // report), or a word after the match's verb ("Benfica beat Sporting 78-71"); not "the Chapters 3-5", "according
  // to Table 2-1"
  bool side_before_score(uint32_t s) const {
    static constexpr SV kLinks[] = {"against", "over", "to"};
    auto word_in = [&](uint32_t k, const auto& list) {
      return tk_[k].kind == TokenKind::Word && one_of(text(k), list);
    };
    if (s == 0 || !score_at(s + 1)) return false;
    if (!is_the(s - 1)) return !tk_[s].has(kSentenceStart) && word_in(s - 1, kWinVerbs);
    const bool linked = s >= 2 && (word_in(s - 2, kWinVerbs) || word_in(s - 2, kLinks));
    return nickname_of_team(s) && (sports_report() || linked);
  }
  // "Voss, who chairs the committee,": a relative clause for a person (not in a sports report, where a team is
  // "who" too: "Orrin, who had won their first five matches")
  bool who_after(uint32_t e) const {
    return comma_who(e) && !sports_report();
  }
  // ", who" right after the name that ends before token e
  // "Hayat Tahrir al-Sham", "Jaish al-Adl", "Lashkar-e-Taiba": Arabic's and Urdu's words for a body (a front,
  // an army, a movement, brigades, a party) open the name of a group, whose particles would make a person's
  // of it. ("Hayat" is a woman's name too: then a particle must follow, "Hayat Abu Jaber" stays a person.)
  bool armed_group(uint32_t s, uint32_t e) const {
    static constexpr SV kBodies[] = {"Harakat", "Harkat", "Hayat", "Hizb", "Jabhat", "Jaish", "Jamaat", "Jamiat",
                                     "Jaysh", "Kataib", "Lashkar", "Liwa", "Majlis", "Saraya", "Tanzim", "Tehreek",
                                     "Tehrik"};
    if (e < s + 2 || !one_of(text(s), kBodies)) return false;
    for (uint32_t k = s + 1; k < e; ++k) {
      const SV w = text(k);
      if (is_lit(w, "al") || is_lit(w, "el") || is_lit(w, "ul") || is_lit(w, "ut") || is_lit(w, "e")) return true;
    }
    return !gzf(s, kFirst);
  }
  // "Inzamam-ul-Haq", "Zia-ur-Rehman", "Nasir-ud-Din": one name of two words joined by hyphens to an Arabic
  // particle between them is a person's (a body's opens with a body's word, armed_group: "Jamaat-ud-Dawa")
  bool particle_joined_name(uint32_t s, uint32_t e) const {
    static constexpr SV kJoins[] = {"ud", "ul", "un", "ur", "us", "uz"};
    return e == s + 5 && is_hyphen(text(s + 1)) && is_hyphen(text(s + 3)) && one_of(text(s + 2), kJoins) &&
           !spaced(s + 1) && !spaced(s + 2) && !spaced(s + 3) && !spaced(s + 4) && name_like(s + 4);
  }
  // "of Tunisia", "of the Netherlands" right after the name at e: a country (one word) it is of
  bool country_after_of(uint32_t e) const {
    if (e + 1 >= tk_.size() || !is_lit(text(e), "of")) return false;
    const uint32_t c = e + 2 < tk_.size() && is_the(e + 1) ? e + 2 : e + 1;
    return name_like(c) && spaced(c) && (gzf(c, kPlaceMask) & gz::kCountry);
  }
  // "(Czech Republic)", "(U.S.)" right after the name at e: a country in brackets
  bool country_in_brackets_after(uint32_t e) const {
    return e < tk_.size() && spaced(e) && (place_in_brackets_at(doc_, e) & gz::kCountry);
  }
  // A results line's name after a player and the player's country in brackets, before a time or a score: the
  // player's team or make ("1. Ivo Marsk (Germany) Ferrari 1 hour 28:15.125", "Tomas Berg (Norway) Lotto 4:32:10")
  bool team_after_country(uint32_t s, uint32_t e) const {
    if (s < 4 || e >= tk_.size() || tk_[e].kind != TokenKind::Number || tk_[e].has(kNewlineBefore) ||
        !is_lit(text(s - 1), ")") || !sports_report())
      return false;
    for (uint32_t open = s - 3; open + 5 >= s && open > 0; --open)
      if (is_lit(text(open), "("))
        return name_like(open - 1) && (place_in_brackets_at(doc_, open) & gz::kCountry);
    return false;
  }
  bool comma_who(uint32_t e) const {
    return e + 1 < tk_.size() && is_lit(text(e), ",") && is_lit(text(e + 1), "who");
  }
  // A post held in a body, in lower case right after the name at e: "IFOR spokesman", "UNHCR officials" (no
  // family's words, as kLowerTitle has: "JFK's brother")
  bool post_of_body_after(uint32_t e) const {
    static constexpr SV kPosts[] = {"chairman", "chief", "commander", "commanders", "director", "envoy", "head",
                                    "leader", "leaders", "negotiator", "official", "officials", "president",
                                    "spokesman", "spokesperson", "spokeswoman"};
    return one_of(lower_word_after(e), kPosts);
  }
  // Token e when it is a word in lower case with a space before it (the noun after a name: "IFOR spokesman",
  // "NASA engineers"), else "".
  SV lower_word_after(uint32_t e) const {
    return e < tk_.size() && tk_[e].kind == TokenKind::Word && !tk_[e].has(kCapitalised) && spaced(e) ? text(e)
                                                                                                         : SV();
  }
  // "a former Rockwell Collins executive", "NASA engineers", "Orrin staff": those who work for a body, in lower
  // case right after its name. In the training sets a name so followed is 11 times a body, 5 a place, never a
  // person ("a Trump adviser", "a Putin ally" are a person's people: not these words). Not after a place's name
  // ("a Reading engineer", "Wyndham staff"), nor after a dictionary word alone ("Traffic workers": a department's).
  bool staff_of_body(uint32_t s, uint32_t e) const {
    static constexpr SV kStaff[] = {"analyst",   "analysts", "employee", "employees", "engineer", "engineers",
                                    "executive", "executives", "staff",  "staffers",  "workers"};
    return one_of(lower_word_after(e), kStaff) && !place_at(s) && !place_at(e - 1) && !(e == s + 1 && common_at(s));
  }
  // In a sports report: "Dalvik coach Per Halvorsen", "Orrin fans", "the Kelby captain": a team's people after
  // its name
  bool team_role_after(uint32_t e) const {
    if (e >= tk_.size() || tk_[e].kind != TokenKind::Word || tk_[e].has(kCapitalised)) return false;
    static constexpr SV kRoles[] = {"coach", "manager", "captain", "skipper", "striker", "goalkeeper", "midfielder",
                                    "defender", "winger", "fans", "supporters", "teammate", "teammates", "squad",
                                    // a player's place in a side ("Queensland flanker Ivo Marsk", "Dalvik forward")
                                    "all-rounder", "batsman", "bowler", "centre-back", "flanker", "fly-half",
                                    "forward", "full-back", "fullback", "guard", "keeper", "left-back", "linebacker",
                                    "opener", "pitcher", "playmaker", "quarterback", "right-back", "scrum-half",
                                    "shortstop", "wicketkeeper", "defenceman", "defenseman", "goalie", "goaltender",
                                    "netminder",
                                    // a rugby side's and a ball game's middle ("Harlequins centre Will Carling",
                                    // "Celtics center Al Horford"), a pack's front row, a diamond's catcher
                                    "centre", "center", "prop", "hooker", "catcher", "infielder", "outfielder"};
    const SV joined = hyphenated_word(e);  // ("fly-half": three tokens)
    return one_of(joined.empty() ? text(e) : joined, kRoles) && sports_report();
  }
  // In a sports report, a name of two words or more with a club's word: "Dalvik Rovers", "Voss Athletic",
  // "Sporting Kelby", "Real Halden", "Kelby FC" (no person or place is named so there)
  static constexpr SV kClubWords[] = {"AFC", "Albion", "Athletic", "Atletico", "CF", "Dynamo", "FC", "Hotspur",
                                      "Inter", "Olympique", "Rangers", "Real", "Rovers", "SC", "Sporting", "United",
                                      "Wanderers"};
  // A club's word and a town, two words, is the club anywhere ("Sporting Braga", "Real Madrid", "Leeds United"):
  // no place is called so (and at a sentence start the club's word is no ordinary word: "Real Madrid beat …")
  bool club_and_town(uint32_t s, uint32_t e) const {
    return e == s + 2 && name_like(s + 1) && ((one_of(text(s), kClubWords) && place_at(s + 1)) ||
                                              (place_at(s) && one_of(text(s + 1), kClubWords)));
  }
  // A name that ends on one of these is a club's anywhere: no person, firm or place is called "… Rovers",
  // "… Athletic" or "… Wanderers" ("Kelvin Rovers beat Darnley", where "Kelvin" is a first name, outside any sports
  // report).
  static constexpr SV kClubEnds[] = {"Athletic", "Hotspur", "Rovers", "Wanderers"};  // ("FC": an acronym says ORG)
  bool club_name(uint32_t s, uint32_t e) const {
    if (e < s + 2) return false;
    if (club_and_town(s, e) || (name_like(e - 1) && one_of(text(e - 1), kClubEnds))) return true;
    for (uint32_t i = s; i < e; ++i)
      if (name_like(i) && one_of(text(i), kClubWords)) return sports_report();
    return false;
  }
  // "Ulvang, which makes ship engines,": what a firm does (not "produces" or "supplies": countries do too)
  bool firm_clause_after(uint32_t e) const {
    if (e + 2 >= tk_.size() || !is_lit(text(e), ",") || tk_[e + 2].kind != TokenKind::Word) return false;
    // "Berkshire Hathaway, led by Warren Buffett", "Kelvar, headed by Ada Kest": a body someone leads
    static constexpr SV kLed[] = {"led", "headed", "chaired", "run", "controlled"};
    if (one_of(text(e + 1), kLed) && is_lit(text(e + 2), "by") && e + 3 < tk_.size() && name_like(e + 3))
      return true;
    if (!is_lit(text(e + 1), "which")) return false;
    static constexpr SV kDoes[] = {"makes", "sells", "manufactures", "builds", "employs", "operates", "designs",
                                   "develops", "owns", "produces", "supplies", "exports", "publishes", "reports",
                                   "posted", "reported"};
    if (one_of(text(e + 2), kDoes)) return true;
    // "Orrin, which is 40 percent owned by Norsk Hydro", "Kelvar, which is listed in Oslo": what only a body is
    // (a few words may stand between)
    if (!is_lit(text(e + 2), "is") && !is_lit(text(e + 2), "was")) return false;
    static constexpr SV kIs[] = {"controlled", "headquartered", "listed", "owned"};
    for (uint32_t k = e + 3; k < tk_.size() && k < e + 8 && !tk_[k].has(kSentenceStart); ++k)
      if (tk_[k].kind == TokenKind::Word && one_of(text(k), kIs)) return true;
    return false;
  }
  // "Ulvang mayor Tomas Berg", "the Halden mayor": a town's ("governor" is a central bank's too)
  // (and "the Orrin regional election", "Kelby local elections": where a vote is held; not "presidential" or
  // "general": a party's or a person's too, "the Trump presidential campaign")
  bool mayor_or_vote_after(uint32_t e) const {
    if (e >= tk_.size() || tk_[e].kind != TokenKind::Word) return false;
    if (is_lit(f_.lower32(e), "mayor")) return true;
    static constexpr SV kLevels[] = {"local", "mayoral", "municipal", "provincial", "regional", "state"};
    return e + 1 < tk_.size() && one_of(text(e), kLevels) && tk_[e + 1].kind == TokenKind::Word &&
           (is_lit(text(e + 1), "election") || is_lit(text(e + 1), "elections"));
  }
  // "Vendrel, 45, was arrested": an age between commas after a name says a person (news gives ages so).
  bool age_after(uint32_t e) const {
    if (e + 2 >= tk_.size() || !is_lit(text(e), ",") || !is_lit(text(e + 2), ",")) return false;
    const int age = small_whole_number(e + 1);
    return age >= 1 && age <= 120;
  }
  // "Lars Press, the Vice Chairman of Halvex,": a comma, "the" or "a", then up to four capitalised words of which the
  // last is a title and ends the phrase ("of", a comma, a full stop follow; not "the State fund").
  bool capitalised_post_after(uint32_t e) const {
    if (e + 2 >= tk_.size() || !is_lit(text(e), ",") || !(is_the(e + 1) || is_lit(text(e + 1), "a"))) return false;
    uint32_t k = e + 2;
    while (k < tk_.size() && k < e + 6 && tk_[k].kind == TokenKind::Word && tk_[k].has(kCapitalised)) ++k;
    if (k == e + 2 || !lx::is_title(text(k - 1))) return false;
    return k >= tk_.size() || is_lit(text(k), "of") || is_lit(text(k), ",") || is_lit(text(k), ".");
  }
  // What a name's possessive owns says what the name is: "Tessaly's mayor", "Tessaly's prime minister" (a place),
  // "Vendrel's chief executive", "Vendrel's profit" (a firm), "Kavrin's wife" (a person). Returns the type's
  // index in EntityType, or -1 when the noun says nothing ("Tessaly's president": a country or a firm).
  int possessive_owner(uint32_t e) const {
    if (e + 1 >= tk_.size() || !tk_[e].has(kPossessive) || tk_[e + 1].kind != TokenKind::Word) return -1;
    static constexpr SV kPlace[] = {"mayor", "governor", "population", "residents", "inhabitants", "citizens",
                                    "capital", "economy", "parliament", "border", "borders",
                                    "coast", "coastline", "streets", "outskirts", "suburbs", "countryside"};
    // (not "army": warlords have armies; not "shares", "stake", "lawyer": people hold shares, firms hire lawyers)
    static constexpr SV kFirm[] = {"ceo", "chairman", "chairwoman", "shareholders", "board", "profit", "profits",
                                   "revenue", "revenues", "earnings", "subsidiary", "founder", "co-founder",
                                   "headquarters", "employees"};
    static constexpr SV kKin[] = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                                  "widow", "girlfriend", "boyfriend", "parents"};
    SV w = f_.lower32(e + 1);
    uint32_t at = e + 1;  // ("Bjerke Bygg's former chief executive": past one such word)
    if ((is_lit(w, "former") || is_lit(w, "new") || is_lit(w, "acting") || is_lit(w, "interim")) &&
        e + 2 < tk_.size() && tk_[e + 2].kind == TokenKind::Word)
      w = f_.lower32(at = e + 2);
    const SV w2 = at + 1 < tk_.size() && tk_[at + 1].kind == TokenKind::Word ? f_.lower32(at + 1) : SV();
    static constexpr SV kPortfolios[] = {"foreign", "defence", "defense", "finance", "health", "interior"};
    static constexpr SV kQuarters[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                       "western", "northeast", "northwest", "southeast", "southwest"};
    // ("Tessaly's central bank", "Tessaly's foreign ministry", "Tessaly's north"; not "Voss's government")
    if (one_of(w, kPlace) || ((is_lit(w, "prime") || is_lit(w, "foreign")) && is_lit(w2, "minister")) ||
        (is_lit(w, "central") && is_lit(w2, "bank")) || (one_of(w, kPortfolios) && is_lit(w2, "ministry")) ||
        (one_of(w, kQuarters) && !(at + 1 < tk_.size() && tk_[at + 1].has(kCapitalised))))  // (not "north London")
      return int(EntityType::Loc);
    // ("Roche's Genentech unit": what owns a unit or a subsidiary named after it is a firm)
    if (one_of(w, kFirm) || (is_lit(w, "chief") && is_lit(w2, "executive")) ||
        (tk_[at].has(kCapitalised) && one_of(w2, kFirmParts)))
      return int(EntityType::Org);
    // ("Nielsen's symphonies", "Kest's memoir": works one hand makes; not "songs", "films": bands and studios)
    static constexpr SV kWorks[] = {"autobiography", "concerto", "concertos", "memoir", "memoirs", "novel", "novels",
                                    "opera", "operas", "painting", "paintings", "poem", "poems", "sculptures",
                                    "sonata", "sonatas", "symphonies", "symphony"};
    if (one_of(w, kKin) || one_of(w, kWorks)) return int(EntityType::Person);
    return -1;
  }
  // "the town of Yeoncheon", "residents of Tessaly", "north of Kelby": a kind of place, or a noun that only
  // places have, then "of", then the name: a place. `prev` is prev_word's answer.
  // The word before "of" when `prev` (prev_word's answer) is "of", else kNone.
  uint32_t noun_before_of(uint32_t prev) const {
    if (prev == kNone || prev == 0 || !is_lit(text(prev), "of") || tk_[prev - 1].kind != TokenKind::Word) return kNone;
    return prev - 1;
  }
  bool place_of(uint32_t prev) const {
    const uint32_t noun = noun_before_of(prev);
    if (noun == kNone) return false;
    if (is(noun, lx::kPlaceKindNoun) || plural_kind(noun) == lx::kPlaceKindNoun) return true;  // "the towns of"
    static constexpr SV kNouns[] = {"residents", "inhabitants", "people", "outskirts", "suburbs", "streets", "mayor",
                                    "governor", "north", "south", "east", "west", "northeast", "northwest",
                                    "southeast", "southwest", "villagers", "townspeople", "townsfolk",
                                    "parishioners",
                                    // a land's lie: "the prairie of Vilcapugio", "the coast of Brittany"
                                    "coast", "desert", "foothills", "plain", "plains", "plateau", "prairie", "shore",
                                    "shores", "slopes", "valley",
                                    // a river's parts: "a tributary of the Glomma", "the mouth of the Orrin"
                                    "tributary", "tributaries", "mouth", "banks", "confluence", "estuary",
                                    "headwaters"};  // (not "centre": "the centre of the Zeitgeist")
    return one_of(f_.lower32(noun), kNouns);
  }

  // "in the capital, Kelby", "the port city, Ulvang": the kind of place, a comma, then the name
  bool place_kind_apposed_before(uint32_t s) const {
    // (settlements only: "the localist camp, Lau Siu-lai" is a political camp, "the region, …" may name anything)
    static constexpr SV kSettlements[] = {"capital", "city", "town", "village", "port", "island", "province"};
    if (s < 3 || !is_lit(text(s - 1), ",") || tk_[s].has(kNewlineBefore) || tk_[s - 2].kind != TokenKind::Word ||
        !one_of(f_.lower32(s - 2), kSettlements))
      return false;
    uint32_t d = s - 3;  // the article before the noun, past one word between ("the port city, Ulvang")
    if (!is_the(d) && d > 0 && tk_[d].kind == TokenKind::Word) --d;
    return is_the(d);
  }
  // "the former head of Alameda Research", "a unit of Marden": a post or a part of a body, then "of", then the
  // name: the body. (Family words are no posts: "the son of Tomas Berg".) `prev` is prev_word's answer.
  // With `side_leaders`, a manager and a coach too: "sacked as manager of Plymouth Argyle", "named coach of Kelby
  // Rovers" (the caller asks so of names without a first name: "the manager of Ada Kest", a singer's, is a person's)
  bool role_of(uint32_t prev, bool side_leaders = false) const {
    const uint32_t noun = noun_before_of(prev);
    if (noun == kNone) return false;
    static constexpr SV kPosts[] = {"head", "chief", "director", "founder", "co-founder", "chairman", "chairwoman",
                                    "ceo", "president", "executive", "spokesman", "spokeswoman", "spokesperson",
                                    "member", "members", "employee", "employees", "owner", "editor", "unit",
                                    "subsidiary", "division", "arm", "shareholder", "shareholders", "board",
                                    "leader", "leaders"};
    const SV post = text(noun);
    return one_of(post, kPosts) || (side_leaders && (is_lit(post, "manager") || is_lit(post, "coach")));
  }
  // "Debden, England, 4 June 1943", "Sandy Hook, Maryland, from where": a name, a comma, then a country or a
  // region (at most three words) that ends the phrase: an address, so the name is a place the lists lack. Not a
  // line that is only a name and a place: a reader's signature ("--Mac, Nottingham").
  bool address_after(uint32_t s, uint32_t e) const {
    if (e + 1 >= tk_.size() || !is_lit(text(e), ",") || !name_like(e + 1)) return false;
    uint32_t k = e + 1;
    while (k < tk_.size() && k - e <= 3 && name_like(k) && !tk_[k].has(kNewlineBefore)) ++k;
    if (k == e + 2) {  // one word: its memoised look-up
      if (!(gzf(e + 1, kPlaceMask) & (gz::kCountry | gz::kRegion))) return false;
    } else {
      Key key;
      make_key(e + 1, k, key);
      const SV v = key.view();
      if (v.empty() || !(gz::place(v) & (gz::kCountry | gz::kRegion))) return false;
    }
    const bool line_ends = k >= tk_.size() || tk_[k].has(kNewlineBefore);
    uint32_t b = s;  // (past a dash or two that opens the line)
    while (b > 0 && s - b < 3 && !tk_[b].has(kNewlineBefore) && tk_[b - 1].kind == TokenKind::Punct) --b;
    const bool line_starts = b == 0 || tk_[b].has(kNewlineBefore);
    if (line_ends) return !line_starts;
    if (tk_[k].kind == TokenKind::Number) return true;
    const SV w = text(k);
    return is_lit(w, ",") || is_lit(w, ";") || is_lit(w, ".") || is_lit(w, ")") || is_lit(w, ":") || is_hyphen(w);
  }
  // "of Orrin Road, Varnholm, had taken": a street's name, a comma, then a name that ends the phrase: the town of an
  // address (no first name opens it: "on Church Street, Ada Kest said")
  bool town_after_street(uint32_t s, uint32_t e) const {
    if (s < 3 || !is_lit(text(s - 1), ",") || !name_like(s - 2) || !is(s - 2, lx::kPlaceWord) || !name_like(s - 3) ||
        !spaced(s - 2) || gzf(s, kFirst) || tk_[s].has(kAllCaps))
      return false;
    if (e >= tk_.size()) return true;
    const SV w = text(e);
    return is_lit(w, ",") || is_lit(w, ".") || is_lit(w, ")") || is_lit(w, ";");
  }
  uint32_t next_word(uint32_t e) const {  // (nor under it)
    return e < tk_.size() && tk_[e].kind == TokenKind::Word && !tk_[e].has(kNewlineBefore) ? e : kNone;
  }
  bool is_opt(uint32_t i, uint32_t lex_bits) const { return i != kNone && is(i, lex_bits); }
  // "Orkla gained 4 kroner to 412", "Nordbank rose 3.2 percent", "Kelbo Lines was unchanged at 310 kroner": a
  // name whose price moves by an amount or a percentage is a listed company's (market reports name firms so).
  // kQuote: a change and the price it reached ("fell 1.00 to 64"), which no person's poll share is named by, so a
  // first name opening the name does not make it a person's ("Kelby Stal fell 1.00 to 64").
  enum Move { kNoMove = 0, kMove = 1, kQuote = 2 };
  Move price_move_after(uint32_t e) const {
    static constexpr SV kMoves[] = {"added", "advanced", "climbed", "declined", "dipped", "dropped", "eased", "edged",
                                    "fell", "firmed", "gained", "jumped", "lost", "rose", "shed", "slid", "slipped",
                                    "slumped", "soared", "surged", "tumbled"};
    const uint32_t n = uint32_t(tk_.size());
    if (e >= n || tk_[e].kind != TokenKind::Word || tk_[e].has(kCapitalised) || !spaced(e)) return kNoMove;
    uint32_t k = e + 1;
    if (is_lit(text(e), "was")) {
      if (k + 1 >= n || !is_lit(text(k), "unchanged") || !is_lit(text(k + 1), "at")) return kNoMove;
      k += 2;
    } else if (!one_of(text(e), kMoves)) {
      return kNoMove;
    }
    if (k < n && (is_lit(text(k), "up") || is_lit(text(k), "down"))) ++k;
    // (a London price in pence, "gained 5p", "slipped 3p to 480p", is no number the numbers step finds)
    const bool pence = k + 1 < n && tk_[k].kind == TokenKind::Number && !spaced(k + 1) && is_lit(text(k + 1), "p");
    if (k >= n || (!in_number_[k] && !pence)) return kNoMove;
    if (pence) return kQuote;  // (a price in pence is no person's poll share: "Abbey National fell 6p")
    const uint32_t at = tk_[k].span.begin;
    const auto& nums = doc_.numbers;
    const auto it = std::lower_bound(nums.begin(), nums.end(), at,
                                     [](const NumberMention& m, uint32_t b) { return m.span.begin < b; });
    const bool share_or_money = it != nums.end() && it->span.begin == at &&
                                (it->type == NumberType::Percent || it->type == NumberType::Money);
    // "Bayer fell 0.30 to 54.20", "Deutsche Bank rose 1.20 marks to 72.50": a change and a price, one of them with
    // decimals (not a table's places: "Marsk fell two places to 10th")
    auto decimal = [&](uint32_t q) { return tk_[q].kind == TokenKind::Number && text(q).find('.') != SV::npos; };
    uint32_t to = k + 1;
    if (to < n && tk_[to].kind == TokenKind::Word && !is_lit(text(to), "to")) ++to;  // "marks", "cents"
    if (to + 1 < n && is_lit(text(to), "to") && tk_[to + 1].kind == TokenKind::Number &&
        (decimal(k) || decimal(to + 1)))
      return kQuote;
    return share_or_money ? kMove : kNoMove;
  }
  // The word before a name says where: "officials in Clinton" (a town, not the person), "born in Kelbergen, the
  // son of a carpenter, he …" (the description after the comma is the sentence's subject's, not the place's).
  bool where_before(uint32_t prev) const {
    if (prev == kNone) return false;
    static constexpr SV kWhere[] = {"across", "in", "inside", "near", "outside", "throughout", "within"};
    return one_of(f_.lower32(prev), kWhere);
  }
  // "Greenpeace activists boarded", "Kelvar employees went on strike": those who work or fight for a body right
  // after its name (not "supporters", "voters", "officials", "critics": a person's too, "Trump supporters")
  // (and a firm's part: "its Genentech unit", "the Kelvar subsidiary")
  bool staff_or_part_after(uint32_t e) const {
    static constexpr SV kStaff[] = {"activists", "bondholders", "customers", "employees", "engineers", "executives",
                                    "fighters", "militants", "shareholders", "stockholders", "subscribers", "workers"};
    return e < tk_.size() && tk_[e].kind == TokenKind::Word && !tk_[e].has(kCapitalised) && spaced(e) &&
           (one_of(text(e), kStaff) || one_of(text(e), kFirmParts));
  }
  // A kind of body in lower case right after the name at e ("label", "party", "agency"), but the words that follow
  // a product, a place or an idea as often ("maker", "station", "movement": kNotAfter).
  bool org_noun_after(uint32_t e) const {
    static constexpr SV kNotAfter[] = {"body", "chain", "daily", "giant", "maker", "movement", "regulator",
                                       "station", "team", "website", "weekly"};
    uint32_t w = next_word(e);
    // (whose members it is may stand between, in the plural's possessive: "the Gesamtmetall employers'
    // federation", "the Kelby farmers' union")
    if (w != kNone && !tk_[w].has(kCapitalised) && text(w).back() == 's' && w + 2 < tk_.size() &&
        (is_lit(text(w + 1), "'") || is_lit(text(w + 1), "’")) && !spaced(w + 1))
      w = next_word(w + 2);
    return w != kNone && !tk_[w].has(kCapitalised) && spaced(w) && is(w, lx::kOrgDescriptor) &&
           !one_of(text(w), kNotAfter);
  }
  // "flights between Heathrow and JFK", "the ferry from Oban to Mull", "the road between Kelby and Orrin": the ends
  // of a route a way of travel names are places (a few words back at most for the second end).
  bool route_end(uint32_t s) const {
    // (not "link", "services": "the link between HIV and AIDS", "services from NTRC to Hewitt")
    static constexpr SV kWays[] = {"bridge", "buses",  "ferries", "ferry",  "flight", "flights", "motorway", "rail",
                                   "railway", "road", "roads",   "route",  "routes", "train",   "trains",   "tunnel"};
    // (a word only firms bear is the seller, not a stop: "buy electric buses from Volvo or Scania"; the features'
    // company bit first, so most words skip the list's look-up)
    if (gzf(s, TokenFeatures::kCompany) && gz::company_word(text(s)) == gz::kFirmOnly) return false;
    const uint32_t noun = noun_before_pair(s, true);
    return noun != kNone && tk_[noun].kind == TokenKind::Word && one_of(f_.lower32(noun), kWays);
  }
  // The word before "between" when the name at s is one end of "… between A and B" (or of "… from A to B", with
  // from_to), the first end a few words at most; kNone when it is none.
  uint32_t noun_before_pair(uint32_t s, bool from_to) const {
    if (s < 2) return kNone;
    const SV before = text(s - 1);
    if (is_lit(before, "between") || (from_to && is_lit(before, "from"))) return s - 2;
    const bool and_ = is_lit(before, "and"), to = from_to && is_lit(before, "to");
    if (!and_ && !to) return kNone;
    uint32_t k = s - 1;  // the first end: back over its words to "between" or "from"
    for (int n = 0; n < 4 && k > 0 && name_like(k - 1); ++n) --k;
    if (k == s - 1 || k < 3) return kNone;
    const SV opens = text(k - 1);
    return (and_ && is_lit(opens, "between")) || (to && is_lit(opens, "from")) ? k - 2 : kNone;
  }
  // "a football match between Rosenborg and Molde", "the final between Kelby and Orrin": the sides a match's noun
  // names after "between" (the second after "and", a few words back at most to the first)
  bool fixture_between(uint32_t s) const {
    static constexpr SV kMatches[] = {"clash", "derby", "final", "fixture", "game", "match", "play-off", "playoff",
                                      "tie"};  // ("semi-final": its "final")
    const uint32_t noun = noun_before_pair(s, false);
    return noun != kNone && tk_[noun].kind == TokenKind::Word && one_of(f_.lower32(noun), kMatches);
  }
  // "the ACV and ABVV unions", "the Orrin and Tessaly rivers": two names joined by "and" or "or" after "the" and
  // before a plural kind of body or place are each one of that kind. Returns the noun's class (kOrgDescriptor or
  // kPlaceKindNoun) or 0; the other name is a few words at most. (Not the kinds org_noun_after leaves out: "the
  // Ford and GM makers".)
  uint32_t pair_before_kinds(uint32_t s, uint32_t e) const {
    static constexpr SV kNotKinds[] = {"bodies", "chains", "giants", "makers", "movements", "regulators",
                                       "stations", "teams", "websites"};
    auto joins = [&](uint32_t k) { return is_lit(text(k), "and") || is_lit(text(k), "or"); };
    constexpr int kWords = 4;
    uint32_t first = s, end = e;
    if (s >= 2 && joins(s - 1)) {  // the second name: the first before "and"
      first = s - 1;
      for (int n = 0; n < kWords && first > 0 && name_like(first - 1) && !is_the(first - 1); ++n) --first;
      if (first == s - 1) return 0;
    } else if (e + 1 < tk_.size() && joins(e)) {  // the first name: the second after "and"
      end = e + 1;
      for (int n = 0; n < kWords && end < tk_.size() && name_like(end); ++n) ++end;
      if (end == e + 1) return 0;
    } else {
      return 0;
    }
    if (first == 0 || !is_the(first - 1) || end >= tk_.size() || !spaced(end) || one_of(text(end), kNotKinds))
      return 0;
    return plural_kind(end) & (lx::kOrgDescriptor | lx::kPlaceKindNoun);
  }
  // A news outlet's kind in lower case right after the name at e: "Interfax news agency reported", "told the
  // Handelsblatt daily that …", "the Kelby Post newspaper", "told Globo television the …". "daily" and "weekly"
  // only where no noun follows them ("the Kelby daily briefing" is a briefing; "takes Lipitor daily" an adverb, so
  // a name after "the" only); a broadcaster's or magazine's kind too ("an Oprah television show" is a show).
  bool outlet_after(uint32_t s, uint32_t e) const {
    static constexpr SV kNews[] = {"agency", "channel", "network", "service", "website"};
    static constexpr SV kNoNoun[] = {"and", "as", "in", "on", "quoted", "reported", "reports", "that", "of"};
    static constexpr SV kBroadcast[] = {"television", "radio", "magazine"};
    static constexpr SV kNextSentence[] = {"the", "a", "an", "he", "she", "it", "they", "we", "there"};
    const uint32_t w = next_word(e);
    // (not after "a": "a Murdoch newspaper" is the owner's; nor after a "The" inside a sentence, the name's own
    // first word: "The Independent newspaper")
    if (w == kNone || tk_[w].has(kCapitalised) || !spaced(w)) return false;
    if (s > 0 && (is_lit(text(s - 1), "a") || is_lit(text(s - 1), "an") ||
                  (is_lit(text(s - 1), "The") && !tk_[s - 1].has(kSentenceStart))))
      return false;
    if (is_lit(text(w), "newspaper") || is_lit(text(w), "tabloid")) return true;
    if (is_lit(text(w), "news")) return w + 1 < tk_.size() && one_of(text(w + 1), kNews);
    const uint32_t after = w + 1;
    const bool no_noun_after = after >= tk_.size() || tk_[after].kind != TokenKind::Word ||
                               is(after, lx::kSpeechVerb) || one_of(text(after), kNoNoun);
    // (a reported clause may follow a broadcaster without "that": "told Globo television the bank would …")
    if (one_of(text(w), kBroadcast)) return no_noun_after || one_of(text(after), kNextSentence);
    if (!is_lit(text(w), "daily") && !is_lit(text(w), "weekly")) return false;
    if (s == 0 || !(is_lit(text(s - 1), "the") || is_lit(text(s - 1), "The"))) return false;
    return no_noun_after;
  }
  // "companies such as Dalvik, Orrin and Kelmar", "retailers like AT&T", "players including Ada Kest"; "Dalvik,
  // Orrin and other shipping companies": a list of names with a plural noun before it ("such as", "like",
  // "including") or after it ("and other", "or other"): each name is one of what the noun names (Hearst's
  // patterns). Returns the noun's class (kOrgDescriptor, kPlaceKindNoun, kLowerTitle) or 0. Each walk over the
  // list's names, "of", "the", commas and "and" / "or" stops after kListTokens (each name asks once).
  static constexpr uint32_t kListTokens = 24;
  bool list_token(uint32_t i) const {
    const SV w = text(i);
    return name_like(i) || is_lit(w, ",") || is_lit(w, "and") || is_lit(w, "or") || is_lit(w, "&") ||
           is_lit(w, "of") || is_lit(w, "the") || is_lit(w, ".") || is_hyphen(w);
  }
  uint32_t listed_as(uint32_t s, uint32_t e) const {
    uint32_t k = s;
    for (uint32_t steps = 0; k > 0 && steps < kListTokens && !tk_[k].has(kSentenceStart) &&
                             !tk_[k].has(kNewlineBefore) && list_token(k - 1);
         ++steps)
      --k;
    if (k >= 2 && !tk_[k].has(kSentenceStart)) {
      if (is_lit(text(k - 1), "like") || is_lit(text(k - 1), "including")) return plural_kind(k - 2);
      if (k >= 3 && is_lit(text(k - 1), "as") && is_lit(text(k - 2), "such")) return plural_kind(k - 3);
    }
    // after: "… and other (shipping) companies", "… and several other bands"
    static constexpr SV kHowMany[] = {"countless", "many", "numerous", "several", "some", "various"};
    for (uint32_t j = e, steps = 0; j + 2 < tk_.size() && steps < kListTokens && !tk_[j].has(kSentenceStart) &&
                                    !tk_[j].has(kNewlineBefore) && list_token(j);
         ++j, ++steps) {
      if (!is_lit(text(j), "and") && !is_lit(text(j), "or")) continue;
      const uint32_t other = one_of(text(j + 1), kHowMany) ? j + 2 : j + 1;
      if (other >= tk_.size() || !is_lit(text(other), "other")) continue;
      for (uint32_t q = other + 1; q < tk_.size() && q < other + 4 && tk_[q].kind == TokenKind::Word &&
                               !tk_[q].has(kCapitalised);
           ++q)  // "other shipping companies": at most two words before the noun
        if (const uint32_t kind = plural_kind(q)) return kind;
      return 0;
    }
    return 0;
  }
  // A plural noun's class, read from the lists' singular ("companies" -> "company", "churches" -> "church",
  // "rivers" -> "river"): kOrgDescriptor, kPlaceKindNoun, kLowerTitle or 0.
  uint32_t plural_kind(uint32_t noun) const {
    if (tk_[noun].kind != TokenKind::Word || (tk_[noun].has(kCapitalised) && !tk_[noun].has(kSentenceStart)))
      return 0;
    const SV plural = f_.lower32(noun);
    if (plural.size() < 4 || plural.size() > 30 || plural.back() != 's') return 0;
    if (is_lit(plural, "nations")) return lx::kPlaceKindNoun;  // ("nation" is no kind of place alone)
    char buf[32];
    const size_t n = plural.size();
    auto class_of = [&](size_t keep, SV tail) {
      std::memcpy(buf, plural.data(), keep);
      std::memcpy(buf + keep, tail.data(), tail.size());
      return lx::classes(SV(buf, keep + tail.size())) &
             (lx::kOrgDescriptor | lx::kPlaceKindNoun | lx::kPlaceNounAfter | lx::kLowerTitle);
    };
    uint32_t bits = is_lit(plural.substr(n - 3), "ies") ? class_of(n - 3, "y") : class_of(n - 1, "");
    if (!bits && is_lit(plural.substr(n - 2), "es")) bits = class_of(n - 2, "");
    // ("rivers", "provinces", "airports": the plural of a kind of place that follows a place's name, "the Sarn
    // river", is a kind of place too)
    if (bits & lx::kPlaceNounAfter) bits = (bits & ~uint32_t(lx::kPlaceNounAfter)) | lx::kPlaceKindNoun;
    return (bits & lx::kOrgDescriptor) ? lx::kOrgDescriptor : (bits & lx::kPlaceKindNoun) ? lx::kPlaceKindNoun : bits;
  }

  // The context cues one-word and longer names share (classify reads them for both; `prev` is prev_word's answer).
  // A body: "Copenhagen-based Zentropa", "played for Brann", "analysts at Jefferies", "shares in Kelvar",
  // "Ulvang, which makes ship engines".
  // (a clause after a name where something is belongs to that thing: "the Vaynol Arms in Nant Peris, run by …")
  bool org_by_context(uint32_t s, uint32_t e) const {
    return based_before(s, e) || played_for(s) || joined_side(s, e) || works_at(s, e) || market_cue(s, e) ||
           (firm_clause_after(e) && !where_before(prev_word(s))) || deal_of(s) || bought_for(s, e) || founded_as(s) ||
           part_apposed_before(s, e) || taken_over_by(s) || quotes_someone(s, e);
  }
  // "Itar-Tass quoted Lebed as saying", "Kelby Radio quoted the minister as telling": who quotes someone as saying
  // is a news agency, a paper or a broadcaster (not a first name: "Ada Kest quoted her father as saying"); "as"
  // and the verb within eight words after "quoted", in the sentence
  static constexpr SV kSaying[] = {"describing", "saying", "telling", "warning"};
  bool quotes_someone(uint32_t s, uint32_t e) const {
    if (e + 3 >= tk_.size() || !is_lit(text(e), "quoted") || gzf(s, kFirst)) return false;
    for (uint32_t k = e + 1; k + 1 < tk_.size() && k < e + 9 && !tk_[k].has(kSentenceStart); ++k)
      if (is_lit(text(k), "as") && one_of(text(k + 1), kSaying)) return true;
    return false;
  }
  // "Itar-Tass quoted Lebed as saying": whom a source quotes as saying something is a person
  bool quoted_as_saying(uint32_t s, uint32_t e) const {
    return s > 0 && e + 1 < tk_.size() && is_lit(text(s - 1), "quoted") && is_lit(text(e), "as") &&
           one_of(text(e + 1), kSaying);
  }
  // "The yard was taken over by Bremer Vulkan", "acquired by Kelvar Holdings", "merged with Orrin": who takes a
  // firm over is a firm, unless a first name opens it ("taken over by Ivo Marsk": people buy firms too). So is
  // who runs, owns, makes or sponsors something ("trams operated by Vasttrafik", "sponsored by Carlsberg", "engines
  // supplied by Meadows"; not who built, designed, founded or produced it: an engineer, an architect, a producer).
  bool taken_over_by(uint32_t s) const {
    static constexpr SV kRunBy[] = {"acquired", "distributed", "manufactured", "marketed", "operated",
                                    "owned",    "published",   "run",          "sponsored", "supplied"};
    if (s < 2 || gzf(s, kFirst) || tk_[s - 1].kind != TokenKind::Word) return false;
    const SV before = text(s - 1), verb = text(s - 2);
    // (not "merging with Infinity": the past tense alone, as news reports a merger)
    if (is_lit(before, "with")) return is_lit(verb, "merged");
    if (!is_lit(before, "by")) return false;
    return one_of(verb, kRunBy) || (s >= 3 && is_lit(verb, "over") && is_lit(text(s - 3), "taken"));
  }
  // "Kelby's European unit, Orrin, will be sold": the name between commas after a firm's part names the part
  bool part_apposed_before(uint32_t s, uint32_t e) const {
    return s >= 2 && e < tk_.size() && is_lit(text(s - 1), ",") && is_lit(text(e), ",") &&
           tk_[s - 2].kind == TokenKind::Word && one_of(text(s - 2), kFirmParts);
  }
  // "It was founded in 1912 as Hardanger Kraftlag", "established as the Royal Frederick Academy": the name a body
  // was founded under (the verb at most five words before "as", in the sentence)
  bool founded_as(uint32_t s) const {
    static constexpr SV kFounded[] = {"established", "formed", "founded", "incorporated", "registered"};
    if (s < 2) return false;
    const uint32_t as = is_the(s - 1) ? s - 2 : s - 1;
    if (!is_lit(text(as), "as")) return false;
    for (uint32_t k = as; k > 0 && as - k < 5 && !tk_[k].has(kSentenceStart); --k)
      if (one_of(text(k - 1), kFounded)) return true;
    return false;
  }
  // A place: "the town of Yeoncheon", "residents of Tessaly", "Kelby mayor", "in the capital, Kelby".
  bool place_by_context(uint32_t s, uint32_t e, uint32_t prev) const {
    return place_of(prev) || mayor_or_vote_after(e) || place_kind_apposed_before(s) || nearby_before(prev) ||
           place_of_before_and(prev) || place_of_list(s) || local_of(s, e) || near_before(s, e, prev) ||
           seat_after_school(s, e) || seat_of_member(prev) || state_officer_after(s, e) || town_of_region(s, e, prev);
  }
  // A comma at e, then a state or a country the lists know: the rest of an address after a town ("Houston, Texas")
  bool state_or_country_after_comma(uint32_t e) const {
    return e + 1 < tk_.size() && is_lit(text(e), ",") && name_like(e + 1) &&
           (gzf(e + 1, kPlaceMask) & (gz::kRegion | gz::kCountry));
  }
  // "founded in Mojave, California to market …", "killed in Novye Atagi, Chechnya.": a preposition of where, the
  // name, a comma and a state or country the lists know, then no more name ("to Kest, California's governor" is
  // a person's; "in Kelby, California State University" another name)
  bool town_of_region(uint32_t s, uint32_t e, uint32_t prev) const {
    if (prev == kNone || prev + 1 != s || !state_or_country_after_comma(e) || !lx::place_preposition(f_.lower32(prev)))
      return false;
    const uint32_t after = e + 2;
    if (after >= tk_.size() || tk_[after].has(kSentenceStart)) return true;
    const Token& a = tk_[after];
    if (a.has(kPossessive) || (is_hyphen(text(after)) && !spaced(after))) return false;
    return (a.kind == TokenKind::Word && !a.has(kCapitalised)) || a.kind == TokenKind::Punct;
  }
  // "Tessaly Attorney General Ivo Marsk", "Kelby Governor Tomas Berg": a state's officers after one word name the
  // state (not letters, a bank's: "RBI Governor Shaktikanta Das")
  bool state_officer_after(uint32_t s, uint32_t e) const {
    if (e != s + 1 || e + 1 >= tk_.size() || tk_[s].has(kAllCaps) || tk_[e].kind != TokenKind::Word) return false;
    const SV w = f_.lower32(e);
    return is_lit(w, "governor") || (is_lit(w, "attorney") && is_lit(f_.lower32(e + 1), "general"));
  }
  // "MP for Bristol West", "the MPP for Kenora", "the member for Brekka": a legislator's "for" names the seat, a
  // place
  bool seat_of_member(uint32_t prev) const {
    static constexpr SV kMembers[] = {"Member", "Senator", "TD", "member"};
    return prev != kNone && prev > 0 && is_lit(text(prev), "for") && tk_[prev - 1].kind == TokenKind::Word &&
           (member_letters_at(prev - 1) || one_of(text(prev - 1), kMembers));
  }
  // "the University of California, Berkeley, in 1971", "Balliol College, Oxford": one or two words after a
  // school's, a hospital's or a museum's name and its comma are where it is (a list's first name too: "Berkeley",
  // "Tracy"; a dictionary's word too: "Oxford") where punctuation follows them; not a person who goes on after it
  // ("back at Kelby College, Isabel and I met", "Kelby College, Kest said")
  bool seat_after_school(uint32_t s, uint32_t e) const {
    static constexpr SV kSchools[] = {"Academy", "College", "Conservatory", "Hospital", "Infirmary", "Institute",
                                      "Library", "Museum", "Polytechnic", "School", "Seminary", "University"};
    if (s == 0 || e > s + 2 || !is_lit(text(s - 1), ",") || out_.empty() || out_.back().end + 1 != s ||
        out_.back().type != EntityType::Org)
      return false;
    bool school = false;
    for (uint32_t i = out_.back().first; i < out_.back().end && !school; ++i) school = one_of(text(i), kSchools);
    return school && (e >= tk_.size() || tk_[e].kind == TokenKind::Punct);
  }
  // "a strike near Kobani", "Near Ayn Isa, one strike destroyed …": what something is near is a place; not a
  // person named in full ("sat near Ivo Marsk"), unless the sentence opens on "Near" and the name ends at a comma
  // (a report's place first: "Al" and "Ayn" of Arabic place names are first names too)
  bool near_before(uint32_t s, uint32_t e, uint32_t prev) const {
    if (prev == kNone || prev + 1 != s || !is_lit(f_.lower32(prev), "near")) return false;
    return !gzf(s, kFirst) || (tk_[prev].has(kSentenceStart) && e < tk_.size() && is_lit(text(e), ","));
  }
  // "a Kelby man was jailed", "an Orrin teenager": "a" or "an", the name, and someone it is the home of (not
  // letters: "an MSc student", "a LeT man" name a degree, a group)
  bool local_of(uint32_t s, uint32_t e) const {
    static constexpr SV kLocals[] = {"boy", "couple", "family", "father", "girl", "man", "mother", "pensioner",
                                     "resident", "student", "teenager", "woman"};
    if (s == 0 || e >= tk_.size() || !(is_lit(f_.lower32(s - 1), "a") || is_lit(f_.lower32(s - 1), "an")) ||
        tk_[e].kind != TokenKind::Word || !one_of(text(e), kLocals))
      return false;
    const SV w = text(s);
    for (size_t k = 1; k < w.size(); ++k)
      if (w[k] >= 'A' && w[k] <= 'Z') return false;
    return true;
  }
  // "the towns of Brekka, Holm and Varnholm": a later name of a list after a place's "of" (first_of_pair)
  bool place_of_list(uint32_t s) const {
    const uint32_t first = first_of_pair(s);
    return first != kNone && first != s && place_of(prev_word(first));
  }
  // "residents of Kelby and Orvik", "the outskirts of Kelby or Nea Makri": the second name after "and" / "or"
  // shares the first's "of" (the first name: at most four words back)
  bool place_of_before_and(uint32_t prev) const {
    if (prev == kNone || prev < 2 || (!is_lit(text(prev), "and") && !is_lit(text(prev), "or"))) return false;
    uint32_t k = prev - 1;
    if (!name_like(k)) return false;
    while (k > 0 && prev - k < 4 && name_like(k - 1) && spaced(k)) --k;
    const uint32_t before = prev_word(k);
    return before != kNone && is_lit(text(before), "of") && place_of(before);
  }
  // "based in", "born near": a participle that says where something is, right before the preposition at prev
  bool placed_before(uint32_t prev) const {
    static constexpr SV kPlaced[] = {"based", "born", "headquartered", "located", "situated"};
    return prev != kNone && prev > 0 && tk_[prev - 1].kind == TokenKind::Word && one_of(text(prev - 1), kPlaced);
  }
  // "in nearby Haldby", "Orvik and neighbouring Haldby": where a place is, beside another; "in central Kelby",
  // "across northern Tessaly": the part of a place after a preposition of where
  bool nearby_before(uint32_t prev) const {
    if (prev == kNone || tk_[prev].kind != TokenKind::Word || tk_[prev].has(kCapitalised)) return false;
    const SV w = text(prev);
    if (is_lit(w, "nearby") || is_lit(w, "neighbouring") || is_lit(w, "neighboring")) return true;
    static constexpr SV kParts[] = {"central", "downtown", "eastern", "northern", "north-eastern", "north-western",
                                    "northeastern", "northwestern", "southern", "south-eastern", "south-western",
                                    "southeastern", "southwestern", "western"};
    return prev > 0 && one_of(w, kParts) && where_before(prev - 1);
  }

  void classify(uint32_t s, uint32_t e, bool person_cue) {
    NameSpan ns;
    ns.first = s;
    ns.end = e;
    uint32_t words = 0;
    for (uint32_t i = s; i < e; ++i) words += name_like(i) ? 1 : 0;
    uint32_t last = e - 1;  // the last capitalised word ("Kwok" in "Wong Kwok-hing")
    while (last > s && !name_like(last)) --last;
    const uint32_t first = s, head = head_word(s, e);
    if (words == 1 && e == s + 1 && utf8::count_codepoints(text(s)) < 2) return;  // "I", "A", initials
    const bool state = e == s + 1 && state_in_address(s);
    const bool postcode = e == s + 1 && s > 0 && postcode_after_town(s);
    if (!state && (unit_or_date(s, e) || never_a_name(doc_, f_, s, e) || postcode)) return;
    auto put = [&](EntityType t, Strength st) {
      ns.type = t;
      ns.strength = st;
      // "Gaza Health Ministry (GHM)": the acronym that follows is this name's short form
      // (but "WASHINGTON (AP)" is a dateline and its agency, as is "NAIROBI, Kenya (AP)": an acronym begins as its
      // name does)
      if (e + 2 < tk_.size() && is_lit(text(e), "(") && tk_[e + 1].has(kAllCaps) && is_lit(text(e + 2), ")") &&
          !dateline(s, e) && (text(e + 1)[0] == text(s)[0] || initials_reordered(s, e, text(e + 1))))
        ns.defines_acronym = true;
      if (t == EntityType::Org && st != Strength::Guess && e >= s + 2 && name_like(s))
        org_first_words_.get_or_add(text(s), 1);
      out_.push_back(ns);
    };
    if (state) return put(EntityType::Loc, Strength::Cue);
    const bool single = e == s + 1;
    const bool all_caps = single && tk_[s].has(kAllCaps);
    ns.acronym = all_caps;
    const uint32_t prev = prev_word(s);
    // "Jess Phillips MP", "Timothy Spencer KC", "Ada Kest OBE": an office's or an honour's letters after a first name
    // and a surname say a person, and stay out of the name (as the gold sets write it). (A first name: the letters
    // are places' too, "KC" Kansas City, "QC" Quebec, "MP" Madhya Pradesh.)
    if (e >= s + 3 && post_nominal(text(e - 1)) && spaced(e - 1) && name_like(e - 2) && !tk_[e - 2].has(kAllCaps) &&
        gzf(s, kFirst) && !tk_[s].has(kAllCaps)) {
      add_span(s, e - 1, EntityType::Person, Strength::Cue);
      return;
    }

    // What the lists say about the whole name: memoised for one token, looked up once for several.
    uint32_t kl;
    uint8_t kplace;
    bool kdemonym;
    if (single) {
      kl = lex(s);
      kplace = uint8_t(gzf(s, kPlaceMask));
      kdemonym = (gzf(s, kDemonym)) != 0;
    } else {
      Key key;
      make_key(s, e, key);
      const SV k = key.view();
      kl = k.empty() ? 0 : lx::classes(k);
      kplace = k.empty() ? 0 : gz::place(k);
      kdemonym = !k.empty() && gz::demonym(k);
    }

    // "rival General Accident slipped 3p", "Admiral Insurance fell 2 percent": a title's word before one dictionary
    // word whose price moves is a firm's name, title's word and all (a person's poll share needs a name: a
    // surname or a first name)
    if (person_cue && e == s + 1 && s > 0 && is(s - 1, lx::kTitle) && name_like(s - 1) && common_at(s) &&
        !gzf(s, kFirst | kPlaceMask) && price_move_after(e) != kNoMove) {
      ns.first = s - 1;
      return put(EntityType::Org, Strength::Cue);
    }
    if (person_cue) return put(EntityType::Person, Strength::Lexical);
    // "Labour MP Jess Kelby", "a Tory MP", "SNP MEPs": the one word before a member's letters is the member's party,
    // an organisation (as the training sets write it), also where a people's word names it elsewhere ("the
    // Tories"); a place's member keeps the place ("the Leeds MP")
    if (single && !kplace && party_before_member(s)) return put(EntityType::Org, Strength::Cue);
    if (armed_group(s, e)) return put(EntityType::Org, Strength::Lexical);
    if (particle_joined_name(s, e)) return put(EntityType::Person, Strength::Cue);  // "Inzamam-ul-Haq"
    // "Cheung Kong (Holdings) Ltd", "Kelvar (Group) plc": a body's word in brackets after the name, and a firm's
    // word after the brackets, are the firm's (not "http://t.co/… (Guardian)": a source in brackets)
    if (e + 3 < tk_.size() && is_lit(text(e), "(") && is(e + 1, lx::kOrgWord) && is_lit(text(e + 2), ")") &&
        is(e + 3, lx::kOrgWord))
      return put(EntityType::Org, Strength::Cue);
    if (!(kl & lx::kKnownOrg) && dateline_agency(s, e)) return put(EntityType::Org, Strength::Cue);  // "(Bernama) -"
    if (result_scorer(s, e) && !(kplace & gz::kCountry)) return put(EntityType::Person, Strength::Cue);
    if (dismissal_name(s, e)) return put(EntityType::Person, Strength::Cue);
    if (team_after_country(s, e)) {  // "2. Tomas Berg (Canada) Williams 1:28:20.727"
      ns.team = true;
      return put(EntityType::Org, Strength::Cue);
    }
    if (!kplace && has_place_connector(s, e)) return put(EntityType::Loc, Strength::Cue);
    if (!kplace && body_of_country(s, e)) return put(EntityType::Org, Strength::Cue);
    // ("the Mortgage Bankers of Canada": the tagger reads a place in it)
    if (head + 3 == e && members_of_place(s, head + 1)) return put(EntityType::Org, Strength::Cue);
    // A side in a table of results or standings is a team; a person named in full and a country stay what they
    // are, and ordinary words ("Table 2 Figure 3") are no side. Where a line sets two sides against each other a
    // first name opens a team's name too ("Arsenal 2 West Ham 0", "Crystal Palace 1 Leeds 1"); a row of one name
    // and its numbers may be a player's ("Nick Price 68 70 71").
    // (a club's letters inside say it is none: "Roda JC Kerkrade 3 1 1 1 3 3 4")
    auto club_letters = [&] {
      for (uint32_t i = first + 1; i < e; ++i)
        if (tk_[i].has(kAllCaps) && text(i).size() >= 2) return true;
      return false;
    };
    auto person_in_full = [&] {
      return words >= 2 && gzf(first, kFirst) && result_side_[s] != 3 && !club_letters();
    };
    if (result_side(s, e) && !(kplace & gz::kCountry) && !person_in_full()) {
      // (in a sports report ordinary words name teams too: "Arsenal 2 West Ham 0")
      for (uint32_t i = s; i < e; ++i)
        if (name_like(i) && (!common_at(i) || place_at(i) || sports_report())) {
          ns.team = true;
          return put(EntityType::Org, Strength::Cue);
        }
    }
    if (schedule_side(s, e)) {  // "OAKLAND AT BOSTON": a line of a sports report's fixtures
      ns.team = true;
      return put(EntityType::Org, Strength::Cue);
    }
    // "the House passed the bill", "the Fed raised rates": a chamber or a central bank named by its shorthand
    // after "the" (a document says "the House" so only where it names a legislature); and the court a hearing
    // addresses, capitalised ("may it please the Court", "this Court has held")
    if (single && s > 0 && is_the(s - 1) && !tk_[s].has(kNewlineBefore) &&
        ((is_lit(text(s), "House") && legislature_named()) || is_lit(text(s), "Fed")))
      return put(EntityType::Org, Strength::Cue);
    if (single && s > 0 && is_lit(text(s), "Court") && (is_lit(text(s - 1), "the") || is_lit(text(s - 1), "this")) &&
        spaced(s) && !tk_[s].has(kNewlineBefore))
      return put(EntityType::Org, Strength::Cue);
    if (single && !(kl & lx::kKnownOrg) && !(kplace & gz::kCountry) && !kdemonym && kin_or_life_after(e))
      return put(EntityType::Person, Strength::Cue);  // "Fillmore's wife", "Higuchi's fiction"
    // "The White House said": the news corpora we measure on keep such seats as places even when they act.
    if (kl & lx::kSeat) return put(EntityType::Loc, Strength::Lexical);
    if ((kl & lx::kKnownPlace) || (single && (kl & lx::kCountryCode))) return put(EntityType::Loc, Strength::Lexical);
    if (kl & lx::kKnownOrg) return put(EntityType::Org, Strength::Lexical);
    if (route_end(s)) return put(EntityType::Loc, Strength::Cue);  // "flights between Heathrow and JFK"
    if (national_body(s, e)) return put(EntityType::Org, Strength::Lexical);
    if (!kdemonym && !is(head, lx::kOrgWord | lx::kPlaceWord) && town_after_street(s, e))
      return put(EntityType::Loc, Strength::Cue);
    if (!kplace && !kdemonym && !all_caps && !is(head, lx::kOrgWord) && address_after(s, e))
      return put(EntityType::Loc, Strength::Cue);  // "Debden, England"
    // "FIFA World Cup", "UEFA Champions League": an event named after its organiser names the organiser
    if (words >= 2 && is(last, lx::kEventWord) && is(first, lx::kKnownOrg) && s + 1 < e) return classify(s, s + 1, false);
    // "Bloomberg Businessweek", "Reuters Breakingviews": a known organisation's own title
    if (words >= 2 && is(first, lx::kKnownOrg) && !is(first, lx::kCountryCode) && !gzf(first, kPlaceMask) &&
        !is(last, lx::kEventWord))
      return put(EntityType::Org, Strength::Cue);
    // "a Massachusetts Democrat": the place is the mention; the party member is no name
    // ("a New York Democrat": a place of more words too)
    if (words >= 2 && last == e - 1 && is(last, lx::kPartyMember) &&
        (gzf(first, kPlaceMask) || listed_place(s, last)))
      return classify(s, last, false);
    // ("Party of the Democratic Revolution", "Museum of the Revolution": a body's word heads the name, the event
    // is what it is of)
    if (words >= 2 && is(last, lx::kEventWord) && !(head != last && is(head, lx::kOrgWord)))
      return;  // "Nobel Peace Prize", "World Cup": events and works
    // "Tour de Kelby", "Tour de Suisse": a race named by its first word and a place (or a person: "Tour de Kest")
    if (words >= 2 && is_lit(text(s), "Tour") && !name_like(s + 1)) return;
    // "Group F", "Pool B": a tournament group
    if (e == s + 2 && (is_lit(text(s), "Group") || is_lit(text(s), "Pool")) && text(s + 1).size() == 1)
      return put(EntityType::Org, Strength::Lexical);
    // "Ben Gurion airport", "Charles de Gaulle airport", "the Sarn river": a name the kind of place follows in
    // lower case names the place, also when it is a person's (airports and stadiums bear people's names)
    if (words >= 2 && !(kl & lx::kKnownOrg) && place_noun_after(e) &&
        !tk_[next_word(e)].has(kCapitalised))
      return put(EntityType::Loc, Strength::Cue);
    // "the Sub Pop label", "the Wagner group", "the Kelvor agency": after "the", a kind of body in lower case names
    // the body (not a place's or a people's: "the Moscow club", "the Israeli army", "the Republican party"; nor a
    // product's maker, "the iPhone maker"; "the Trump administration" has no such word after it). ("The
    // Independent newspaper": a "The" capitalised may be the name's own.) The noun stays out of the span, as
    // "river" does from a river's: the name's other mentions ("Kelvor said") then join it, and take its type.
    // (so does a body's possessive before it: "EA's Maxis studio", "Sony's Columbia label")
    // (and one word in lower case may stand between, hyphened or not, after "the" or a sentence's "The": "the
    // ruling Golkar party", "the extremist Jewish Power party", "The opposition New Democracy party", "the
    // far-right Golden Dawn party"; not before a people's adjective, "the militant Lebanese Shiite group", nor
    // one capitalised dictionary word, "the national Scouting organization")
    auto the_or_owner_before = [&] {
      if (s >= 2 && tk_[s - 1].has(kPossessive) && name_like(s - 2)) return true;
      if (s > 0 && is_lit(text(s - 1), "the")) return true;
      auto lower_word = [&](uint32_t k) {
        return tk_[k].kind == TokenKind::Word && !tk_[k].has(kCapitalised) && !is(k, lx::kFunctionWord);
      };
      if (s < 2 || !lower_word(s - 1) || gzf(s, kDemonym) || (e == s + 1 && common_at(s))) return false;
      uint32_t m = s - 1;  // the lower-case word's first token
      if (m >= 3 && is_hyphen(text(m - 1)) && !spaced(m) && !spaced(m - 1) && lower_word(m - 2)) m -= 2;
      return m >= 1 && (is_lit(text(m - 1), "the") || (is_lit(text(m - 1), "The") && tk_[m - 1].has(kSentenceStart)));
    };
    if (!kplace && !kdemonym && !(kl & (lx::kKnownPlace | lx::kGroupWord)) && !is(head, lx::kPlaceWord) &&
        org_noun_after(e) && the_or_owner_before())  // ("the Andaman Islands group")
      return put(EntityType::Org, Strength::Cue);
    if (!kplace && !kdemonym && !(kl & (lx::kKnownPlace | lx::kGroupWord)) && outlet_after(s, e))
      return put(EntityType::Org, Strength::Cue);
    // (no people's word nor a dictionary's alone: "the Democratic and Republican parties" name no party)
    if (!kdemonym && !(kl & lx::kGroupWord) && !(e == s + 1 && common_at(s))) {
      const uint32_t kind = pair_before_kinds(s, e);
      if (kind == lx::kOrgDescriptor && !kplace && !(kl & lx::kKnownPlace)) return put(EntityType::Org, Strength::Cue);
      if (kind == lx::kPlaceKindNoun) return put(EntityType::Loc, Strength::Cue);
    }
    // "professor Marc Lamont Hill", "defender Kyle Walker": an occupation before a first name and surname
    // (a first name the lists lack does too, when it is no ordinary word: "Tesla chief Elon Musk"; or when it
    // is one before a surname that is none, after an occupation that is no adjective too: "head coach Rune
    // Viken", not "the official Met Varsk charts", and "Glass Harbour" stays a band's)
    static constexpr SV kAdjectiveTitles[] = {"chief", "citizen", "deputy", "executive", "expert", "general", "head",
                                              "member", "official", "premier", "resident", "star", "veteran"};
    if (words >= 2 && words <= 4 && is_opt(prev, lx::kLowerTitle) && prev + 1 == s &&
        (gzf(first, kFirst) || (!common_at(first) && !gzf(first, kProper)) ||
         (words == 2 && last == e - 1 && !common_at(last) && !gzf(last, kProper) && !is(last, lx::kPlaceWord) &&
          !one_of(f_.lower32(prev), kAdjectiveTitles))) &&
        !is(last, lx::kOrgWord) && !(kl & (lx::kKnownOrg | lx::kKnownPlace)) && !kplace)
      return put(EntityType::Person, Strength::Cue);
    if (words >= 2 && e - s == 2 && (is_lit(text(last), "Government") || is_lit(text(last), "government")) &&
        ((gzf(first, kPlaceMask | kDemonym)) || is(first, lx::kCountryCode)))
      return put(EntityType::Loc, Strength::Lexical);  // a country's government acts as the country
    // "Lars Press, the vice chairman of Halvex,", "Danielle Steel said she …": a first name and an organisation word
    // (not a plural one: "Kelby Motors") name a person when the words after say so: an occupation in apposition, an
    // age, "he" or "she" after a verb of saying. A verb of saying alone does not: firms speak, and many are named
    // for a founder's first name ("Harwell Mining said it would cut jobs", "Jordan Energy said")
    if (words == 2 && e == s + 2 && gzf(first, kFirst) && is(last, lx::kOrgWord) && !is(first, lx::kOrgWord) &&
        !plural_in_s(last) && !place_at(first) && !(s > 0 && is_the(s - 1)) &&
        (appositive_head(e) == lx::kLowerTitle || capitalised_post_after(e) || age_after(e) ||
         (speech_verb_beside(s, e) && pronoun_after(e) > 0)))
      return put(EntityType::Person, Strength::Cue);
    // "St Mary's Church", "Saint Tessaly's Cathedral": a saint's church is the building, a place (the Church of a
    // land or a faith, "the Church of England", is the body)
    static constexpr SV kSaints[] = {"Saint", "St", "St.", "Sainte", "San", "Santa"};
    static constexpr SV kChurches[] = {"Basilica", "Cathedral", "Chapel", "Church"};
    if (words >= 2 && head == e - 1 && one_of(text(s), kSaints) && one_of(text(head), kChurches))
      return put(EntityType::Loc, Strength::Lexical);
    // (Norway's and Denmark's "AS" only after a word not in capitals: "Bjerke Bygg AS", not "FALL AS OIL")
    // (and a Nordic club's letters likewise: "Strandvik IF", "Malmö FF", not "WHAT IF", "IF")
    // ("IL", a Norwegian sports club's, "Kelby IL", in a sports report only: Illinois's too, "Joliet IL 60431")
    static constexpr SV kCapsEnds[] = {"AS", "FF", "IF"};
    const bool closing_letters =
        words >= 2 && head == e - 1 && (one_of(text(head), kCapsEnds) || (is_lit(text(head), "IL") &&
        sports_report())) && !tk_[head - 1].has(kAllCaps);
    if (words >= 2 && (is(head, lx::kOrgWord) || closing_letters || public_body(head, e)))
      return put(EntityType::Org, Strength::Lexical);
    // "Borno State", "Rakhine State": a place; but "played for Ohio State" names the university's team
    if (words >= 2 && head == e - 1 && state_of_place(s, head))
      return org_by_context(s, e) || match_side(s, e) ? put(EntityType::Org, Strength::Cue)
                                                      : put(EntityType::Loc, Strength::Lexical);
    // "Banco Santander", "Partido Popular", "Universidad de Chile", "Société Générale": in Spanish, Portuguese,
    // Italian, French and German a body's kind opens its name
    static constexpr SV kOrgOpeners[] = {
        "Academia", "Académie", "Accademia", "Akademie", "École", "Escola", "Escuela", "Hochschule",
        "Associação", "Asociación", "Banca", "Banco", "Banque", "Clube", "Compagnie", "Companhia", "Compañía",
        "Confederación", "Federação", "Federación", "Federazione", "Fédération", "Fondation", "Fondazione",
        "Fundação", "Fundación", "Groupe", "Grupo", "Gruppo", "Institut", "Instituto", "Istituto", "Ministerio",
        "Ministero", "Ministère", "Ministério", "Partei", "Parti", "Partido", "Partito", "Sociedad", "Sociedade",
        "Società", "Société", "Universidad", "Universidade", "Universitat", "Università", "Universität",
        "Universiteit", "Université",
        // a nation's adjective in its own tongue, which opens firms' and bodies' names there ("Norsk Hydro",
        // "Danske Bank", "Svenska Cellulosa", "Deutsche Telekom", "Suomen Pankki", "České dráhy")
        "Česká", "České", "Dansk", "Danske", "Deutsche", "Nederlandse", "Norsk", "Norske", "Österreichische",
        "Polskie", "Schweizerische", "Suomen", "Svensk", "Svenska"};
    if (words >= 2 && one_of(text(first), kOrgOpeners) && !kplace) return put(EntityType::Org, Strength::Lexical);
    // "FC Porto", "CD Tenerife", "SV Werder Bremen", "VfB Stuttgart": a sports club's letters open its name, in
    // any report; they open no person's or place's name ("SK Telecom", "CD Projekt": firms, organisations too).
    // (Not "AS", "US": words in a headline in capitals.)
    static constexpr SV kClubLetters[] = {"AC", "AFC", "BK", "CD", "CF", "FC", "FK", "FSV", "IFK", "NK", "RC", "RCD",
                                          "SC", "SK", "SSC", "SV", "SpVgg", "TSV", "UD", "VfB", "VfL"};
    if (words >= 2 && one_of(text(first), kClubLetters) && name_like(first + 1))
      return put(EntityType::Org, Strength::Cue);
    for (uint32_t i = s; i + 1 < e; ++i)  // "Tony's Pizzeria", "Kelly's Bar" (run_end joined them)
      if (tk_[i].has(kPossessive) && shop_word(i + 1)) return put(EntityType::Org, Strength::Cue);
    // "Team Orrin", "Team GB": a side named so, whatever follows (a sponsor, a person, a place; a dictionary word
    // only in a sports report: "Team Sky", but "Analyst Team Participants")
    if (words >= 2 && is_lit(text(first), "Team") && first == s && !tk_[s].has(kSentenceStart) &&
        (!common_at(s + 1) || sports_report()))
      return put(EntityType::Org, Strength::Cue);
    // "the Africa Centres for Disease Control and Prevention (Africa CDC)": a short form of words and letters in
    // brackets right after a body's name is the body's (not the place its first word names)
    if (words >= 2 && s >= 2 && e < tk_.size() && is_lit(text(s - 1), "(") && is_lit(text(e), ")") &&
        tk_[e - 1].has(kAllCaps) && !tk_[s].has(kAllCaps) && !out_.empty() && out_.back().end + 1 == s &&
        out_.back().type == EntityType::Org)
      return put(EntityType::Org, Strength::Cue);
    // "Tomas Berg (Lotto Dstny)": in a sports report, a bracket of words no place list knows after a person
    // named in full holds a team (one word there, "(Marovia)", is where the player is from: classify's one word)
    if (words >= 2 && !kplace && where_from_bracket(s, e) && sports_report())
      return put(EntityType::Org, Strength::Cue);
    if (initials_and_surname(first, e)) return put(EntityType::Person, Strength::Cue);
    if (words >= 2 && (is(head, lx::kPlaceWord) || is(first, lx::kPlacePrefix))) {
      if (person_of_country(s, e)) return put(EntityType::Person, Strength::Cue);  // "Damon Hill of Britain"
      if (person_named_hill(s, e)) return put(EntityType::Person, Strength::Lexical);
      // ("the rock band Kelvar Road": a descriptor right before says it as surely as the place word, and what
      // it says holds for the name's other mentions)
      // ("Center for Science and Culture", "Centres for Disease Control": a place for a purpose is an institution)
      // (but "Cleveland Browns Stadium for the NFL Browns" is where a team plays)
      if (descriptor_before(prev, s) || (head + 2 < e && is_lit(text(head + 1), "for") &&
          !is_lit(text(head + 2), "the")))
        return put(EntityType::Org, Strength::Lexical);
      // ("The Velvet Harbour are an English indie rock band", "Kelby Bridge, a shipping company,": what the
      // sentence says the name is outweighs its last word)
      if (!kplace && appositive_head(e) == lx::kOrgDescriptor) return put(EntityType::Org, Strength::Cue);
      // ("director of the National Hurricane Center", "the National Hurricane Center said": a centre with a post
      // of it, or that speaks, is an institution)
      if ((is_lit(text(head), "Center") || is_lit(text(head), "Centre")) &&
          (role_of(prev) || is_opt(next_word(e), lx::kSpeechVerb)))
        return put(EntityType::Org, Strength::Cue);
      // ("signed from Dalvik City": in a sports report a "City" or "Town" no place list knows is a club; so is
      // one with a team's people after it, "Kelby Forest manager Ivo Marsk")
      // ("played for Notts County": the context says it as the people after it do)
      // (and a row of a sports report's table: "Derby County 3 0 1 2 2 5 1")
      const bool club = (sports_report() && !kplace && head == e - 1 && (is_lit(text(head), "City") ||
          is_lit(text(head), "Town"))) || (!kplace && (team_role_after(e) || played_for(s))) ||
          (sports_report() && result_side(s, e));
      if (match_side(s, e) || club) return put(EntityType::Org, Strength::Cue);
      // ("talked with Tom Hall", "Rose Hill station": a first name that is an ordinary word too, before a hill or a
      // hall, is the place only as a guess, where no preposition of place goes before: the tagger reads which from
      // the context; "on Rose Hill", "to Rose Hill" stay the places, as does "Mill Lane", a street)
      const SV before = prev == kNone ? SV() : f_.lower32(prev);
      if (first_name_and_place_word(s, e) && common_at(s) && (is_lit(text(s + 1), "Hill") ||
          is_lit(text(s + 1), "Hall")) && !listed_place(s, e) && !lx::place_preposition(before) &&
          !is_lit(before, "of") && !is_lit(before, "on"))  // (the prepositions hold "to" and "from")
        return put(EntityType::Loc, Strength::Guess);
      // ("Ada Park said", "Barbara Castle, 62,", "Roy Castle, who": a first name and a place's word that speaks,
      // has an age or a "who" is a person; a place the lists know stays one)
      if (first_name_and_place_word(s, e) && !listed_place(s, e) &&
          (speech_verb_beside(s, e) || age_after(e) || who_after(e)))
        return put(EntityType::Person, Strength::Cue);
      // ("Leicester City have appointed …", "Swindon Town": a town the lists know, then "City" or "Town", the whole
      // no place the lists know, is a club as often as the town's centre: the tagger reads which from the
      // context. In the training sets such names are 6 organisations, 3 places. "Mexico City", "Kansas City" are
      // listed.)
      if (words == 2 && head == e - 1 && (is_lit(text(head), "City") || is_lit(text(head), "Town")) &&
          place_at(s) && !listed_place(s, e))
        return put(EntityType::Loc, Strength::Guess);
      return put(EntityType::Loc, Strength::Lexical);
    }
    // "the Danes scored twice": in a sports report the nationality is the team
    if (single && kdemonym && s > 0 && is_the(s - 1) && text(s).back() == 's' &&
        sports_report())
      return put(EntityType::Org, Strength::Cue);
    // ("at the Vatican", "the Vatican said": a word that is a place and its people's adjective is the place
    // after "the", where an adjective has its noun after it: "Vatican officials")
    const bool the_place = single && kplace && kdemonym && s > 0 && is_the(s - 1);
    if (single && (kdemonym || (kl & lx::kGroupWord)) && !the_place)
      return put(EntityType::Group, Strength::Lexical);
    if (kplace) {
      const SV pw = prev == kNone ? SV() : text(prev);
      // "Belgium defeated Panama", "Leeds 2 Chelsea 1", "Leeds manager Howard Wilkinson": in a sports report a
      // place that is not where something happens (after "in", "In", "at", "from" …, "of", a dateline, or after
      // "and" / "or", which may continue "in Ottawa and Halifax") is a team.
      // (sports_report() last: it reads the document's lead the first time it is asked.)
      const SV pw_lower = prev == kNone ? SV() : f_.lower32(prev);
      // ("Marco Festi (Italy) beat …": the country in brackets after a player is where the player comes from, in
      // a sports report apart from the team of that name)
      if (where_from_bracket(s, e) || unless_stated_note(s, e)) {
        ns.venue = sports_report();
        return put(EntityType::Loc, Strength::Cue);
      }
      // (nor a part of an address: the state or country after a town, "born in Houston, Texas", "Fort Worth,
      // Texas"; the town before its state or country, "Preston, Victoria, Australia")
      const bool address =
          (s >= 2 && is_lit(text(s - 1), ",") && name_like(s - 2) &&
           ((place_at(s - 2) && !(gzf(s - 2, kPlaceMask) & gz::kCountry)) ||
            tk_[s - 2].has(kAllCaps) ||  // ("MUNICH, Germany (Reuters)": a dateline's country)
            (!out_.empty() && out_.back().end + 1 == s && out_.back().type == EntityType::Loc))) ||
          (!(kplace & gz::kCountry) && state_or_country_after_comma(e));
      // ("between England and Pakistan", "Leeds or Chelsea": after "and" / "or", the team when the name before is
      // one)
      const bool team_before = (is_lit(pw, "and") || is_lit(pw, "or")) && !out_.empty() && out_.back().end == prev &&
                               out_.back().type == EntityType::Org && place_at(out_.back().first) && sports_report();
      if (team_before) return put(EntityType::Org, Strength::Lexical);
      // "his wife Victoria", "coach Jordan": a first name that is also a place's, right after a person's noun in
      // lower case, is the person (before, in a sports report, a team)
      if (single && gzf(s, kFirst) && is_opt(prev, lx::kLowerTitle) && !tk_[prev].has(kCapitalised))
        return put(EntityType::Person, Strength::Cue);
      // (nor a place a kind of place follows: "the leafy Melbourne suburb of Preston")
      // (after "of", "and" or "or" too when "who" follows: "a point ahead of Strasbourg, who": a place is no "who")
      // (but "Ada Kest of Spain, who beat …": the country a person is from, and the "who" the person)
      const bool joined = is_lit(pw, "of") || is_lit(pw, "and") || is_lit(pw, "or");
      const bool persons_own = is_lit(pw, "of") && !out_.empty() && out_.back().end == prev &&
                               out_.back().type == EntityType::Person;
      // (nor a place that says where a side is from: "the London club", "the Sydney team", as the gold sets write
      // it)
      static constexpr SV kSides[] = {"club", "outfit", "side", "squad", "team"};
      const bool side_after = e < tk_.size() && spaced(e) && one_of(text(e), kSides) && s > 0 && is_the(s - 1);
      // (nor a country whose player follows: "Sweden's Ivo Marsk beat …", where the player comes from; "Sweden's
      // second goal" is the team's)
      const bool players_country = (kplace & gz::kCountry) && e + 1 < tk_.size() && tk_[e].has(kPossessive) &&
                                   name_like(e + 1) && gzf(e + 1, kFirst);
      if (((comma_who(e) && !persons_own) || !joined) && !lx::place_preposition(pw_lower) &&
          !dateline(s, e) && !address && !place_noun_after(e) && !side_after && !players_country && sports_report())
        return put(EntityType::Org, Strength::Lexical);
      // "lost to Boston 110-102", "a match between Rosenborg and Molde", "he played for Leeds" (a town a player
      // plays for is its club; a country stays itself: "won 12 caps for Norway")
      if (match_side(s, e) || fixture_between(s) || (played_for(s) && !(kplace & gz::kCountry)))
        return put(EntityType::Org, Strength::Cue);
      // Where a match is played or a player was born ("in Boston", "Houston, Texas"): in a sports report the
      // place, another entity than the team of the same name
      // ("to" and "at" may name the other side: "lost to England", "Seattle at Boston")
      ns.venue = (is_lit(pw_lower, "in") || is_lit(pw_lower, "near") || address) && sports_report();
      // "the town of Bridgton", "residents of Tracy": the context says a place, whatever the tagger makes of the
      // name (a town's name the tagger takes for a person is otherwise the person: ner_tagger.cpp)
      // (so does a person's "of" before a town: "identified as Derek Holm of Marietta", where the person comes
      // from; a country, a capital or a region stays a place by the lists, below)
      const bool big_place = (kplace & (gz::kCountry | gz::kCapital | gz::kRegion | gz::kBigCity)) != 0;
      if (place_by_context(s, e, prev) || (persons_own && !big_place)) return put(EntityType::Loc, Strength::Cue);
      // A town's name is the tagger's to make a person ("Bush said", below), but not right after a preposition
      // of where: "officials in Clinton", "a plant near Tyler" ("in Clinton's view" is the person's).
      const bool where = where_before(prev) && !(e < tk_.size() && tk_[e].has(kPossessive));
      // A first name that some town also bears ("David", "Tracy") is a place only as a guess: the tagger types
      // it from its context. Countries, capitals, regions and big cities stay places ("Jordan" is a country).
      if (single && gzf(s, kFirst) && !where && !big_place)
        return put(EntityType::Loc, Strength::Guess);
      ns.town = !big_place && !where;
      // "Richardson, 54, has led the party": a town's name with an age between commas is a person's (a place has
      // no age), unless a preposition says where or "and" may go on from one ("in Plano, 12, and Richardson, 54,"
      // count something)
      // (the same for a post in lower case before it: "The minister, Richardson, said")
      if (single && ns.town && (age_after(e) || post_before_comma(s)) && !lx::place_preposition(pw_lower) &&
          !is_lit(pw_lower, "and") && !is_lit(pw_lower, "or")) {
        ns.town = false;
        return put(EntityType::Person, Strength::Cue);
      }
      // "Richardson said on Monday that she would run again": a town's or a big city's name that speaks and is
      // then "he" or "she" (the first such pronoun after it, before another name) is a person's; one that speaks
      // and is "it" is its council ("Plano said it would") and stays the tagger's to type. (Not a country's or a
      // capital's: "Washington said he must step down" speaks of someone else.)
      // "Bolton Wanderers have signed … Bolton said the fee was undisclosed": a place that speaks where the
      // document named an organisation by it before is that organisation's short name. (A town's or city's only,
      // not a country's, capital's or region's: "the Israel Defense Forces … Israel said" is the state, as news
      // corpora type it.)
      if (single && !where && (kplace & gz::kCity) && !(kplace & (gz::kCountry | gz::kCapital)) &&
          speech_verb_beside(s, e) && org_first_words_.find(text(s))) {
        ns.town = false;
        return put(EntityType::Org, Strength::Cue);
      }
      const bool city = ns.town || ((kplace & gz::kBigCity) && !(kplace & (gz::kCountry | gz::kCapital | gz::kRegion)));
      if (single && city && !where && pronoun_after(e) > 0 && speech_verb_beside(s, e)) {
        ns.town = false;
        return put(EntityType::Person, Strength::Cue);
      }
      return put(EntityType::Loc, Strength::Lexical);
    }
    if (kdemonym) return put(EntityType::Group, Strength::Lexical);  // "New Zealander"
    if (single && (kl & (lx::kOrgWord | lx::kPlaceWord)) && !initial(s) && s > 0 &&
        is_the(s - 1))  // "the Church", "the Crown", "the Channel"
      return put((kl & lx::kOrgWord) ? EntityType::Org : EntityType::Loc, Strength::Guess);
    if (single && (kl & lx::kKindWords)) return;  // "Police" alone
    // OVER, DEAD: a shouted word (acronyms of two or three letters are often words too: GM, AP); but a town named
    // by a word opens a dateline with its region ("PALE, Bosnia 1996-08-26", "READING, England, May 3 -")
    // (but not the short form the name before it defines, there and below: "the Reserve Bank of India (RBI)" …
    // "RBI Governor Shaktikanta Das", though "RBI" is baseball's too)
    auto shouted = [&] {
      if (!out_.empty() && out_.back().defines_acronym && out_.back().end + 1 == s) {
        defined_short_.get_or_add(text(s), 1);
        return false;
      }
      if (defined_short_.find(text(s))) return false;
      return (kl & lx::kNonEntityAcronym) || (text(s).size() >= 4 && common_at(s) && !(kl & lx::kCountryCode));
    };
    if (all_caps && shouted() && !(e < tk_.size() && is_lit(text(e), ",") && dateline(s, e) && !month(text(e + 1))))
      return;
    if ((!single && dateline(s, e)) || dateline_region(s)) {  // "GAZA CITY, Jan 5 —", "KELBY, Tessaly (AP) -"
      ns.dateline = true;
      return put(EntityType::Loc, Strength::Cue);
    }
    if (!single) {  // "RELEASE THE HOSTAGES NOW": shouting, not a name
      uint32_t caps = 0;
      for (uint32_t i = s; i < e; ++i) caps += tk_[i].has(kAllCaps) ? 1 : 0;
      if (caps >= 3 && caps == words) return listed_in_shouting(s, e);
    }
    if (words >= 2 && is(first, lx::kCompassWord) && s + 1 < e && name_like(s + 1)) {
      Key rest;
      make_key(s + 1, e, rest);
      const SV r = rest.view();
      // (but "played with Footscray and North Melbourne": the town a player plays for is its club, as "played for
      // Leeds" is; a country stays itself, "played for West Germany")
      if (!r.empty() && (gz::place(r) || (lx::classes(r) & lx::kKnownPlace))) {
        if (played_for(s) && !(gz::place(r) & gz::kCountry)) return put(EntityType::Org, Strength::Cue);
        return put(EntityType::Loc, Strength::Lexical);
      }
    }
    // "North American", "South Korean", "West European": a compass word and a nationality (or a continent's
    // people) are a group's adjective ("North" is a first name too: it was a person)
    if (words == 2 && is(first, lx::kCompassWord) && (gzf(last, kDemonym) || is(last, lx::kGroupWord)))
      return put(EntityType::Group, Strength::Lexical);
    if (combined_peoples(s, e)) return put(EntityType::Group, Strength::Lexical);  // "Franco-German"
    // "a Roman Catholic school", "a Greek Orthodox priest": a group's word that is also a dictionary word
    // ("catholic", "orthodox", "protestant", "evangelical") ends a faith's or a movement's adjective, no surname
    // (but "Mark Christian", "Irvine Welsh": no dictionary word, or a name too; "NY Democratic challenger" names
    // the place, "First Great Western" a firm)
    if (words == 2 && last == e - 1 && is(last, lx::kGroupWord) && common_at(last) && !gzf(last, kFirst) &&
        !is(last, lx::kCompassWord) && !place_at(first) && !tk_[first].has(kAllCaps))
      return put(EntityType::Group, Strength::Lexical);
    // "Warhol Polaroids": a name followed by a product in the plural is the name alone
    // (but after "the", a town or a state before the plural of a proper word is a team: "the Boston Celtics",
    // "the Houston Texans", "the Minnesota Vikings"; not a faith's or a people's word, "the Gaza Palestinians")
    if (words >= 2 && last == e - 1 && plural_of_product(text(last))) {
      if (s > 0 && is_the(s - 1) && (last == s + 1 ? place_at(s) : listed_place(s, last)) &&
          !is(last, lx::kGroupWord))
        return put(EntityType::Org, Strength::Cue);
      return classify(s, last, false);
    }
    // "operated by Orrin Air", "Tomas Health": a trade's or portfolio's word at the end names a body, whatever a
    // first name before it says, where some word before it is a name's (not "Social Security", "Public Health":
    // a programme, a field); so does "Air" before a place or a word no dictionary holds ("Air India", "Air
    // Chathams": an airline)
    auto named_word_before = [&](uint32_t end) {
      for (uint32_t q = s; q < end; ++q)
        if (name_like(q) && (!common_at(q) || gzf(q, kProper | kFirst | kPlaceMask))) return true;
      return false;
    };
    // "the Varnholm Quartet", "Ivo Marsk and his Kelby Trio": players named as a group of their number are a
    // body, whatever a first name before it says, where some word before it is a name's (not "American String
    // Quartet", "Piano Trio": a work's kind, its instruments before it; nor "Kelby Quartet No. 2", "Trio Op. 90":
    // a work's number after it, or one a composer writes, "he wrote his Dumky Trio"; not "Duo": a product's too,
    // "Intel Core Duo")
    static constexpr SV kEnsembles[] = {"Nonet", "Octet", "Quartet", "Quintet", "Septet", "Sextet", "Trio"};
    static constexpr SV kInstruments[] = {"Brass", "Cello", "Clarinet", "Flute", "Guitar", "Horn", "Oboe", "Piano",
                                          "String", "Strings", "Violin", "Wind", "Woodwind"};
    static constexpr SV kWrote[] = {"composed", "completed", "wrote", "written"};
    static constexpr SV kOwnerWords[] = {"her", "his", "their"};
    auto written = [&] {
      uint32_t p = s;
      if (p > 0 && one_of(f_.lower32(p - 1), kOwnerWords)) --p;
      return p > 0 && one_of(f_.lower32(p - 1), kWrote);
    };
    if (words >= 2 && last == e - 1 && one_of(text(last), kEnsembles) && !one_of(text(last - 1), kInstruments) &&
        named_word_before(last) && !(e < tk_.size() && (is_lit(text(e), "No") || is_lit(text(e), "Op"))) &&
        !written())
      return put(EntityType::Org, Strength::Cue);
    if (words >= 2 && ((last == e - 1 && body_end(text(last)) && named_word_before(last)) ||
                       (is_lit(text(first), "Air") && (place_at(last) || !common_at(last)))))
      return put(EntityType::Org, Strength::Cue);
    if (words >= 2) {
      if (last == e - 1 && (team_of_place(s, last) || team_of_place_after_the(s, last)))
        return put(EntityType::Org, Strength::Cue);
      // "Jamaica's Tessvika Jackson", "Norway's Ada Kest": after a country's possessive, a word no dictionary or
      // list knows and a surname is the country's person (a firm has its body's word: "Japan's Nippon Steel")
      if (words == 2 && e == s + 2 && s >= 2 && tk_[s - 1].has(kPossessive) && (gzf(s - 2, gz::kCountry)) &&
          !common_at(first) && !place_at(first) && !gzf(first, TokenFeatures::kCompany) &&
          !is(last, lx::kOrgWord | lx::kPlaceWord) && !(kl & lx::kKnownOrg) && !tk_[first].has(kAllCaps))
        return put(EntityType::Person, Strength::Cue);
      // "Paris France", "Houston, Texas USA": a town or a region the lists know, then a country or its letters, no
      // comma between (an address's or a signature's shorthand): two places, as a comma would write them; not a
      // firm's branch, "Ford Australia", "Orange France" (no place, or a dictionary's or a firm's word, before it)
      if (words == 2 && e == s + 2 && (gzf(s + 1, gz::kCountry) || is(s + 1, lx::kCountryCode)) &&
          (gzf(s, kPlaceMask) & (gz::kCity | gz::kRegion | gz::kCapital | gz::kBigCity)) && !common_at(s) &&
          !gzf(s, TokenFeatures::kCompany)) {
        classify(s, s + 1, false);
        return classify(s + 1, e, false);
      }
      if (gzf(last, gz::kCountry)) return put(EntityType::Org, Strength::Guess);  // "Ford Australia"
      if (is(last, lx::kCompassWord) && words == 2 && (place_at(first) || is(first, lx::kKnownPlace)))
        return put(EntityType::Loc, Strength::Lexical);  // "Kowloon East"
      if (is(last, lx::kCompassWord) && words == 2 && !gzf(first, kFirst))
        return put(EntityType::Loc, Strength::Guess);  // "Moscone West" (but "Kanye West")
      // "USI Art Collections": an acronym inside makes it an organisation ("Broker SBC Warburg": a descriptor says
      // so; "plays for HC Kometa Brno", a club's letters: the player's verb)
      for (uint32_t i = s; i < e; ++i)
        if (tk_[i].has(kAllCaps) && text(i).find('.') == SV::npos) {
          ns.described = appositive_head(e) == lx::kOrgDescriptor;  // ("IG Metall, Germany's biggest union,")
          return put(EntityType::Org, descriptor_before(prev, s) || played_for(s) ? Strength::Cue : Strength::Guess);
        }
      for (uint32_t i = s; i < e; ++i)  // "Bayerische Vereinsbank", "Nord Landesbank": a bank by its word's end
        if (name_like(i) && body_compound(i)) return put(EntityType::Org, Strength::Cue);
      // "Bank Julius Baer", "Bank Leumi", "Banco Santander": a bank's word opening the name before a word no
      // dictionary holds names the bank (no person's name opens so; "Bank Holiday" goes on with a dictionary word)
      static constexpr SV kBanks[] = {"Banca", "Banco", "Bank", "Banque"};
      if (one_of(text(s), kBanks) && name_like(s + 1) && spaced(s + 1) && !common_at(s + 1))
        return put(EntityType::Org, Strength::Cue);
      for (uint32_t i = s; i < e; ++i)  // "Sky News Arabic": an organisation word anywhere
        if (name_like(i) && is(i, lx::kOrgWord)) return put(EntityType::Org, Strength::Guess);
      // "the Peace and Prosperity party": ordinary words joined by "and" before a political body's kind or its
      // members name it
      if (e == s + 3 && is_lit(text(s + 1), "and") && party_kind_after(s, e))
        return put(EntityType::Org, Strength::Cue);
      // "the opposition Civic Platform", "the ruling Georgian Dream": after "the opposition" or "the ruling", a
      // name of plain words is a party's (the tagger, trained on few such texts, saw no name in two words)
      if (ruling_or_opposition_before(s)) return put(EntityType::Org, Strength::Cue);
      // Firms named with a place or ordinary word and a plain noun: "Washington Mutual", "Penske Auto"
      const bool plain_last = common_at(last) && !(gzf(last, kProper));
      const uint32_t apposed = appositive_head(e);
      const Move move = price_move_after(e);
      if (apposed == lx::kOrgDescriptor || role_of(prev, !gzf(first, kFirst)) || (move && !gzf(first, kFirst)) ||
          move == kQuote || staff_of_body(s, e))
        return put(EntityType::Org, Strength::Cue);
      if (apposed == lx::kPlaceKindNoun || place_by_context(s, e, prev)) return put(EntityType::Loc, Strength::Cue);
      // ("Iga Swiatek, who needed three sets", and in a sports report "get past Ons Jabeur of Tunisia": a name of
      // plain words that "who" or "of" a country follows is a person's; not a team's, which has a club's word,
      // "Dalvik Rovers, who", nor a people's, "Iraqi Shiites, who". The context is asked first: it is rare.)
      auto plain_name = [&] {
        return !plain_last && !club_name(s, e) && !place_at(first) && !gzf(first, kDemonym) &&
               !is(last, lx::kGroupWord);
      };
      // (and "beat Dalvik Varn (Czech Republic)": a country in brackets after it, in a sports report)
      const bool player =
          (comma_who(e) || ((country_after_of(e) || country_in_brackets_after(e)) && sports_report())) && plain_name();
      if (age_after(e) || (apposed == lx::kLowerTitle && !where_before(prev)) || post_before_comma(s) || player)
        return put(EntityType::Person, Strength::Cue);
      if (const int owner = possessive_owner(e); owner >= 0) return put(EntityType(owner), Strength::Cue);
      // "Bayern Munich beat Borussia Dortmund 3-1", "lost 2-0 to Eintracht Frankfurt": a side of a match that no
      // first name opens is a team; so is a name that ends on a town in a sports report ("Bayer Leverkusen"), but
      // not an initial and a surname that a town shares ("M. Vaughan 94" of a scorecard: a batsman)
      // (a side's two names glued by a slash are no first name and surname: "lost 2-0 to Bodø/Glimt", "Bodo")
      const bool slashed = e == s + 3 && is_lit(text(s + 1), "/");
      // ("Espen Korvald beat Mats Lindqvist 6-4 3-6 7-5": a side of a tennis match is a player)
      if (!slashed && tennis_side(s, e)) return put(EntityType::Person, Strength::Cue);
      if ((!gzf(first, kFirst) || slashed) && (match_side(s, e) || team_faced(s) ||
                                  (last == e - 1 && place_at(last) && sports_report() && !initial_of_name(s, e))))
        return put(EntityType::Org, Strength::Cue);
      if (club_name(s, e) || team_role_after(e)) return put(EntityType::Org, Strength::Cue);  // "Dalvik Rovers"
      // "companies such as Johnson Controls", "construction firm Orrin Bygg", "played for the Rochester
      // Jeffersons", "shares in Morgan Grenfell": the list's noun, a descriptor right before the name or the
      // context says it before a first name would
      if (listed_as(s, e) == lx::kOrgDescriptor || (prev + 1 == s && is_opt(prev, lx::kOrgDescriptor) &&
                                                     !tk_[prev].has(kCapitalised)) || org_by_context(s, e))
        return put(EntityType::Org, Strength::Cue);
      // "Marine Le Pen", "Bruno Le Maire": a capitalised "Le" between two names is a French surname's particle
      // (the first name need not be listed: "Marine" is not, and "Pen" is a dictionary word)
      if (words == 3 && e == s + 3 && is_lit(text(s + 1), "Le") && spaced(s + 1) && spaced(s + 2) &&
          !place_at(first) && !place_at(last))
        return put(EntityType::Person, Strength::Cue);
      // (a compass word is no first name here, whatever the lists say: "West Sebago", "North Harlow" are places)
      // (nor one that is a dictionary word right after "the" in a sports report, "the Red Sox", a team; or before
      // a noun in lower case the name qualifies, "the Royal Mail depot", "the Grand Union canal")
      // (a noun: a dictionary's word of four letters or more that no clause opens with)
      static constexpr SV kNoNoun[] = {"after", "before", "could", "from", "have", "into", "should", "that", "were",
                                       "when", "where", "which", "while", "will", "with", "would"};
      auto qualifies_noun = [&] {  // (asked last: most names are no dictionary word after "the")
        return e < tk_.size() && tk_[e].kind == TokenKind::Word && spaced(e) && !tk_[e].has(kCapitalised) &&
               text(e).size() >= 4 && common_at(e) && !is(e, lx::kSpeechVerb) && !one_of(text(e), kNoNoun) &&
               !lx::place_preposition(f_.lower32(e));
      };
      // ("the Kelby Tigers", "the Tessa Rovers": after "the", a first name before a dictionary word's plural names
      // a team or a band, no person)
      if (words == 2 && last == e - 1 && plain_last && gzf(first, kFirst) && !common_at(first) && !place_at(first) &&
          s > 0 && is_the(s - 1) && plural_in_s(last) && !is(last, lx::kEventWord | lx::kSportsWord | lx::kGroupWord))
        return put(EntityType::Org, Strength::Cue);
      if (gzf(first, kFirst) && !slashed && !(plain_last && place_at(first)) && !is(first, lx::kCompassWord) &&
          !(common_at(first) && s > 0 && is_the(s - 1) && (sports_report() || qualifies_noun()))) {
        // (every word after it one the dictionaries or the place lists hold, "Red Bull", "Red Bull Salzburg",
        // "Ford Taurus"; not "Tom Vance")
        bool plain_after = common_at(first);
        for (uint32_t k = first + 1; k < e && plain_after; ++k)
          plain_after = !name_like(k) || ((common_at(k) || place_at(k) || gzf(k, kProper)) && !gzf(k, kFirst));
        ns.word_first_name = plain_after;
        return put(EntityType::Person, Strength::Cue);
      }
      // "investment firm Tvedt Holding": a descriptor before the name says it before a plain last word would guess
      // (the context, org_by_context, was read above)
      if (descriptor_before(prev, s)) return put(EntityType::Org, Strength::Cue);
      if (plain_last) return put(EntityType::Org, Strength::Guess);
      const SV lw = text(last);
      if (lw.size() > 4 && lw.substr(lw.size() - 3) == "ism")  // "Religious Zionism": a movement or party
        return put(EntityType::Org, Strength::Guess);
      // "Jewish Power", "Civic Passion", "Best Buy": a party or firm named with ordinary words
      // "Lau Siu-lai", "Kwok Ka-ki": a hyphenated given name after the family name
      if (words == 2 && last + 1 < e && is_hyphen(text(last + 1)) && !tk_[e - 1].has(kCapitalised))
        return put(EntityType::Person, Strength::Cue);
      // (a village called "Nacer" or "Lau" somewhere says nothing: only well-known places count)
      if (gzf(first, kDemonym) || (gzf(first, kPlaceMask) & (gz::kCountry | gz::kCapital | gz::kBigCity)) ||
          ((gzf(first, kPlaceMask) & gz::kRegion) && gzf(first, kProper)) ||
          is(first, lx::kGroupWord) || (common_at(first) && common_at(last) && !gzf(last, kFirst)))
        return put(EntityType::Org, Strength::Guess);
      for (uint32_t i = s; i < e; ++i)  // "Halvorsen Brauerei", "Deutsche Morgan Grenfell": a firm's word
        if (name_like(i) && firm_word(i)) return put(EntityType::Org, Strength::Guess);
      // "West Sebago", "North Harlow": a compass word opens a place's name more often than a person's
      if (is(first, lx::kCompassWord)) return put(EntityType::Loc, Strength::Guess);
      if (kind_of_body_after(s, e)) return put(EntityType::Org, Strength::Cue);  // "his Azimio la Umoja coalition"
      return put(EntityType::Person, Strength::Guess);
    }
    // one word
    if (dateline(s, e)) {  // "HALVARD, March 4 (Lede Wire) —"
      ns.dateline = true;
      return put(EntityType::Loc, Strength::Cue);
    }
    if (where_from_bracket(s, e)) return put(EntityType::Loc, Strength::Cue);  // "Ada Kest (Marovia) beat …"
    // "IFOR spokesman Ivo Orrin", "UNHCR officials": letters with a body's post after them are the body, as are
    // letters a kind of body describes ("public broadcaster ORT")
    if (all_caps && (post_of_body_after(e) || descriptor_before(prev, s) || joined_side(s, e)))
      return put(EntityType::Org, Strength::Cue);
    if (all_caps) {  // NASA, DAB: never a person, even "NASA said"
      ns.described = appositive_head(e) == lx::kOrgDescriptor;  // ("SETE, the company that runs the tower,")
      return put(EntityType::Org, Strength::Guess);
    }
    if (staff_or_part_after(e)) return put(EntityType::Org, Strength::Cue);  // "Greenpeace activists", "Velta unit"
    if (const Move move = price_move_after(e); (move && !gzf(s, kFirst)) || move == kQuote)
      return put(EntityType::Org, Strength::Cue);  // "Orkla gained 4 kroner", "Kelby fell 1.00 to 64"
    const SV pw = prev == kNone ? SV() : text(prev);
    if (place_by_context(s, e, prev)) return put(EntityType::Loc, Strength::Cue);
    const uint32_t next = next_word(e);
    if (next != kNone && lx::person_cue_after(text(next))) return put(EntityType::Person, Strength::Cue);
    // (not a name after "the": "for the Yankees, who have won four straight" is a team, "the Beatles, who" a band;
    // but a dictionary word there is a title, "the Tsar, who")
    if (who_after(e) && !(s > 0 && is_the(s - 1) && !common_at(s))) return put(EntityType::Person, Strength::Cue);
    if (quoted_as_saying(s, e) && !all_caps) return put(EntityType::Person, Strength::Cue);  // "quoted Marsk as saying"
    if (founded_after(e)) return put(EntityType::Org, Strength::Cue);
    // "Zelenskyy, speaking in his nightly address, urged": a name a comma and "speaking" follow is a speaker's
    if (e + 1 < tk_.size() && is_lit(text(e), ",") && is_lit(text(e + 1), "speaking") && !sports_report())
      return put(EntityType::Person, Strength::Cue);
    if (place_noun_after(e)) return put(EntityType::Loc, Strength::Cue);  // "the Sarn river"
    // "Roe v. Wade", "Marsk v. Tessaly": a lone word on either side of a court case's "v." is a party named by
    // the surname, a person (the training sets' and the news corpora's reading; a place or a body the lists
    // know was typed above, "Kest v. United States"), a dictionary's word too ("Roe", "Wade")
    if (single && court_side(s, e)) return put(EntityType::Person, Strength::Cue);
    // "(Porte, 2012)", "Biggs et al. (2009) showed", "(Dye & Kest 2011; Orrin et al., 2009)": an author cited by the
    // surname and a year is a person (a body the lists know, letters and a place's name were typed above)
    if (!all_caps && !is(head, lx::kOrgWord) && !kplace && citation_author(e, 6))
      return put(EntityType::Person, Strength::Cue);
    // "Image: Snbehnke", "Photo: Jkthom": a credit names who took it (a user name that no list knows)
    if (credit_line(s) && !gzf(s, kProper | kPlaceMask) && !all_caps) return put(EntityType::Person, Strength::Cue);
    const uint32_t apposed = appositive_head(e), listed = listed_as(s, e);
    if (descriptor_before(prev, s) || apposed == lx::kOrgDescriptor || role_of(prev) || org_by_context(s, e) ||
        listed == lx::kOrgDescriptor || staff_of_body(s, e))
      return put(EntityType::Org, Strength::Cue);
    if (listed == lx::kPlaceKindNoun) return put(EntityType::Loc, Strength::Cue);  // "countries such as Tessaly"
    if (listed == lx::kLowerTitle) return put(EntityType::Person, Strength::Cue);  // "players such as Kest"
    // "Rangers drew 0-0 with Celtic": a side of a match in a sports report (a dictionary word too: "Celtic")
    // (and "a match between Kelby and Orrin" anywhere; not a player named in full, "a match between Ada Kest and …")
    if ((match_side(s, e) && (sports_report() || versus_side(s, e) || side_before_score(s))) || team_role_after(e) ||
        (fixture_between(s) && !(words >= 2 && gzf(first, kFirst))) || team_faced(s))
      return put(EntityType::Org, Strength::Cue);
    if (apposed == lx::kPlaceKindNoun) return put(EntityType::Loc, Strength::Cue);  // "Tessaly, a town of …"
    if (age_after(e) || (apposed == lx::kLowerTitle && !where_before(prev)) || post_before_comma(s))
      return put(EntityType::Person, Strength::Cue);  // "Vendrel, 45,", "Vendrel, a lawyer for the family,"
    if (const int owner = possessive_owner(e); owner >= 0) return put(EntityType(owner), Strength::Cue);
    if (is_opt(prev, lx::kLowerTitle)) return put(EntityType::Person, Strength::Cue);
    // A word only firms are named ("Siemens", "Commerzbank"; gazetteer.h's company words) is a firm, though
    // firms are "in" places' company ("shares in Siemens") and speak ("Siemens said"). Still a guess: the
    // tagger weighs it, and a full name in the document makes a surname of it ("Nina Dorsey ... Dorsey").
    if (body_compound(s)) return put(EntityType::Org, Strength::Cue);  // "Landesbank", "Sparebanken"
    if (firm_word(s)) return put(EntityType::Org, Strength::Guess);
    // (the tagger types it, but not when a speech verb follows: "Police in Carrow said" has its speaker before
    // the preposition, and the tagger reads the verb as the name's; nor where a participle of place goes before:
    // "a club based in Kelby", "headquartered in Orrin", "born in Brekka")
    if (is_lit(pw, "in") || is_lit(pw, "near") || is_lit(pw, "across") || is_lit(pw, "outside") ||
        is_lit(pw, "inside") || is_lit(pw, "into"))
      return put(EntityType::Loc, is_opt(next, lx::kSpeechVerb) || placed_before(prev) ? Strength::Cue
                                                                                       : Strength::Guess);
    // "Dalvik said its profit rose": a name that speaks and then owns by "its" is a body's (the first
    // pronoun after it, within the sentence and before another name)
    if (is_opt(next, lx::kSpeechVerb) && its_after(e)) return put(EntityType::Org, Strength::Cue);
    // "the High Commissioner for Refugees said", "Minister for Trade": a dictionary word after an office's "for"
    // is its remit, and the speaker is the office before it
    if (is_lit(pw, "for") && prev > 0 && tk_[prev - 1].has(kCapitalised) && common_at(s) && !gzf(s, kProper | kFirst))
      return;
    if (speech_verb_beside(s, e))
      return put(EntityType::Person, Strength::Guess);  // "Wilkins said", "said Mauer"; weaker than any list
    if (gzf(s, kFirst)) {  // a lone first name: "Gloria … She died" is a person, "Ford … its plants" is not
      const int p = pronoun_after(e);
      if (p != 0) return put(p > 0 ? EntityType::Person : EntityType::Org, Strength::Guess);
    }
    const SV w = text(s);  // "Islamophobia", "Zionism": ideas, not names
    if (w.size() > 6 && (w.substr(w.size() - 3) == "ism" || w.substr(w.size() - 6) == "phobia")) return;
    // An ordinary word capitalised for emphasis or in a quoted phrase ("means Hello and Goodbye") is no name;
    // firms named like words ("Apple") are proper nouns in the dictionary too.
    // ("Xi said" where the document names "Xi Jinping": a family name of two letters, see seen_mid_)
    // "the Cubs edged the Cardinals", "beat the Giants": in a sports report a capitalised plural of a dictionary
    // word after "the" is a team's nickname (but not a tournament's: "the Masters", "the Ashes", "the Finals")
    // (and a dictionary word a team's people or, after "the", "who" follow: "Rangers goaltender Mike Richter",
    // "the Avalanche, who have won five": no person is "the Avalanche")
    const bool team_said = team_role_after(e) || (s > 0 && is_the(s - 1) && comma_who(e));
    // (the score says it outside a sports report too: "The Tigers beat the Cubs 5-3")
    const bool nickname = nickname_of_team(s) && (sports_report() || match_side(s, e));
    if (nickname || (sports_report() && team_said && !is(s, lx::kEventWord | lx::kSportsWord)))
      return put(EntityType::Org, Strength::Cue);
    if (common_at(s) && !gzf(s, kProper | kFirst) && !family_names_.find(w)) return;
    if (plural_of_product(w)) return;  // "the Jeeps were parked": things, not the firm
    if (!gzf(s, kProper) && compound_of_words(w)) return;  // "Cheerful Lifeguards wave from the pier"
    // "a former Calvinist": a follower's noun names a group, not a body (not a Swedish surname's "-qvist",
    // "-kvist": "held at Blomqvist", "Lindqvist said")
    if (w.size() > 5 && (w.substr(w.size() - 3) == "ist" || w.substr(w.size() - 4) == "ists") &&
        w.substr(w.size() - 4) != "vist" && s > 0 && tk_[s - 1].kind == TokenKind::Word &&
        !tk_[s - 1].has(kCapitalised))
      return put(EntityType::Group, Strength::Guess);
    return put(EntityType::Org, kind_of_body_after(s, e) ? Strength::Cue : Strength::Guess);  // "the Tessvik alliance"
  }
  // After the name [s, e): a political body's kind or its members, in lower case ("the Law and Justice party",
  // "Law and Justice lawmakers said")
  bool party_kind_after(uint32_t s, uint32_t e) const { return kind_of_body_after(s, e) || lawmakers_at(e); }
  // A party's members in lower case at e: "Law and Justice lawmakers said"
  bool lawmakers_at(uint32_t e) const {
    static constexpr SV kMembers[] = {"deputies", "lawmakers", "legislators", "senators"};
    return e < tk_.size() && tk_[e].kind == TokenKind::Word && !tk_[e].has(kCapitalised) && spaced(e) &&
           one_of(text(e), kMembers);
  }
  // "the opposition" or "the ruling" (or "its", "their" …) right before the name at s
  bool ruling_or_opposition_before(uint32_t s) const {
    static constexpr SV kSides[] = {"governing", "opposition", "ruling"};
    static constexpr SV kOwners[] = {"Its", "The", "Their", "its", "the", "their"};
    return s >= 2 && tk_[s - 1].kind == TokenKind::Word && one_of(text(s - 1), kSides) &&
           one_of(text(s - 2), kOwners);
  }
  // A political body's kind in lower case right after a name no list knows names it a body's: "the Likud party",
  // "the Tessvik alliance won", "his Azimio la Umoja coalition said". Not the other kinds of body: a name before
  // "group", "movement", "team" or "company" is as often an adjective ("the Salafi movement", "the Paralympic
  // team"; with every kind, 1 document toward and 13 away on the gold files). The kind ends its phrase (a noun
  // after it, "the Kelby party leader", is left to the tagger), and "the" or an owner's word goes before the name
  // ("a Clemson party" is a celebration).
  bool kind_of_body_after(uint32_t s, uint32_t e) const {
    if (e >= tk_.size() || tk_[e].kind != TokenKind::Word || tk_[e].has(kCapitalised) || !spaced(e)) return false;
    static constexpr SV kPolitical[] = {"alliance", "coalition", "faction", "militia", "party"};
    if (!one_of(text(e), kPolitical)) return false;
    static constexpr SV kDeterminers[] = {"Her", "His", "Its", "Our", "The", "Their", "her", "his", "its", "our",
                                          "the", "their"};
    // (or an adjective between: "the nationalist Likud party", "its ruling Tessvik alliance")
    const bool adjective = s >= 2 && tk_[s - 1].kind == TokenKind::Word && !tk_[s - 1].has(kCapitalised) &&
                           !one_of(text(s - 1), kDeterminers) && one_of(text(s - 2), kDeterminers);
    if (s == 0 || (!one_of(text(s - 1), kDeterminers) && !adjective)) return false;
    const uint32_t after = e + 1;
    return after >= tk_.size() || tk_[after].kind != TokenKind::Word || is(after, lx::kSpeechVerb) ||
           one_of(text(after), kNounPhraseEnds);
  }
};

}  // namespace

// (bytes compared directly: three string_view == calls were an out-of-line compare and a memcmp each, and the
// name finder asks this of nearly every token that ends a run)
bool hyphen_token(std::string_view t) {
  if (t.size() == 1) return t[0] == '-';
  return t.size() == 3 && t[0] == '\xE2' && t[1] == '\x80' && (t[2] == '\x90' || t[2] == '\x91');
}

uint8_t place_in_brackets_at(const Document& doc, uint32_t open) {
  const auto& tk = doc.tokens;
  if (open + 2 >= tk.size() || doc.token_text(open) != "(") return 0;
  for (uint32_t close = open + 2; close < tk.size() && close <= open + 4; ++close)
    if (doc.token_text(close) == ")") return gz::place(doc.slice({tk[open + 1].span.begin, tk[close - 1].span.end}));
  return 0;
}

std::vector<NameSpan> find_name_spans(const Document& doc, const TokenFeatures& f) { return Finder(doc, f).run(); }

// "W L PCT GB", "P W D L F A PTS": token t is on a line of a table's column heads, three or more words of one to
// three capital letters and nothing else (a line of at most 16 tokens: bounded work).
static bool column_heads(const Document& doc, uint32_t t) {
  const auto& tk = doc.tokens;
  auto head = [&](uint32_t k) {
    const SV w = doc.token_text(k);
    if (tk[k].kind != TokenKind::Word || w.empty() || w.size() > 3) return false;
    for (const char c : w)
      if (c < 'A' || c > 'Z') return false;
    return true;
  };
  if (t >= tk.size() || !head(t)) return false;  // (most names: no walk)
  uint32_t a = t;
  while (a > 0 && a + 16 > t && !(tk[a].flags & kNewlineBefore)) --a;
  if (!(tk[a].flags & kNewlineBefore) && a > 0) return false;
  uint32_t n = 0;
  for (uint32_t k = a; k < tk.size() && (k == a || !(tk[k].flags & kNewlineBefore)); ++k) {
    if (!head(k) || ++n > 16) return false;
  }
  return n >= 3;
}

// The ticker at k opens a share's code in brackets: "(", k, ".", the exchange's letters, ")" ("(BRK.OL)",
// "(VOD.L)"), no space inside; the ticker and the exchange in capitals A-Z only ("L" of London is one letter).
static bool share_code_at(const Document& doc, uint32_t k) {
  if (k == 0 || k + 3 >= doc.tokens.size()) return false;
  auto code = [&](uint32_t i, size_t most) {
    const SV w = doc.token_text(i);
    return doc.tokens[i].kind == TokenKind::Word && w.size() <= most &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  auto tight = [&](uint32_t i) { return !(doc.tokens[i].flags & kSpaceBefore); };
  return is_lit(doc.token_text(k - 1), "(") && code(k, 6) && is_lit(doc.token_text(k + 1), ".") && tight(k + 1) &&
         tight(k + 2) && code(k + 2, 2) && is_lit(doc.token_text(k + 3), ")");
}

bool never_a_name(const Document& doc, const TokenFeatures& f, uint32_t first, uint32_t end) {
  if (first >= end || end > doc.tokens.size()) return false;
  // "the pro-Beijing camp", "anti-Kremlin protests" (the rules never start a name there; the tagger sometimes does)
  if (after_stance_prefix(doc, f, first)) return true;
  // "Kevin.A.Boone@accenture.com", "Lisa_coverletter.doc", "http://example.com/Ada_Kest": a word inside an e-mail
  // address's local part, a file's name or a web address is part of it, no name. Read on the run of tokens no
  // space parts, to a slash or a bracket ("Rudwell Johnson/ENRON@enronXgate" names the person before the slash;
  // "@Reece_Webbz", a handle, is the tagger's to read)
  // (asked of every name: most have a space before them and at most one mark after, where nothing is to see)
  const bool tight_before = first > 0 && !(doc.tokens[first].flags & kSpaceBefore);
  const bool tight_after = end + 1 < doc.tokens.size() && !(doc.tokens[end].flags & kSpaceBefore) &&
                           !(doc.tokens[end + 1].flags & kSpaceBefore);
  if (tight_before || tight_after) {
    constexpr uint32_t kReach = 12;  // (bounded: each side looks at a few tokens only)
    auto stops = [&](uint32_t k) {
      const SV w = doc.token_text(k);
      return is_lit(w, "/") || is_lit(w, "<") || is_lit(w, ">") || is_lit(w, "(") || is_lit(w, ")");
    };
    uint32_t b = first, e = end;
    while (b > 0 && first - b < kReach && !(doc.tokens[b].flags & kSpaceBefore) && !stops(b - 1)) --b;
    while (e < doc.tokens.size() && e - end < kReach && !(doc.tokens[e].flags & kSpaceBefore) && !stops(e)) ++e;
    static constexpr SV kFiles[] = {"doc", "docx", "jpg", "pdf", "png", "ppt", "pptx", "txt", "xls", "xlsx"};
    bool at = false;
    for (uint32_t k = end; k < e; ++k) {
      const SV w = doc.token_text(k);
      // the local part of an e-mail address, whose domain has a dot ("Becky Stephens@ENRON", a mail system's
      // way of writing a person, has none)
      if (w.find('@') != SV::npos) at = true;
      if (at && k + 1 < e && is_lit(w, ".") && doc.tokens[k + 1].kind == TokenKind::Word) return true;
      if (k > end && is_lit(doc.token_text(k - 1), ".") && one_of(w, kFiles)) return true;  // a file's name
    }
    // a web address's path: back over the tokens no space parts, slashes included
    for (uint32_t k = first; k > 0 && first - k < kReach && !(doc.tokens[k].flags & kSpaceBefore); --k) {
      const SV w = doc.token_text(k - 1);
      if (is_lit(w, "http") || is_lit(w, "https") || w.substr(0, 4) == "www.") return true;
    }
  }
  // "Halvex is a genus of moths", "Orrina varnis is a species of …": a taxon, as an encyclopedia's first sentence
  // defines it, names no person, organisation or place
  if (end + 3 < doc.tokens.size()) {
    const SV is = doc.token_text(end), a = doc.token_text(end + 1);
    if ((is_lit(is, "is") || is_lit(is, "was") || is_lit(is, "are")) && (is_lit(a, "a") || is_lit(a, "an"))) {
      static constexpr SV kTaxa[] = {"genus", "species", "subfamily", "subgenus", "subspecies"};
      for (uint32_t k = end + 2; k < end + 5 && k < doc.tokens.size(); ++k) {
        if (doc.tokens[k].kind != TokenKind::Word || (doc.tokens[k].flags & kCapitalised)) break;
        if (one_of(doc.token_text(k), kTaxa)) return true;
      }
    }
  }
  // "whose album Glass Harbour topped the charts", "the film Michael Clayton": a work named right after its kind
  // in lower case (lexicon.h's work nouns) is a work, whatever its words (a place's, a person's), and no one
  // scores works. ("his debut album, Northern Lights, on ECM": between commas too, but not "who wrote a novel,
  // Higuchi decided"; nor "In this movie Google and Amazon create …": after "this" or "that" a clause may start.)
  // (a title that opens with its article may start with words no name's: "her novel, The Glass Harbour, won",
  // where the span is "Harbour"; without the article the name may be the title's subject, "the drama Copying
  // Beethoven")
  uint32_t open = first;
  for (int n = 0; n < 4 && open > 0 && doc.tokens[open - 1].kind == TokenKind::Word &&
                  (doc.tokens[open - 1].flags & kCapitalised) && (doc.tokens[open].flags & kSpaceBefore);
       ++n)
    --open;
  if (open != first) {
    const SV opener = doc.token_text(open);
    if (!(is_lit(opener, "The") || is_lit(opener, "A") || is_lit(opener, "An"))) open = first;
  }
  if (open > 0) {
    const bool apposed = open > 1 && is_lit(doc.token_text(open - 1), ",") && end < doc.tokens.size() &&
                         (is_lit(doc.token_text(end), ",") || is_lit(doc.token_text(end), "("));
    const uint32_t kind = apposed ? open - 2 : open - 1;
    if ((f.lex(kind) & lx::kWorkNoun) && !(doc.tokens[kind].flags & kCapitalised) &&
        !(kind > 0 && (is_lit(doc.token_text(kind - 1), "this") || is_lit(doc.token_text(kind - 1), "that"))))
      return true;
  }
  // "The Kelby Hours is a 2011 British drama film directed by …", "Orrin Lane was an American sitcom": a name the
  // sentence calls a work ("is" or "was", "a", then at most five words of year, origin and genre before the work's
  // kind) is that work, as a wiki entry opens, and so is a part of its name ("Kelby" of "The Kelby Hours"). The
  // kind ends its noun phrase there ("is a British film director", "is an American film and television actress"
  // are people).
  uint32_t close = end;  // past the name's capitalised words
  while (close < doc.tokens.size() && close < end + 4 && doc.tokens[close].kind == TokenKind::Word &&
         (doc.tokens[close].flags & kCapitalised) && (doc.tokens[close].flags & kSpaceBefore))
    ++close;
  if (close + 2 < doc.tokens.size() && (is_lit(doc.token_text(close), "is") || is_lit(doc.token_text(close), "was")) &&
      (is_lit(doc.token_text(close + 1), "a") || is_lit(doc.token_text(close + 1), "an"))) {
    static constexpr SV kAfterWork[] = {"about", "based", "by", "directed", "produced", "released", "set",
                                        "starring", "that", "which", "written"};
    for (uint32_t k = close + 2; k < doc.tokens.size() && k < close + 8; ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind == TokenKind::Word && !(t.flags & kCapitalised) && (f.lex(k) & lx::kWorkNoun)) {
        const bool ends = k + 1 >= doc.tokens.size() || doc.tokens[k + 1].kind == TokenKind::Punct ||
                          one_of(doc.token_text(k + 1), kAfterWork);
        if (ends) return true;
      }
      if (t.kind == TokenKind::Punct && !hyphen_token(doc.token_text(k))) break;
    }
  }
  // "(BRK.OL)", "(VOD.L)": a share's code in brackets after a firm's name, the ticker and its exchange's letters
  // joined by a full stop; neither part is a name (the firm is named before the bracket)
  if (end == first + 1 && (share_code_at(doc, first) || (first >= 2 && share_code_at(doc, first - 2)))) return true;
  // 'the song "Orrin Street"', 'the "Night Harbor" franchise': a name that fills a quotation with its kind in lower
  // case right before or after the marks is a work's title (a person quoted so is a nickname, read elsewhere).
  // Quoted, a kind that is a verb or an adjective too names the work as well ('her book "Tessvik Island"'; bare,
  // "play Manchester", "book Abbott" are verbs).
  if (first >= 2 && end + 1 < doc.tokens.size() && is_quote_mark(doc.tokens[first - 1].kind) &&
      is_quote_mark(doc.tokens[end].kind) && !(doc.tokens[first].flags & kSpaceBefore) &&
      !(doc.tokens[end].flags & kSpaceBefore)) {
    static constexpr SV kQuotedKinds[] = {"book", "play", "show", "single", "track"};
    auto work_kind = [&](uint32_t k) {
      return doc.tokens[k].kind == TokenKind::Word && !(doc.tokens[k].flags & kCapitalised) &&
             ((f.lex(k) & lx::kWorkNoun) || one_of(doc.token_text(k), kQuotedKinds));
    };
    // (a kind after the marks ends its noun phrase: in 'the "Laugh Factory" comedy club' it is the club's kind)
    const uint32_t after = end + 2;
    const bool kind_ends = after >= doc.tokens.size() || doc.tokens[after].kind != TokenKind::Word ||
                           one_of(doc.token_text(after), kNounPhraseEnds);
    if (work_kind(first - 2) || (work_kind(end + 1) && kind_ends)) return true;
  }
  const auto party = [](SV w) { return w == "D" || w == "R" || w == "I"; };
  // A party and a state after a lawmaker's name: "R-Ky", "D-Calif", and written out between commas or brackets
  // ("Sen. Maria Kavrin, D-Tessaly, said", "(R-Massachusetts)")
  const auto between = [&](SV before, SV after) {
    return (is_lit(before, ",") && (is_lit(after, ",") || is_lit(after, "."))) || (is_lit(before, "(") &&
        is_lit(after, ")"));
  };
  // (the tag as a whole, or the state alone of it, as a tagger may give it)
  const uint32_t tag = end == first + 3 ? first : end == first + 1 && first >= 2 ? first - 2 : UINT32_MAX;
  if (tag != UINT32_MAX && party(doc.token_text(tag)) && hyphen_token(doc.token_text(tag + 1)) &&
      !(doc.tokens[tag + 1].flags & kSpaceBefore) && !(doc.tokens[tag + 2].flags & kSpaceBefore) &&
      (doc.tokens[tag + 2].span.size() <= 5 ||
       (tag > 0 && end < doc.tokens.size() && between(doc.token_text(tag - 1), doc.token_text(end)))))
    return true;
  // A storm ("Hurricane Ian", "Typhoon Haiyan", "Tropical Storm Alberto") or a ship ("USS Carney", "HMS Queen
  // Elizabeth"): a thing named like a person, no person.
  const auto storm_or_ship = [&](uint32_t k) {
    const SV w = doc.token_text(k);
    return is_lit(w, "Hurricane") || is_lit(w, "Typhoon") || is_lit(w, "Cyclone") || is_lit(w, "Storm") ||
        is_lit(w, "USS") || is_lit(w, "HMS");
  };
  if (storm_or_ship(first) || (first > 0 && storm_or_ship(first - 1))) return true;
  // An illness named after who described it, with its possessive ("Alzheimer's drug", "Parkinson's disease"): no
  // person of the story ("Parkinson said" without it stays a name)
  static constexpr SV kEponymIllnesses[] = {"Alzheimer", "Asperger", "Crohn", "Hodgkin", "Huntington", "Parkinson",
                                            "Tourette"};
  if (end == first + 1 && end < doc.tokens.size() && (doc.tokens[end].flags & kPossessive))
    for (const SV illness : kEponymIllnesses)
      if (doc.token_text(first) == illness) return true;
  // An illness or a virus named after where it was found ("the Marburg virus", "Lassa fever", "Lyme disease"): no
  // place of the story (a people's adjective stays: "the Spanish flu"; and a first name opens a person's name:
  // "that Benjamin Button disease")
  if (end < doc.tokens.size() && !(doc.tokens[end].flags & kCapitalised) &&
      !f.gz(first, TokenFeatures::kDemonym) &&
      !(end > first + 1 && f.gz(first, TokenFeatures::kFirst) && !f.gz(first, TokenFeatures::kPlaceMask))) {
    static constexpr SV kIllnesses[] = {"disease", "fever", "flu", "virus"};
    for (const SV illness : kIllnesses)
      if (doc.token_text(end) == illness) return true;
  }
  // "Iván DeJesús, Jr.": a generation's suffix alone, after its name's comma, is no name of its own
  if (end == first + 1 && lx::is_generation_suffix(doc.token_text(first)) && first > 0 &&
      is_lit(doc.token_text(first - 1), ","))
    return true;
  // "US$700 billion", "NZ $ 26 million", "HK$5": a country's letters that open a money amount before its dollar
  // sign (numbers.cpp, money_prefix, read them as the currency) name the currency, not the country.
  if (end == first + 1 && end < doc.tokens.size() && is_lit(doc.token_text(end), "$")) {
    const uint32_t at = doc.tokens[first].span.begin;
    const auto money = std::lower_bound(doc.numbers.begin(), doc.numbers.end(), at,
                                        [](const NumberMention& n, uint32_t b) { return n.span.begin < b; });
    if (money != doc.numbers.end() && money->span.begin == at && money->type == NumberType::Money) return true;
  }
  if (column_heads(doc, first)) return true;
  // "Brent crude", "Urals crude rose": a crude oil's grade is named after a field or a region, and is neither
  // that place nor a body, nor is any part of it ("Brent North Sea crude"); but "Iran crude exports", "Saudi
  // crude" are a country's or its people's oil
  uint32_t grade_end = end;
  while (grade_end < doc.tokens.size() && grade_end < end + 4 && doc.tokens[grade_end].kind == TokenKind::Word &&
         (doc.tokens[grade_end].flags & kCapitalised))
    ++grade_end;
  // ("U.S. West Texas Intermediate crude": the country before the grade is the country)
  const auto country_or_people = [&](uint32_t k) {
    return f.gz(k, gz::kCountry | TokenFeatures::kDemonym) || (f.lex(k) & lx::kCountryCode);
  };
  if (grade_end < doc.tokens.size() && doc.token_text(grade_end) == "crude" && !country_or_people(grade_end - 1) &&
      !country_or_people(end - 1))
    return true;
  // "(NASDAQ: KLVR)", "(NYSE: GE)": a ticker after its exchange and a colon names a share, no body of its own
  if (end == first + 1 && first >= 2 && is_lit(doc.token_text(first - 1), ":")) {
    static constexpr SV kExchanges[] = {"AMEX", "ASX", "Euronext", "HKEX", "LSE", "NASDAQ", "NSE", "NYSE", "Nasdaq",
                                        "OTC", "SGX", "TSX"};
    const SV exchange = doc.token_text(first - 2);
    for (const SV x : kExchanges)
      if (exchange == x) return true;
  }
  // "Pristimantis varnholmi", "Homo sapiens": a genus before a species' epithet in Latin (a lower-case word no
  // dictionary has, with a Latin ending) names a species, no person, body or place (not the first part of a
  // compound: "Wasps scrum-half Andy Gomarsall"; asked last, as it compares text)
  auto compound_after = [&] {
    return end + 2 < doc.tokens.size() && !(doc.tokens[end + 1].flags & kSpaceBefore) &&
           hyphen_token(doc.token_text(end + 1));
  };
  if (end == first + 1 && end < doc.tokens.size() && doc.tokens[end].kind == TokenKind::Word &&
      (doc.tokens[end].flags & kSpaceBefore) && !(doc.tokens[end].flags & kCapitalised) &&
      !f.gz(first, TokenFeatures::kFirst | TokenFeatures::kPlaceMask | TokenFeatures::kDemonym) &&
      !f.gz(end, TokenFeatures::kCommon) && !compound_after()) {
    const SV epithet = doc.token_text(end);
    static constexpr SV kLatin[] = {"i", "ae", "um", "us", "is", "ensis", "oides", "ata", "ica", "ens"};
    bool latin = false;
    for (const SV ending : kLatin) {
      const size_t n = epithet.size();
      latin = latin || (n >= ending.size() + 3 && epithet.substr(n - ending.size()) == ending);
    }
    bool lower = true;
    for (const char c : epithet) lower = lower && c >= 'a' && c <= 'z';
    if (latin && lower) return true;
  }
  // Titles only, and a name follows ("Sen. Mitch McConnell"): the title of that name. (Alone, "State", "Labor"
  // or "King" may name an organisation or a person; so does "Labour" before "MP": the member's party.)
  if (end == first + 1 && member_letters(doc, end)) return false;
  const auto title = [&](uint32_t k) {
    return (f.lex(k) & (lx::kTitle | lx::kAbbrevTitle)) || plural_of_title(doc.token_text(k));  // "Justices …"
  };
  for (uint32_t k = first; k < end; ++k)
    if (doc.tokens[k].kind != TokenKind::Word || !title(k)) return false;
  uint32_t next = end;
  if (next < doc.tokens.size() && is_lit(doc.token_text(next), ".")) ++next;
  const auto capitalised = [&](uint32_t k) {
    return k < doc.tokens.size() && doc.tokens[k].kind == TokenKind::Word && (doc.tokens[k].flags & kCapitalised) &&
           (doc.tokens[k].flags & kSpaceBefore);
  };
  // "served as Minister of Foreign Affairs", "Secretary of State for Trade": an office named by what it is of
  // or for, no one's name
  if (next == end && next + 1 < doc.tokens.size() &&
      (is_lit(doc.token_text(next), "of") || is_lit(doc.token_text(next), "for")) && capitalised(next + 1))
    return true;
  return capitalised(next);
}

void add_spans_in_order(std::vector<NameSpan>& spans, const std::vector<NameSpan>& added) {
  if (added.empty()) return;
  const size_t old = spans.size();
  spans.insert(spans.end(), added.begin(), added.end());
  std::inplace_merge(spans.begin(), spans.begin() + std::ptrdiff_t(old), spans.end(),
                     [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
}

SvMap full_name_surnames(const Document& doc, const std::vector<NameSpan>& spans) {
  std::optional<SvMap> surnames = last_words_of(
      doc, spans, [](const NameSpan& s) { return s.type == EntityType::Person && s.end >= s.first + 2; });
  return surnames ? std::move(*surnames) : SvMap(0);  // (an empty table: every look-up misses)
}

bool firm_word(const Document& doc, const TokenFeatures& f, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::Word && f.gz(i, TokenFeatures::kCompany) && (t.span.size() >= 4 || t.has(kAllCaps)) &&
         gz::company_word(doc.token_text(i)) == gz::kFirmOnly;
}

std::vector<uint8_t> sentences_in_capitals(const Document& doc) {
  std::vector<uint8_t> caps_of(doc.sentences.size(), 0);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    uint32_t words = 0, caps = 0;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind != TokenKind::Word || t.span.size() < 2) continue;
      ++words;
      caps += t.has(kAllCaps);
    }
    caps_of[i] = caps >= 3 && caps * 10 >= words * 8;
  }
  return caps_of;
}

std::vector<NameSpan> find_name_spans(const Document& doc) {
  TokenFeatures f;
  f.build(doc);
  return find_name_spans(doc, f);
}

}  // namespace lede
