// library_identity.h — which entity keys of a library name one person (or one organisation, one place).
// Library::entities(), speakers() and search() read it; it is rebuilt from the index when asked.
//
//     lede::IdentityInput in;                         // one row per normalised key ("benjamin netanyahu")
//     in.keys["netanyahu"] = {{0, 9, 0, 0}, {2, 4}, {"minister"}, 9, "Netanyahu"};
//     const lede::Identity id = lede::resolve_identity(in, hand_merges);
//     id.root("netanyahu");                           // "benjamin netanyahu"
//     id.suggestions;                                 // pairs joined by nothing but a surname
//
// Rules (precision first: a wrong join is worse than a missing one, and a user can merge by hand):
//   1. A one-word key joins the one person whose full names end in that word ("Netanyahu" ->
//      "Benjamin Netanyahu"), whatever type its own article gave it, unless most of its mentions call it a
//      place, or it is a known place, or it is an organisation named more often than that person.
//      When two different people share the surname, it joins neither.
//   2. Two full names with one surname join when nothing contradicts and something agrees: same first
//      name, a short form or initial ("Ben", "B."), or a title written before both ("President Ami
//      Odhiambo", "Kenyan President Amina Odhiambo"). Named side by side as different
//      entities in one article, they never join. Otherwise the pair is a suggestion.
//   3. Hand merges (from -> into) join whole identities; a key merged into itself stays on its own.
//   4. An identity's type is what most of its mentions say (across the library).
// Cost: linear in the number of keys; within one surname at most kFamilyLimit full names are compared
// pairwise (beyond that they stay apart), so the quadratic part is bounded by a constant per surname.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.h"

namespace lede {

struct IdentityKey {
  std::array<uint32_t, 4> votes{};       // mentions per EntityType (Person, Org, Loc, Group)
  std::vector<uint32_t> articles;        // articles naming it, ascending, no repeats
  std::vector<std::string> titles;       // lower-case title words written before it ("minister"), few
  uint32_t mentions = 0;
  std::string name;                      // fullest name as written
};

struct IdentityInput {
  std::unordered_map<std::string, IdentityKey> keys;
};

struct MergeSuggestion {
  std::string from_key, into_key;        // hand it to Library::merge_entities(from_key, into_key)
  std::string from_name, into_name;
  std::string reason;                    // "same surname", for the UI
};

struct Identity {
  std::unordered_map<std::string, std::string> root_of;     // every key -> its identity's key
  std::unordered_map<std::string, EntityType> type_of;      // identity key -> majority type
  std::vector<MergeSuggestion> suggestions;
  // The identity a key (or a query's key that names no entity itself but is a surname) belongs to;
  // the key itself when it joins nothing, "" for an unknown single word with no surname match.
  std::string root(const std::string& key) const;
  std::unordered_map<std::string, std::string> surname_root;  // one-word surname -> identity, when unique
};

constexpr size_t kFamilyLimit = 32;  // full names compared pairwise per surname

Identity resolve_identity(const IdentityInput& in, const std::map<std::string, std::string>& hand_merges);

}  // namespace lede
