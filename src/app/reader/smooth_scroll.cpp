// smooth_scroll.cpp — see smooth_scroll.h.
#include "app/reader/smooth_scroll.h"

#include <algorithm>
#include <cmath>

namespace lede::app {

namespace {
float clamp_y(float y, float max_y) { return std::max(0.0f, std::min(y, std::max(0.0f, max_y))); }
}  // namespace

float scroll_goal(const SmoothScroll& ss, float current) { return ss.active ? ss.to : current; }

void scroll_toward(SmoothScroll& ss, float current, float target, bool reduced_motion) {
  ss.active = true;
  ss.from = current;
  ss.to = target;
  ss.t = reduced_motion ? ss.duration : 0;
  ss.last_set = current;
}

void scroll_stop(SmoothScroll& ss) { ss.active = false; }

bool scroll_step(SmoothScroll& ss, float current, float max_y, float dt, float* out) {
  if (!ss.active) return false;
  // ImGui clamps the scroll to the content, so compare against the clamped value we asked for.
  if (std::fabs(current - clamp_y(ss.last_set, max_y)) > 1.0f) {
    ss.active = false;
    return false;
  }
  ss.t += std::max(0.0f, std::min(dt, ss.max_dt));
  float y;
  if (ss.t >= ss.duration) {
    y = ss.to;
    ss.active = false;
  } else {
    const float p = 1.0f - ss.t / ss.duration;
    y = ss.from + (ss.to - ss.from) * (1.0f - p * p * p);  // ease-out cubic: fast start, gentle landing
  }
  ss.last_set = y;
  *out = clamp_y(y, max_y);
  return true;
}

}  // namespace lede::app
