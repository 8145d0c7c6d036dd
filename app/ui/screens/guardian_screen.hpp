#pragma once
// A minor's guardian: their name and how they are related. It keeps nothing of its own (the
// guardian is in the session).
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

void draw_guardian_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
