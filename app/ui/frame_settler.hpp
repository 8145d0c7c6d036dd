#pragma once
// ImGui needs a few frames after any change (input, a new screen, new fonts) to reach a still
// image; the host keeps drawing until the settler says the picture has settled.
#include <algorithm>

namespace intake::ui {

class FrameSettler {
 public:
  static constexpr int kFramesAfterChange = 3;

  void changed() { frames_left_ = kFramesAfterChange; }
  void animating() { frames_left_ = std::max(frames_left_, 1); }  // one more frame at least
  // Called once per drawn frame: true while more frames are wanted (counts one down).
  bool another_frame() {
    const bool more = frames_left_ > 0;
    if (more) --frames_left_;
    return more;
  }

 private:
  int frames_left_ = kFramesAfterChange;
};

}  // namespace intake::ui
