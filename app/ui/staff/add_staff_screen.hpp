#pragma once
// Add staff (admins only): name and role, then the PIN twice.
#include <optional>
#include <string>

#include "store/staff.hpp"
#include "ui/staff/admin_widgets.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct AddStaffState {
  std::string name;
  std::optional<store::StaffRole> role;
  PinTwice pins;  // step 0: name and role; 1 and 2: the PIN twice
  void wipe();
};

StaffAction draw_add_staff_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
