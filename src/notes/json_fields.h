// json_fields.h — reading fields of untrusted JSON (stored records, imports) without exceptions.
//
// The web build has C++ exceptions disabled (a throw aborts the app), so nlohmann's at()/get()/value()
// must not meet a wrong type. These return the fallback instead:
//     std::string title = lede::field_str(j, "title", "Untitled");
//     if (!lede::has_str(j, "id")) return false;    // required fields are checked first
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lede {

inline bool has_str(const nlohmann::json& j, const char* k) {
  if (!j.is_object()) return false;
  auto it = j.find(k);
  return it != j.end() && it->is_string();
}

inline std::string field_str(const nlohmann::json& j, const char* k, const char* fallback = "") {
  return has_str(j, k) ? j.find(k)->get<std::string>() : std::string(fallback);
}

inline bool field_bool(const nlohmann::json& j, const char* k, bool fallback = false) {
  if (!j.is_object()) return fallback;
  auto it = j.find(k);
  return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

inline int64_t field_int(const nlohmann::json& j, const char* k, int64_t fallback = 0) {
  if (!j.is_object()) return fallback;
  auto it = j.find(k);
  return it != j.end() && it->is_number_integer() ? it->get<int64_t>() : fallback;
}

inline double field_num(const nlohmann::json& j, const char* k, double fallback = 0) {
  if (!j.is_object()) return fallback;
  auto it = j.find(k);
  return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

inline std::vector<std::string> field_strs(const nlohmann::json& j, const char* k) {
  std::vector<std::string> out;
  if (!j.is_object()) return out;
  auto it = j.find(k);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace lede
