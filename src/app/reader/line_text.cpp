#include "app/reader/line_text.h"

#include <cmath>

namespace lede::app {

void draw_line_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, std::string_view text,
                    const LayoutLine& line) {
  if (line.runs.empty()) {
    dl->AddText(font, size, pos, col, text.data() + line.begin, text.data() + line.end);
    return;
  }
  for (const LayoutRun& r : line.runs) {
    const ImVec2 p(pos.x + r.x, pos.y);
    if (r.rtl) dl->AddText(font, size, p, col, r.visual.data(), r.visual.data() + r.visual.size());
    else dl->AddText(font, size, p, col, text.data() + r.begin, text.data() + r.end);
  }
}

float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, std::string_view text, float width,
                   float line_spacing) {
  LayoutFont lf;
  lf.advance = font->IndexAdvanceX.Data;
  lf.count = size_t(font->IndexAdvanceX.Size);
  lf.fallback = font->FallbackAdvanceX;
  lf.line_height = std::round(font->FontSize * line_spacing);
  const ReaderLayout L = layout_text(text, {}, lf, width);
  for (const LayoutLine& line : L.lines)
    draw_line_text(dl, font, font->FontSize, ImVec2(pos.x, pos.y + line.y), col, text, line);
  return L.height;
}

}  // namespace lede::app
