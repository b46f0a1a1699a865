// prefs.cpp — see prefs.h.
#include "app/state/prefs.h"

#include <cmath>

#include "notes/json_fields.h"

namespace lede::app {

namespace {
const char* const kThemes[] = {"light", "dark", "high-contrast"};
const char* const kKindKeys[kKindCount] = {"person", "organisation", "place", "quote", "number"};

// A finite number inside [lo, hi], else the fallback (NaN and ±inf cannot come from JSON, but be sure).
float in_range(const nlohmann::json& j, const char* k, float lo, float hi, float fallback) {
  const double v = field_num(j, k, fallback);
  return std::isfinite(v) && v >= lo && v <= hi ? float(v) : fallback;
}
}  // namespace

bool Prefs::operator==(const Prefs& o) const {
  for (int k = 0; k < kKindCount; ++k)
    if (shown[k] != o.shown[k]) return false;
  return side_width == o.side_width && theme == o.theme && reader_px == o.reader_px && tab == o.tab &&
         article == o.article && examples_hidden == o.examples_hidden;
}

Prefs parse_prefs(const std::string& text) {
  Prefs p;
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return p;
  p.side_width = std::round(in_range(j, "side_width", kMinSideWidth, kMaxSideWidth, p.side_width));
  p.reader_px = std::round(in_range(j, "text_px", kMinReaderPx, kMaxReaderPx, p.reader_px));
  const std::string theme = field_str(j, "theme");
  for (int i = 0; i < 3; ++i)
    if (theme == kThemes[i]) p.theme = i;
  auto kinds = j.find("kinds");
  if (kinds != j.end() && kinds->is_object())
    for (int k = 0; k < kKindCount; ++k) p.shown[k] = field_bool(*kinds, kKindKeys[k], p.shown[k]);
  const std::string tab = field_str(j, "tab");
  if (!tab.empty() && tab.size() <= 32) p.tab = tab;
  const std::string article = field_str(j, "article");
  if (article.size() <= 256) p.article = article;
  p.examples_hidden = field_bool(j, "examples_hidden", false);
  return p;
}

std::string prefs_json(const Prefs& p) {
  nlohmann::json j;
  j["v"] = 1;
  j["side_width"] = std::round(p.side_width);
  j["theme"] = kThemes[p.theme >= 0 && p.theme < 3 ? p.theme : 0];
  j["text_px"] = std::round(p.reader_px);
  nlohmann::json kinds = nlohmann::json::object();
  for (int k = 0; k < kKindCount; ++k) kinds[kKindKeys[k]] = p.shown[k];
  j["kinds"] = kinds;
  j["tab"] = p.tab;
  j["article"] = p.article;
  j["examples_hidden"] = p.examples_hidden;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lede::app
