// entity_cluster.cpp — links name spans into entities: surnames to full names, acronyms to what they abbreviate,
// then one type per entity from its strongest mention.
#include "core/entities/detail/entity_cluster.h"

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>

#include "core/detail/sv_map.h"
#include "core/entities/detail/entity_articles.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"
#include "core/lexicon/token_features.h"

namespace lede {
namespace {

using SV = std::string_view;

struct Info {
  SV name;                 // the name as written (a view into the text; names never span lines)
  SV key;                  // the same less an Arabic article it starts with ("Qaeda" of "al-Qaeda"): what it is
                           // matched by, so "al-Sisi", "Al-Sisi" and "Sisi" are one surname (entity_articles.h)
  SV first_word, last_word;
  uint32_t words = 0;
  const NameSpan* span = nullptr;
  int32_t cluster = -1;    // index of the Info whose key names the entity
  bool forced_person = false;
  bool forced_team = false;  // a mention typed a place that joined a side of the results table: votes for a team
};

// The key with a country's short form at its start written out ("U.S. Senate" -> "United States Senate"), so the
// short and full forms of one body's name are one key; empty when it opens with none.
std::string with_country_written_out(SV key) {
  static constexpr struct { SV short_form, full; } kForms[] = {
      {"U.S. ", "United States "}, {"US ", "United States "}, {"U.K. ", "United Kingdom "}, {"UK ", "United Kingdom "}};
  for (const auto& f : kForms)
    if (key.size() > f.short_form.size() && key.substr(0, f.short_form.size()) == f.short_form)
      return std::string(f.full).append(key.substr(f.short_form.size()));
  return {};
}

// Too sure of itself to become a person's surname: a country, region or listed place, or a group word.
// A city alone ("Henderson", "Lincoln") may well be the surname of someone named in full.
bool strong_place_or_group(const Info& m) {
  if (m.span->strength != Strength::Lexical) return false;
  if (m.span->type == EntityType::Group) return true;
  if (m.span->type != EntityType::Loc) return false;
  const uint8_t kind = gazetteer::place(m.key);
  return kind == 0 || (kind & (gazetteer::kCountry | gazetteer::kRegion | gazetteer::kCapital | gazetteer::kBigCity));
}

// A place's name that the words around it make the place: "the" before it, a place's preposition ("in Lincoln",
// "to Lincoln", "from Lincoln") or "of", or the town of an address ("the plan for Washington, D.C.", "Lincoln,
// Nebraska": a state or country after its comma).
bool placed_by_context(const Document& doc, const Info& m) {
  const uint32_t t = m.span->first;
  if (t > 0 && (doc.token_text(t - 1) == "the" || doc.token_text(t - 1) == "The")) return true;
  const uint32_t e = m.span->end;
  if (e + 1 < doc.tokens.size() && doc.token_text(e) == "," && doc.tokens[e + 1].has(kCapitalised) &&
      !doc.tokens[e + 1].has(kNewlineBefore)) {
    const std::string_view next = doc.token_text(e + 1);
    if (next == "D.C." || (gazetteer::place(next) & (gazetteer::kRegion | gazetteer::kCountry))) return true;
  }
  if (t == 0 || doc.tokens[t - 1].kind != TokenKind::Word) return false;
  const std::string_view prev = doc.token_text(t - 1);
  return lexicon::place_preposition(prev) || prev == "of";  // (the prepositions hold "from" and "to")
}

// "Mara Lincoln … Lincoln claims": a city's name that is the surname of someone named in full is that person,
// unless the words before make it a place (placed_by_context). Countries never are.
// (Not the surname of a shape-only guess that opens on a dictionary's word: a headline's "Key Delhi blast suspect
// arrested" names no one "Delhi"; "Valeska Paris", a first name no list holds, does name someone.)
bool city_as_surname(const Document& doc, const Info& m, const SvMap& by_surname, const std::vector<Info>& info) {
  if (m.span->type != EntityType::Loc) return false;
  const uint8_t kind = gazetteer::place(m.key);
  if (kind == 0 || (kind & gazetteer::kCountry)) return false;
  const int32_t* p = by_surname.find(m.key);
  if (!p || *p < 0) return false;
  const Info& person = info[size_t(*p)];
  if (person.span->strength == Strength::Guess && gazetteer::common_word_any_case(person.first_word)) return false;
  return !placed_by_context(doc, m);
}

// "Isabel Ruiz … me and Isabel": a place's name that is a listed first name, and the first name of the one person
// the document names in full with it, is that person (an interview, a profile, fiction), unless the context makes
// it a place. Not a country, a capital or a big city ("Jordan", "Sydney", "Paris": the place is meant far more
// often than a first name alone).
bool place_as_first_name(const Document& doc, const Info& m, const SvMap& by_first, const std::vector<Info>& info) {
  if (m.span->type != EntityType::Loc || !gazetteer::first_name(m.key)) return false;
  const uint8_t kind = gazetteer::place(m.key);
  if (kind == 0 || (kind & (gazetteer::kCountry | gazetteer::kCapital | gazetteer::kBigCity))) return false;
  const int32_t* p = by_first.find(m.key);
  if (!p || *p < 0 || info[size_t(*p)].span->strength == Strength::Guess) return false;
  return !placed_by_context(doc, m);
}

// Initials of the capitalised words, appended to out: "Israel Defense Forces" -> "IDF" ("of", "the" skipped).
void append_initials(SV key, std::string& out) {
  bool at_word = true;
  for (char c : key) {
    if (c == ' ' || c == '-') { at_word = true; continue; }
    if (at_word && c >= 'A' && c <= 'Z') out += c;
    at_word = false;
  }
}


// "Antonín Dvořák" … "Antonín Leopold Dvořák": a person named in full twice, once with middle names; the same
// first word and surname, and one of them is those two words alone.
bool with_middle_names(const Info& a, const Info& b) {
  return a.span->type == EntityType::Person && b.span->type == EntityType::Person && a.words >= 2 && b.words >= 2 &&
         (a.words == 2 || b.words == 2) && a.first_word == b.first_word && a.last_word == b.last_word;
}

// Two names that may be one entity's: the same, one inside the other ("Netanyahu", "Benjamin Netanyahu"), or one
// person with and without middle names.
bool one_name(const Info& x, const Info& y) {
  const SV a = x.key, b = y.key;
  return a == b || a.find(b) != SV::npos || b.find(a) != SV::npos || with_middle_names(x, y);
}

// Notes w -> i in map, or marks w ambiguous (-2) when another name already claimed it.
void claim(SvMap& map, SV w, int32_t i, const std::vector<Info>& info) {
  int32_t& v = map.get_or_add(w, i);
  if (v == i || v == -2) return;
  if (!one_name(info[size_t(v)], info[size_t(i)])) v = -2;
}

// The mention joins the cluster of the name `map` holds for `key`, when one name alone claimed it (claim above).
void join_claimed(const SvMap& map, SV key, Info& m, const std::vector<Info>& info) {
  const int32_t* o = map.find(key);
  if (o && *o >= 0) m.cluster = info[size_t(*o)].cluster;
}

// The name ends on an abbreviation whose full stop follows ("Apple Inc.", "Ford Motor Co.", "Clay Tice Jr.",
// "William L."): the stop is part of the name, also where it ends the sentence too.
bool abbreviation_ends(const Document& doc, const NameSpan& s, EntityType type) {
  if (s.end >= doc.tokens.size() || doc.token_text(s.end) != "." || (doc.tokens[s.end].flags & kSpaceBefore) ||
      (doc.tokens[s.end].flags & kNewlineBefore))
    return false;
  const SV w = doc.token_text(s.end - 1);
  if (w == "Inc" || w == "Corp" || w == "Co" || w == "Cos" || w == "Ltd" || w == "Bros" || w == "Jr" || w == "Sr")
    return true;
  return type == EntityType::Person && s.end >= s.first + 2 && w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

// The name as one line: a line break a wrapped text put inside it ("Jim\nIrvine", line_wraps.h), and any run
// of blanks, one space.
void assign_one_line(std::string& out, SV name) {
  bool plain = true;  // (nearly every name: one space between words, copied whole)
  for (size_t i = 0; i < name.size() && plain; ++i)
    plain = name[i] != '\n' && name[i] != '\r' && name[i] != '\t' && !(name[i] == ' ' && i > 0 && name[i - 1] == ' ');
  if (plain) {
    out.assign(name);
    return;
  }
  out.clear();
  bool blank = false;
  for (const char c : name) {
    const bool b = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (b && !blank) out += ' ';
    if (!b) out += c;
    blank = b;
  }
}

}  // namespace

void cluster_mentions(Document& doc, const std::vector<NameSpan>& spans) {
  TokenFeatures f;
  f.build(doc);
  cluster_mentions(doc, f, spans);
}

void cluster_mentions(Document& doc, const TokenFeatures& features, const std::vector<NameSpan>& spans) {
  doc.mentions.clear();
  doc.entities.clear();
  // "82nd Airborne Division": an ordinal inside a unit's name is no figure (spans and numbers are both
  // sorted: one merge-like pass)
  {
    size_t si = 0;
    auto inside_unit = [&](const NumberMention& n) {
      for (; si < spans.size(); ++si) {
        const NameSpan& s = spans[si];
        if (!s.absorbs_number) continue;
        const ByteSpan name{doc.tokens[s.first].span.begin, doc.tokens[s.end - 1].span.end};
        if (name.end <= n.span.begin) continue;
        return name.contains(n.span);
      }
      return false;
    };
    doc.numbers.erase(std::remove_if(doc.numbers.begin(), doc.numbers.end(), inside_unit), doc.numbers.end());
  }
  const auto& tk = doc.tokens;
  const size_t n = spans.size();
  std::vector<Info> info(n);
  std::deque<std::string> written_out;  // keys with a country written out (a deque: the views stay valid)
  for (size_t i = 0; i < n; ++i) {
    const NameSpan& s = spans[i];
    Info& m = info[i];
    m.span = &s;
    m.name = doc.slice({tk[s.first].span.begin, tk[s.end - 1].span.end});
    // (past an article: "al-Qaeda" and "Qaeda" are one key; so are a body's "Al Jazeera" and "Al-Jazeera")
    const uint32_t from = s.first + 2 < s.end && glued_article(doc, s.first) ? s.first + 2
                          : s.type == EntityType::Org && s.first + 1 < s.end && spaced_article(doc, s.first)
                              ? s.first + 1
                              : s.first;
    m.key = doc.slice({tk[from].span.begin, tk[s.end - 1].span.end});
    // ("U.S. Senate", "US Senate", "United States Senate": one body, keyed by the full name)
    if (s.type != EntityType::Person && s.end > s.first + 1) {
      if (std::string full = with_country_written_out(m.key); !full.empty()) {
        written_out.push_back(std::move(full));
        m.key = written_out.back();
      }
    }
    for (uint32_t t = from; t < s.end; ++t) {
      if (tk[t].kind != TokenKind::Word || !tk[t].has(kCapitalised)) continue;
      if (tk[t].span.size() <= 3 && glued_article(doc, t)) continue;  // "Al" of "Khalil Al-Hayya": no word of its own
      const SV w = doc.token_text(t);
      if (m.words == 0) m.first_word = w;
      // ("Martin Luther King Jr." … "King": a generation's suffix after a first name and surname is no surname)
      if (m.words < 2 || !lexicon::is_generation_suffix(w)) m.last_word = w;
      ++m.words;
    }
  }
  // The tables below start small and grow with what is put in them: sized for every span up front, seven of
  // them took ~29 bytes per input byte on a text that is one name after another ("Smith's '" repeated,
  // issue 14), while they hold only the distinct names (one, there). Each holds one kind of word (surnames,
  // first words, acronyms …): a quarter of the spans is room enough for most articles, and clearing twelve
  // tables sized for every span was 0.5 % of the analysis.
  const size_t start = std::min<size_t>(n, 4096) / 4;
  // A word the document itself calls an organisation, by a cue or a list ("the carmaker Brennan"), is nobody's
  // first name or surname there, although a name begins or ends with it ("the Brennan Falcon", a product the
  // rules or the tagger took for a person): else one such span makes every mention of the company a person.
  // One table of the one-word names: bit 1 written alone, bit 2 an organisation by a cue or a list.
  SvMap lone(start);
  for (const Info& m : info) {
    if (m.words != 1) continue;
    int32_t& bits = lone.get_or_add(m.key, 0);
    bits |= 1 | (m.span->type == EntityType::Org && m.span->strength != Strength::Guess ? 2 : 0);
  }
  auto org_backed = [&](SV w) {
    const int32_t* b = lone.find(w);
    return b && (*b & 2);
  };
  // And "Brennan Falcon" itself is the company's product or division, not a person: the mention is the company,
  // "Brennan". Unless the second word is a person's name alone elsewhere ("Morgan Freeman … Freeman said") or a
  // list or title backs the person. The shortened spans live in `company`, sized first so pointers stay valid.
  auto company_first = [&](const Info& m) {
    return m.words == 2 && m.span->type == EntityType::Person && m.span->strength != Strength::Lexical &&
           tk[m.span->first].kind == TokenKind::Word && doc.token_text(m.span->first) == m.first_word &&
           org_backed(m.first_word) && !lone.find(m.last_word);
  };
  size_t trims = 0;
  for (const Info& m : info) trims += company_first(m) ? 1 : 0;
  std::vector<NameSpan> company;
  company.reserve(trims);
  for (Info& m : info) {
    if (!company_first(m)) continue;
    NameSpan s = *m.span;
    s.end = s.first + 1;
    s.type = EntityType::Org;
    s.strength = Strength::Guess;
    s.unbacked = false;
    company.push_back(s);
    m.span = &company.back();
    m.name = m.key = m.last_word = m.first_word;
    m.words = 1;
  }

  // Same text, same entity (until the steps below join more); but in sports, a team in a table of results and
  // a place where something happens each apart from the other mentions of its name (NameSpan::team, ::venue).
  // The team's other mentions typed an organisation ("Arsenal beat Chelsea 2-1" above "Arsenal 2 Chelsea 1") are
  // that team: the table's sides are keyed first, so the text's mentions find them wherever the table stands.
  // The place's other mentions typed a place ("Ada Kest of Croatia" beside "Ada Kest (Croatia)") are that place.
  SvMap by_key(start), by_team_key(0), by_venue_key(0);
  for (size_t i = 0; i < n; ++i) {
    const NameSpan& s = *info[i].span;
    if (s.team) info[i].cluster = by_team_key.get_or_add(info[i].key, int32_t(i));
    if (s.venue && !s.team) info[i].cluster = by_venue_key.get_or_add(info[i].key, int32_t(i));
  }
  for (size_t i = 0; i < n; ++i) {
    const NameSpan& s = *info[i].span;
    if (s.team || s.venue) continue;
    // (a mention typed a place joins the team too unless it says where: "Crystal Palace were held at home" below
    // "Crystal Palace 1 Coventry 1", where the place's word "Palace" typed it; "in Leeds" is a venue; so does a
    // shape-only guess the tagger typed a person, "Varnholm held Halden to a draw" above "Varnholm 0 Halden 0")
    const bool team_like = s.type == EntityType::Org || (s.type == EntityType::Loc && !s.dateline) ||
                           (s.type == EntityType::Person && s.strength == Strength::Guess && !s.tagged);
    const int32_t* team = team_like ? by_team_key.find(info[i].key) : nullptr;
    const int32_t* venue = s.type == EntityType::Loc ? by_venue_key.find(info[i].key) : nullptr;
    info[i].cluster = team ? *team : venue ? *venue : by_key.get_or_add(info[i].key, int32_t(i));
    info[i].forced_team = team && s.type != EntityType::Org;
  }

  // 1. People named in full index their surnames and first names; a name with middle names joins the same
  // person named without them (with_middle_names), so the surname alone is no longer two people's.
  SvMap by_surname(start), by_first(start);
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.span->type != EntityType::Person || m.words < 2) continue;
    claim(by_surname, m.last_word, int32_t(i), info);
    claim(by_first, m.first_word, int32_t(i), info);
  }
  // "Ada Solheim … Solheim studied … her husband Tomas Solheim": a surname two people share is the first one's
  // where it stands after the first is named and before the second is (a surname refers back to a name already
  // given; after both it stays apart). Per shared surname: the first claimant, and where the next one starts.
  struct Shared {
    int32_t first = -1;
    uint32_t next_at = UINT32_MAX;
  };
  SvMap shared_slot(0);
  std::vector<Shared> shared;
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.span->type != EntityType::Person || m.words < 2) continue;
    const int32_t* p = by_surname.find(m.last_word);
    if (!p || *p != -2) continue;
    const int32_t slot = shared_slot.get_or_add(m.last_word, int32_t(shared.size()));
    if (size_t(slot) == shared.size()) shared.push_back({int32_t(i), UINT32_MAX});
    Shared& sh = shared[size_t(slot)];
    if (!one_name(info[size_t(sh.first)], m) && sh.next_at == UINT32_MAX) sh.next_at = m.span->first;
  }
  // (only a mention typed a person on its own: a firm named after its family, "Caloi" beside "Luigi Caloi" and
  // "Guido Caloi", is no one of them)
  auto named_before = [&](const Info& m) -> const int32_t* {
    if (m.span->type != EntityType::Person) return nullptr;
    const int32_t* slot = shared_slot.find(m.key);
    if (!slot) return nullptr;
    const Shared& sh = shared[size_t(*slot)];
    return info[size_t(sh.first)].span->first < m.span->first && m.span->first < sh.next_at ? &sh.first : nullptr;
  };
  // (keyed by first word and surname, so a third person of that surname, "Alexander Gordon" beside "Patrick
  // Gordon" and "Patrick Leopold Gordon", leaves the two forms of one name joined)
  std::deque<std::string> first_last;  // each distinct key's bytes once (a deque: the views stay valid)
  SvMap by_first_last(0);
  std::string key;
  bool middle_names = false;  // (most documents name no one with three words or more: no table then)
  for (const Info& m : info) middle_names = middle_names || (m.span->type == EntityType::Person && m.words >= 3);
  for (size_t i = 0; i < n && middle_names; ++i) {
    const Info& m = info[i];
    if (m.span->type != EntityType::Person || m.words != 2) continue;
    key.assign(m.first_word).append(1, '\n').append(m.last_word);
    if (by_first_last.find(key)) continue;
    first_last.push_back(key);
    by_first_last.get_or_add(first_last.back(), int32_t(i));
  }
  if (!first_last.empty()) {
    for (Info& m : info) {
      if (m.span->type != EntityType::Person || m.words < 3) continue;
      key.assign(m.first_word).append(1, '\n').append(m.last_word);
      if (const int32_t* p = by_first_last.find(key)) m.cluster = info[size_t(*p)].cluster;
    }
  }

  // 1b. A person named in three words or more is also named by its last words ("Gabriel Garcia Marquez" …
  // "Garcia Marquez", a double surname) and by the word before its particle ("Luiz Inacio Lula da Silva" …
  // "Lula", the name a Brazilian is known by): keyed when one person alone has that tail; a name of two words or
  // more joins here, a word alone in 2.
  // Only a name that opens like a person's: a span that took in the word before the name ("Senator-elect",
  // "Middle East Tobias Ellwood") or two names side by side ("Basil Zempilas Glen Jakovich") would make its
  // wrong long form the name of every right mention. So the name opens with a first name the lists know or
  // a word no dictionary, place list or demonym list has ("Usamah"), and a tail opens with no first name.
  auto opens_like_a_person = [](SV w) {
    return gazetteer::first_name(w) ||
           (!gazetteer::common_word_any_case(w) && !gazetteer::place(w) && !gazetteer::demonym(w));
  };
  SvMap by_tail(0);
  for (size_t i = 0; i < n && middle_names; ++i) {
    const Info& m = info[i];
    const NameSpan& s = *m.span;
    // ("Marine Le Pen": "Marine" is a dictionary word, but a French surname's "Le" says the name is a person's)
    const bool french_particle = s.first + 1 < s.end && doc.token_text(s.first + 1) == "Le";
    if (s.type != EntityType::Person || m.words < 3 || s.unbacked ||
        !(opens_like_a_person(m.first_word) || french_particle))
      continue;
    for (uint32_t t = s.first + 1; t + 1 < s.end; ++t) {
      if (tk[t].kind != TokenKind::Word || !tk[t].has(kCapitalised) || !tk[t].has(kSpaceBefore) ||
          tk[t - 1].kind != TokenKind::Word)
        continue;
      const SV tail = doc.slice({tk[t].span.begin, tk[s.end - 1].span.end});
      if (tail.find('\n') == SV::npos && !gazetteer::first_name(doc.token_text(t)))
        claim(by_tail, tail, int32_t(i), info);
      if (lexicon::name_particle(doc.token_text(t + 1)) && !tk[t + 1].has(kCapitalised))
        claim(by_tail, doc.token_text(t), int32_t(i), info);
    }
  }
  // ("Femke van Roosendaal" … "Van Roosendaal, 44, defeated": the surname with its particle, which a sentence's
  // first word writes with a capital; keyed in lower case, as the text writes it inside the name)
  for (size_t i = 0; i < n; ++i) {
    const NameSpan& s = *info[i].span;
    if (s.type != EntityType::Person || s.end < s.first + 3 || s.unbacked) continue;
    for (uint32_t t = s.first + 1; t + 1 < s.end; ++t)
      if (tk[t].kind == TokenKind::Word && !tk[t].has(kCapitalised) && lexicon::name_particle(doc.token_text(t)) &&
          tk[t - 1].has(kCapitalised) && tk[s.end - 1].has(kCapitalised)) {
        const SV tail = doc.slice({tk[t].span.begin, tk[s.end - 1].span.end});
        if (tail.find('\n') == SV::npos) claim(by_tail, tail, int32_t(i), info);
        break;
      }
  }
  std::string particle_key;  // (a name opening on a capitalised particle, looked up with it in lower case)
  for (Info& m : info) {
    if (m.span->type != EntityType::Person || m.words < 2) continue;
    join_claimed(by_tail, m.key, m, info);
    const SV first = m.first_word;
    // (only where the name as written claims nothing: "Bin Laden" stays with "Usamah Bin Laden" beside "Osama bin
    // Laden")
    if (!by_tail.find(m.key) && !first.empty() && first[0] >= 'A' && first[0] <= 'Z' && first.size() <= 4) {
      particle_key.assign(m.key.data(), m.key.size());
      particle_key[0] = char(particle_key[0] - 'A' + 'a');
      if (lexicon::name_particle(SV(particle_key).substr(0, first.size())))
        join_claimed(by_tail, particle_key, m, info);
    }
  }

  // 2. Short forms of people: "Netanyahu", "Witkoff", "Ahmed" (never an acronym: "KTB" is no one's name).
  for (Info& m : info) {
    if (m.words != 1 || m.span->acronym || lexicon::known_org(m.key) || org_backed(m.key)) continue;
    const bool as_first_name = place_as_first_name(doc, m, by_first, info);
    if (strong_place_or_group(m) && !city_as_surname(doc, m, by_surname, info) && !as_first_name) continue;
    const int32_t* p = by_surname.find(m.key);
    // (a surname two people share stays apart where both are named, also from a third person whose first name it
    // is: "Ahmed Mohamed … his father, Mohamed Hassan Mohamed … Mohamed said" is neither, for all the lists know;
    // a person's still, where its own span says so)
    const bool shared_surname = p && *p == -2;
    if (shared_surname) p = named_before(m);
    if (!p || *p < 0) p = by_tail.find(m.key);
    if ((!p || *p < 0) && shared_surname) {
      m.forced_person = m.span->type == EntityType::Person;
      continue;
    }
    if (!p || *p < 0) {
      // (a first name alone after "in", "at", "near" … or that the context makes a place is where, not who: "a
      // club based in Kelby, Norvia" beside "the Kelby Ironworks", "the mayor of Kelby" below "Kelby Mayor …")
      const uint32_t t = m.span->first;
      if (m.span->type == EntityType::Loc &&
          (m.span->strength == Strength::Cue || (t > 0 && doc.tokens[t - 1].kind == TokenKind::Word &&
                                                 lexicon::place_preposition(features.lower32(t - 1)))))
        continue;
      p = by_first.find(m.key);
      if (!p || *p < 0 || (gazetteer::place(m.key) && !as_first_name)) continue;
    }
    // A person guessed from shape alone ("Warhol Polaroids") lends its words only to names, not to nouns.
    if (info[size_t(*p)].span->strength == Strength::Guess && m.span->strength != Strength::Cue &&
        gazetteer::common_word_any_case(m.key) && !gazetteer::proper_word(m.key))
      continue;
    m.cluster = info[size_t(*p)].cluster;
    m.forced_person = true;
  }

  // "Green Renewal Party" … "Green Renewal": an organisation's name without its last, generic word
  // (Party, Alliance, Group …) is the same organisation. (Not where what is left ends on a body's word too, and
  // the word dropped is no firm's legal or generic ending: the "Orrin Valley Railway Society" runs the "Orrin
  // Valley Railway", a body of its own, as do the "Kelby University Hospital" and the "Halden Police Federation";
  // but the "Halvex Trust Company" is the "Halvex Trust")
  SvMap org_stem(start);
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.words < 3 || m.span->type != EntityType::Org || !lexicon::is_org_word(m.last_word)) continue;
    const SV stem = m.key.substr(0, m.key.size() - m.last_word.size());
    if (stem.size() < 2 || stem.back() != ' ') continue;
    const SV stem_last = doc.token_text(m.span->end - 2);
    if (lexicon::is_org_word(stem_last) && !lexicon::org_suffix(stem_last) && !lexicon::org_suffix(m.last_word))
      continue;
    claim(org_stem, stem.substr(0, stem.size() - 1), int32_t(i), info);
  }
  for (Info& m : info) {
    if (m.forced_person || m.words < 2 || m.span->type != EntityType::Org) continue;
    join_claimed(org_stem, m.key, m, info);
  }

  // "Kelby Rovers F.C." … "Kelby Rovers Football Club" … "Kelby Rovers", "Halvard Mining Ltd" … "Halvard Mining
  // Limited", "Halvex AG" … "Halvex": a club's or a firm's legal ending (English, or the continent's: AG, SA, NV,
  // AB, ASA, SpA, Oy …), short or spelled out, or none, names the same body.
  // (the name's last word is compared, not every ending with every name: this runs for each organisation's mention)
  auto legal_stem = [](SV key) {
    static constexpr SV kLast[] = {"F.C.", "FC", "A.F.C.", "AFC", "Inc.", "Inc", "Incorporated", "Corp.", "Corp",
                                   "Corporation", "Ltd.", "Ltd", "Limited", "plc", "PLC", "Plc", "LLC", "LLP", "Co.",
                                   "Co", "AG", "GmbH", "SA", "S.A.", "NV", "N.V.", "AB", "ASA", "AS", "SpA", "S.p.A.",
                                   "Oy", "Oyj"};
    const size_t space = key.rfind(' ');
    if (space == SV::npos || space < 2) return SV();
    const SV last = key.substr(space + 1);
    if (last == "Club") {  // "… Football Club"
      const SV before = key.substr(0, space);
      return before.size() > 10 && before.substr(before.size() - 9) == " Football" ? before.substr(0, before.size() - 9)
                                                                                   : SV();
    }
    for (const SV end : kLast)
      if (last == end) return key.substr(0, space);
    return SV();
  };
  SvMap by_legal_stem(start);
  for (const Info& m : info)
    if (m.span->type == EntityType::Org && !m.span->unbacked && !m.span->team)
      if (const SV stem = legal_stem(m.key); !stem.empty()) by_legal_stem.get_or_add(stem, m.cluster);
  // (and a one-word name the shape alone made a person: "Halvex AG fell 4.5 percent … Halvex said", where the
  // tagger reads "Halvex said" as someone speaking; a surname of a person named in full is forced_person)
  auto firm_named_short = [](const Info& m) {
    return m.words == 1 && m.span->type == EntityType::Person && m.span->strength == Strength::Guess;
  };
  for (Info& m : info) {
    if (m.forced_person || (m.span->type != EntityType::Org && !firm_named_short(m)) || m.span->team) continue;
    const SV stem = legal_stem(m.key);
    if (const int32_t* c = by_legal_stem.find(stem.empty() ? m.key : stem)) m.cluster = *c;
  }

  // "European Commission" … "the Commission said": the generic word alone is the one organisation of the
  // document that ends on it (none when two do: "European Commission", "Federal Trade Commission").
  SvMap org_last(start);
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.words >= 2 && m.span->type == EntityType::Org && !m.span->unbacked && lexicon::is_org_word(m.last_word))
      claim(org_last, m.last_word, int32_t(i), info);
  }
  for (Info& m : info) {
    if (m.words != 1 || m.forced_person || m.span->type != EntityType::Org || m.span->unbacked) continue;
    if (lexicon::is_org_word(m.key)) join_claimed(org_last, m.key, m, info);
  }

  // "U.S. Senate" … "Senate", "New York Times" … "Times": an organisation's name without the place it opens
  // with is the same organisation (when one organisation of the document alone has that rest).
  SvMap org_rest(start);
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.words < 2 || m.words > 4 || m.span->type != EntityType::Org || m.span->unbacked) continue;
    for (size_t at = m.key.find(' '), k = 0; at != SV::npos && k < 2; at = m.key.find(' ', at + 1), ++k) {
      const SV lead = m.key.substr(0, at);
      if (gazetteer::place(lead) || lexicon::country_code(lead))
        claim(org_rest, m.key.substr(at + 1), int32_t(i), info);
    }
  }
  for (Info& m : info) {
    // (it names a known body, it does not back a guess of a dictionary word: "# Jobs" is no short name of
    // "Grimsby Jobs"; but "for the Yankees, who have won" is the "New York Yankees", and so is "The Yankees said in
    // a statement", a one-word shape guess the tagger read as someone speaking: firm_named_short)
    if (m.forced_person || (m.span->type != EntityType::Org && !firm_named_short(m)) || m.span->team) continue;
    if (m.span->unbacked && gazetteer::common_word_any_case(m.key)) continue;
    join_claimed(org_rest, m.key, m, info);
  }

  // "Green Party of Canada" … "Green Party", "Royal Bank of Canada" … "Royal Bank": an organisation's name without
  // the place it ends with after "of" is the same organisation (its rest of two words or more, ending on a body's
  // word, when one organisation of the document alone has it; not "Bank of England" … "Bank")
  SvMap org_head(start);
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.words < 3 || m.span->type != EntityType::Org || m.span->unbacked) continue;
    const size_t of = m.key.rfind(" of ");
    if (of == SV::npos || m.key.find(' ', of + 4) != SV::npos) continue;  // (the place: one word, "of Canada")
    const SV head = m.key.substr(0, of), place = m.key.substr(of + 4);
    const size_t last = head.rfind(' ');
    if (last == SV::npos || !lexicon::is_org_word(head.substr(last + 1))) continue;
    if (gazetteer::place(place) || lexicon::country_code(place)) claim(org_head, head, int32_t(i), info);
  }
  for (Info& m : info) {
    if (m.words < 2 || m.forced_person || m.span->type != EntityType::Org || m.span->team) continue;
    join_claimed(org_head, m.key, m, info);
  }

  // 3. Acronyms: defined in the text ("… Forces (IDF)"), else matching a multi-word name's initials.
  SvMap acronym_of(start), by_initials(start), org_first(start);
  for (size_t i = 0; i + 1 < n; ++i)
    if (spans[i].defines_acronym && spans[i + 1].acronym && spans[i + 1].first == spans[i].end + 1)
      acronym_of.get_or_add(info[i + 1].key, info[i].cluster);
  std::string initials;  // one buffer, reserved up front so the views into it stay valid
  size_t need = 0;
  for (const Info& m : info) need += m.words;
  initials.reserve(need);
  for (const Info& m : info) {
    if (m.words < 2 || m.span->type == EntityType::Person) continue;
    const size_t at = initials.size();
    append_initials(m.key, initials);
    if (initials.size() - at >= 2) by_initials.get_or_add(SV(initials).substr(at), m.cluster);
  }
  // Organisations' first words: "Apple Inc." … "Apple". But an acronym that opens a name of three words or more
  // names another body, the one this one belongs to: "U.N." is not the "U.N. Security Council", "EU" not the
  // "EU Foreign Affairs Council" (a wrong link is worse than none).
  for (size_t i = 0; i < n; ++i) {
    const Info& m = info[i];
    if (m.words < 2 || m.span->type != EntityType::Org) continue;
    if (m.words >= 3 && tk[m.span->first].has(kAllCaps)) continue;
    // (nor the first of names that "and" joins: "Bill" of "the Bill and Melinda Gates Foundation" is a person)
    if (m.span->first + 1 < tk.size() && doc.token_text(m.span->first + 1) == "and") continue;
    claim(org_first, m.first_word, int32_t(i), info);
  }
  // (a place by its context is the place the body is named after: "the Coronado Unified School District … the
  // school district in Coronado, California"; a name a list or a context makes a place anywhere in the document
  // is that place everywhere: "KELBY, Tessaly (Lede Wire)" … "the Tessaly Liberation Front" … "Tessaly's
  // President Ada Voss"; so is a guess the tagger makes a place: "a dealer in Frankfurt" … "-- Frankfurt Newsroom")
  // (nor a name the text writes alone before the longer name that opens with it, below a headline: the parent,
  // "Amazon will invest … Amazon Web Services", "Google … Google Cloud", no short form)
  SvMap named_first(start);
  {
    SvMap first_at(start);  // each one-word organisation's first token below the headline
    uint32_t lead = 0;  // (a headline: a first sentence that ends on no full stop, question or exclamation mark)
    if (!doc.sentences.empty() && doc.sentences[0].end_token > 0) {
      const SV last = doc.token_text(doc.sentences[0].end_token - 1);
      if (last != "." && last != "?" && last != "!") lead = doc.sentences[0].end_token;
    }
    for (const Info& m : info)
      if (m.words == 1 && m.span->type == EntityType::Org && m.span->first >= lead)
        first_at.get_or_add(m.key, int32_t(m.span->first));
    for (const Info& m : info) {
      if (m.words < 2 || m.span->type != EntityType::Org) continue;
      const int32_t* alone = first_at.find(m.first_word);
      if (alone && uint32_t(*alone) < m.span->first) named_first.get_or_add(m.first_word, 1);
    }
  }
  SvMap placed(start);  // one-word names a list, a cue or the tagger makes a place somewhere in the document
  // (but not the tagger's place for an owner of something: "Kelvar's shares were down" below "Kelvar Energy said"
  // is the firm's short form, whatever the tagger makes of a possessive at a sentence start; nor its place for the
  // first word of a firm's name, a body's word after it, that no list holds and no word before makes a place:
  // "Nordhaven, which runs warehouses" below "Nordhaven Logistics" is the firm, what a "-haven" suggests to the
  // tagger notwithstanding; "Hapupu is a special place" beside the "Hapupu National Historic Reserve" is not)
  auto owner = [&](const NameSpan& s) { return s.end < tk.size() && tk[s.end].has(kPossessive); };
  auto firm_short_form = [&](const Info& m) {
    const int32_t* firm = org_first.find(m.key);
    return firm && *firm >= 0 && lexicon::is_org_word(doc.token_text(info[size_t(*firm)].span->first + 1)) &&
           !gazetteer::place(m.key) && !placed_by_context(doc, m);
  };
  auto guessed_place = [&](const Info& m) { return !m.span->unbacked && !owner(*m.span) && !firm_short_form(m); };
  for (const Info& m : info)
    if (m.words == 1 && m.span->type == EntityType::Loc && (m.span->strength != Strength::Guess || guessed_place(m)))
      placed.get_or_add(m.key, 1);
  // ("Toyota" … "Toyota Motor Corp": a firm the lists know joins its legal name, its word and at most one more
  // before a company's suffix; not another body named after it, "Apple Music", "Google Cloud")
  auto legal_name_of = [&](const Info& m) {
    const int32_t* firm = m.span->type == EntityType::Org ? org_first.find(m.key) : nullptr;
    if (!firm || *firm < 0) return false;
    const Info& f = info[size_t(*firm)];
    return (f.words == 2 || f.words == 3) && lexicon::org_suffix(f.last_word);
  };
  for (Info& m : info) {
    if (m.forced_person || m.words != 1) continue;
    if (m.span->acronym) {
      if (const int32_t* a = acronym_of.find(m.key)) { m.cluster = *a; continue; }
      const int32_t* b = by_initials.find(m.key);
      if (b && !lexicon::country_code(m.key)) { m.cluster = *b; continue; }
    }
    if ((m.span->strength != Strength::Lexical || legal_name_of(m)) && !placed.find(m.key) && !named_first.find(m.key))
      join_claimed(org_first, m.key, m, info);
  }

  // 3b. A one-word name in capitals (a wire's headline or dateline: "KANE DOUBLE FIRES BAYERN PAST DORTMUND") is
  // the name written in the text below it ("Kane", "Dortmund"): the same entity, so the same type. Only where
  // exactly one entity bears that name in lower case, and only to take its type: the capitals neither back the
  // entity nor vote on its type ("XMAS" makes no entity of an unbacked "Xmas"), but for a dateline's place
  // ("KELBY, March 4": NameSpan::dateline). So are the longer names that entity_capitals.h found in
  // capitals ("KELVAR BANK" … "Kelvar Bank": NameSpan::capitals_copy) and places of more words ("NEW DELHI").
  std::vector<int32_t> follows(n, -1);
  {
    // (one word: a legal text's names in capitals are defined terms of their own; but a place of more words is the
    // place, "NEW DELHI, May 13 (Reuters)" … "in New Delhi")
    auto capitals = [](SV k, bool words = false) {
      int upper = 0;
      for (const char c : k) {
        if ((c >= 'a' && c <= 'z') || (c == ' ' && !words)) return false;
        upper += (c >= 'A' && c <= 'Z') ? 1 : 0;
      }
      return upper >= 3;
    };
    // A key that is a view into the text (a slice, or a token's text) has its lower-case form in the same bytes of
    // the folded text (TokenFeatures::folded), no copy
    // (all but a key with its country written out, "U.S. SENATE" keyed as "United States Senate": a string of
    // its own, which stays as it is and so matches no name in capitals; read as a slice of the text, it was a
    // crash)
    auto folded = [&](SV k) -> SV {
      const char* text = doc.text.data();
      if (k.data() < text || k.data() + k.size() > text + doc.text.size()) return k;
      const uint32_t at = uint32_t(k.data() - text);
      return features.folded_of({at, at + uint32_t(k.size())});
    };
    bool any = false;  // (most documents have no name in capitals)
    auto place_in_caps = [&](const Info& m) {
      return m.words >= 2 && m.span->type == EntityType::Loc && !m.span->capitals_copy && capitals(m.key, true);
    };
    auto in_caps = [&](const Info& m) {
      return (m.words == 1 && capitals(m.key)) || m.span->capitals_copy || place_in_caps(m);
    };
    for (const Info& m : info) any = any || in_caps(m);
    if (any) {
      SvMap caps(start);
      std::vector<int32_t> target;  // per distinct folded name: the one cluster that bears it in lower case
      std::vector<uint8_t> place_only;  // per name: a place in capitals, which only a place below may bear
      uint64_t lengths = 0;  // which key lengths (under 64 bytes) the names in capitals have: most keys skip
      for (size_t i = 0; i < n; ++i) {
        if (!in_caps(info[i])) continue;
        lengths |= info[i].key.size() < 64 ? uint64_t(1) << info[i].key.size() : 0;
        const int32_t slot = caps.get_or_add(folded(info[i].key), int32_t(target.size()));
        if (size_t(slot) == target.size()) {
          target.push_back(-1);
          place_only.push_back(0);
        }
        // (a dateline's place too: "BOSTON (AP) -" above "Boston rallied past Miami" is the city, not the team)
        place_only[size_t(slot)] |= place_in_caps(info[i]) || info[i].span->dateline;
        follows[i] = slot;  // (a slot for now; the cluster below)
      }
      auto bear = [&](SV k, const Info& m) {
        if (k.size() >= 64 || !(lengths >> k.size() & 1)) return;
        const int32_t* slot = caps.find(folded(k));
        if (!slot) return;
        int32_t& t = target[size_t(*slot)];
        // (two entities bear it, or a team bears a place's name, "NEW YORK" … "New York beat Boston": no link)
        const bool other = place_only[size_t(*slot)] && m.span->type != EntityType::Loc;
        t = (t == -1 || t == m.cluster) && !other ? m.cluster : -2;
      };
      for (const Info& m : info) {
        if (in_caps(m) || capitals(m.key)) continue;
        bear(m.key, m);
        // a person's surname ("SELES" in the headline above "Monica Seles"; entity_capitals.h)
        if (m.words >= 2 && m.span->type == EntityType::Person && !m.span->unbacked) bear(m.last_word, m);
        // a body's name without its legal form ("KELVAR SHIPPING" above "Kelvar Shipping ASA"; entity_capitals.h)
        if (m.words >= 3 && m.span->type == EntityType::Org && lexicon::org_suffix(m.last_word)) {
          const size_t cut = m.key.rfind(' ');
          if (cut != SV::npos && cut > 0) bear(m.key.substr(0, cut), m);
        }
      }
      for (size_t i = 0; i < n; ++i)
        if (follows[i] >= 0) follows[i] = target[size_t(follows[i])] >= 0 ? target[size_t(follows[i])] : -1;
    }
  }

  // 4. One entity per cluster, typed by its strongest mention (then the most frequent type).
  // An entity whose every mention is an unbacked guess (NameSpan::unbacked) is no entity.
  struct Tally {
    int score[4] = {0, 0, 0, 0};
    int32_t entity = -1;
    uint32_t mentions = 0;  // how many mentions the entity will hold: its list is allocated once
    bool person = false, backed = false;
  };
  std::vector<Tally> tally(n);
  auto count = [&](const Info& m) {
    Tally& t = tally[size_t(m.cluster)];
    // (the tagger's own spans weigh between a guess and a rule's cue: "KELBY, Tessaly 1996-08-30", a dateline,
    // outweighs two "Kelby" the tagger took for a person in "the Kelby Open")
    const EntityType voted = m.forced_team ? EntityType::Org : m.span->type;
    t.score[size_t(voted)] += m.span->tagged ? 40 : 1 + 100 * int(m.span->strength);
    t.person = t.person || m.forced_person;
    t.backed = t.backed || !m.span->unbacked;
  };
  for (size_t i = 0; i < n; ++i)
    if (follows[i] < 0) count(info[i]);
  for (size_t i = 0; i < n; ++i) {
    if (follows[i] < 0) continue;
    if (tally[size_t(follows[i])].backed) {
      info[i].cluster = follows[i];
      // (a dateline's place votes: "KELBY, March 4 (Lede Wire) -" is a place whatever the tagger makes of
      // "Kelby-based" below; a headline's words do not, the tagger's own spans there included)
      if (info[i].span->dateline) count(info[i]);
    } else {
      count(info[i]);
    }
  }
  doc.mentions.reserve(n);
  // Each entity's mention list and the entity list sized once: growing them one push at a time was a
  // fifth of the analysis's allocations.
  size_t entities = doc.entities.size();
  for (const Info& m : info) {
    Tally& t = tally[size_t(m.cluster)];
    if (t.backed) entities += t.mentions++ == 0;
  }
  doc.entities.reserve(entities);
  for (const Info& m : info) {
    Tally& t = tally[size_t(m.cluster)];
    if (!t.backed) continue;
    EntityType type = EntityType::Person;
    if (!t.person) {
      int best = -1;
      for (int k = 0; k < 4; ++k)
        if (t.score[k] > best) { best = t.score[k]; type = EntityType(k); }
    }
    if (t.entity < 0) {
      t.entity = int32_t(doc.entities.size());
      Entity e;
      e.type = type;
      e.mentions.reserve(t.mentions);
      doc.entities.push_back(std::move(e));
    }
    Mention mention;
    mention.span = {tk[m.span->first].span.begin, tk[m.span->end - 1].span.end};
    const bool stop = abbreviation_ends(doc, *m.span, type);
    if (stop) mention.span.end = tk[m.span->end].span.end;  // "Apple Inc."
    mention.type = type;
    mention.entity = t.entity;
    Entity& e = doc.entities[size_t(t.entity)];
    // the fullest name, and of two as full the one written in lower case too ("Chelsea", not a headline's
    // "CHELSEA")
    auto shouted = [](SV k) { return std::none_of(k.begin(), k.end(), [](char c) { return c >= 'a' && c <= 'z'; }); };
    const SV name = stop ? doc.slice(mention.span) : m.name;  // ("Martin Luther King Jr." with its stop)
    if (e.canonical.size() < name.size() ||
        (e.canonical.size() == name.size() && shouted(e.canonical) && !shouted(name)))
      assign_one_line(e.canonical, name);
    e.mentions.push_back(uint32_t(doc.mentions.size()));
    doc.mentions.push_back(mention);
  }
}

}  // namespace lede
