// bidi.h — right-to-left runs inside left-to-right text and the reverse: a subset of the Unicode
// Bidirectional Algorithm (UAX #9), enough for news text with Arabic or Hebrew words and quotes.
//
//     std::u32string t = U"He said: שלום עולם.";
//     std::vector<uint8_t> levels(t.size());
//     const uint8_t para = paragraph_level(t.data(), t.size());      // 0: first strong letter is L
//     resolve_levels(t.data(), t.size(), para, levels.data());
//     std::vector<BidiRun> runs;
//     visual_runs(levels.data(), 0, uint32_t(t.size()), runs);       // runs left to right; odd level = RTL
//
// Covered: paragraph direction from the first strong letter (P2/P3); weak types W1-W7 (numbers stay left
// to right inside RTL text, "1,000.5" and "+5%" hold together, Arabic-Indic digits are AN); neutrals take
// the direction of the letters around them, else the paragraph's (N1/N2); implicit levels (I1/I2);
// reordering of a line (L2, runs reversed from the highest level down); callers mirror brackets with
// bidi_mirror() in odd runs (L4) and draw each run's letters in reverse.
// Not covered: explicit embeddings, overrides and isolates (LRE…PDI, treated as neutrals), bracket pairs
// (N0), trailing-whitespace level reset inside a line (L1; the layout trims spaces at wrapped line ends).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lede::app {

struct BidiRun {
  uint32_t begin = 0, end = 0;  // index range into the text (code points), end exclusive
  uint8_t level = 0;            // odd = right to left
};

bool is_rtl_letter(char32_t cp);                              // bidi class R or AL
bool has_rtl(const char32_t* cps, size_t n);
uint8_t paragraph_level(const char32_t* cps, size_t n);       // 1 if the first strong letter is R/AL
void resolve_levels(const char32_t* cps, size_t n, uint8_t paragraph, uint8_t* levels);
// Runs of [begin, end) in visual order (left to right). Appends to out.
void visual_runs(const uint8_t* levels, uint32_t begin, uint32_t end, std::vector<BidiRun>& out);

}  // namespace lede::app
