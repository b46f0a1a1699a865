// highlights.h — what the reader marks in an article: the core's spans flattened into one list by kind.
//
// Pure C++17 over lede::Document (no ImGui), so it is unit-testable natively.
//
//     bool shown[kKindCount] = {true, true, true, true, true};
//     std::vector<Highlight> hs = collect_highlights(doc, shown);   // sorted by begin; quotes first on ties
//     std::string card = describe(doc, hs[i]);                      // the hover card, one fact a line:
//         "Person [P]\nName: Tomasz Reyes\nMentions in this article: 3"
//         "Quote [Q] (direct)\nSpeaker: Tomasz Reyes\nCue: said"
//         "Number [N] (CARDINAL)\nValue: 47460\nHedge: at least\nCounts: Palestinians\nSource: Gaza Health Ministry"
//
// Kinds: Person, Org (organisations and groups), Place, Quote, Number. Each kind has a colour *and* a
// shape (underline, box, dashed line, brackets, side bar; kind_style.h), so colour is never the only cue;
// kind_letter() gives the one-letter tag the legend and cards show.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/reader/reader_layout.h"
#include "core/document.h"

namespace lede::app {

enum class Kind : uint8_t { Person, Org, Place, Quote, Number };
constexpr int kKindCount = 5;

struct Highlight {
  ByteSpan span;
  Kind kind = Kind::Person;
  uint32_t ref = 0;  // index into doc.mentions (Person/Org/Place), doc.quotes or doc.numbers
};

const char* kind_name(Kind k);    // "Person", "Organisation", "Place", "Quote", "Number"
const char* kind_letter(Kind k);  // "P", "O", "L", "Q", "N"
Kind kind_of(EntityType t);       // Group counts as Org

std::vector<Highlight> collect_highlights(const Document& doc, const bool shown[kKindCount]);
// The same highlights as the reader lays them out: LayoutSpan::kind is the Kind, LayoutSpan::id the ref. The
// reader keeps only these (in its LayoutJob), not a second list: a text of figures has a highlight every two
// bytes (issue 14). highlight_of() gives a span's Highlight back.
std::vector<LayoutSpan> collect_layout_spans(const Document& doc, const bool shown[kKindCount]);
inline Highlight highlight_of(const LayoutSpan& s) { return Highlight{ByteSpan{s.begin, s.end}, Kind(s.kind), s.id}; }

// A short multi-line card for a tooltip: kind, then the normalised value.
std::string describe(const Document& doc, const Highlight& h);

}  // namespace lede::app
