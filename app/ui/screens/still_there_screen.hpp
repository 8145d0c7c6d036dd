#pragma once
// "Are you still there?" over whatever screen shows, with the seconds left and "I'm here". It
// takes every touch, so only its button keeps the check-in (idle_timer.hpp does the counting).
#include "ui/ui_frame.hpp"

namespace intake::ui {

// Returns true when "I'm here" is tapped.
bool draw_still_there_screen(UiFrame& frame, int seconds_left);

}  // namespace intake::ui
