#include <doctest/doctest.h>

#include <vector>

#include "app/reader/smooth_scroll.h"

using namespace lede::app;

namespace {
// Runs the ease at a fixed frame time, feeding back what a window would show (clamped to max_y).
std::vector<float> run(SmoothScroll& ss, float start, float max_y, float dt, int frames = 100) {
  std::vector<float> ys;
  float y = start, out = 0;
  for (int i = 0; i < frames && scroll_step(ss, y, max_y, dt, &out); ++i) ys.push_back(y = out);
  return ys;
}
}  // namespace

TEST_CASE("smooth scroll: eases to the target through in-between values, monotonically") {
  SmoothScroll ss;
  scroll_toward(ss, 100, 700);
  const auto ys = run(ss, 100, 5000, 1.0f / 60);
  REQUIRE(ys.size() >= 5);
  CHECK(ys.back() == doctest::Approx(700));
  CHECK(ys.front() > 100);
  CHECK(ys.front() < 700);
  for (size_t i = 1; i < ys.size(); ++i) CHECK(ys[i] >= ys[i - 1]);
  CHECK_FALSE(ss.active);
}

TEST_CASE("smooth scroll: a very slow frame still shows in-between positions") {
  SmoothScroll ss;
  scroll_toward(ss, 0, 1000);
  const auto ys = run(ss, 0, 5000, 0.5f);
  CHECK(ys.size() >= 4);
  CHECK(ys.back() == doctest::Approx(1000));
}

TEST_CASE("smooth scroll: reduced motion lands at once") {
  SmoothScroll ss;
  scroll_toward(ss, 0, 400, /*reduced_motion=*/true);
  const auto ys = run(ss, 0, 5000, 1.0f / 60);
  REQUIRE(ys.size() == 1);
  CHECK(ys[0] == doctest::Approx(400));
}

TEST_CASE("smooth scroll: retargeting adds to the running goal; clamps to the content") {
  SmoothScroll ss;
  float out = 0;
  scroll_toward(ss, 0, 300);
  REQUIRE(scroll_step(ss, 0, 5000, 1.0f / 60, &out));
  CHECK(scroll_goal(ss, out) == doctest::Approx(300));
  scroll_toward(ss, out, scroll_goal(ss, out) + 300);
  auto ys = run(ss, out, 5000, 1.0f / 60);
  CHECK(ys.back() == doctest::Approx(600));
  CHECK(scroll_goal(ss, 42) == doctest::Approx(42));  // idle: the goal is where the view is

  scroll_toward(ss, 0, 10000);  // past the end: stops at the end, not cancelled by ImGui's clamping
  ys = run(ss, 0, 800, 1.0f / 60);
  CHECK(ys.back() == doctest::Approx(800));
  CHECK_FALSE(ss.active);
}

TEST_CASE("smooth scroll: gives way when something else moves the view") {
  SmoothScroll ss;
  float out = 0;
  scroll_toward(ss, 0, 1000);
  REQUIRE(scroll_step(ss, 0, 5000, 1.0f / 60, &out));
  CHECK_FALSE(scroll_step(ss, out + 250, 5000, 1.0f / 60, &out));  // the scrollbar was dragged
  CHECK_FALSE(ss.active);
}
