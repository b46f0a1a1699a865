// lede — command-line front end to the same core the web app uses.
//
//   lede annotate FILE...      readable report: entities with mentions, quotes with speakers, numbers
//   lede jsonl < in > out      JSONL {"id","text"} per line -> one JSON result per line (code points)
//   lede bench [--mb N] FILE...  analysis throughput over the files repeated to N MB
//   lede library [--date FILE=YYYY-MM-DD]... FILE...   cross-article views: entities, figures, speakers
//   lede library-bench N FILE...  indexing time for N synthetic articles
//   lede --version             version and the data built in (table sizes, source packages)
//
// Options before the command:
//   --model FILE          the name tagger's model (default: $LEDE_NER_MODEL, else the build's assets/models/lede-ner.bin)
//   --entities SOURCE     combined (default) | model | rules: where entity spans come from (scripts/eval.sh)
//
// Exit codes: 0 ok; 1 some input was bad (each problem is reported on stderr, the rest is still
// processed); 2 usage error; 3 the model is missing or corrupt (nothing is analysed without it).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/entities/tagger/ner_model.h"

#ifndef LEDE_DEFAULT_NER_MODEL
#define LEDE_DEFAULT_NER_MODEL "assets/models/lede-ner.bin"
#endif

static int usage() {
  std::fprintf(stderr,
               "usage: lede [--model FILE] [--entities combined|model|rules] COMMAND ...\n"
               "       lede annotate FILE...\n"
               "       lede jsonl < docs.jsonl > results.jsonl\n"
               "       lede bench [--mb N] FILE...\n"
               "       lede library [--date FILE=YYYY-MM-DD]... FILE...\n"
               "       lede library-bench N FILE...\n"
               "       lede --version\n");
  return 2;
}

// Reads and loads the model; false (with the reason on stderr) when it is missing or corrupt.
static bool load_model(const std::string& path) {
  std::string bytes, err;
  if (!lede::cli::read_file(path, bytes, err)) {
    std::fprintf(stderr, "lede: cannot read the name-tagger model %s (%s); rebuild it with scripts/train-ner.sh "
                         "or pass --model FILE\n", path.c_str(), err.c_str());
    return false;
  }
  err = lede::load_ner_model(bytes);
  if (!err.empty()) {
    std::fprintf(stderr, "lede: refusing the name-tagger model %s: %s\n", path.c_str(), err.c_str());
    return false;
  }
  return true;
}

int main(int argc, char** argv) {
  int a = 1;
  const char* env = std::getenv("LEDE_NER_MODEL");
  std::string model = env && *env ? env : LEDE_DEFAULT_NER_MODEL;
  for (; a + 1 < argc && argv[a][0] == '-' && argv[a][1] == '-'; a += 2) {
    const std::string opt = argv[a], val = argv[a + 1];
    if (opt == "--model") model = val;
    else if (opt == "--entities" && val == "combined") lede::set_entity_source(lede::EntitySource::Combined);
    else if (opt == "--entities" && val == "model") lede::set_entity_source(lede::EntitySource::Model);
    else if (opt == "--entities" && val == "rules") lede::set_entity_source(lede::EntitySource::Rules);
    else if (opt == "--help") break;
    else { std::fprintf(stderr, "lede: unknown option %s %s\n", opt.c_str(), val.c_str()); return usage(); }
  }
  if (argc <= a) return usage();
  const std::string cmd = argv[a];
  std::vector<std::string> args(argv + a + 1, argv + argc);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") { usage(); return 0; }
  if (cmd == "--version" || cmd == "version") return lede::cli::version(std::cout);
  const bool analyses = cmd == "annotate" || cmd == "jsonl" || cmd == "bench" || cmd == "library" ||
                        cmd == "library-bench";
  if (analyses && !load_model(model)) return 3;
  if (cmd == "annotate") return args.empty() ? usage() : lede::cli::annotate_files(args, std::cout);
  if (cmd == "jsonl") return lede::cli::jsonl(std::cin, std::cout, std::cerr);
  if (cmd == "bench") return lede::cli::bench(args, std::cout);
  if (cmd == "library") return lede::cli::library(args, std::cout);
  if (cmd == "library-bench") return lede::cli::library_bench(args, std::cout);
  std::fprintf(stderr, "lede: unknown command '%s'\n", cmd.c_str());
  return usage();
}
