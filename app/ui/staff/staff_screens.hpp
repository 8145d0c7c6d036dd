#pragma once
// The staff screens: free functions over StaffState, each drawing into the staff window.
#include "ui/staff/staff_state.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// What a screen asks StaffMode to do after drawing.
enum class StaffAction { none, close };

// Pick or type a name, then the PIN on a big numeric pad.
StaffAction draw_staff_sign_in_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// First run (no admin yet): name, PIN, PIN again.
StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// Today's check-ins (or a search's results), stop flags first.
StaffAction draw_staff_queue_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// One record: identity, flags, answers, review and export.
StaffAction draw_staff_record_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

// The text of the field a screen is typing into, or nullptr (for the keyboard).
std::string* staff_focused_value(StaffState& state);

}  // namespace intake::ui
