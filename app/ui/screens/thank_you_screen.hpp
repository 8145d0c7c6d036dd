#pragma once
// Thank you, with the patient's first name; Finish (or the time-out) starts over.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

// Returns true when the patient taps Finish (the kiosk then starts over).
bool draw_thank_you_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
