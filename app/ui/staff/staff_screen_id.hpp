#pragma once
// The staff screens, for StaffMode's dispatch (staff_mode.cpp) and the screens that move on.
namespace intake::ui {

enum class StaffScreen {
  SignIn,
  FirstAdmin,
  Queue,
  Record,
  Days,
  Export,
  Accounts,
  AddStaff,
  ResetPin,
  Settings,
  FhirSettings,  // admins only
};

}  // namespace intake::ui
