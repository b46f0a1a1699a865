// detail.h — small helpers the user-data files share (not for panels).
//
//     std::string t = now_iso(st);             // the platform's clock, or the epoch in native tests
//     std::string id = new_record_id(st, "ann:");   // "ann:17-20261201T093000Z": unique in this library
//     annotations_changed(st);                 // the reader repaints marks, the layout is redone
#pragma once
#include <string>

namespace lede::app {

struct AppState;

std::string now_iso(const AppState& st);
std::string new_record_id(AppState& st, const char* prefix);
void annotations_changed(AppState& st);

}  // namespace lede::app
