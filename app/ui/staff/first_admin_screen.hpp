#pragma once
// First run (no admin yet): the first admin's name, then the PIN twice.
#include <string>

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct FirstAdminState {
  std::string name;
  std::string pin;
  std::string first_pin;  // the PIN typed the first time
  int step = 0;           // 0 name, 1 PIN, 2 PIN again
  std::string message;    // why the last try was refused, in one sentence
  void wipe();
};

StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
