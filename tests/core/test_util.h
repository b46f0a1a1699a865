// test_util.h — helpers shared by the core unit tests: reading ../shared, tokenizing a text, finding tokens by text.
//
// A test that reads ../shared (seeds, eval sets) is declared with LEDE_SHARED_TEST_CASE: it belongs to the
// doctest suite "shared", which ctest runs as its own entry (core_shared_tests). When ../shared is absent that
// entry reports SKIPPED with the reason (exit code 77, main.cpp) and core_unit_tests runs everything else:
//
//     LEDE_SHARED_TEST_CASE("entities: seed 002 — surnames link to full names") {
//       const Document d = analyse(lede::test::seed("002"));
//       ...
//     }
//
// The folder is LEDE_SHARED_DIR from the environment, else the build's default (../shared next to the repo).
#pragma once
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/text/sentences.h"
#include "core/text/tokenizer.h"

namespace lede::test {

inline std::string shared_dir() {
  const char* env = std::getenv("LEDE_SHARED_DIR");
  return env && *env ? env : LEDE_SHARED_DIR;
}

inline bool have_shared() { return std::filesystem::exists(std::filesystem::path(shared_dir()) / "seeds"); }

inline std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The seed article whose file name starts with prefix ("002"), or "" when ../shared is absent.
inline std::string seed(const std::string& prefix) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(shared_dir()) / "seeds";
  if (!fs::exists(dir)) return "";
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind(prefix, 0) == 0) return read_text(e.path().string());
  return "";
}

// `text` tokenized alone (no sentences, no analysis): for tests of the tokenizer's marks and of helpers on tokens.
inline Document tokenized(const std::string& text) {
  Document d;
  d.text = text;
  tokenize(d);
  return d;
}

// `text` tokenized and split into sentences (no analysis): for tests of one pipeline step on its own.
inline Document in_sentences(const std::string& text) {
  Document d = tokenized(text);
  split_sentences(d);
  return d;
}

// The index of the first token written `word`, or the number of tokens when none is.
inline uint32_t token_index(const Document& d, std::string_view word) {
  for (uint32_t i = 0; i < d.tokens.size(); ++i)
    if (d.token_text(i) == word) return i;
  return uint32_t(d.tokens.size());
}

#define LEDE_SHARED_TEST_CASE(name) TEST_CASE(name * doctest::test_suite("shared"))

// Older form, inside a plain TEST_CASE: when ../shared is absent the case stops and is counted in
// skipped_without_shared(); main.cpp then makes the whole run report SKIPPED (exit 77) rather than passed.
// Prefer LEDE_SHARED_TEST_CASE, which skips only the cases that need ../shared.
inline int& skipped_without_shared() {
  static int n = 0;
  return n;
}
#define LEDE_REQUIRE_SHARED()                                                              \
  if (!lede::test::have_shared()) {                                                        \
    ++lede::test::skipped_without_shared();                                                \
    MESSAGE("skipped: " << lede::test::shared_dir() << "/seeds is absent (set LEDE_SHARED_DIR)"); \
    return;                                                                                \
  }

}  // namespace lede::test
