// lede — command-line front end to the same core the web app uses.
//
//   lede annotate FILE...      readable report: entities with mentions, quotes with speakers, numbers
//   lede jsonl < in > out      JSONL {"id","text"} per line -> one JSON result per line (code points)
//   lede bench [--mb N] FILE...  analysis throughput over the files repeated to N MB
//   lede library [--date FILE=YYYY-MM-DD]... FILE...   cross-article views: entities, figures, speakers
//   lede library-bench N FILE...  indexing time for N synthetic articles
//   lede --version             version and the data built in (table sizes, source packages)
//
// Exit codes: 0 ok; 1 some input was bad (each problem is reported on stderr, the rest is still
// processed); 2 usage error.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

static int usage() {
  std::fprintf(stderr,
               "usage: lede annotate FILE...\n"
               "       lede jsonl < docs.jsonl > results.jsonl\n"
               "       lede bench [--mb N] FILE...\n"
               "       lede library [--date FILE=YYYY-MM-DD]... FILE...\n"
               "       lede library-bench N FILE...\n"
               "       lede --version\n");
  return 2;
}

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "annotate") return args.empty() ? usage() : lede::cli::annotate_files(args, std::cout);
  if (cmd == "jsonl") return lede::cli::jsonl(std::cin, std::cout, std::cerr);
  if (cmd == "bench") return lede::cli::bench(args, std::cout);
  if (cmd == "library") return lede::cli::library(args, std::cout);
  if (cmd == "library-bench") return lede::cli::library_bench(args, std::cout);
  if (cmd == "--version" || cmd == "version") return lede::cli::version(std::cout);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") { usage(); return 0; }
  std::fprintf(stderr, "lede: unknown command '%s'\n", cmd.c_str());
  return usage();
}
