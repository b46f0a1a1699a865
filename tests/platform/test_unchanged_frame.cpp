// Tests for platform/unchanged_frame.h: a frame is skipped only when its bytes equal the last drawn frame's.
#include <doctest/doctest.h>

#include "platform/unchanged_frame.h"

using lede::platform::UnchangedFrame;

namespace {
bool frame(UnchangedFrame& u, const std::vector<int>& bytes) {
  u.begin();
  u.add(bytes.data(), bytes.size() * sizeof(int));
  return u.same_as_last();
}
}  // namespace

TEST_CASE("the first frame is drawn, an identical one is not, any difference is") {
  UnchangedFrame u;
  CHECK_FALSE(frame(u, {1, 2, 3}));
  CHECK(frame(u, {1, 2, 3}));
  CHECK(frame(u, {1, 2, 3}));
  CHECK_FALSE(frame(u, {1, 2, 4}));      // one value
  CHECK(frame(u, {1, 2, 4}));
  CHECK_FALSE(frame(u, {1, 2, 4, 0}));   // one more value, even a zero
  CHECK_FALSE(frame(u, {1, 2, 4}));      // and back: compared with the last drawn frame
  CHECK_FALSE(frame(u, {}));
  CHECK(frame(u, {}));
}

TEST_CASE("forget() makes the next frame draw even when its bytes are the same") {
  UnchangedFrame u;
  CHECK_FALSE(frame(u, {7}));
  u.forget();
  CHECK_FALSE(frame(u, {7}));
  CHECK(frame(u, {7}));
}

TEST_CASE("several add() calls make one frame: split differently, the same bytes compare equal") {
  UnchangedFrame u;
  const int a[4] = {1, 2, 3, 4};
  u.begin();
  u.add(a, sizeof a);
  CHECK_FALSE(u.same_as_last());
  u.begin();
  u.add(a, 2 * sizeof(int));
  u.add(a + 2, 2 * sizeof(int));
  CHECK(u.same_as_last());
}
