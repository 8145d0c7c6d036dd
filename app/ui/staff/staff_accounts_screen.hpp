#pragma once
// Staff accounts (admins only): every account, disable / enable, a new PIN, and 'Add staff'.
#include <cstdint>
#include <vector>

#include "store/staff.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct AccountsState {
  std::vector<store::StaffMember> list;
  bool stale = true;
  std::int64_t page = 0;
  std::int64_t confirm_disable = 0;  // the account whose Disable was tapped once: asks first
};

StaffAction draw_staff_accounts_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
