#include "app/reader/kind_style.h"

#include <cmath>

namespace lede::app {

// Okabe–Ito colour-blind-safe hues: blue, orange, bluish green, vermillion, reddish purple.
const KindStyle& kind_style(Theme theme, Kind k) {
  static const KindStyle light[kKindCount] = {
      {IM_COL32(0, 114, 178, 48), IM_COL32(0, 94, 158, 255)},     // Person
      {IM_COL32(230, 159, 0, 64), IM_COL32(176, 112, 0, 255)},    // Org
      {IM_COL32(0, 158, 115, 52), IM_COL32(0, 120, 86, 255)},     // Place
      {IM_COL32(213, 94, 0, 20), IM_COL32(200, 80, 0, 255)},      // Quote
      {IM_COL32(204, 121, 167, 64), IM_COL32(160, 70, 130, 255)}, // Number
  };
  static const KindStyle dark[kKindCount] = {
      {IM_COL32(86, 180, 233, 70), IM_COL32(120, 200, 245, 255)},
      {IM_COL32(230, 159, 0, 70), IM_COL32(240, 190, 60, 255)},
      {IM_COL32(0, 158, 115, 80), IM_COL32(60, 210, 160, 255)},
      {IM_COL32(213, 94, 0, 30), IM_COL32(240, 130, 60, 255)},
      {IM_COL32(204, 121, 167, 80), IM_COL32(230, 150, 200, 255)},
  };
  static const KindStyle contrast[kKindCount] = {
      {IM_COL32(40, 120, 255, 120), IM_COL32(120, 190, 255, 255)},
      {IM_COL32(255, 170, 0, 120), IM_COL32(255, 200, 40, 255)},
      {IM_COL32(0, 200, 130, 120), IM_COL32(60, 255, 170, 255)},
      {IM_COL32(255, 110, 40, 60), IM_COL32(255, 140, 60, 255)},
      {IM_COL32(230, 110, 200, 120), IM_COL32(255, 150, 230, 255)},
  };
  switch (theme) {
    case Theme::Dark: return dark[int(k)];
    case Theme::HighContrast: return contrast[int(k)];
    default: return light[int(k)];
  }
}

void paint_background(ImDrawList* dl, Kind k, const KindStyle& ks, ImVec2 min, ImVec2 max, float dpr) {
  if (k == Kind::Quote) return;  // quotes are marked by bar and underline only
  const float pad = std::round(dpr);
  dl->AddRectFilled(ImVec2(min.x - pad, min.y), ImVec2(max.x + pad, max.y), ks.background, 2.0f * dpr);
}

static void dashed(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float dash, float gap, float t) {
  for (float x = x0; x < x1; x += dash + gap) dl->AddRectFilled(ImVec2(x, y), ImVec2(std::fmin(x + dash, x1), y + t), col);
}

void paint_mark(ImDrawList* dl, Kind k, const KindStyle& ks, ImVec2 min, ImVec2 max, bool first, bool last,
                float dpr) {
  const float t = std::fmax(1.0f, std::round(1.5f * dpr));
  switch (k) {
    case Kind::Person:
      dl->AddRectFilled(ImVec2(min.x, max.y - t), max, ks.line);
      break;
    case Kind::Org: {
      const float th = std::fmax(1.0f, std::round(dpr)), pad = std::round(dpr);
      dl->AddRect(ImVec2(min.x - pad, min.y), ImVec2(max.x + pad, max.y), ks.line, 2.0f * dpr, 0, th);
      break;
    }
    case Kind::Place:
      dashed(dl, min.x, max.x, max.y - t, ks.line, 4 * dpr, 2 * dpr, t);
      break;
    case Kind::Number: {
      const float w = 3 * dpr, pad = std::round(dpr);
      min.x -= pad; max.x += pad;
      if (first) {
        dl->AddRectFilled(min, ImVec2(min.x + t, max.y), ks.line);
        dl->AddRectFilled(min, ImVec2(min.x + w, min.y + t), ks.line);
        dl->AddRectFilled(ImVec2(min.x, max.y - t), ImVec2(min.x + w, max.y), ks.line);
      }
      if (last) {
        dl->AddRectFilled(ImVec2(max.x - t, min.y), max, ks.line);
        dl->AddRectFilled(ImVec2(max.x - w, min.y), ImVec2(max.x, min.y + t), ks.line);
        dl->AddRectFilled(ImVec2(max.x - w, max.y - t), max, ks.line);
      }
      break;
    }
    case Kind::Quote:
      dashed(dl, min.x, max.x, max.y + t, ks.line, 1.5f * t, 1.5f * t, t);
      break;
  }
}

void paint_quote_bar(ImDrawList* dl, const KindStyle& ks, float x, float y0, float y1, float dpr) {
  dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + std::fmax(2.0f, std::round(3 * dpr)), y1), ks.line);
}

}  // namespace lede::app
