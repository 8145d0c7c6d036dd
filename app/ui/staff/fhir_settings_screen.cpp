#include "ui/staff/fhir_settings_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "fhir/fhir_server.hpp"
#include "staff/staff_accounts.hpp"
#include "store/settings.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

void load_fhir(StaffState& state, const StaffContext& context) {
  FhirSettingsState& settings = state.fhir_settings;
  auto server = fhir::load_server_config(*state.store, context.credentials_dir);
  settings.fhir_url = server ? server->base_url : std::string();
  settings.fhir_has_token = server && !server->bearer_token.empty();
  settings.fhir_token_is_credential = fhir::token_is_a_credential(context.credentials_dir);
  if (!server) {
    settings.fhir_message = server.error().message;
    settings.fhir_message_is_problem = true;
  }
}

// Saves the address (empty: off) and, when one was typed, the token; each refusal in one sentence.
void save_fhir(UiFrame& frame, StaffState& state, const StaffContext& context) {
  FhirSettingsState& settings = state.fhir_settings;
  state.focus.clear();
  settings.fhir_message_is_problem = true;
  std::string url = settings.fhir_url.value_or("");
  while (!url.empty() && url.back() == ' ') url.pop_back();
  if (std::string problem = fhir::check_server_url(url); !problem.empty()) {
    settings.fhir_message = problem;
    return;
  }
  if (!settings.fhir_token.empty()) {
    if (auto st =
            fhir::save_bearer_token(state.store->data_dir(), context.credentials_dir, settings.fhir_token);
        !st) {
      settings.fhir_message = st.error().message;
      return;
    }
    secure_wipe(settings.fhir_token);
  }
  if (auto st = store::set_settings(*state.store, {{fhir::kServerUrlSetting, url}},
                                    staff::staff_actor(*state.member));
      !st) {
    settings.fhir_message = st.error().message;
    return;
  }
  load_fhir(state, context);
  settings.fhir_message =
      frame.t(url.empty() ? "staff.settings.fhir_saved_off" : "staff.settings.fhir_saved");
  settings.fhir_message_is_problem = false;
}

}  // namespace

void FhirSettingsState::wipe() {
  secure_wipe(fhir_token);
  fhir_url.reset();
  fhir_message.clear();
}

StaffAction draw_fhir_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  FhirSettingsState& settings = state.fhir_settings;
  ScopedId scope(frame, "fhir_settings");
  if (admin_title_row(frame, frame.t("staff.settings.fhir"), "back", frame.t("staff.settings.fhir_back"))) {
    settings.wipe();
    state.focus.clear();
    state.screen = StaffScreen::Settings;
    return StaffAction::none;
  }
  if (!settings.fhir_url) load_fhir(state, context);
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(1100.f));
  text_block(frame, frame.t("staff.settings.fhir_help"), frame.fonts.small, theme::kMutedText, width);
  const std::string url_before = *settings.fhir_url;
  staff_text_input(frame, state, "url", frame.t("staff.settings.fhir_url"), *settings.fhir_url, width, true,
                   KeyboardLayout::Path);
  if (settings.fhir_token_is_credential) {
    muted_text(frame, frame.t("staff.settings.fhir_token_credential"));
  } else {
    staff_text_input(
        frame, state, "token",
        frame.t(settings.fhir_has_token ? "staff.settings.fhir_token_replace" : "staff.settings.fhir_token"),
        settings.fhir_token, width, true, KeyboardLayout::Path);
  }
  if (*settings.fhir_url != url_before) settings.fhir_message.clear();
  const ImVec2 half(width * 0.5f - m.px(10.f), m.tx(84.f));
  ButtonOptions off;
  off.enabled = !settings.fhir_url->empty();
  if (touch_button(frame, "off", frame.t("staff.settings.fhir_off"), half, off)) {
    settings.fhir_url->clear();
    save_fhir(frame, state, context);
  }
  ImGui::SameLine(0, m.px(20.f));
  ButtonOptions save_options;
  save_options.kind = ButtonKind::Primary;
  if (touch_button(frame, "save", frame.t("staff.settings.fhir_save"), half, save_options))
    save_fhir(frame, state, context);
  if (!settings.fhir_message.empty()) {
    if (settings.fhir_message_is_problem)
      attention_note(frame, settings.fhir_message);
    else
      muted_text(frame, settings.fhir_message);
  }
  return StaffAction::none;
}

}  // namespace intake::ui
