#pragma once
// The record screen's "Visits" part: read into the record's state when a record opens, drawn
// on the record screen, where an admin may unlink a wrong match.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

void load_visit_history(const UiFrame& frame, StaffState& state);
void draw_visit_history(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
