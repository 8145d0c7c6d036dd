#pragma once
// Pieces the admin screens share (staff accounts, add staff, new PIN, settings).
#include <imgui.h>

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "store/staff.hpp"
#include "ui/staff/staff_screen_id.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;

// The admin screens' last refusal and last outcome, each one sentence ("" for none).
struct AdminOutcome {
  std::string message;  // why the last change was refused
  std::string notice;   // what the last change did
};

// A new PIN typed twice on the PIN pad (Add staff, a new PIN for an account).
struct PinTwice {
  int step = 0;  // 1: the first time, 2: again (0: not yet at the PIN)
  std::string pin;
  std::string first;
  void forget();  // wipes both PINs typed, keeps the step
  void wipe();    // both PINs, and back to step 0
};

// The screen's title on the left and one button at the top right (e.g. "Back to queue").
// Returns true when the button was tapped.
bool admin_title_row(UiFrame& frame, std::string_view title, std::string_view button_id,
                     std::string_view button_label);
// The last refusal (boxed, in the attention colour) and the last outcome (in the primary
// colour), each one sentence; nothing when there is none.
void admin_outcome(UiFrame& frame, const AdminOutcome& outcome);
// Standard sizes: a secondary button and the primary action of a screen.
float admin_button_height(const UiFrame& frame);
float admin_primary_height(const UiFrame& frame);

// The PIN pad for step 1 (first_prompt) and step 2 ("the same PIN again"). Returns true when
// the second PIN was entered (pins.first and pins.pin hold both).
bool pin_twice(UiFrame& frame, PinTwice& pins, AdminOutcome& outcome, std::string_view first_prompt,
               float width);

// Leaves for another screen, wiping what the admin screen held (StaffState::close_admin).
void go_to_admin_screen(StaffState& state, StaffScreen screen);
// "Front desk", "Practitioner", "Admin" in the screen's language.
std::string role_word(UiFrame& frame, store::StaffRole role);
// The core's refusals staff meet on the account screens, in the screen's language (the core
// words them in English); anything else (a store failure) as the core wrote it.
std::string refusal_text(UiFrame& frame, const Error& error, bool pins_differ, const std::string& name);

// The queue's "Staff accounts" and "Settings" buttons, drawn only for roles that may use them,
// right-aligned so the last one ends at `right_end` (window coordinates) on that row.
void draw_admin_buttons(UiFrame& frame, StaffState& state, ImVec2 right_end);

}  // namespace intake::ui
