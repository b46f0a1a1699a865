#include "core/library/detail/library_identity.h"

#include <algorithm>
#include <set>

#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/gazetteer.h"

namespace lede {

namespace {

EntityType majority(const std::array<uint32_t, 4>& v) {
  // Ties go to the earlier type (Person, Org, Loc, Group): a person named as often as an organisation is
  // more likely a person the tagger missed once than the reverse.
  size_t best = 0;
  for (size_t i = 1; i < v.size(); ++i)
    if (v[i] > v[best]) best = i;
  return EntityType(best);
}

std::string first_word(const std::string& k) { return k.substr(0, k.find(' ')); }
std::string last_word(const std::string& k) { return k.substr(k.rfind(' ') + 1); }
size_t word_count(const std::string& k) { return size_t(std::count(k.begin(), k.end(), ' ')) + 1; }

bool co_occur(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

// One first name stands for the other: the same, an initial ("b"), or a short form ("ben", "benjamin").
bool short_form(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s.size() == 1) return l[0] == s[0];
  return s.size() >= 3 && l.compare(0, s.size(), s) == 0;
}

bool share_title(const IdentityKey& a, const IdentityKey& b) {
  for (const std::string& t : a.titles)
    if (std::find(b.titles.begin(), b.titles.end(), t) != b.titles.end()) return true;
  return false;
}

struct Sets {
  std::vector<uint32_t> parent;
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(uint32_t a, uint32_t b) { parent[find(a)] = find(b); }
};

}  // namespace

std::string Identity::root(const std::string& key) const {
  auto it = root_of.find(key);
  if (it != root_of.end()) return it->second;
  auto s = surname_root.find(key);
  return s != surname_root.end() ? s->second : std::string();
}

Identity resolve_identity(const IdentityInput& in, const std::map<std::string, std::string>& hand_merges) {
  // Keys in a fixed order, so the result never depends on hash-map iteration.
  std::vector<const std::string*> key;
  key.reserve(in.keys.size());
  for (const auto& kv : in.keys) key.push_back(&kv.first);
  std::sort(key.begin(), key.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  std::unordered_map<std::string, uint32_t> index;
  index.reserve(key.size());
  for (uint32_t i = 0; i < key.size(); ++i) index.emplace(*key[i], i);
  auto row = [&](uint32_t i) -> const IdentityKey& { return in.keys.at(*key[i]); };
  auto alone = [&](const std::string& k) {
    auto m = hand_merges.find(k);
    return m != hand_merges.end() && m->second == k;
  };

  Sets sets;
  sets.parent.resize(key.size());
  for (uint32_t i = 0; i < key.size(); ++i) sets.parent[i] = i;

  // Rule 2: full person names by surname (keys are sorted, so each family is too).
  std::unordered_map<std::string, std::vector<uint32_t>> family;
  for (uint32_t i = 0; i < key.size(); ++i) {
    const std::string& k = *key[i];
    if (k.find(' ') == std::string::npos || alone(k) || majority(row(i).votes) != EntityType::Person) continue;
    std::vector<uint32_t>& f = family[last_word(k)];
    if (f.size() < kFamilyLimit) f.push_back(i);
  }
  std::vector<std::pair<uint32_t, uint32_t>> maybe;  // same surname, nothing agrees: suggestions
  for (const auto& [surname, members] : family) {
    for (size_t x = 0; x < members.size(); ++x)
      for (size_t y = x + 1; y < members.size(); ++y) {
        const uint32_t a = members[x], b = members[y];
        const IdentityKey& ka = row(a);
        const IdentityKey& kb = row(b);
        if (co_occur(ka.articles, kb.articles)) continue;  // one article tells them apart
        if (short_form(first_word(*key[a]), first_word(*key[b])) || share_title(ka, kb)) sets.join(a, b);
        else maybe.push_back({a, b});
      }
  }

  Identity id;
  // Rule 1: a lone surname joins the one person of that surname. Family members are checked once each.
  for (const auto& [surname, members] : family) {
    const uint32_t r = sets.find(members[0]);
    bool one = true;
    uint32_t person_mentions = 0;
    for (uint32_t m : members) {
      one &= sets.find(m) == r;
      person_mentions += row(m).votes[size_t(EntityType::Person)];
    }
    if (!one) continue;
    id.surname_root[surname] = *key[r];  // provisional: re-rooted below
    auto it = index.find(surname);
    if (it == index.end() || alone(surname)) continue;
    const IdentityKey& k = row(it->second);
    const EntityType t = majority(k.votes);
    if (t == EntityType::Loc || t == EntityType::Group || gazetteer::place(k.name)) continue;
    if (t == EntityType::Org && (lexicon::known_org(k.name) || k.mentions >= person_mentions)) continue;
    sets.join(it->second, r);
  }

  // Rule 3: hand merges join whole identities; the target names the result.
  std::set<uint32_t> preferred;
  for (const auto& [from, into] : hand_merges) {
    if (from == into) continue;
    auto a = index.find(from), b = index.find(into);
    if (a == index.end() || b == index.end()) continue;
    sets.join(a->second, b->second);
    preferred.insert(b->second);
  }
  for (const auto& [from, into] : hand_merges) {
    auto a = index.find(from);
    if (from != into && a != index.end()) preferred.erase(a->second);
  }

  // The identity's key: a hand-merge target, else the fullest, most named form.
  auto better = [&](uint32_t a, uint32_t b) {  // is a a better name than b?
    const bool pa = preferred.count(a), pb = preferred.count(b);
    if (pa != pb) return pa;
    const bool fa = word_count(*key[a]) > 1, fb = word_count(*key[b]) > 1;
    if (fa != fb) return fa;
    if (row(a).mentions != row(b).mentions) return row(a).mentions > row(b).mentions;
    if (row(a).name.size() != row(b).name.size()) return row(a).name.size() > row(b).name.size();
    return *key[a] < *key[b];
  };
  std::vector<uint32_t> best(key.size(), UINT32_MAX);
  std::vector<std::array<uint32_t, 4>> votes(key.size());
  for (uint32_t i = 0; i < key.size(); ++i) {
    const uint32_t r = sets.find(i);
    if (best[r] == UINT32_MAX || better(i, best[r])) best[r] = i;
    for (size_t t = 0; t < 4; ++t) votes[r][t] += row(i).votes[t];
  }
  id.root_of.reserve(key.size());
  for (uint32_t i = 0; i < key.size(); ++i) {
    const uint32_t r = sets.find(i);
    id.root_of.emplace(*key[i], *key[best[r]]);
    if (best[r] == i) id.type_of.emplace(*key[i], majority(votes[r]));
  }
  for (auto& [surname, root] : id.surname_root) root = id.root_of.at(root);

  // Suggestions: same-surname pairs still apart, each pair of identities once, largest first.
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& [a, b] : maybe) {
    const std::string ra = id.root_of.at(*key[a]), rb = id.root_of.at(*key[b]);
    if (ra == rb) continue;
    const bool a_smaller = row(a).mentions < row(b).mentions || (row(a).mentions == row(b).mentions && ra > rb);
    const std::string& from = a_smaller ? ra : rb;
    const std::string& into = a_smaller ? rb : ra;
    if (!seen.insert({from, into}).second) continue;
    id.suggestions.push_back({from, into, in.keys.at(from).name, in.keys.at(into).name, "same surname"});
  }
  return id;
}

}  // namespace lede
