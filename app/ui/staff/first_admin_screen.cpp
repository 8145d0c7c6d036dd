// First run (no admin yet): the first admin's name, then a PIN typed twice.
#include "ui/staff/first_admin_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "staff/first_admin.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

void FirstAdminState::wipe() {
  secure_wipe(name);
  secure_wipe(pin);
  secure_wipe(first_pin);
  secure_wipe(message);
  step = 0;
}

StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  FirstAdminState& admin = state.first_admin;
  ScopedId scope(frame, "first_admin");
  heading(frame, frame.t("staff.first_admin.title"));
  body_text(frame, frame.t("staff.first_admin.intro"));
  const float column = std::min(m.tx(720.f), ImGui::GetContentRegionAvail().x);
  if (admin.step == 0) {
    staff_text_input(frame, state, "name", frame.t("staff.first_admin.name"), admin.name, column);
    if (!admin.message.empty()) attention_note(frame, admin.message);
    ButtonOptions options;
    options.kind = ButtonKind::Primary;
    options.enabled = admin.name.find_first_not_of(' ') != std::string::npos;
    if (touch_button(frame, "next", frame.t("nav.next"), ImVec2(column, m.tx(100.f)), options)) {
      admin.step = 1;
      admin.message.clear();
      state.focus.clear();
    }
  } else {
    body_text(frame, frame.t(admin.step == 1 ? "staff.first_admin.pin" : "staff.first_admin.pin_again"));
    if (pin_pad(frame, admin.pin, column)) {
      if (admin.step == 1) {
        admin.first_pin = admin.pin;
        secure_wipe(admin.pin);
        admin.step = 2;
        admin.message.clear();
      } else {
        auto created = staff::create_first_admin(*state.store, admin.name, admin.first_pin, admin.pin);
        if (created) {
          state.signed_in(std::move(*created));
        } else {
          admin.message = created.error().message;
          secure_wipe(admin.pin);
          secure_wipe(admin.first_pin);
          admin.step = 1;
        }
      }
    }
    if (!admin.message.empty()) attention_note(frame, admin.message);
  }
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  return staff_cancel_button(frame) ? StaffAction::close : StaffAction::none;
}

}  // namespace intake::ui
