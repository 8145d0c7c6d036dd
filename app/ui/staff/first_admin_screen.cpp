// First run (no admin yet): the clinic's identity, the first admin's name, then a PIN typed
// twice. The clinic's settings are saved, audited as the new admin's, once the admin exists.
#include "ui/staff/first_admin_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "common/secure_memory.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "staff/first_admin.hpp"
#include "staff/staff_accounts.hpp"
#include "store/store_error.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

bool blank(const std::string& text) { return text.find_first_not_of(' ') == std::string::npos; }

// The clinic's fields as settings: (key, value).
std::vector<std::pair<std::string, std::string>> clinic_settings(const FirstAdminState& admin) {
  return {{"clinic_name", admin.clinic_name},
          {"clinic_address", admin.clinic_address},
          {"clinic_phone", admin.clinic_phone},
          {"clinic_out_of_hours_phone", admin.clinic_out_of_hours_phone}};
}

// What a field still needs, in the screen's language; "" when it is fine. The name and the
// phone are needed (the aftercare tells patients to call); the rest may stay empty.
std::string field_note(const UiFrame& frame, const FirstAdminState& admin, const std::string& key,
                       const std::string& value) {
  if ((key == "clinic_name" || key == "clinic_phone") && blank(value))
    return admin.tried ? frame.t("staff.first_admin.needed") : "";
  if (blank(value)) return "";
  return check_kiosk_setting(key, value, {}).empty() ? "" : frame.t("staff.first_admin.invalid." + key);
}

// Saves the clinic's identity as the new admin (the store audits each change).
void save_clinic(UiFrame& frame, StaffState& state, const StaffContext&) {
  auto loaded = load_kiosk_settings(*state.store);
  if (!loaded) {
    set_notice(state, error_text(frame, loaded.error()), false);
    return;
  }
  KioskSettings settings = loaded->settings;
  for (const auto& [key, value] : clinic_settings(state.first_admin)) set_kiosk_setting(settings, key, value);
  SettingsChoices choices{settings.languages, settings.active_forms};  // unchanged: as stored
  auto saved = save_kiosk_settings(*state.store, settings, choices, staff::staff_actor(*state.member));
  if (!saved) {
    set_notice(state, error_text(frame, saved.error()), false);
    return;
  }
  state.saved_settings = settings;  // Welcome shows the clinic's name once staff mode closes
  set_notice(state, frame.t("staff.first_admin.clinic_saved"), true);
}

void clinic_step(UiFrame& frame, StaffState& state, float column) {
  const UiMetrics& m = frame.metrics;
  FirstAdminState& admin = state.first_admin;
  text_block(frame, frame.t("staff.first_admin.clinic"), frame.fonts.body_bold, theme::kText);
  struct Field {
    const char* key;
    std::string* value;
    bool optional;
    KeyboardLayout layout;
  };
  const Field fields[] = {
      {"clinic_name", &admin.clinic_name, false, KeyboardLayout::Letters},
      {"clinic_address", &admin.clinic_address, true, KeyboardLayout::Text},
      {"clinic_phone", &admin.clinic_phone, false, KeyboardLayout::Phone},
      {"clinic_out_of_hours_phone", &admin.clinic_out_of_hours_phone, true, KeyboardLayout::Phone}};
  // Two columns (the name and address left, the phones right), so every field stays above the
  // on-screen keyboard while it is typed into.
  bool ready = true;
  const float gap = m.px(40.f);
  const float field_width = (column - gap) * 0.5f;
  const ImVec2 top = ImGui::GetCursorPos();
  float bottom = top.y;
  for (std::size_t i = 0; i < std::size(fields); ++i) {
    const Field& field = fields[i];
    if (i == 2) ImGui::SetCursorPos(ImVec2(top.x + field_width + gap, top.y));
    if (i >= 2) ImGui::SetCursorPosX(top.x + field_width + gap);
    const std::string note = field_note(frame, admin, field.key, *field.value);
    const bool needed = !field.optional && blank(*field.value);
    if (needed || !(blank(*field.value) || check_kiosk_setting(field.key, *field.value, {}).empty()))
      ready = false;
    ScopedGroup group;
    staff_text_input(frame, state, field.key, frame.t(std::string("staff.first_admin.") + field.key),
                     *field.value, field_width, field.optional, field.layout, note);
    bottom = std::max(bottom, ImGui::GetCursorPosY());
  }
  ImGui::SetCursorPos(ImVec2(top.x, bottom));
  ButtonOptions options;
  options.kind = ButtonKind::Primary;
  if (touch_button(frame, "next", frame.t("nav.next"), ImVec2(field_width, m.tx(100.f)), options)) {
    admin.tried = true;
    if (ready) {
      admin.step = 1;
      admin.message.clear();
      state.focus.clear();
    }
  }
}

}  // namespace

void FirstAdminState::wipe() {
  secure_wipe(clinic_name);
  secure_wipe(clinic_address);
  secure_wipe(clinic_phone);
  secure_wipe(clinic_out_of_hours_phone);
  secure_wipe(name);
  secure_wipe(pin);
  secure_wipe(first_pin);
  secure_wipe(message);
  step = 0;
  tried = false;
}

StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  FirstAdminState& admin = state.first_admin;
  ScopedId scope(frame, "first_admin");
  heading(frame, frame.t("staff.first_admin.title"));
  body_text(frame, frame.t(admin.step == 0 ? "staff.first_admin.clinic_intro" : "staff.first_admin.intro"));
  const float column = std::min(m.tx(1500.f), ImGui::GetContentRegionAvail().x);
  if (admin.step == 0) {
    clinic_step(frame, state, column);
  } else if (admin.step == 1) {
    staff_text_input(frame, state, "name", frame.t("staff.first_admin.name"), admin.name,
                     std::min(column, m.tx(720.f)));
    if (!admin.message.empty()) attention_note(frame, admin.message);
    ButtonOptions back;
    const ImVec2 half((std::min(column, m.tx(720.f)) - m.px(20.f)) * 0.5f, m.tx(100.f));
    if (touch_button(frame, "back", frame.t("staff.first_admin.back"), half, back)) {
      admin.step = 0;
      state.focus.clear();
    }
    ImGui::SameLine(0, m.px(20.f));
    ButtonOptions options;
    options.kind = ButtonKind::Primary;
    options.enabled = !blank(admin.name);
    if (touch_button(frame, "next", frame.t("nav.next"), half, options)) {
      admin.step = 2;
      admin.message.clear();
      state.focus.clear();
    }
  } else {
    body_text(frame, frame.t(admin.step == 2 ? "staff.first_admin.pin" : "staff.first_admin.pin_again"));
    if (pin_pad(frame, admin.pin, std::min(column, m.tx(720.f)))) {
      if (admin.step == 2) {
        admin.first_pin = admin.pin;
        secure_wipe(admin.pin);
        admin.step = 3;
        admin.message.clear();
      } else {
        auto created = staff::create_first_admin(*state.store, admin.name, admin.first_pin, admin.pin);
        if (created) {
          state.signed_in(std::move(*created));
          save_clinic(frame, state, context);
          admin.wipe();
        } else {
          admin.message = created.error().code == store::kExitInvalidInput && admin.first_pin != admin.pin
                              ? frame.t("staff.accounts.pins_differ")
                              : error_text(frame, created.error());
          secure_wipe(admin.pin);
          secure_wipe(admin.first_pin);
          admin.step = 2;
        }
      }
    }
    if (!admin.message.empty()) attention_note(frame, admin.message);
  }
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  return staff_cancel_button(frame) ? StaffAction::close : StaffAction::none;
}

}  // namespace intake::ui
