// Add staff (admins only): the name on the on-screen keyboard, the role as three big buttons,
// then the PIN twice. The core (staff/staff_accounts) decides who may and what is refused.
#include "ui/staff/add_staff_screen.hpp"

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

void AddStaffState::wipe() {
  secure_wipe(name);
  role.reset();
  pins.wipe();
}

StaffAction draw_add_staff_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "add_staff");
  const bool cancel = admin_title_row(frame, frame.t("staff.add.title"), "cancel", frame.t("staff.cancel"));
  const float column = std::min(m.tx(720.f), (ImGui::GetContentRegionAvail().x - m.px(80.f)) * 0.5f);
  if (state.add_staff.pins.step == 0) {
    const ImVec2 top = ImGui::GetCursorPos();
    {
      ScopedGroup group;
      staff_text_input(frame, state, "name", frame.t("staff.add.name"), state.add_staff.name, column);
      admin_outcome(frame, state.admin);
    }
    ImGui::SetCursorPos(ImVec2(top.x + column + m.px(80.f), top.y));
    ScopedGroup group;
    text_block(frame, frame.t("staff.add.role"), frame.fonts.body_bold, theme::kText);
    {
      ScopedId roles(frame, "role");
      for (store::StaffRole role :
           {store::StaffRole::front_desk, store::StaffRole::practitioner, store::StaffRole::admin}) {
        const std::string key = std::string("staff.add.role.") + to_string(role);
        ButtonOptions options;
        options.kind = ButtonKind::Choice;
        options.selected = state.add_staff.role == role;
        options.font = frame.fonts.heading;
        if (touch_button(frame, to_string(role), frame.t(key), ImVec2(column, m.tx(100.f)), options))
          state.add_staff.role = role;
        text_block(frame, frame.t(key + "_does"), frame.fonts.small, theme::kMutedText, column);
        ImGui::Dummy(ImVec2(0, m.px(6.f)));
      }
    }
    ImGui::Dummy(ImVec2(0, m.px(10.f)));
    ButtonOptions next;
    next.kind = ButtonKind::Primary;
    next.enabled =
        state.add_staff.name.find_first_not_of(' ') != std::string::npos && state.add_staff.role.has_value();
    if (touch_button(frame, "next", frame.t("nav.next"), ImVec2(column, admin_primary_height(frame)), next)) {
      state.add_staff.pins.step = 1;
      state.admin.message.clear();
      state.focus.clear();
    }
  } else {
    const std::string who = state.add_staff.name + " (" + role_word(frame, *state.add_staff.role) + ")";
    text_block(frame, who, frame.fonts.body_bold, theme::kText);
    const bool entered =
        pin_twice(frame, state.add_staff.pins, state.admin,
                  fmt::format(fmt::runtime(frame.t("staff.add.pin")), state.add_staff.name), column);
    if (entered) {
      auto added =
          staff::add_account(*state.store, *state.member, state.add_staff.name, *state.add_staff.role,
                             state.add_staff.pins.first, state.add_staff.pins.pin);
      const bool pins_differ = state.add_staff.pins.first != state.add_staff.pins.pin;
      state.add_staff.pins.forget();
      if (added) {
        const std::string notice = fmt::format(fmt::runtime(frame.t("staff.accounts.added")),
                                               state.add_staff.name, role_word(frame, *state.add_staff.role));
        go_to_admin_screen(state, StaffScreen::Accounts);
        state.admin.notice = notice;
        state.accounts.stale = true;
        return StaffAction::none;
      }
      // A PIN typed differently asks for the PIN again; anything else (a name taken) is about
      // the name, so it goes back to the name with the reason shown there.
      state.admin.message = refusal_text(frame, added.error(), pins_differ, state.add_staff.name);
      state.add_staff.pins.step = pins_differ ? 1 : 0;
    }
    admin_outcome(frame, state.admin);
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    ButtonOptions back;
    back.font = frame.fonts.body_bold;
    if (touch_button(frame, "back", frame.t("staff.add.back"),
                     ImVec2(m.tx(300.f), admin_button_height(frame)), back)) {
      state.add_staff.pins.forget();
      state.add_staff.pins.step = 0;
      state.admin.message.clear();
    }
  }
  if (cancel) {
    go_to_admin_screen(state, StaffScreen::Accounts);
    state.accounts.stale = true;
  }
  return StaffAction::none;
}

}  // namespace intake::ui
