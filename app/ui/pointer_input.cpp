#include "ui/pointer_input.hpp"

#include <imgui.h>

#include <cfloat>

namespace intake::ui {

void PointerInput::begin_frame(ImGuiIO& io) {
  frame_events_.clear();
  if (lift_next_frame_ && queue_.empty()) {
    // A finger that left the glass hovers nothing: no hover highlight stays behind.
    lift_next_frame_ = false;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
    return;
  }
  bool took_transition = false;
  while (!queue_.empty()) {
    const PointerEvent& event = queue_.front();
    const bool transition = event.kind != PointerKind::Move;
    if (transition && took_transition) break;  // the next press/release waits for a frame
    took_transition = took_transition || transition;
    if (event.kind == PointerKind::Down) down_ = true;
    if (event.kind == PointerKind::Up) down_ = false;
    x_ = event.x;
    y_ = event.y;
    frame_events_.push_back(event);
    queue_.pop_front();
  }
  if (!frame_events_.empty()) {
    lift_next_frame_ = !down_;
    io.MousePos = ImVec2(x_, y_);
  } else if (!down_) {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
  io.MouseDown[0] = down_;
}

}  // namespace intake::ui
