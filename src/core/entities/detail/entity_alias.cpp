// entity_alias.cpp — "the Israeli leader" -> Benjamin Netanyahu, when the text's own words agree.
#include "core/entities/detail/entity_alias.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

using SV = std::string_view;

constexpr uint32_t kLookBackSentences = 6;  // "the Israeli leader" refers to someone named just before
constexpr uint32_t kContextTokens = 6;      // the words before a name that may hold its role
constexpr size_t kMentionsChecked = 32;     // an entity's first mentions searched for its role

bool ieq(SV a, SV b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Roles news uses to refer back to a person: one word, or two ("prime minister", "foreign minister").
const SV kRoles[] = {"leader",  "president", "premier",  "minister",   "chancellor", "envoy",  "king",
                     "queen",   "prince",    "emir",     "negotiator", "mediator",   "spokesman",
                     "spokeswoman", "spokesperson", "general", "commander", "secretary-general", "ambassador",
                     "senator", "governor",  "mayor",    "diplomat",   "official",   "chief",  "ceo"};

// A fixed list of lower-case words, asked case-insensitively. The words are grouped by length, so a look-up
// compares the two or three words of its own length, not the whole list: try_at asks these lists about every
// word after every "the" (a tenth of a news text's words), and the scans of whole lists were 3 % of the analysis.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const SV (&words)[N]) {
    for (SV w : words) {
      if (w.size() >= kMaxLen) std::abort();  // a list word this long would never be found
      by_len_[w.size()].push_back(w);
    }
  }
  bool has(SV w) const {
    if (w.size() >= kMaxLen) return false;
    for (SV s : by_len_[w.size()])
      if (ieq(w, s)) return true;
    return false;
  }

 private:
  static constexpr size_t kMaxLen = 24;
  std::vector<SV> by_len_[kMaxLen];
};

bool role_word(SV w) {
  static const WordSet kSet(kRoles);
  return kSet.has(w);
}

// A word that can sit between "the" and the role: "former", "embattled", "74-year-old", "new" — not a
// function word that would carry the phrase across a clause.
bool modifier(SV w) {
  static const SV kStop[] = {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from",
                             "with", "by", "as", "since", "that", "which", "who", "when", "while", "after",
                             "before", "than", "his", "her", "its", "their", "this", "these", "those", "said"};
  static const WordSet kSet(kStop);
  return !kSet.has(w);
}

// A modifier that makes the description a class, not a person named before: "the first head
// of state to speak", "the only president", "another leader", "the youngest minister". Such a phrase is said of
// someone (often the sentence's subject), not of the last person named, so linking it would guess.
bool sets_apart(SV w) {
  static const SV kApart[] = {"first", "second", "third", "last", "only", "next", "other", "another", "foreign",
                              "fellow", "sole", "same", "rival", "opposing"};
  static const WordSet kSet(kApart);
  if (kSet.has(w)) return true;
  // superlatives and their compounds: "youngest", "longest-serving"
  const size_t dash = w.find('-');
  const SV head = dash == SV::npos ? w : w.substr(0, dash);
  return head.size() >= 6 && ieq(head.substr(head.size() - 3), "est") && !ieq(head, "honest") && !ieq(head, "modest");
}

// A role word that is an adjective too ("the chief justice", "the general election", "the official figures",
// "the premier league"): a role only where the noun phrase ends on it, before a verb or a function word.
bool adjective_role(SV w) {
  static const SV kAdjectives[] = {"chief", "general", "official", "premier"};
  static const WordSet kSet(kAdjectives);
  return kSet.has(w);
}
bool ends_noun_phrase(SV w) {
  static const SV kEnds[] = {"and", "are", "as", "at", "but", "by", "for", "from", "had", "has", "have", "in", "is",
                             "on", "or", "said", "says", "that", "to", "told", "was", "were", "who", "will", "with",
                             "would"};
  static const WordSet kSet(kEnds);
  return kSet.has(w);
}

// The word before "the": a predicate ("making him the leader", "is the president", "as the envoy")
// describes its subject, not the person named last.
bool predicate_before(SV w) {
  static const SV kPred[] = {"him", "her", "them", "is", "was", "be", "been", "being", "became", "become",
                             "becomes", "becoming", "remains", "remained", "as", "named", "called"};
  static const WordSet kSet(kPred);
  return kSet.has(w);
}

struct Finder {
  explicit Finder(Document& d) : doc(d) {}  // (the other fields start empty)
  Document& doc;
  std::vector<Mention> aliases;
  // agrees() answers, by entity and the description's words: a long text of "the minister" after the
  // same few people asks the same question at every description (each a scan of 32 mentions' contexts).
  std::unordered_map<std::string, bool> agreed;

  SV text(uint32_t t) const { return doc.token_text(t); }
  bool word(uint32_t t) const { return t < doc.tokens.size() && doc.tokens[t].kind == TokenKind::Word; }

  // "prime minister" starting at token r: the one two-word role.
  bool prime_minister_at(uint32_t r) const { return word(r) && word(r + 1) && ieq(text(r), "prime") && ieq(text(r + 1), "minister"); }
  // The role at token r (one word, or "prime minister" ending at r): its first token, or r.
  uint32_t role_start(uint32_t r) const { return r > 0 && prime_minister_at(r - 1) ? r - 1 : r; }

  // Does the text name person entity e with this role (and nationality, when the description has one) in
  // the few words before one of its mentions? "leader" agrees with any head-of-government title.
  bool agrees(const Entity& e, uint32_t role_first, uint32_t role_last, SV nationality) const {
    const bool generic = ieq(text(role_last), "leader");
    // A role is written before one of the first few names (the full name comes early): bounded work even
    // for an entity named thousands of times.
    const size_t look = std::min<size_t>(e.mentions.size(), kMentionsChecked);
    for (size_t q = 0; q < look; ++q) {
      const Mention& m = doc.mentions[e.mentions[q]];
      if (m.is_alias) continue;
      const uint32_t t = doc.token_at_or_after(m.span.begin);
      uint32_t from = t > kContextTokens ? t - kContextTokens : 0;
      // (the words before another person's name are that person's: "Governor Ana Lund met Tomas Berg" names no
      // governor Berg)
      if (const uint32_t mi = e.mentions[q]; mi > 0 && doc.mentions[mi - 1].type == EntityType::Person &&
                                              doc.mentions[mi - 1].entity != m.entity)
        from = std::max(from, doc.token_at_or_after(doc.mentions[mi - 1].span.end));
      bool role = false, nat = nationality.empty();
      for (uint32_t k = from; k < t; ++k) {
        if (!word(k)) continue;
        const SV w = text(k);
        if (!nat && (ieq(w, nationality) || nationality_of_country(k, nationality))) nat = true;
        if (ieq(w, text(role_last)) && (role_first == role_last || (k > 0 && ieq(text(k - 1), text(role_first)))))
          role = true;
        if (generic && (ieq(w, "president") || ieq(w, "premier") || ieq(w, "chancellor") || ieq(w, "king") ||
                        ieq(w, "emir") || (k > 0 && prime_minister_at(k - 1))))
          role = true;
      }
      if (role && nat) return true;
    }
    return false;
  }
  // "Israel's President Herzog" agrees with "the Israeli president": a country before the name whose
  // nationality word starts like the description's ("Israel" / "Israeli", "Egypt" / "Egyptian").
  bool nationality_of_country(uint32_t k, SV nationality) const {
    const SV c = text(k);
    return c.size() >= 4 && nationality.size() > c.size() && ieq(nationality.substr(0, c.size() - 1), c.substr(0, c.size() - 1)) &&
           (gazetteer::place(c) & gazetteer::kCountry);
  }

  bool agrees_memo(int32_t entity, uint32_t role_first, uint32_t role_last, SV nationality) {
    std::string key = std::to_string(entity);
    for (const SV part : {role_first == role_last ? SV() : text(role_first), text(role_last), nationality}) {
      key += '\0';
      key.append(part);
    }
    const auto [it, added] = agreed.try_emplace(std::move(key), false);
    if (added) it->second = agrees(doc.entities[size_t(entity)], role_first, role_last, nationality);
    return it->second;
  }

  // "The city's mayor, Ana Lund, said": a person's name right after the description's comma is who it is (the
  // name is that person's own mention), not the last mayor named before it.
  bool person_in_apposition(uint32_t comma) const {
    if (comma + 1 >= doc.tokens.size() || text(comma) != ",") return false;
    const uint32_t at = doc.tokens[comma + 1].span.begin;
    const Mention* m = doc.mention_at(at);
    return m && m->span.begin == at && m->type == EntityType::Person;
  }

  void try_at(uint32_t the) {
    // "the" + up to three modifiers + a role, and the role ends the noun phrase
    // A wrong link is worse than none: predicates and descriptions of a class are left alone.
    if (the > 0 && word(the - 1) && predicate_before(text(the - 1))) return;
    uint32_t r = the + 1;
    SV nationality;
    for (uint32_t n = 0; n < 4 && word(r); ++n, ++r) {
      if (role_word(text(r)) && !(word(r + 1) && role_word(text(r + 1))) && !prime_minister_at(r)) break;
      if (prime_minister_at(r)) continue;
      if (sets_apart(text(r))) return;
      const Token& tk = doc.tokens[r];
      if (!tk.has(kCapitalised) && !modifier(text(r))) return;  // "the UK since the minister": no
      if (tk.has(kCapitalised)) {
        if (!gazetteer::demonym(text(r)) && text(r) != "US" && text(r) != "U.S.") return;  // "the White House"
        nationality = text(r);
      }
    }
    if (!word(r) || !role_word(text(r))) return;
    if (r + 1 < doc.tokens.size() && doc.tokens[r + 1].kind == TokenKind::Word &&
        (doc.tokens[r + 1].has(kCapitalised) || ieq(text(r + 1), "of")))
      return;  // "the president Joe Biden", "the leader of Hamas": not a bare description
    if (adjective_role(text(r)) && r + 1 < doc.tokens.size() && doc.tokens[r + 1].kind == TokenKind::Word &&
        !ends_noun_phrase(text(r + 1)))
      return;  // "the chief justice", "the general election", "the official figures": the role word an adjective
    if (person_in_apposition(r + 1)) return;
    const uint32_t first = role_start(r);
    const uint32_t sentence = doc.sentence_of(doc.tokens[the].span.begin);
    const uint32_t earliest = sentence > kLookBackSentences ? doc.sentences[sentence - kLookBackSentences].span.begin : 0;
    // The most recent person mentioned before the description (and not too long before).
    const uint32_t at = doc.tokens[the].span.begin;
    // (mentions are sorted: start just before the description, so a long document stays linear)
    const auto first_after = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), at,
                                              [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    for (size_t i = size_t(first_after - doc.mentions.begin()); i-- > 0;) {
      const Mention& m = doc.mentions[i];
      if (m.span.end <= earliest) break;
      if (m.type != EntityType::Person || m.entity < 0) continue;
      if (!agrees_memo(m.entity, first, r, nationality)) continue;
      Mention a;
      a.span = {doc.tokens[the].span.begin, doc.tokens[r].span.end};
      a.type = EntityType::Person;
      a.entity = m.entity;
      a.is_alias = true;
      aliases.push_back(a);
      return;
    }
  }

  void run() {
    // "the" in any case, tested without a branch on the token's length (a coin toss the predictor keeps
    // losing), as one four-byte load: three bytes are in the text (tokens t + 1 and t + 2 follow, each at
    // least a byte long), the fourth at worst the string's terminating '\0'. The masks come from byte arrays,
    // so the test holds in either byte order. (| 0x20 folds only 'T', 'H', 'E' onto 't', 'h', 'e': as ieq.)
    auto word4 = [](const char* p) { uint32_t w; std::memcpy(&w, p, 4); return w; };
    static const uint32_t kThe = word4("the"), kFold = word4("\x20\x20\x20"), kThree = word4("\xff\xff\xff");
    const char* chars = doc.text.data();
    for (uint32_t t = 0; t + 2 < doc.tokens.size(); ++t) {
      const ByteSpan sp = doc.tokens[t].span;
      const bool the = sp.size() == 3 && ((word4(chars + sp.begin) | kFold) & kThree) == kThe;
      if (the && word(t)) try_at(t);
    }
    if (aliases.empty()) return;
    // An alias may swallow a nationality inside it ("Israeli" in "the Israeli leader") but never a name
    // ("US" in "the US president" stays a place: then there is no alias), nor another alias.
    std::vector<Mention> kept;
    size_t mi = 0;
    for (const Mention& al : aliases) {
      if (!kept.empty() && kept.back().span.end > al.span.begin) continue;
      while (mi < doc.mentions.size() && doc.mentions[mi].span.end <= al.span.begin) ++mi;
      bool names_inside = false;
      for (size_t k = mi; k < doc.mentions.size() && doc.mentions[k].span.begin < al.span.end; ++k)
        if (doc.mentions[k].type != EntityType::Group || !al.span.contains(doc.mentions[k].span)) names_inside = true;
      if (!names_inside) kept.push_back(al);
    }
    if (kept.empty()) return;
    std::vector<Mention> merged;
    merged.reserve(doc.mentions.size() + kept.size());
    size_t a = 0;
    for (const Mention& m : doc.mentions) {
      while (a < kept.size() && kept[a].span.end <= m.span.begin) merged.push_back(kept[a++]);
      if (a < kept.size() && kept[a].span.overlaps(m.span)) continue;  // the nationality inside an alias
      merged.push_back(m);
    }
    while (a < kept.size()) merged.push_back(kept[a++]);
    doc.mentions = std::move(merged);
    for (Entity& e : doc.entities) e.mentions.clear();
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) doc.entities[size_t(doc.mentions[i].entity)].mentions.push_back(i);
  }
};

}  // namespace

void link_aliases(Document& doc) { Finder(doc).run(); }

}  // namespace lede
