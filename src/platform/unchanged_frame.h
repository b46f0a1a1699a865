// unchanged_frame.h — tells whether a frame would draw exactly what the last drawn frame drew, so the
// platform can leave the canvas as it is instead of drawing it again.
//
//     lede::platform::UnchangedFrame same;
//     per frame, after ImGui::Render():
//       same.begin();
//       same.add(&fb_w, sizeof fb_w); same.add(list->VtxBuffer.Data, bytes); ...   // all the drawing depends on
//       if (!same.same_as_last()) { <clear and draw> }     // the bytes are kept as "last" only when it differs
//     same.forget();    // something add() does not see changed (a texture was re-uploaded): draw next frame
//
// Why: the page redraws every animation frame, and with software WebGL (SwiftShader: headless Chromium, machines
// without a GPU) each drawn frame is read back to the compositor, ~0.1-0.2 s of the page's thread on this
// 2-core machine. A WebGL canvas that is not drawn in a frame keeps showing its last image (the browser only
// presents a canvas that was drawn), so an idle reader costs the UI pass only. The comparison is exact (the
// bytes themselves, not a hash): a frame that differs in one vertex is always drawn.
#pragma once
#include <cstddef>
#include <cstring>
#include <vector>

namespace lede::platform {

class UnchangedFrame {
 public:
  void begin() { cur_.clear(); }
  void add(const void* data, size_t bytes) {
    const auto* p = static_cast<const unsigned char*>(data);
    cur_.insert(cur_.end(), p, p + bytes);
  }
  // True when this frame's bytes equal the last drawn frame's (and forget() was not called since).
  // Otherwise keeps them as the last drawn frame's and returns false.
  bool same_as_last() {
    if (valid_ && cur_.size() == last_.size() && std::memcmp(cur_.data(), last_.data(), cur_.size()) == 0) return true;
    last_.swap(cur_);
    valid_ = true;
    return false;
  }
  void forget() { valid_ = false; }

 private:
  std::vector<unsigned char> cur_, last_;
  bool valid_ = false;
};

}  // namespace lede::platform
