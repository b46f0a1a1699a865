// numbers_panel.cpp — a sortable table of the article's numbers: as written, value, hedge, counted noun,
// source; hovering a row shows its sentence, clicking jumps the reader to it. Values read as a person
// reads them ("1 hour", "20 January, year unknown"); the normalised form ("PT1H") shows on hover and
// stays in the exports.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/numbers/number_display.h"
#include "imgui.h"

namespace lede::app {

namespace {
// The value as a person reads it ("1 hour", "Tue 8 Jul 2025, evening"): number_display.h.
std::string value_text(const Document& d, const NumberMention& n, const std::string& article_date) {
  return display_value(d, n, article_date);
}
}  // namespace

void draw_numbers(AppState& st) {
  if (st.current < 0) { ImGui::TextDisabled("No article open"); return; }
  const Document& d = st.articles[size_t(st.current)].doc;
  const std::string& article_date = st.articles[size_t(st.current)].date;
  if (d.numbers.empty()) { ImGui::TextDisabled("No numbers found in this article."); return; }
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("numbers", 5, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("As written", ImGuiTableColumnFlags_DefaultSort);
  ImGui::TableSetupColumn("Value");
  ImGui::TableSetupColumn("Hedge");
  ImGui::TableSetupColumn("Counts");
  ImGui::TableSetupColumn("Source");
  ImGui::TableHeadersRow();

  static std::vector<int> order;
  static int order_article = -1;
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (order_article != st.current || order.size() != d.numbers.size() || (specs && specs->SpecsDirty)) {
    order.resize(d.numbers.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    if (specs && specs->SpecsCount > 0) {
      const int col = specs->Specs[0].ColumnIndex;
      const bool desc = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const NumberMention &x = d.numbers[size_t(a)], &y = d.numbers[size_t(b)];
        int c = 0;
        switch (col) {
          case 0: c = x.span.begin < y.span.begin ? -1 : x.span.begin > y.span.begin; break;  // text order
          case 1: c = (x.has_value && y.has_value) ? (x.value < y.value ? -1 : x.value > y.value)
                                                   : int(y.has_value) - int(x.has_value); break;
          case 2: c = d.str(d.detail(x).hedge).compare(d.str(d.detail(y).hedge)); break;
          case 3: c = d.str(d.detail(x).counted).compare(d.str(d.detail(y).counted)); break;
          case 4: c = d.str(d.detail(x).source).compare(d.str(d.detail(y).source)); break;
        }
        return desc ? c > 0 : c < 0;
      });
    }
    if (specs) specs->SpecsDirty = false;
    order_article = st.current;
  }

  for (int i : order) {
    const NumberMention& n = d.numbers[size_t(i)];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(i);
    const std::string written(d.slice(n.span));
    if (ImGui::Selectable(written.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) jump_to(st, n.span);
    remember_item(st, "number:" + std::to_string(i));
    if (ImGui::IsItemHovered() && !d.sentences.empty()) {
      const Sentence& s = d.sentences[d.sentence_of(n.span.begin)];
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
      const std::string sentence(d.slice(s.span));
      ImGui::TextUnformatted(sentence.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_text(d, n, article_date).c_str());
    const std::string_view normalized = d.str(n.normalized), hedge = d.str(d.detail(n).hedge),
                           counted = d.str(d.detail(n).counted),
                           source = d.str(d.detail(n).source);
    if (!normalized.empty() && ImGui::IsItemHovered())
      ImGui::SetTooltip("normalised: %.*s", int(normalized.size()), normalized.data());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(hedge.data(), hedge.data() + hedge.size());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(counted.data(), counted.data() + counted.size());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(source.data(), source.data() + source.size());
  }
  ImGui::EndTable();
}

}  // namespace lede::app
