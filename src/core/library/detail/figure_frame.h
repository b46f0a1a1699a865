// figure_frame.h — what a figure counts, so that only figures counting the same thing for the same event
// share a series (Library::figure_series). Precision before recall: a figure whose frame is unclear gets
// none and joins no series (a missing series is better than a wrong one).
//
//     lede::FrameWalk walk;                                   // one per document, numbers in text order
//     lede::FigureFrame f;
//     for (uint32_t n = 0; n < doc.numbers.size(); ++n)
//       if (lede::frame_figure(doc, n, walk, f)) key = f.event + "|" + f.group + "|" + f.when;
//
// A frame agrees on three things:
//   - the counted noun: "civilians", "people", "children"; a state noun keeps its nationality
//     ("French hostages", "Malian prisoners"); "others" takes the figure before it in the sentence;
//   - the event: a harm word near the figure (killed, deaths, injured, displaced, ...) with its cause
//     when it is no act of war ("an outbreak that has killed 210" is "killed by outbreak"); hostages and
//     prisoners need a verb that says what happened to them (released, taken, held) — "facing hunger"
//     or "12 detainees" alone say no event;
//   - the time reference: "" for a running total ("has killed 8,412", "since March 3, 2021"); else the
//     normalised date the sentence gives the figure ("2021-03-03" for "killed during the raid of
//     March 3, 2021"), not a date the report was made on ("said on Friday"). An unresolved relative
//     date ("Tuesday", "PAST_week") is local: it joins figures of the same article only;
//   - and what is expected is not what was done: "would release ten captives", "will be released" get
//     "(expected)" and are local too (two articles' terms may be two deals).
// Cost: a constant per figure — 8 tokens either side for the event, 25 before for "since", 12 numbers
// either side for the date — whatever the sentence's length.
#pragma once
#include <cstdint>
#include <string>

#include "core/document.h"

namespace lede {

struct FigureFrame {
  std::string event;   // "killed", "injured", "released", "taken", "held", "killed by famine", ...
  std::string group;   // folded counted noun: "palestinians", "people", "israeli hostages"
  std::string when;    // normalised time reference, "" for a running total
  bool when_is_local = false;  // unresolved relative date, or expected: only the same article may share it
};

struct FrameWalk {           // state carried from one figure to the next ("and injured 1,530 others")
  std::string prev_group;
  uint32_t prev_sentence = UINT32_MAX;
};

// Frames doc.numbers[n]; false when it is no count of people or things happening to them.
bool frame_figure(const Document& doc, uint32_t n, FrameWalk& walk, FigureFrame& out);

}  // namespace lede
