// A new PIN for one account (admins only), typed twice on the sign-in screen's PIN pad.
#include "ui/staff/reset_pin_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "staff/staff_accounts.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

void ResetPinState::wipe() {
  account_id = 0;
  account_name.clear();
  pins.wipe();
}

StaffAction draw_reset_pin_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "reset_pin");
  const bool cancel = admin_title_row(
      frame, fmt::format(fmt::runtime(frame.t("staff.reset.title")), state.reset_pin.account_name), "cancel",
      frame.t("staff.cancel"));
  body_text(frame, frame.t("staff.reset.intro"));
  const float column = std::min(m.tx(720.f), ImGui::GetContentRegionAvail().x);
  if (pin_twice(frame, state.reset_pin.pins, state.admin, frame.t("staff.reset.pin"), column)) {
    auto done = staff::reset_account_pin(*state.store, *state.member, state.reset_pin.account_id,
                                         state.reset_pin.pins.first, state.reset_pin.pins.pin);
    const bool pins_differ = state.reset_pin.pins.first != state.reset_pin.pins.pin;
    state.reset_pin.pins.forget();
    if (done) {
      const std::string notice =
          fmt::format(fmt::runtime(frame.t("staff.accounts.pin_done")), state.reset_pin.account_name);
      go_to_admin_screen(state, StaffScreen::Accounts);
      state.admin.notice = notice;
      state.accounts.stale = true;
      return StaffAction::none;
    }
    state.admin.message = refusal_text(frame, done.error(), pins_differ, state.reset_pin.account_name);
    state.reset_pin.pins.step = 1;
  }
  admin_outcome(frame, state.admin);
  if (cancel) {
    go_to_admin_screen(state, StaffScreen::Accounts);
    state.accounts.stale = true;
  }
  return StaffAction::none;
}

}  // namespace intake::ui
