#include "core/quote_lexicon.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace lede::qlex {

namespace {

// A word list sorted once on first use; lookups are binary searches over string_views into literals.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : w_(words) { std::sort(w_.begin(), w_.end()); }
  bool has(std::string_view x) const { return !x.empty() && std::binary_search(w_.begin(), w_.end(), x); }

 private:
  std::vector<std::string_view> w_;
};

}  // namespace

std::string_view lower(std::string_view w, char (&buf)[32]) {
  if (w.size() >= sizeof buf) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  return std::string_view(buf, w.size());
}

bool is_cue_verb(std::string_view w) {
  // Inflected forms spelled out: there is no lemmatiser in the core, and the list stays readable.
  static const WordSet k = {
      "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
      "write", "writes", "wrote", "writing", "post", "posts", "posted", "warn", "warns", "warned", "warning",
      "state", "states", "stated", "stating", "ask", "asks", "asked", "asking", "explain", "explains",
      "explained", "explaining", "note", "notes", "noted", "noting", "insist", "insists", "insisted",
      "insisting", "claim", "claims", "claimed", "claiming", "announce", "announces", "announced",
      "announcing", "declare", "declares", "declared", "declaring", "describe", "describes", "described",
      "describing", "tweet", "tweets", "tweeted", "tweeting", "comment", "comments", "commented",
      "commenting", "reply", "replies", "replied", "replying", "respond", "responds", "responded",
      "responding", "answer", "answers", "answered", "recall", "recalls", "recalled", "recalling",
      "acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted",
      "admitting", "argue", "argues", "argued", "arguing", "conclude", "concludes", "concluded",
      "emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing", "stress",
      "stresses", "stressed", "stressing", "urge", "urges", "urged", "urging", "suggest", "suggests",
      "suggested", "suggesting", "report", "reports", "reported", "reporting", "vow", "vows", "vowed",
      "vowing", "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging",
      "predict", "predicts", "predicted", "predicting", "confirm", "confirms", "confirmed", "confirming",
      "deny", "denies", "denied", "denying", "maintain", "maintains", "maintained", "maintaining",
      "observe", "observes", "observed", "remark", "remarks", "remarked", "concede", "concedes",
      "conceded", "complain", "complains", "complained", "complaining", "boast", "boasts", "boasted",
      "joke", "joked", "caution", "cautions", "cautioned", "shout", "shouted", "scream", "screamed",
      "whisper", "whispered", "yell", "yelled", "text", "texted", "recount", "recounts", "recounted",
      "testify", "testifies", "testified", "allege", "alleges", "alleged", "alleging", "accuse", "accused",
      "accuses", "blame", "blamed", "blames", "dismiss", "dismissed", "dismisses", "label", "labelled",
      "labeled", "brand", "branded", "term", "termed", "dub", "dubbed", "recommend", "recommends",
      "recommended", "recommending", "counter", "countered", "contend", "contends", "contended", "assert",
      "asserts", "asserted", "asserting", "assure", "assured", "wonder", "wondered", "quip", "quipped",
      "mused", "sighed", "demanded", "demand", "demands", "demanding", "threaten", "threatened",
      "threatens", "read", "reads", "continue", "continues", "continued", "quote", "quoted", "quoting",
      "cite", "cites", "cited", "citing", "called", "calls", "calling", "agree", "agreed", "agrees",
      "disagreed", "reiterated", "reiterates", "reiterating", "lamented", "laments", "told", "informed",
      "briefed", "wrote", "predicted", "condemned", "condemns", "criticised", "criticized", "praised",
      "hailed", "welcomed", "welcomes", "rejected", "rejects", "pointed", "explained", "clarified",
      "elaborated", "echoed", "echoes", "echoing", "charged", "opined", "proclaimed", "exclaimed",
      "shared", "pleaded", "begged", "mentioned", "mentions", "indicated", "indicates", "signalled"};
  return k.has(w);
}

bool is_passive_sensitive(std::string_view w) {
  static const WordSet k = {"told", "asked", "called", "described", "quoted", "cited", "dubbed", "labelled",
                            "labeled", "branded", "termed", "accused", "blamed", "urged", "warned",
                            "informed", "briefed", "criticised", "criticized", "praised", "reported",
                            "alleged", "said", "claimed", "rejected", "welcomed", "condemned", "dismissed",
                            "hailed", "read", "answered", "promised", "mentioned", "shared", "posted"};
  return k.has(w);
}

Pron pronoun(std::string_view w) {
  if (w == "he") return Pron::Male;
  if (w == "she") return Pron::Female;
  if (w == "it") return Pron::Neuter;
  if (w == "they" || w == "we") return Pron::Plural;
  return Pron::None;
}

bool is_preposition(std::string_view w) {
  static const WordSet k = {"of", "in", "on", "at", "by", "for", "from", "to", "with", "about", "after",
                            "before", "during", "since", "until", "into", "over", "under", "through",
                            "against", "among", "between", "without", "within", "across", "behind",
                            "near", "toward", "towards", "upon", "via", "amid", "amidst", "despite",
                            "ahead", "following", "per", "like", "than", "around", "throughout",
                            "beyond", "inside", "outside", "onto", "off", "regarding", "concerning",
                            "including", "unlike", "except", "besides", "alongside", "whilst", "up"};
  return k.has(w);
}

bool is_subordinator(std::string_view w) {
  static const WordSet k = {"when", "while", "whilst", "as", "although", "though", "because", "if",
                            "once", "whereas", "where", "unless", "whether", "since", "after", "before",
                            "until", "shortly", "soon", "even", "speaking", "asked", "however",
                            "meanwhile", "earlier", "later", "yesterday", "today", "separately",
                            "instead", "indeed", "allegedly", "reportedly", "still", "now", "then",
                            "also", "previously", "last", "this", "next", "overnight", "elsewhere"};
  return k.has(w);
}

bool is_conjunction(std::string_view w) {
  return w == "and" || w == "but" || w == "or" || w == "so" || w == "yet" || w == "nor" || w == "then";
}

bool is_determiner(std::string_view w) {
  static const WordSet k = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                            "their", "our", "my", "your", "another", "one", "some", "several", "many",
                            "two", "three", "four", "five", "other", "each", "every", "both", "no",
                            "most", "few", "all", "any", "such"};
  return k.has(w);
}

bool is_skippable(std::string_view w) {
  static const WordSet k = {"also", "later", "then", "has", "have", "had", "was", "is", "were", "are",
                            "would", "will", "previously", "reportedly", "further", "again", "recently",
                            "separately", "earlier", "subsequently", "once", "just", "only", "even",
                            "still", "repeatedly", "publicly", "privately", "simply", "quickly",
                            "firmly", "angrily", "today", "yesterday", "tonight", "finally", "had",
                            "did", "does", "do", "may", "might", "could", "should", "can", "shall",
                            "has", "already", "now", "clearly", "openly", "flatly", "bluntly",
                            "categorically", "emphatically", "initially", "originally", "recently",
                            "immediately", "often", "frequently", "usually", "always", "never",
                            "explicitly", "directly", "personally", "partly", "last", "tearfully",
                            "proudly", "confidently", "cautiously", "separately", "allegedly"};
  return k.has(w);
}

bool is_aux(std::string_view w) {
  static const WordSet k = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                            "do", "does", "did", "will", "would", "can", "could", "may", "might",
                            "must", "shall", "should", "am", "having", "won't", "can't", "didn't",
                            "doesn't", "isn't", "wasn't"};
  return k.has(w);
}

bool is_time_word(std::string_view w) {
  static const WordSet k = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "today", "yesterday", "tonight", "weekend", "morning",
                            "evening", "afternoon", "night", "week", "month", "year"};
  return k.has(w);
}

bool is_role_noun(std::string_view w) {
  static const WordSet k = {
      "leader", "president", "minister", "premier", "envoy", "chancellor", "king", "queen", "prince",
      "princess", "secretary", "spokesman", "spokeswoman", "spokesperson", "coach", "prosecutor", "chief",
      "ambassador", "mayor", "governor", "senator", "general", "commander", "official", "officials",
      "professor", "academic", "analyst", "researcher", "fellow", "expert", "correspondent", "reporter",
      "editor", "director", "ceo", "chairman", "chairwoman", "chair", "founder", "campaigner", "barrister",
      "lawyer", "attorney", "judge", "doctor", "negotiator", "diplomat", "mediator", "captain", "manager",
      "player", "striker", "candidate", "lawmaker", "legislator", "mp", "activist", "witness", "resident",
      "survivor", "author", "scientist", "economist", "adviser", "advisor", "aide", "head", "boss",
      "priest", "bishop", "pope", "cleric", "sheikh", "officer", "inspector", "detective", "commissioner",
      "representative", "delegate", "member", "founder", "owner", "executive", "strategist", "pollster",
      "historian", "spokespeople", "source", "sources", "father", "mother", "son", "daughter", "wife",
      "husband", "brother", "sister", "physician", "nurse", "teacher", "student", "farmer", "worker"};
  return k.has(w);
}

bool is_group_noun(std::string_view w) {
  static const WordSet k = {"media", "government", "administration", "military", "army", "police", "forces",
                            "ministry", "office", "officials", "sources", "authorities", "agency", "campaign",
                            "team", "party", "group", "council", "committee", "court", "company", "firm",
                            "embassy", "department", "statement", "report", "letter", "document", "website",
                            "newspaper", "broadcaster", "television", "radio", "channel", "network",
                            "organisation", "organization", "spokesman", "spokeswoman", "spokesperson",
                            "leadership", "cabinet", "movement", "militants", "fighters", "troops",
                            "residents", "critics", "analysts", "experts", "lawmakers", "diplomats",
                            "negotiators", "mediators", "officers", "leaders", "commanders", "officer",
                            "official", "spokespeople", "daily", "outlet", "service", "services"};
  return k.has(w);
}

bool is_title(std::string_view w) {
  static const WordSet k = {"president", "minister", "secretary", "senator", "sen", "rep", "governor",
                            "gov", "mayor", "king", "queen", "prince", "princess", "pope", "chancellor",
                            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "dr", "mr",
                            "mrs", "ms", "miss", "professor", "prof", "judge", "justice", "commander",
                            "leader", "ceo", "chairman", "chairwoman", "director", "coach", "captain",
                            "premier", "general", "gen", "lt", "col", "sgt", "capt", "adm", "cardinal",
                            "archbishop", "bishop", "rabbi", "imam", "sir", "dame", "lord", "lady",
                            "emir", "sultan", "sheikh", "chief", "officer", "campaigner", "barrister",
                            "lawyer", "attorney", "correspondent", "reporter", "analyst", "fellow"};
  return k.has(w);
}

bool is_name_particle(std::string_view w) {
  static const WordSet k = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "der",
                            "van", "von", "le", "la", "du", "dos", "das", "ben", "abu", "ter", "den"};
  return k.has(w);
}

bool is_relative(std::string_view w) { return w == "who" || w == "which" || w == "that" || w == "whose"; }

}  // namespace lede::qlex
