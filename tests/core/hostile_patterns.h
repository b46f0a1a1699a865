// hostile_patterns.h — texts built to make a non-linear analysis step freeze (issue 14), shared by the
// unit test (tests/core/test_hostile.cpp, small sizes, checks the output is sane), the benchmark
// (tests/bench/bench_hostile.cpp -> scripts/bench.d/hostile.sh, MB/s at two sizes) and the fuzz corpus
// (scripts/fuzz.sh seeds it with `lede_bench_hostile --seeds DIR`).
//
//     for (const lede::test::HostilePattern& p : lede::test::hostile_patterns())
//         lede::analyse(lede::test::hostile_text(p, 16 * 1024));   // one unit repeated to ~16 KB
//
// Each pattern is one unit repeated (a transcript without full stops, a hostile file); `one_line` is
// ordinary-looking prose on a single line with no sentence end, the "10 MB line" of the issue.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace lede::test {

struct HostilePattern {
  const char* name;  // benchmark key: letters, digits and underscores
  const char* unit;  // repeated until the text reaches the asked size
};

inline const std::vector<HostilePattern>& hostile_patterns() {
  static const std::vector<HostilePattern> patterns = {
      {"said_quote", "said \"x\" "},
      {"told_curly", "told \xE2\x80\x9Cx\xE2\x80\x9D "},
      {"called_quote", "called \"x\" "},
      {"straight_quote", "\""},
      {"curly_pairs", "\xE2\x80\x9C\xE2\x80\x9D"},
      {"quote_word", "\"word "},
      {"unclosed_curly", "\xE2\x80\x9Cx "},
      {"dollar_one", "$1"},
      {"capitalised", "Anna Berg "},
      {"number_words", "twenty-five thousand "},
      {"apostrophes", "'"},
      {"possessives", "Smith's '"},
      {"according_to", "according to Smith "},
      {"one_line", "the minister said \"we will not\" according to Anna Berg of the Health Ministry, "
                   "at least 47 people and $1.5 billion on Tuesday; "},
  };
  return patterns;
}

// The pattern's unit repeated to at least `bytes` bytes (whole units only: no cut UTF-8 sequence).
inline std::string hostile_text(const HostilePattern& p, size_t bytes) {
  std::string s;
  const std::string unit = p.unit;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

}  // namespace lede::test
