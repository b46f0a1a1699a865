// kind_style.h — how each highlight kind looks: a colour *and* a shape, so colour is never the only cue.
//
//     const KindStyle& ks = kind_style(st.theme, Kind::Place);
//     paint_background(dl, ks, min, max);                  // behind the glyphs
//     paint_mark(dl, Kind::Place, ks, min, max, first, last, dpr);  // over them: the kind's shape
//
//   Person  solid underline          Org     thin box
//   Place   dashed underline         Number  corner brackets  [ ]
//   Quote   side bar in the margin + dotted underline (combines with entity highlights inside quotes)
// The legend draws its swatches with the same two calls.
#pragma once
#include "app/state/app_state.h"
#include "app/reader/highlights.h"
#include "imgui.h"

namespace lede::app {

struct KindStyle {
  ImU32 background;  // translucent fill behind the text
  ImU32 line;        // strong colour for the shape
};

const KindStyle& kind_style(Theme theme, Kind k);
void paint_background(ImDrawList* dl, Kind k, const KindStyle& ks, ImVec2 min, ImVec2 max, float dpr);
void paint_mark(ImDrawList* dl, Kind k, const KindStyle& ks, ImVec2 min, ImVec2 max, bool first, bool last,
                float dpr);
// The quote side bar for one line, drawn left of the text column.
void paint_quote_bar(ImDrawList* dl, const KindStyle& ks, float x, float y0, float y1, float dpr);

}  // namespace lede::app
