#pragma once
// The one fullscreen window every screen draws into, with the bar that is on every screen
// ("Need help?", "Read aloud" with Repeat, Stop, Quieter and Louder while it is on, and the
// text size, which steps 100% -> 150% -> 200% -> 100%). A screen draws only its content between begin and
// end, below the bar.
#include <optional>

#include "ui/imgui_scope.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct ScreenChrome {
  // What the bar shows (set before the window opens).
  bool offer_read_aloud = false;  // a speech engine exists
  bool read_aloud_on = false;
  bool no_speaker = false;  // read aloud is on but nothing can be heard
  bool offer_help = false;  // "Need help?"
  // What was tapped.
  bool text_size_tapped = false;
  bool read_aloud_tapped = false;
  bool repeat_tapped = false;
  bool stop_tapped = false;
  int volume_step = 0;  // -1 quieter, +1 louder
  bool help_tapped = false;
};

class ScreenWindow {
 public:
  // text_size: the size in use, which the bar's text size button shows.
  ScreenWindow(UiFrame& frame, const char* screen_id, TextSize text_size, ScreenChrome& chrome);
  ScreenWindow(const ScreenWindow&) = delete;
  ScreenWindow& operator=(const ScreenWindow&) = delete;

 private:
  ScopedFullscreenWindow window_;
  ScopedProbePath path_;
};

}  // namespace intake::ui
