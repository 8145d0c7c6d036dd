#pragma once
// Saving failed: please see the front desk. Everything entered stays in memory for a retry.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

// What the front-desk screen's buttons asked for.
struct FrontDeskActions {
  bool retry = false;
  bool staff = false;  // staff sign in to see why saving failed
};
FrontDeskActions draw_front_desk_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
