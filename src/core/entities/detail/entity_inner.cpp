// entity_inner.cpp — places and people named inside organisation and place names.
#include "core/entities/detail/entity_inner.h"

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/detail/sv_map.h"
#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"

namespace lede {
namespace {

using SV = std::string_view;

bool cap_word(const Document& d, uint32_t t) {
  return d.tokens[t].kind == TokenKind::Word && d.tokens[t].has(kCapitalised);
}

// A venue, not the city it stands in: "Volgograd Arena", "Metro Toronto Convention Centre".
bool venue_word(SV w) {
  return w == "Stadium" || w == "Arena" || w == "Centre" || w == "Center" || w == "Airport" || w == "Hotel" ||
         w == "Station" || w == "Hall" || w == "Theatre" || w == "Theater" || w == "Museum" || w == "Gallery";
}

struct Finder {
  explicit Finder(Document& d) : doc(d) {}  // (the other fields start empty)
  Document& doc;

  SV key(uint32_t a, uint32_t b) const {  // tokens [a, b) as written (single spaces inside names)
    return doc.slice({doc.tokens[a].span.begin, doc.tokens[b - 1].span.end});
  }
  bool is_place(SV k) const {
    if (k.empty() || k.find("  ") != SV::npos || k.find('\n') != SV::npos) return false;
    return gazetteer::place(k) != 0 || lexicon::known_place(k);
  }

  // The entity a name refers to: an existing one with this canonical name or mention text (entities first),
  // else a new one. The index is built once per document, on the first name that asks (most documents name
  // no place inside another name), so linking stays linear however many names there are. Its keys are the
  // type's number then the name ("1Oregon"): those of the document's entities and mentions in one string
  // reserved up front (views into it stay valid), those of entities added meanwhile in strings of their own
  // (doc.entities grows, so views into canonicals would not). One string and one table instead of a string
  // and a node per mention: that was a third of this step.
  SvMap known{0};
  bool indexed = false;
  std::string keys;
  std::vector<std::unique_ptr<std::string>> added_keys;
  std::string scratch;  // the key being looked up
  // (one digit: EntityType has fewer than ten values; no std::to_string, whose string was most of a look-up)
  static char type_digit(EntityType type) { return char('0' + int(type)); }
  SV make_key(EntityType type, SV name) {
    scratch.assign(1, type_digit(type));
    scratch.append(name);
    return scratch;
  }
  const int32_t* find_known(EntityType type, SV name) {
    if (!indexed) index_known();
    return known.find(make_key(type, name));
  }
  void index_known() {
    indexed = true;
    size_t need = 0, count = 0;
    for (const Entity& e : doc.entities) need += 1 + e.canonical.size();
    for (const Mention& m : doc.mentions)
      if (m.entity >= 0) need += 1 + m.span.size(), ++count;
    keys.reserve(need);
    known = SvMap(doc.entities.size() + count);
    auto put = [&](EntityType type, SV name, int32_t entity) {  // the first entry of a key stays (emplace)
      const size_t at = keys.size();
      keys += type_digit(type);
      keys.append(name);
      known.get_or_add(SV(keys).substr(at), entity);
    };
    for (size_t i = 0; i < doc.entities.size(); ++i) put(doc.entities[i].type, doc.entities[i].canonical, int32_t(i));
    for (const Mention& m : doc.mentions)
      if (m.entity >= 0) put(m.type, doc.slice(m.span), m.entity);
  }
  int32_t entity_for(SV name, EntityType type) {
    if (const int32_t* found = find_known(type, name)) return *found;
    Entity e;
    e.type = type;
    e.canonical.assign(name);
    doc.entities.push_back(std::move(e));
    added_keys.push_back(std::make_unique<std::string>(scratch));
    known.get_or_add(*added_keys.back(), int32_t(doc.entities.size() - 1));
    return int32_t(doc.entities.size() - 1);
  }

  void add(uint32_t a, uint32_t b, EntityType type, int32_t entity = -1) {
    Mention m;
    m.span = {doc.tokens[a].span.begin, doc.tokens[b - 1].span.end};
    m.type = type;
    m.entity = entity >= 0 ? entity : entity_for(doc.slice(m.span), type);
    doc.inner_mentions.push_back(m);  // entities index them once all are found and sorted (run)
  }

  // Places among the capitalised words [a, b): the longest listed name at each word, left to right, with a
  // compass word before it kept ("Southern Indiana", "North Carolina").
  void places_in(uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b;) {
      if (!cap_word(doc, i)) { ++i; continue; }
      uint32_t found = 0;
      for (uint32_t j = std::min(b, i + 4); j > i; --j)
        if (cap_word(doc, j - 1) && is_place(key(i, j))) { found = j; break; }
      if (!found) { ++i; continue; }
      uint32_t from = i;
      if (i > a && cap_word(doc, i - 1) && lexicon::is_compass(doc.token_text(i - 1))) from = i - 1;
      add(from, found, EntityType::Loc);
      i = found;
    }
  }

  // A person an organisation is named after: a first name and a surname at its start ("Andy Warhol
  // Foundation"), linked to that person when the article names them on their own too.
  void person_at_start(uint32_t s, uint32_t e) {
    if (e - s < 3 || !cap_word(doc, s) || !cap_word(doc, s + 1)) return;
    const SV first = doc.token_text(s), second = doc.token_text(s + 1);
    if (doc.tokens[s + 1].has(kAllCaps) || doc.tokens[s].has(kAllCaps)) return;  // "Mac OS X": a product
    // ("Royal Danish Academy of Music": a nationality is no surname; "West Yorkshire Police": a compass word is
    // a region's, though "West" is a first name too)
    if (!gazetteer::first_name(first) || gazetteer::place(first) || lexicon::is_compass(first) ||
        lexicon::is_org_word(second) || lexicon::is_place_word(second) || gazetteer::place(second) ||
        gazetteer::demonym(second))
      return;
    const SV name = key(s, s + 2);
    if (is_place(name)) return;  // "El Paso Police", "San Jose Sharks": "El", "San" are first names too
    // ("Kelby Orrin Group", the firm two merging firms make: a word the text names a body by is no first name
    // or surname)
    if (find_known(EntityType::Org, first) || find_known(EntityType::Org, second)) return;
    // the text names this person elsewhere: link to them
    if (const int32_t* found = find_known(EntityType::Person, name)) return add(s, s + 2, EntityType::Person, *found);
    if (second.size() >= 40 || gazetteer::common_word_any_case(second)) return;  // "Grace Church", "Rose Garden"
    add(s, s + 2, EntityType::Person);
  }

  void run() {
    doc.inner_mentions.clear();
    const size_t n = doc.mentions.size();
    TokenCursor cursor;  // the mentions are in text order
    for (size_t mi = 0; mi < n; ++mi) {
      const Mention m = doc.mentions[mi];
      if (m.type != EntityType::Org && m.type != EntityType::Loc) continue;
      const uint32_t s = cursor.at_or_after(doc, m.span.begin);
      uint32_t e = s;
      while (e < doc.tokens.size() && doc.tokens[e].span.end <= m.span.end) ++e;
      if (e - s < 2) continue;
      // "Maria Lopez Institute for Coastal Studies": the person at the start, whatever follows
      if (m.type == EntityType::Org) person_at_start(s, e);
      // "University of Oregon Eugene", "Folk Guild of Norway": the places after "of"
      bool done = false;
      for (uint32_t k = s + 1; k + 1 < e; ++k) {
        const SV w = doc.token_text(k);
        if (w != "of" && w != "for" && w != "in") continue;
        uint32_t from = k + 1;
        if (doc.token_text(from) == "the" && from + 1 < e) ++from;
        places_in(from, e);
        done = true;
        break;
      }
      if (done) continue;
      if (venue_word(doc.token_text(e - 1))) places_in(s, e - 1);
    }
    std::sort(doc.inner_mentions.begin(), doc.inner_mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    for (Entity& ent : doc.entities) ent.inner_mentions.clear();
    for (uint32_t i = 0; i < doc.inner_mentions.size(); ++i)
      doc.entities[size_t(doc.inner_mentions[i].entity)].inner_mentions.push_back(i);
  }
};

}  // namespace

void find_inner_mentions(Document& doc) { Finder(doc).run(); }

}  // namespace lede
