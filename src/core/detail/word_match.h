// word_match.h — exact tests of one word against a literal or a short word list, for the rules that keep their
// own small lists beside them (the entity lexicon's class bits are full, so not every list can be a class).
//
//     if (lede::is_lit(w, "and")) ...                              // a literal: its length known at compile time
//     static constexpr std::string_view kKinds[] = {"alliance", "party"};
//     if (lede::one_of(w, kKinds)) ...                             // a list of a few words, walked in order
//     if (lede::all_digits(w)) ...                                 // "2012", "01040"; not "", "12a"
//
// Case matters in all three: callers pass the token's text or its lower-case form, as their lists are written.
#pragma once
#include <cstddef>
#include <cstring>
#include <string_view>

namespace lede {

// t == lit, a size test and a compare the compiler expands inline. std::string_view's == called compare() and
// memcmp out of line, and the name rules test tokens against words all the time (a tenth of run_end's cost,
// which tests each run's next token against several).
template <size_t N>
inline bool is_lit(std::string_view t, const char (&lit)[N]) {
  return t.size() == N - 1 && std::memcmp(t.data(), lit, N - 1) == 0;
}

// w is one of a small word list kept beside the rule that reads it.
template <size_t N>
inline bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (const std::string_view x : list)
    if (w == x) return true;
  return false;
}

// w is one or more ASCII digits and nothing else.
inline bool all_digits(std::string_view w) {
  for (const char c : w)
    if (c < '0' || c > '9') return false;
  return !w.empty();
}

}  // namespace lede
