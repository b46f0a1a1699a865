// string_table.cpp — see string_table.h. A linear-probing hash of ids keyed by the strings' bytes:
// no pointers into bytes_ (which moves when it grows), so a StringTable copies and moves as a value.
#include "core/string_table.h"

#include <cstring>

#include "core/detail/str_hash.h"

namespace lede {

StringTable::StringTable() : ends_{0}, slots_(16, kNoString) {}

std::string_view StringTable::operator[](StrId id) const {
  if (id == kNoString || id >= ends_.size()) return "";  // never a null data(): callers may print it
  return std::string_view(bytes_).substr(ends_[id - 1], ends_[id] - ends_[id - 1]);
}

StrId StringTable::intern(std::string_view s) {
  if (s.empty()) return kNoString;
  for (const StrId r : recent_) {  // compared in place: this runs once or twice per number mention
    if (r == kNoString) continue;
    const uint32_t b = ends_[r - 1], e = ends_[r];
    if (e - b == s.size() && std::memcmp(bytes_.data() + b, s.data(), s.size()) == 0) return r;
  }
  // (str_hash, hashed once: std::hash's byte loop, twice for a new string, was most of intern's time)
  const size_t mask = slots_.size() - 1, h = str_hash(s);
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const StrId id = slots_[i];
    if (id == kNoString) break;
    if ((*this)[id] == s) return remember(id);
  }
  bytes_.append(s);
  ends_.push_back(uint32_t(bytes_.size()));
  const StrId id = StrId(ends_.size() - 1);
  if (2 * ends_.size() > slots_.size()) {
    grow();  // re-inserts every id, the new one included
  } else {
    for (size_t i = h & mask;; i = (i + 1) & mask)
      if (slots_[i] == kNoString) {
        slots_[i] = id;
        break;
      }
  }
  return remember(id);
}

StrId StringTable::remember(StrId id) {
  recent_[1] = recent_[0];
  recent_[0] = id;
  return id;
}

// Keeps the table at most half full, so a probe ends after a few slots.
void StringTable::grow() {
  std::vector<StrId> slots(slots_.size() * 2, kNoString);
  const size_t mask = slots.size() - 1;
  for (StrId id = 1; id < ends_.size(); ++id)
    for (size_t i = str_hash((*this)[id]) & mask;; i = (i + 1) & mask)
      if (slots[i] == kNoString) {
        slots[i] = id;
        break;
      }
  slots_.swap(slots);
}

}  // namespace lede
