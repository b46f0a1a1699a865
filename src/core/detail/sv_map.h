// sv_map.h — a small open-addressing hash map from string_view to int32_t, for per-document tables
// (names seen, surnames, clusters). One allocation per table instead of one per entry.
//
//     lede::SvMap m(expected_entries);
//     m.get_or_add(name, int32_t(i));   // returns a reference to the value (inserted if absent)
//     if (const int32_t* v = m.find(name)) ...
// Keys are views: the text they point into must outlive the map.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include "core/detail/str_hash.h"

namespace lede {

class SvMap {
 public:
  explicit SvMap(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2 + 2) cap <<= 1;
    slots_.reset(new Slot[cap]);  // left uninitialised, then cleared in one memset (not a loop per slot)
    std::memset(slots_.get(), 0, cap * sizeof(Slot));
    mask_ = cap - 1;
  }
  const int32_t* find(std::string_view k) const {
    for (size_t h = hash(k) & mask_;; h = (h + 1) & mask_) {
      const Slot& s = slots_[h];
      if (!s.data) return nullptr;
      if (str_equal(std::string_view(s.data, s.len), k)) return &s.value;
    }
  }
  int32_t& get_or_add(std::string_view k, int32_t value_if_new) {
    if ((size_ + 1) * 2 > mask_ + 1) grow();
    size_t h = hash(k) & mask_;
    for (; slots_[h].data; h = (h + 1) & mask_) {
      Slot& s = slots_[h];
      if (str_equal(std::string_view(s.data, s.len), k)) return s.value;
    }
    static const char kEmptyKey = 0;  // an empty key still needs a non-null pointer to mark the slot used
    slots_[h] = Slot{k.empty() ? &kEmptyKey : k.data(), uint32_t(k.size()), value_if_new};
    ++size_;
    return slots_[h].value;
  }

 private:
  // No default member initialisers: Slot stays trivial, so zero bytes are a valid empty slot.
  struct Slot {
    const char* data;  // nullptr = empty slot
    uint32_t len;
    int32_t value;
  };
  std::unique_ptr<Slot[]> slots_;
  size_t mask_ = 0, size_ = 0;

  static size_t hash(std::string_view s) { return str_hash(s); }
  void grow() {
    SvMap bigger(mask_ + 1);
    for (size_t i = 0; i <= mask_; ++i)
      if (const Slot& s = slots_[i]; s.data) bigger.get_or_add(std::string_view(s.data, s.len), s.value);
    *this = std::move(bigger);
  }
};

}  // namespace lede
