#include "core/lexicon/quote_lexicon.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/lexicon/titles.h"

namespace lede::qlex {

namespace {

// Every list below goes into one open-addressing hash table of word -> class bits, built once on first
// use: a word's classes cost one hash and usually one compare, no allocation.
class Table {
 public:
  Table() {
    add(pronoun_words, kPronoun);
    add(conjunction_words, kConjunction);
    add(relative_words, kRelative);
    add(function_words, kFunction);
    add(cue_words, kCue);
    add(passive_words, kPassive);
    add(preposition_words, kPreposition);
    add(subordinator_words, kSubordinator);
    add(determiner_words, kDeterminer);
    add(skippable_words, kSkippable);
    add(aux_words, kAux);
    add(time_words, kTime);
    add(role_words, kRole);
    add(group_words, kGroup);
    add_lowered(lexicon::kTitleWords, kTitle);  // titles.h: the words the name finder reads too, then our own
    add_lowered(lexicon::kSpeakerTitleWords, kTitle);
    add(particle_words, kParticle);
    size_t n = 64;
    while (n < entries_.size() * 3) n <<= 1;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const Slot& e : entries_) {
      size_t h = hash(e.word) & mask_;
      while (!slots_[h].word.empty() && slots_[h].word != e.word) h = (h + 1) & mask_;
      slots_[h].word = e.word;
      slots_[h].bits |= e.bits;
    }
    entries_.clear();
    entries_.shrink_to_fit();
  }
  uint32_t get(std::string_view x) const {
    if (x.empty()) return 0;
    for (size_t h = hash(x) & mask_;; h = (h + 1) & mask_) {
      const Slot& s = slots_[h];
      if (s.word.empty()) return 0;
      if (s.word.size() == x.size() && s.word == x) return s.bits;
    }
  }

 private:
  struct Slot {
    std::string_view word;
    uint32_t bits = 0;
  };
  template <size_t N>
  void add(const std::string_view (&words)[N], uint32_t bits) {
    for (std::string_view w : words) entries_.push_back({w, bits});
  }
  // A list written capitalised (titles.h, shared with the entity lexicon), added lower-cased.
  template <size_t N>
  void add_lowered(const std::string_view (&words)[N], uint32_t bits) {
    for (std::string_view w : words) {
      std::string& low = lowered_.emplace_back(w);  // (a deque: the strings the table views never move)
      for (char& c : low) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
      entries_.push_back({low, bits});
    }
  }
  static size_t hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ uint8_t(c)) * 16777619u;
    return h;
  }
    // Verbs (inflected forms) that introduce or follow reported speech. Inflections are spelled out:
  // there is no lemmatiser in the core, and the list stays readable.
    static constexpr std::string_view pronoun_words[] = {"he", "she", "it", "they", "we"};
  static constexpr std::string_view conjunction_words[] = {"and", "but", "or", "so", "yet", "nor", "then"};
  static constexpr std::string_view relative_words[] = {"who", "which", "that", "whose"};
  // Never part of a name or a description, whatever their case.
  static constexpr std::string_view function_words[] = {"i", "not", "there", "here", "why", "what", "how",
                                                        "where", "when", "whom", "according"};
  static constexpr std::string_view cue_words[] = {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "post", "posts", "posted", "warn", "warns", "warned", "warning",
        "state", "states", "stated", "stating", "ask", "asks", "asked", "asking", "explain", "explains",
        "explained", "explaining", "note", "notes", "noted", "noting", "insist", "insists", "insisted",
        "insisting", "claim", "claims", "claimed", "claiming", "announce", "announces", "announced",
        "announcing", "declare", "declares", "declared", "declaring", "describe", "describes", "described",
        "describing", "tweet", "tweets", "tweeted", "tweeting", "comment", "comments", "commented", "commenting",
        "reply", "replies", "replied", "replying", "respond", "responds", "responded", "responding", "answer",
        "answers", "answered", "recall", "recalls", "recalled", "recalling", "acknowledge", "acknowledges",
        "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting", "argue", "argues", "argued",
        "arguing", "conclude", "concludes", "concluded", "emphasised", "emphasized", "emphasises", "emphasizes",
        "emphasising", "emphasizing", "stress", "stresses", "stressed", "stressing", "urge", "urges", "urged",
        "urging", "suggest", "suggests", "suggested", "suggesting", "report", "reports", "reported", "reporting",
        "vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising", "pledge", "pledges",
        "pledged", "pledging", "predict", "predicts", "predicted", "predicting", "confirm", "confirms",
        "confirmed", "confirming", "deny", "denies", "denied", "denying", "maintain", "maintains", "maintained",
        "maintaining", "observe", "observes", "observed", "remark", "remarks", "remarked", "concede", "concedes",
        "conceded", "complain", "complains", "complained", "complaining", "boast", "boasts", "boasted", "joke",
        "joked", "caution", "cautions", "cautioned", "shout", "shouted", "scream", "screamed", "whisper",
        "whispered", "yell", "yelled", "text", "texted", "recount", "recounts", "recounted", "testify",
        "testifies", "testified", "allege", "alleges", "alleged", "alleging", "accuse", "accused", "accuses",
        "blame", "blamed", "blames", "dismiss", "dismissed", "dismisses", "label", "labelled", "labeled",
        "brand", "branded", "term", "termed", "dub", "dubbed", "recommend", "recommends", "recommended",
        "recommending", "counter", "countered", "contend", "contends", "contended", "assert", "asserts",
        "asserted", "asserting", "assure", "assured", "wonder", "wondered", "quip", "quipped", "mused", "sighed",
        "demanded", "demand", "demands", "demanding", "threaten", "threatened", "threatens", "read", "reads",
        "continue", "continues", "continued", "quote", "quoted", "quoting", "cite", "cites", "cited", "citing",
        "called", "calls", "calling", "agree", "agreed", "agrees", "disagreed", "reiterated", "reiterates",
        "reiterating", "lamented", "laments", "told", "informed", "briefed", "wrote", "predicted", "condemned",
        "condemns", "criticised", "criticized", "praised", "hailed", "welcomed", "welcomes", "rejected",
        "rejects", "pointed", "explained", "clarified", "elaborated", "echoed", "echoes", "echoing", "charged",
        "opined", "proclaimed", "exclaimed", "shared", "pleaded", "begged", "mentioned", "mentions", "indicated",
        "indicates", "signalled"};
    // Cue verbs whose subject is the listener when passive: "was told", "were asked".
    static constexpr std::string_view passive_words[] = {
        "told", "asked", "called", "described", "quoted", "cited", "dubbed", "labelled", "labeled", "branded",
        "termed", "accused", "blamed", "urged", "warned", "informed", "briefed", "criticised", "criticized",
        "praised", "reported", "alleged", "said", "claimed", "rejected", "welcomed", "condemned", "dismissed",
        "hailed", "read", "answered", "promised", "mentioned", "shared", "posted"};
    static constexpr std::string_view preposition_words[] = {
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "about", "after", "before", "during", "since",
        "until", "into", "over", "under", "through", "against", "among", "between", "without", "within",
        "across", "behind", "near", "toward", "towards", "upon", "via", "amid", "amidst", "despite", "ahead",
        "following", "per", "like", "than", "around", "throughout", "beyond", "inside", "outside", "onto", "off",
        "regarding", "concerning", "including", "unlike", "except", "besides", "alongside", "whilst", "up"};
    // Words opening an introductory phrase before a clause's subject.
    static constexpr std::string_view subordinator_words[] = {
        "when", "while", "whilst", "as", "although", "though", "because", "if", "once", "whereas", "where",
        "unless", "whether", "since", "after", "before", "until", "shortly", "soon", "even", "speaking", "asked",
        "however", "meanwhile", "earlier", "later", "yesterday", "today", "separately", "instead", "indeed",
        "allegedly", "reportedly", "still", "now", "then", "also", "previously", "last", "this", "next",
        "overnight", "elsewhere"};
    static constexpr std::string_view determiner_words[] = {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "another", "one", "some", "several", "many", "two", "three", "four", "five", "other", "each", "every",
        "both", "no", "most", "few", "all", "any", "such"};
    // Adverbs and auxiliaries that may stand between a subject and its cue verb.
    static constexpr std::string_view skippable_words[] = {
        "also", "later", "then", "has", "have", "had", "was", "is", "were", "are", "would", "will", "previously",
        "reportedly", "further", "again", "recently", "separately", "earlier", "subsequently", "once", "just",
        "only", "even", "still", "repeatedly", "publicly", "privately", "simply", "quickly", "firmly", "angrily",
        "today", "yesterday", "tonight", "finally", "had", "did", "does", "do", "may", "might", "could",
        "should", "can", "shall", "has", "already", "now", "clearly", "openly", "flatly", "bluntly",
        "categorically", "emphatically", "initially", "originally", "recently", "immediately", "often",
        "frequently", "usually", "always", "never", "explicitly", "directly", "personally", "partly", "last",
        "tearfully", "proudly", "confidently", "cautiously", "separately", "allegedly"};
    static constexpr std::string_view aux_words[] = {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should", "am", "having", "won't", "can't",
        "didn't", "doesn't", "isn't", "wasn't"};
    static constexpr std::string_view time_words[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "weekend", "morning", "evening", "afternoon", "night", "week", "month", "year"};
    static constexpr std::string_view role_words[] = {
        "leader", "president", "minister", "premier", "envoy", "chancellor", "king", "queen", "prince",
        "princess", "secretary", "spokesman", "spokeswoman", "spokesperson", "coach", "prosecutor", "chief",
        "ambassador", "mayor", "governor", "senator", "general", "commander", "official", "officials",
        "professor", "academic", "analyst", "researcher", "fellow", "expert", "correspondent", "reporter",
        "editor", "director", "ceo", "chairman", "chairwoman", "chair", "founder", "campaigner", "barrister",
        "lawyer", "attorney", "judge", "doctor", "negotiator", "diplomat", "mediator", "captain", "manager",
        "player", "striker", "candidate", "lawmaker", "legislator", "mp", "activist", "witness", "resident",
        "survivor", "author", "scientist", "economist", "adviser", "advisor", "aide", "head", "boss", "priest",
        "bishop", "pope", "cleric", "sheikh", "officer", "inspector", "detective", "commissioner",
        "representative", "delegate", "member", "founder", "owner", "executive", "strategist", "pollster",
        "historian", "spokespeople", "source", "sources", "father", "mother", "son", "daughter", "wife",
        "husband", "brother", "sister", "physician", "nurse", "teacher", "student", "farmer", "worker"};
    static constexpr std::string_view group_words[] = {
        "media", "government", "administration", "military", "army", "police", "forces", "ministry", "office",
        "officials", "sources", "authorities", "authority", "agency", "campaign", "team", "party", "group",
        "council", "committee", "court", "company", "firm", "embassy", "department", "statement", "report", "letter",
        "document", "website", "newspaper", "broadcaster", "television", "radio", "channel", "network",
        "organisation", "organization", "spokesman", "spokeswoman", "spokesperson", "leadership", "cabinet",
        "movement", "militants", "fighters", "troops", "residents", "critics", "analysts", "experts",
        "lawmakers", "diplomats", "negotiators", "mediators", "officers", "leaders", "commanders", "officer",
        "official", "spokespeople", "daily", "outlet", "service", "services"};
    static constexpr std::string_view particle_words[] = {
        "bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "van", "von", "le", "la",
        "du", "dos", "das", "ben", "abu", "ter", "den"};
  std::deque<std::string> lowered_;
  std::vector<Slot> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

std::string_view lower(std::string_view w, char (&buf)[32]) {
  if (w.size() >= sizeof buf) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  return std::string_view(buf, w.size());
}

uint32_t classes(std::string_view w) { return table().get(w); }

bool is_cue_verb(std::string_view w) { return table().get(w) & kCue; }
bool is_passive_sensitive(std::string_view w) { return table().get(w) & kPassive; }
bool is_preposition(std::string_view w) { return table().get(w) & kPreposition; }
bool is_subordinator(std::string_view w) { return table().get(w) & kSubordinator; }
bool is_determiner(std::string_view w) { return table().get(w) & kDeterminer; }
bool is_skippable(std::string_view w) { return table().get(w) & kSkippable; }
bool is_aux(std::string_view w) { return table().get(w) & kAux; }
bool is_time_word(std::string_view w) { return table().get(w) & kTime; }
bool is_role_noun(std::string_view w) { return table().get(w) & kRole; }
bool is_group_noun(std::string_view w) { return table().get(w) & kGroup; }
bool is_title(std::string_view w) { return table().get(w) & kTitle; }
bool is_name_particle(std::string_view w) { return table().get(w) & kParticle; }

Pron pronoun(std::string_view w) {
  if (w == "he") return Pron::Male;
  if (w == "she") return Pron::Female;
  if (w == "it") return Pron::Neuter;
  if (w == "they" || w == "we") return Pron::Plural;
  return Pron::None;
}

bool is_conjunction(std::string_view w) {
  return w == "and" || w == "but" || w == "or" || w == "so" || w == "yet" || w == "nor" || w == "then";
}

bool is_relative(std::string_view w) { return w == "who" || w == "which" || w == "that" || w == "whose"; }

}  // namespace lede::qlex
