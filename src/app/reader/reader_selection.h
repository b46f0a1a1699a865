// reader_selection.h — selecting text in the reader (mouse drag, double-click, Shift+arrows), copying it
// (Ctrl+C), and painting the selection and the user's own annotations under the text.
//
// draw_reader() calls, after laying out the article and before drawing its lines:
//     update_selection(st, article, origin, column_width);          // input -> st.user.sel_anchor/caret
// and for each visible line, before its glyphs:
//     paint_user_layers(st, article, line, origin, text_y, font_px);  // annotation colours, selection
// Selection offsets are bytes into article.doc.text (the reader's text); empty when anchor == caret.
#pragma once
#include <string>

#include "app/state/app_state.h"
#include "imgui.h"

namespace lede::app {

LayoutFont reader_layout_font(const ImFont* f);
void update_selection(AppState& st, const Article& a, ImVec2 origin, float column_width);
void paint_user_layers(AppState& st, const Article& a, const LayoutLine& line, ImVec2 origin, float text_y, float font_px);
ByteSpan selection_span(const AppState& st);
std::string selected_text(const AppState& st);


}  // namespace lede::app
