#pragma once
// Which days the queue shows: presets and day steppers, nothing typed.
#include "common/calendar_date.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// The days being chosen; "Show" copies them to the queue's filter.
struct DaysState {
  CalendarDate first;
  CalendarDate last;
};

StaffAction draw_staff_days_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
