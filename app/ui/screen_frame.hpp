#pragma once
// The one fullscreen window every screen draws into, with the bar that is on every screen
// ("Larger text"). A screen draws only its content between begin and end.
#include <optional>

#include "ui/imgui_scope.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct ScreenChrome {
  bool larger_text_tapped = false;
};

class ScreenWindow {
 public:
  // larger_text: whether "Larger text" is on, to show the toggle's state.
  ScreenWindow(UiFrame& frame, const char* screen_id, bool larger_text, ScreenChrome& chrome);
  ScreenWindow(const ScreenWindow&) = delete;
  ScreenWindow& operator=(const ScreenWindow&) = delete;

 private:
  ScopedFullscreenWindow window_;
  ScopedProbePath path_;
};

}  // namespace intake::ui
