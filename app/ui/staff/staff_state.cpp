#include "ui/staff/staff_state.hpp"

#include "common/secure_memory.hpp"

namespace intake::ui {

void StaffState::signed_in(store::StaffMember who) {
  member = std::move(who);
  screen = StaffScreen::Queue;
  queue.stale = true;
  secure_wipe(sign_in.pin);
  sign_in.message.clear();
  secure_wipe(first_admin.pin);
  secure_wipe(first_admin.first_pin);
  first_admin.message.clear();
  focus.clear();
}

void StaffState::close_record() {
  record.close();
  secure_wipe(notice);
}

void StaffState::close_admin() {
  add_staff.wipe();
  reset_pin.wipe();
  admin.message.clear();
  settings.leave_armed = false;
}

void StaffState::wipe() {
  sign_in.wipe();  // first: a PIN check still running finishes, its result dropped
  close_record();
  close_admin();
  queue.wipe();
  first_admin.wipe();
  exporting.wipe();
  focus.wipe();
  member.reset();
  store.reset();
}

}  // namespace intake::ui
