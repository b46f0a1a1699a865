// motion.cpp — the browser's "reduce motion" setting (prefers-reduced-motion), read each frame so a change
// in the system settings applies at once. Matching a cached MediaQueryList is cheap.
#include <emscripten.h>

#include "platform/platform.h"

namespace {

EM_JS(int, js_reduced_motion, (), {
  if (!window.matchMedia) return 0;
  if (!Module.ledeMotionQuery) Module.ledeMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  return Module.ledeMotionQuery.matches ? 1 : 0;
});

}  // namespace

bool lede::platform::reduced_motion() { return js_reduced_motion() != 0; }
