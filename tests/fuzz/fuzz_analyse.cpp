// libFuzzer target over the whole analysis and the JSON export (scripts/fuzz.sh SECONDS).
// Any bytes in; checks that every span stays inside the text, that the export round-trips as JSON, that
// the Document survives document_codec (what the web worker sends the app) and that the same bytes read
// as a codec buffer are refused or read, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/analyse.h"
#include "core/document_codec.h"
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
  const std::string bytes = lede::encode_document(doc);
  lede::Document back;
  if (!lede::decode_document(bytes, back) || lede::encode_document(back) != bytes) std::abort();
  (void)lede::decode_document(std::string_view(reinterpret_cast<const char*>(data), size), back);
  return 0;
}
