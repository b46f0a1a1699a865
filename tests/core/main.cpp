// One doctest main for all core and notes unit tests.
//
// Tests that read ../shared are in the doctest suite "shared" (LEDE_SHARED_TEST_CASE, test_util.h). ctest runs
// them as their own entry, `lede_core_tests --test-suite=shared`; when ../shared is absent that run prints why
// and exits 77, which CMake's SKIP_RETURN_CODE turns into SKIPPED — never into passed. Any other run leaves the
// suite out when ../shared is absent and says so.
// The committed name-tagger model is loaded first, so every test sees the analysis the CLI and the app run.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>

#include "core/entities/tagger/ner_model.h"
#include "test_util.h"

namespace {
constexpr int kSkipped = 77;  // ctest SKIP_RETURN_CODE (CMakeLists.txt)

// True when the command line selects only the "shared" suite (the core_shared_tests entry).
bool asks_only_shared(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--test-suite=shared") || !std::strcmp(argv[i], "-ts=shared")) return true;
  return false;
}
}  // namespace

int main(int argc, char** argv) {
  if (const std::string err = lede::load_ner_model(lede::test::read_text(LEDE_NER_MODEL)); !err.empty()) {
    std::fprintf(stderr, "core tests: cannot load the name-tagger model %s: %s\n", LEDE_NER_MODEL, err.c_str());
    return 1;
  }
  const bool shared = lede::test::have_shared();
  const std::string reason = lede::test::shared_dir() + "/seeds is absent (set LEDE_SHARED_DIR to its folder)";
  if (!shared && asks_only_shared(argc, argv)) {
    std::printf("SKIPPED: the tests of suite \"shared\" read the seed articles, and %s\n", reason.c_str());
    return kSkipped;
  }
  doctest::Context ctx;
  ctx.applyCommandLine(argc, argv);
  if (!shared) {
    ctx.addFilter("test-suite-exclude", "shared");
    std::printf("note: the tests of suite \"shared\" are not run: %s\n", reason.c_str());
  }
  const int rc = ctx.run();
  if (ctx.shouldExit() || rc != 0) return rc;
  if (const int n = lede::test::skipped_without_shared()) {
    std::printf("SKIPPED: %d test case(s) stopped early because %s; reported as skipped, not passed\n", n,
                reason.c_str());
    return kSkipped;
  }
  return rc;
}
