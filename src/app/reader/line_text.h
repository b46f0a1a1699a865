// line_text.h — drawing laid-out text (reader_layout.h) with ImGui, right-to-left runs included.
//
//     draw_line_text(dl, font, font_px, ImVec2(x, y), colour, text, layout.lines[i]);
//     float h = draw_wrapped(dl, font, font_px, ImVec2(x, y), colour, title, width, 1.25f);  // a short text
//
// Plain lines are one AddText of the logical bytes; lines with runs draw each run at its x, right-to-left
// ones from their prepared visual string (joined Arabic, reversed, mirrored brackets).
#pragma once
#include <string_view>

#include "app/reader/reader_layout.h"
#include "imgui.h"

namespace lede::app {

void draw_line_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, std::string_view text,
                    const LayoutLine& line);
// Lays out and draws a short text (a title, a note) wrapped at width; returns its height.
float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, std::string_view text, float width,
                   float line_spacing);

}  // namespace lede::app
