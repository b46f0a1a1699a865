// legend.cpp — names each highlight kind next to a swatch drawn exactly as the reader draws it,
// with a show/hide checkbox and the number of spans of that kind laid out in the current article.
#include "app/app.h"
#include "app/reader/kind_style.h"
#include "imgui.h"

namespace lede::app {

void draw_legend(AppState& st) {
  ImGui::TextUnformatted("Highlights");
  const float dpr = st.dpr;
  for (int k = 0; k < kKindCount; ++k) {
    Kind kind = Kind(k);
    ImGui::PushID(k);
    if (ImGui::Checkbox("##show", &st.shown[k])) st.layout_dirty = true;
    remember_item(st, std::string("toggle:") + kind_letter(kind));
    ImGui::SameLine();
    // Swatch: a sample word box painted with the reader's style.
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetFrameHeight(), w = 2.2f * h;
    ImVec2 min(p.x + 2 * dpr, p.y + 3 * dpr), max(p.x + w - 2 * dpr, p.y + h - 3 * dpr);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const KindStyle& ks = kind_style(st.theme, kind);
    paint_background(dl, kind, ks, min, max, dpr);
    if (kind == Kind::Quote) paint_quote_bar(dl, ks, min.x, min.y, max.y, dpr);
    const char* letter = kind_letter(kind);
    ImVec2 ts = ImGui::CalcTextSize(letter);
    dl->AddText(ImVec2((min.x + max.x - ts.x) * 0.5f, (min.y + max.y - ts.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), letter);
    paint_mark(dl, kind, ks, min, max, true, true, dpr);
    ImGui::Dummy(ImVec2(w, h));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    size_t placed = size_t(k) < st.layout.spans_placed.size() ? st.layout.spans_placed[size_t(k)] : 0;
    ImGui::Text("%s  (%zu)", kind_name(kind), st.shown[k] ? placed : size_t(0));
    ImGui::PopID();
  }
  ImGui::TextDisabled("Hover a highlight for details.");
}

}  // namespace lede::app
