#include "ui/staff/admin_widgets.hpp"

#include <imgui.h>

#include <algorithm>

#include <fmt/format.h>

#include "common/secure_memory.hpp"
#include "store/store_error.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

float admin_button_height(const UiFrame& frame) { return frame.metrics.tx(84.f); }
float admin_primary_height(const UiFrame& frame) { return frame.metrics.tx(100.f); }

bool admin_title_row(UiFrame& frame, std::string_view title, std::string_view button_id,
                     std::string_view button_label) {
  const UiMetrics& m = frame.metrics;
  const float width = ImGui::GetContentRegionAvail().x;
  const float button_width = m.tx(300.f);
  const ImVec2 top = ImGui::GetCursorPos();
  text_block(frame, title, frame.fonts.heading, theme::kText, width - button_width - m.px(32.f));
  const ImVec2 after = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(top.x + width - button_width, top.y));
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  const bool tapped =
      touch_button(frame, button_id, button_label, ImVec2(button_width, admin_button_height(frame)), options);
  const float bottom = std::max(after.y, ImGui::GetCursorPosY());
  ImGui::SetCursorPos(ImVec2(after.x, bottom));
  return tapped;
}

void admin_outcome(UiFrame& frame, const AdminOutcome& outcome) {
  if (!outcome.message.empty()) attention_note(frame, outcome.message);
  if (!outcome.notice.empty()) text_block(frame, outcome.notice, frame.fonts.body_bold, theme::kPrimary);
}

void PinTwice::forget() {
  secure_wipe(pin);
  secure_wipe(first);
}

void PinTwice::wipe() {
  forget();
  step = 0;
}

void go_to_admin_screen(StaffState& state, StaffScreen screen) {
  state.close_admin();
  state.screen = screen;
}

std::string role_word(UiFrame& frame, store::StaffRole role) {
  return frame.t(std::string("staff.role.") + to_string(role));
}

std::string refusal_text(UiFrame& frame, const Error& error, bool pins_differ, const std::string& name) {
  if (pins_differ) return frame.t("staff.accounts.pins_differ");
  if (error.code == store::kExitAlreadyExists)
    return fmt::format(fmt::runtime(frame.t("staff.accounts.name_taken")), name);
  return error.message;
}

bool pin_twice(UiFrame& frame, PinTwice& pins, AdminOutcome& outcome, std::string_view first_prompt,
               float width) {
  body_text(frame, pins.step == 1 ? first_prompt : frame.t("staff.add.pin_again"));
  if (!pin_pad(frame, pins.pin, width)) return false;
  outcome.message.clear();
  if (pins.step == 1) {
    pins.first = pins.pin;
    secure_wipe(pins.pin);
    pins.step = 2;
    return false;
  }
  return true;
}

void draw_admin_buttons(UiFrame& frame, StaffState& state, ImVec2 right_end) {
  if (!state.member) return;
  const UiMetrics& m = frame.metrics;
  const bool accounts = store::staff_may(state.member->role, store::StaffPermission::manage_staff);
  const bool settings = store::staff_may(state.member->role, store::StaffPermission::change_settings);
  if (!accounts && !settings) return;
  const float width = m.tx(300.f), gap = m.px(20.f);
  const ImVec2 keep = ImGui::GetCursorPos();
  float x = right_end.x - (accounts && settings ? 2 * width + gap : width);
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  if (accounts) {
    ImGui::SetCursorPos(ImVec2(x, right_end.y));
    if (touch_button(frame, "staff_accounts", frame.t("staff.admin.accounts"),
                     ImVec2(width, admin_button_height(frame)), options)) {
      go_to_admin_screen(state, StaffScreen::Accounts);
      state.accounts.stale = true;
      state.admin.notice.clear();
    }
    x += width + gap;
  }
  if (settings) {
    ImGui::SetCursorPos(ImVec2(x, right_end.y));
    if (touch_button(frame, "settings", frame.t("staff.admin.settings"),
                     ImVec2(width, admin_button_height(frame)), options)) {
      go_to_admin_screen(state, StaffScreen::Settings);
      state.settings.draft.reset();  // loaded afresh from the store
      state.admin.notice.clear();
    }
  }
  ImGui::SetCursorPos(keep);
}

}  // namespace intake::ui
