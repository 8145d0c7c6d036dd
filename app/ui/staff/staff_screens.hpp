#pragma once
// The staff screens: free functions over StaffState, each drawing into the staff window.
#include <imgui.h>

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

// Which days the queue shows: presets and day steppers, nothing typed.
StaffAction draw_staff_days_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// Export one record's PDFs or the queue's days to a stick, a share or a typed folder.
StaffAction draw_staff_export_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

// The open record's person's earlier visits (visit_history_panel.cpp): read into state.history
// when a record opens, drawn on the record screen, where an admin may unlink a wrong match.
void load_visit_history(StaffState& state);
void draw_visit_history(UiFrame& frame, StaffState& state, const StaffContext& context);

// Opens the Export screen for one record (record_id) or for the queue's days (empty).
void open_export(StaffState& state, const std::string& record_id, const std::string& what);

// ---- Admin screens (issue 7 items 2 and 8; admins only) ----
// The queue's "Staff accounts" and "Settings" buttons, drawn only for roles that may use them,
// right-aligned so the last one ends at `right_end` (window coordinates) on that row.
void draw_admin_buttons(UiFrame& frame, StaffState& state, ImVec2 right_end);
// Every account: enable / disable, a new PIN; "Add staff".
StaffAction draw_staff_accounts_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// Add staff: name and role, then the PIN twice.
StaffAction draw_add_staff_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// A new PIN for one account, typed twice.
StaffAction draw_reset_pin_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// Clinic name, time-outs, languages and forms, saved through the core's checks.
StaffAction draw_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context);
// The field an admin screen is typing into, or nullptr.
std::string* admin_focused_value(StaffState& state);
// ---- end of the admin screens ----

// The text of the field a screen is typing into, or nullptr (for the keyboard).
std::string* staff_focused_value(StaffState& state);

}  // namespace intake::ui
