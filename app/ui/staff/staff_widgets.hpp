#pragma once
// Widgets only the staff screens use: the big PIN pad, flag chips, and text fields typed with
// the on-screen keyboard (or a front-desk keyboard).
#include <imgui.h>

#include <string>
#include <string_view>

#include "store/record_types.hpp"
#include "store/staff.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// The PIN as dots, then 1-9, Clear, 0, OK as large keys (ids "key_0".."key_9", "key_clear",
// "key_ok"). Digits are added to `pin` (at most 8). Returns true when OK is tapped.
bool pin_pad(UiFrame& frame, std::string& pin, float width);

// A rounded chip: the severity as a word ("STOP", "REVIEW", "NOTE") and the flag's staff label
// (staff_text.hpp's flag_label), filled in the severity's colour. Drawn at the cursor, on the
// current line; flag_chip_width is its width.
void flag_chip(UiFrame& frame, std::string_view label, intake::Severity severity);
float flag_chip_width(const UiFrame& frame, std::string_view label, intake::Severity severity);
// An outlined pill with dark text on white (a status, such as "Not reviewed"): never filled,
// so it cannot be mistaken for a flag chip.
void status_pill(UiFrame& frame, ImVec2 at, std::string_view text, ImU32 colour);
ImU32 severity_colour(intake::Severity severity);

// A text field that focuses (and raises the on-screen keyboard) when tapped, registered with
// state.focus for the keyboard StaffMode draws last. Text typed on a physical keyboard goes
// into the focused field too. `note` is shown under the field (what it still needs).
void staff_text_input(UiFrame& frame, StaffState& state, std::string_view id, std::string_view label,
                      std::string& value, float width, bool optional = false,
                      KeyboardLayout layout = KeyboardLayout::Letters, std::string_view note = {});

// "Cancel" on the sign-in screens: leaves staff mode.
bool staff_cancel_button(UiFrame& frame);

// The outcome of a save, print or export: set_notice keeps it (wiping the one before),
// notice_line draws it, a problem as a warning and a success in calm text.
void set_notice(StaffState& state, std::string text, bool ok);
void notice_line(UiFrame& frame, const StaffState& state);

// Text drawn at an absolute screen position and recorded in the probe.
void text_at(UiFrame& frame, ImVec2 position, std::string_view text, ImFont* font, ImU32 colour);

}  // namespace intake::ui
