#pragma once
// A new PIN for one account (admins only), typed twice; it also unlocks the account.
#include <cstdint>
#include <string>

#include "ui/staff/admin_widgets.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct ResetPinState {
  std::int64_t account_id = 0;  // whose PIN
  std::string account_name;
  PinTwice pins;
  void wipe();
};

StaffAction draw_reset_pin_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
