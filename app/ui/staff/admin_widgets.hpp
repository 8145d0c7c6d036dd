#pragma once
// Pieces the admin screens share (staff accounts, add staff, new PIN, settings).
#include <string_view>

#include "ui/staff/staff_state.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// The screen's title on the left and one button at the top right (e.g. "Back to queue").
// Returns true when the button was tapped.
bool admin_title_row(UiFrame& frame, std::string_view title, std::string_view button_id,
                     std::string_view button_label);
// The last refusal (boxed, in the attention colour) and the last outcome (in the primary
// colour), each one sentence; nothing when there is none.
void admin_outcome(UiFrame& frame, const StaffState& state);
// Standard sizes: a secondary button and the primary action of a screen.
float admin_button_height(const UiFrame& frame);
float admin_primary_height(const UiFrame& frame);

}  // namespace intake::ui
