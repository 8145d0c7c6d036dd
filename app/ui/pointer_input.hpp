#pragma once
// Touches reach us as pointer events (GLFW 3.3 has no touch API). The host queues every event it
// receives between frames; each frame takes all moves but at most one press or release, so a tap
// that starts and ends between two frames still reaches ImGui as a press and then a release.
// The full list of positions taken in a frame is kept for widgets that need every point
// (the signature pad), not just the last one.
#include <deque>
#include <vector>

struct ImGuiIO;

namespace intake::ui {

enum class PointerKind { Down, Move, Up };

struct PointerEvent {
  PointerKind kind = PointerKind::Move;
  float x = 0.f;
  float y = 0.f;
  double time = 0.0;  // seconds, same clock as UiFrame::now
};

class PointerInput {
 public:
  void push(const PointerEvent& event) { queue_.push_back(event); }

  // Feeds io.MousePos / io.MouseDown[0] for this frame and remembers the events taken.
  void begin_frame(ImGuiIO& io);

  // Events taken by the last begin_frame, in order.
  const std::vector<PointerEvent>& frame_events() const { return frame_events_; }
  bool is_down() const { return down_; }
  bool has_pending() const { return !queue_.empty() || lift_next_frame_; }
  float x() const { return x_; }
  float y() const { return y_; }

 private:
  std::deque<PointerEvent> queue_;
  std::vector<PointerEvent> frame_events_;
  bool down_ = false;
  bool lift_next_frame_ = false;  // move the pointer away one frame after a release
  float x_ = -1.f;
  float y_ = -1.f;
};

}  // namespace intake::ui
