// analysis_banner.cpp — above the reader: "Analysing…" with a progress bar and Cancel while the open
// article's analysis runs in the worker, or why it failed, with Try again and Delete (analysis.h). The
// text below is readable either way (plain, without highlights, until the analysis is in).
#include <cstdio>

#include "app/app.h"
#include "app/state/analysis.h"
#include "imgui.h"

namespace lede::app {

void draw_analysis_banner(AppState& st) {
  if (st.current < 0 || st.current >= int(st.articles.size())) return;
  Article& a = st.articles[size_t(st.current)];
  if (a.analysis_pending) {
    // The bar moves ten times a second, not every frame: a frame whose pixels change is drawn and, with
    // software WebGL, read back (30-200 ms of the page's thread under load), which the worker, analysing
    // this very article, then waits for on a 2-core machine. An unchanged frame is not drawn at all.
    static float shown = 0;
    static double shown_at = -1;
    if (ImGui::GetTime() - shown_at >= 0.1 || analysis_progress(a) < shown) {
      shown = analysis_progress(a);
      shown_at = ImGui::GetTime();
    }
    char label[96];
    std::snprintf(label, sizeof label, "Analysing %.1f MB… %.0f s", double(a.body.size()) / 1e6, analysis_seconds(a));
    ImGui::ProgressBar(shown, ImVec2(-ImGui::CalcTextSize("Cancel").x - ImGui::GetStyle().FramePadding.x * 4, 0), label);
    remember_item(st, "analysis_progress");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) cancel_analysis(st, st.current);
    remember_item(st, "analysis_cancel");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(a.builtin ? "Stop analysing this article" : "Stop importing this article (Undo brings it back)");
  } else if (!a.analysis_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 30, 30, 255));
    ImGui::TextWrapped("This article could not be analysed: %s. Its text is shown without highlights; nothing is lost.",
                       a.analysis_error.c_str());
    ImGui::PopStyleColor();
    remember_item(st, "analysis_error");
    if (ImGui::Button("Try again")) request_analysis(st, st.current, true, true);
    remember_item(st, "analysis_retry");
    if (!a.builtin) {
      ImGui::SameLine();
      if (ImGui::Button("Delete article")) delete_article(st, st.current);
      remember_item(st, "analysis_delete");
    }
  }
}

}  // namespace lede::app
