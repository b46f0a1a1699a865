// smooth_scroll.h — the reader's animated scrolling: a target scroll Y approached with an ease-out curve.
//
// Pure C++17 (no ImGui), so it is unit-testable. draw_reader() owns one SmoothScroll and, each frame:
//     if (<wheel, PageDown, a jump...>) scroll_toward(ss, current_y, target_y);   // starts or retargets
//     float y;
//     if (scroll_step(ss, current_y, max_y, dt, &y)) ImGui::SetScrollY(y);
// Retargeting while moving starts a new ease from where the view is now, so repeated wheel notches or
// PageDowns add up smoothly. If something else moved the view meanwhile (the scrollbar being dragged),
// the animation gives way instead of fighting it.
#pragma once

namespace lede::app {

struct SmoothScroll {
  bool active = false;
  float from = 0, to = 0;   // scroll Y (device px) at the start of the ease, and its target
  float t = 0;              // seconds into the ease
  float last_set = 0;       // the value set last frame, to notice outside changes
  // Constants: the ease lasts `duration`; a slow frame advances it by at most `max_dt`, so even a loaded
  // machine shows a few in-between positions instead of one jump.
  float duration = 0.16f;
  float max_dt = 1.0f / 30.0f;
};

// Where the current ease is heading, or `current` when idle (so keys and wheel add to a running target).
float scroll_goal(const SmoothScroll& ss, float current);

// Starts (or retargets) an ease from `current` to `target`. reduced_motion: no animation, the next
// scroll_step() lands on the target at once.
void scroll_toward(SmoothScroll& ss, float current, float target, bool reduced_motion = false);

// Stops any ease (an article switch restores its own scroll at once).
void scroll_stop(SmoothScroll& ss);

// Advances the ease by dt seconds. Returns true with *out set when the view should move to *out (clamped
// to [0, max_y]). `current` is the view's scroll now: if it is not where the last step put it (after
// clamping to max_y), something else scrolled and the ease stops.
bool scroll_step(SmoothScroll& ss, float current, float max_y, float dt, float* out);

}  // namespace lede::app
