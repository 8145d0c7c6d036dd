#pragma once
// Staff sign-in: pick or type a name, then the PIN on a big numeric pad (checked on a worker).
#include <future>
#include <string>
#include <vector>

#include "store/staff.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct SignInState {
  std::vector<std::string> staff_names;  // enabled accounts, to pick from
  std::string name;
  std::string pin;
  std::string message;                        // one sentence: wrong PIN, locked account...
  std::future<store::PinCheck> pin_checking;  // the Argon2id check running on a worker
  void wipe();                                // waits for a running check and drops its result unused
};

StaffAction draw_staff_sign_in_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
