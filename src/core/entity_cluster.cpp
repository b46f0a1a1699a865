// entity_cluster.cpp — links name spans into entities: surnames to full names, acronyms to what they abbreviate,
// then one type per entity from its strongest mention.
#include "core/entity_cluster.h"

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/entity_lexicon.h"
#include "core/gazetteer.h"

namespace lede {
namespace {

using SV = std::string_view;

struct Info {
  std::string key;         // the name as the lists spell it ("Benjamin Netanyahu")
  SV first_word, last_word;
  uint32_t words = 0;
  const NameSpan* span = nullptr;
  std::string cluster;     // key of the entity it belongs to
  bool forced_person = false;
};

// Too sure of itself to become a person's surname: a country, region or listed place, or a group word.
// A city alone ("Henderson", "Lincoln") may well be the surname of someone named in full.
bool strong_place_or_group(const Info& m) {
  if (m.span->strength != Strength::Lexical) return false;
  if (m.span->type == EntityType::Group) return true;
  if (m.span->type != EntityType::Loc) return false;
  const uint8_t kind = gazetteer::place(m.key);
  return kind == 0 || (kind & (gazetteer::kCountry | gazetteer::kRegion | gazetteer::kCapital | gazetteer::kBigCity));
}

// Initials of the capitalised words: "Israel Defense Forces" -> "IDF" ("of", "the", "and" skipped).
std::string initials(SV key) {
  std::string out;
  bool at_word = true;
  for (char c : key) {
    if (c == ' ' || c == '-') { at_word = true; continue; }
    if (at_word && c >= 'A' && c <= 'Z') out += c;
    at_word = false;
  }
  return out;
}

}  // namespace

void cluster_mentions(Document& doc, const std::vector<NameSpan>& spans) {
  doc.mentions.clear();
  doc.entities.clear();
  const auto& tk = doc.tokens;
  std::vector<Info> info(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    const NameSpan& s = spans[i];
    Info& m = info[i];
    m.span = &s;
    for (uint32_t t = s.first; t < s.end; ++t) {
      const SV w = doc.token_text(t);
      if (t > s.first && tk[t].has(kSpaceBefore)) m.key += ' ';
      m.key += w;
      if (tk[t].kind == TokenKind::Word && tk[t].has(kCapitalised)) {
        if (m.words == 0) m.first_word = w;
        m.last_word = w;
        ++m.words;
      }
    }
    m.cluster = m.key;
  }

  // 1. People named in full index their surnames and first names.
  std::unordered_map<SV, int32_t> by_surname, by_first;  // -> info index; -2 when ambiguous
  for (size_t i = 0; i < info.size(); ++i) {
    const Info& m = info[i];
    if (m.span->type != EntityType::Person || m.words < 2) continue;
    auto note = [&](std::unordered_map<SV, int32_t>& map, SV w) {
      auto it = map.find(w);
      if (it == map.end()) map.emplace(w, int32_t(i));
      else if (it->second >= 0 && info[size_t(it->second)].key != m.key) {
        // a longer form of the same person ("Benjamin Netanyahu" vs "Netanyahu Benjamin") is rare; keep first
        if (info[size_t(it->second)].key.find(m.key) == std::string::npos &&
            m.key.find(info[size_t(it->second)].key) == std::string::npos)
          it->second = -2;
      }
    };
    note(by_surname, m.last_word);
    note(by_first, m.first_word);
  }

  // 2. Short forms of people: "Netanyahu", "Witkoff", "Ahmed".
  for (Info& m : info) {
    if (m.words != 1 || strong_place_or_group(m) || lexicon::known_org(m.key)) continue;
    auto it = by_surname.find(m.key);
    if (it == by_surname.end() || it->second < 0) {
      it = by_first.find(m.key);
      if (it == by_first.end() || it->second < 0 || gazetteer::place(m.key)) continue;
    }
    m.cluster = info[size_t(it->second)].key;
    m.forced_person = true;
  }

  // 3. Acronyms: defined in the text ("… Forces (IDF)"), else matching a multi-word name's initials.
  std::unordered_map<std::string, std::string> acronym_of;
  for (size_t i = 0; i + 1 < info.size(); ++i) {
    if (spans[i].defines_acronym && spans[i + 1].acronym && spans[i + 1].first == spans[i].end + 1)
      acronym_of.emplace(info[i + 1].key, info[i].cluster);
  }
  std::unordered_map<std::string, std::string> by_initials;
  for (const Info& m : info)
    if (m.words >= 2 && m.span->type != EntityType::Person) {
      const std::string ini = initials(m.key);
      if (ini.size() >= 2) by_initials.emplace(ini, m.cluster);
    }
  // Organisations' first words: "Apple Inc." … "Apple".
  std::unordered_map<SV, int32_t> org_first;
  for (size_t i = 0; i < info.size(); ++i) {
    const Info& m = info[i];
    if (m.words < 2 || m.span->type != EntityType::Org || m.span->strength != Strength::Lexical) continue;
    auto it = org_first.find(m.first_word);
    if (it == org_first.end()) org_first.emplace(m.first_word, int32_t(i));
    else if (it->second >= 0 && info[size_t(it->second)].key != m.key) it->second = -2;
  }
  for (Info& m : info) {
    if (m.forced_person || m.words != 1) continue;
    if (m.span->acronym) {
      auto a = acronym_of.find(m.key);
      if (a != acronym_of.end()) { m.cluster = a->second; continue; }
      auto b = by_initials.find(m.key);
      if (b != by_initials.end() && !lexicon::country_code(m.key)) { m.cluster = b->second; continue; }
    }
    if (m.span->strength != Strength::Lexical) {
      auto o = org_first.find(m.key);
      if (o != org_first.end() && o->second >= 0) m.cluster = info[size_t(o->second)].key;
    }
  }

  // 4. One entity per cluster key, typed by its strongest mention (then the most frequent type).
  struct Tally { int score[4] = {0, 0, 0, 0}; int32_t entity = -1; bool person = false; };
  std::unordered_map<SV, Tally> tally;
  for (const Info& m : info) {
    Tally& t = tally[SV(m.cluster)];
    t.score[size_t(m.span->type)] += 1 + 100 * int(m.span->strength);
    t.person = t.person || m.forced_person;
  }
  doc.mentions.reserve(info.size());
  for (const Info& m : info) {
    Tally& t = tally[SV(m.cluster)];
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
      doc.entities.push_back(std::move(e));
    }
    Mention mention;
    mention.span = {tk[m.span->first].span.begin, tk[m.span->end - 1].span.end};
    mention.type = type;
    mention.entity = t.entity;
    Entity& e = doc.entities[size_t(t.entity)];
    // canonical: the fullest name (most words, then longest)
    if (e.canonical.empty() || m.key.size() > e.canonical.size()) e.canonical = m.key;
    e.mentions.push_back(uint32_t(doc.mentions.size()));
    doc.mentions.push_back(mention);
  }
}

}  // namespace lede
