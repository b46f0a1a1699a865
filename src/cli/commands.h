// commands.h — the `lede` CLI's subcommands as functions over streams, so tests call them without a process.
//
//     std::istringstream in("{\"id\":\"a\",\"text\":\"Netanyahu said “no”.\"}\n");
//     std::ostringstream out, err;
//     int rc = lede::cli::jsonl(in, out, err);   // out: one JSON result per line (offsets in code points)
//     rc = lede::cli::annotate_files({"a.txt"}, out);         // the readable report
//     rc = lede::cli::library({"--date", "a.txt=2025-07-08", "a.txt", "b.txt"}, out);
//
// Every command returns the process exit code: 0 ok; 1 some input was bad (each problem reported on stderr
// as "lede: line N: ..." or "lede: FILE: ...", the rest still processed); 2 usage error. main.cpp only
// dispatches argv to these.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace lede::cli {

int annotate_files(const std::vector<std::string>& paths, std::ostream& out);
int jsonl(std::istream& in, std::ostream& out, std::ostream& err);
// `lede --version`: the version, then what data the build holds, one table a line with its size and the
// packages it came from (scripts/eval.sh prints it above its scores).
int version(std::ostream& out);
int bench(const std::vector<std::string>& args, std::ostream& out);
int library(const std::vector<std::string>& args, std::ostream& out);
int library_bench(const std::vector<std::string>& args, std::ostream& out);

// Reads a whole file; returns false (and sets error) when it cannot.
bool read_file(const std::string& path, std::string& content, std::string& error);

}  // namespace lede::cli
