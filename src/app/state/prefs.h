// prefs.h — the reader's layout preferences, remembered across reloads: side panel width, theme, text
// size, which highlight kinds are shown, the active tab, the article being read, whether the Examples
// shelf was removed.
//
// Pure C++17 (no ImGui, no browser), so it is unit-testable. The platform stores the JSON text
// (localStorage, web side) and hands it back at start-up:
//     Prefs p = parse_prefs(stored_text);       // anything missing, damaged or out of range -> its default
//     std::string text = prefs_json(p);         // {"v":1,"side_width":320,"theme":"dark",...}
// Stored text is untrusted (another version, a hand edit, a broken write): parsing never throws and
// never fails, it only falls back field by field.
#pragma once
#include <string>

#include "app/reader/highlights.h"

namespace lede::app {

struct Prefs {
  float side_width = 320;  // CSS px
  int theme = 0;           // Theme: 0 light, 1 dark, 2 high contrast
  float reader_px = 18;    // CSS px, 12..32
  bool shown[kKindCount] = {true, true, true, true, true};
  std::string tab = "Library";  // a side panel tab's name; an unknown one selects nothing
  std::string article;          // id of the article being read ("" = none); reopened after a reload
  bool examples_hidden = false; // the user removed the Examples shelf (demo articles)

  bool operator==(const Prefs& o) const;
  bool operator!=(const Prefs& o) const { return !(*this == o); }
};

constexpr float kMinSideWidth = 180, kMaxSideWidth = 2000;  // CSS px; the window also caps it at half its width
constexpr float kMinReaderPx = 12, kMaxReaderPx = 32;

Prefs parse_prefs(const std::string& text);
std::string prefs_json(const Prefs& p);

}  // namespace lede::app
