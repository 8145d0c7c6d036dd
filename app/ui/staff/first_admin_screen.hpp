#pragma once
// First run (no admin yet): the clinic's identity (name, address, phone, out-of-hours phone:
// printed on every PDF and in the aftercare), then the first admin's name, then the PIN twice.
#include <string>

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct FirstAdminState {
  // The clinic, as the settings hold it (prefilled from them when staff mode opens).
  std::string clinic_name;
  std::string clinic_address;
  std::string clinic_phone;
  std::string clinic_out_of_hours_phone;
  std::string name;
  std::string pin;
  std::string first_pin;  // the PIN typed the first time
  int step = 0;           // 0 the clinic, 1 the admin's name, 2 PIN, 3 PIN again
  std::string message;    // why the last try was refused, in one sentence
  bool tried = false;     // Next was tapped on the clinic: mark what is missing
  void wipe();
};

StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
