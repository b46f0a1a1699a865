// test_util.h — helpers shared by the core unit tests: reading ../shared, finding spans by text.
#pragma once
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"

namespace lede::test {

inline std::string shared_dir() { return LEDE_SHARED_DIR; }

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

#define LEDE_REQUIRE_SHARED()                                                  \
  if (!lede::test::have_shared()) {                                            \
    MESSAGE("skipped: ../shared is absent (seeds and eval sets live there)"); \
    return;                                                                    \
  }

}  // namespace lede::test
