#pragma once
// The white panel of a dialog over the dimmed screen (Need help, "Are you still there?"): centred,
// and always as tall as what is drawn in it, so no line or button can fall off its bottom edge
// whatever the text size. Draw the content between construction and destruction.
#include <optional>

#include "ui/imgui_scope.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

class DialogPanel {
 public:
  // estimated_height: the content's height as the dialog reckons it, to centre the panel; the
  // panel itself follows what was really drawn.
  DialogPanel(UiFrame& frame, float width, float estimated_height);
  ~DialogPanel();
  DialogPanel(const DialogPanel&) = delete;
  DialogPanel& operator=(const DialogPanel&) = delete;
  float inner_width() const { return inner_width_; }

 private:
  UiFrame& frame_;
  float padding_;
  float inner_width_;
  float left_ = 0.f, right_ = 0.f;  // the panel's sides on screen
  std::optional<ScopedChannels> channels_;
  std::optional<ScopedGroup> group_;
};

}  // namespace intake::ui
