// visual_text.h — right-to-left text made drawable by a renderer that only goes left to right (ImGui):
// Arabic joined (arabic_shaping.h), runs reordered (bidi.h), brackets mirrored, each line on its own.
//
//     ImGui::TextUnformatted(visual_line(title).c_str());   // labels, list rows, tooltips, note previews
//     append_rtl_run(cps, shaped, begin, end, out);          // one right-to-left run, reversed by cluster
//
// Text without Hebrew or Arabic letters comes back unchanged (fast path: a byte scan). The result is for
// drawing only: offsets into it mean nothing; keep the logical text for selection, copy and storage.
// The reader's wrapped body does the same per wrapped line (reader_layout.h), keeping byte offsets.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace lede::app {

bool may_hold_rtl(std::string_view utf8);  // false: surely no right-to-left letter (no byte >= 0xD6)
std::string visual_line(std::string_view utf8);
// Appends shaped[begin, end) in right-to-left order: a letter and the marks after it keep their order,
// so a zero-width mark is still drawn over its letter. shaped[i] == 0 is skipped (lam-alef's alef).
void append_rtl_run(const char32_t* cps, const char32_t* shaped, size_t begin, size_t end, std::string& out);

}  // namespace lede::app
