#include "ui/staff/staff_state.hpp"

#include "common/secure_memory.hpp"

namespace intake::ui {

void StaffState::close_record() {
  if (record) store::secure_wipe(*record);
  record.reset();
  staff::wipe_answer_lines(answers);
  if (history)
    for (store::EarlierVisit& visit : history->earlier) {
      secure_wipe(visit.note);
      secure_wipe(visit.reaction);
    }
  history.reset();
  secure_wipe(record_problem);
  record_scroll.reset();
  decision.reset();
  secure_wipe(note);
  clear_signature(countersignature);
  countersignature = SignaturePadState{};
  secure_wipe(notice);
  document.close();  // every page texture released; the pixels were wiped when uploaded
}

void StaffState::close_admin() {
  secure_wipe(new_pin);
  secure_wipe(new_pin_first);
  secure_wipe(new_name);
  new_role.reset();
  new_pin_step = 0;
  account_id = 0;
  account_name.clear();
  admin_message.clear();
  settings_leave_armed = false;
}

void StaffState::wipe() {
  if (pin_checking.valid()) {  // let the worker finish, then drop its result unused
    store::PinCheck check = pin_checking.get();
    secure_wipe(check.pin_hash);
  }
  close_record();
  close_admin();
  for (auto& row : rows) {
    secure_wipe(row.given_name);
    secure_wipe(row.family_name);
    secure_wipe(row.date_of_birth);
  }
  rows.clear();
  secure_wipe(filter.search);
  secure_wipe(name);
  secure_wipe(pin);
  secure_wipe(first_pin);
  secure_wipe(export_folder);
  secure_wipe(export_what);
  for (auto& staff_name : staff_names) secure_wipe(staff_name);
  staff_names.clear();
  member.reset();
  store.reset();
}

}  // namespace intake::ui
