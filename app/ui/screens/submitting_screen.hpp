#pragma once
// Saving: a calm message and a spinner while the check-in is stored off the UI thread.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

void draw_submitting_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
