// libFuzzer target over the whole analysis and the JSON export (scripts/fuzz.sh SECONDS).
// Any bytes in; checks that every span stays inside the text and that the export round-trips as JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/analyse.h"
#include "core/export_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const lede::Document doc = lede::analyse(std::string_view(reinterpret_cast<const char*>(data), size));
  const auto n = doc.text.size();
  for (const auto& t : doc.tokens) if (t.span.end > n || t.span.begin > t.span.end) std::abort();
  for (const auto& m : doc.mentions) {
    if (m.span.end > n || m.span.begin >= m.span.end) std::abort();
    if (m.entity < 0 || size_t(m.entity) >= doc.entities.size()) std::abort();
  }
  for (const auto& q : doc.quotes) if (q.span.end > n || q.span.begin > q.span.end) std::abort();
  for (const auto& x : doc.numbers) if (x.span.end > n || x.span.begin > x.span.end) std::abort();
  const std::string s = lede::to_json(doc, "fuzz").dump();
  (void)nlohmann::json::parse(s);
  return 0;
}
