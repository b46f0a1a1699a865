// gazetteer_info.cpp — describe_tables(): what the generated gazetteer tables hold (gazetteer.h).
#include <cstdio>

#include "core/lexicon/gazetteer.h"

namespace lede::gazetteer {

std::string describe_tables() {
  std::string s;
  char line[64];
  for (uint32_t i = 0; i < data::kTableCount; ++i) {
    const TableInfo& t = data::kTables[i];
    std::snprintf(line, sizeof line, "  %-13s %8u  ", t.name, unsigned(t.count));
    s += line;
    s += t.from;
    s += '\n';
  }
  return s;
}

}  // namespace lede::gazetteer
