// commands.h — the CLI's subcommands, as functions so tests can call them with string streams.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace lede::cli {

int annotate_files(const std::vector<std::string>& paths, std::ostream& out);
int jsonl(std::istream& in, std::ostream& out, std::ostream& err);
int bench(const std::vector<std::string>& args, std::ostream& out);
int library(const std::vector<std::string>& args, std::ostream& out);
int library_bench(const std::vector<std::string>& args, std::ostream& out);

// Reads a whole file; returns false (and sets error) when it cannot.
bool read_file(const std::string& path, std::string& content, std::string& error);

}  // namespace lede::cli
