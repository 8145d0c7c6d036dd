#include "ui/staff/fhir_settings_screen.hpp"

#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "common/secure_memory.hpp"
#include "fhir/client_certificate.hpp"
#include "fhir/fhir_server.hpp"
#include "staff/staff_accounts.hpp"
#include "staff/staff_queue.hpp"
#include "store/settings.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

// A refusal in the staff member's language (the sentence itself when it has no translation).
std::string problem_text(UiFrame& frame, const Error& error) {
  return error.key.empty() ? error.message : frame.t(error.key);
}

void load_certificate(UiFrame& frame, StaffState& state, const StaffContext& context) {
  FhirSettingsState& settings = state.fhir_settings;
  settings.certificate_is_credential = false;
  auto certificate = fhir::describe_client_certificate(state.store->data_dir(), context.credentials_dir);
  if (!certificate) {
    settings.certificate_line = problem_text(frame, certificate.error());
    return;
  }
  if (!*certificate) {
    settings.certificate_line.clear();
    return;
  }
  settings.certificate_is_credential = (*certificate)->from_credentials;
  settings.certificate_line =
      fmt::format(fmt::runtime(frame.t("staff.settings.fhir_certificate_in_use")), (*certificate)->subject,
                  staff::local_date_time((*certificate)->not_after, context.zone).substr(0, 10));
}

void load_fhir(UiFrame& frame, StaffState& state, const StaffContext& context) {
  FhirSettingsState& settings = state.fhir_settings;
  auto server = fhir::load_server_config(*state.store, context.credentials_dir);
  settings.fhir_url = server ? server->base_url : std::string();
  settings.fhir_has_token = server && !server->bearer_token.empty();
  settings.fhir_token_is_credential = fhir::token_is_a_credential(context.credentials_dir);
  if (!server) {
    settings.fhir_message = problem_text(frame, server.error());
    settings.fhir_message_is_problem = true;
  }
  load_certificate(frame, state, context);
}

void say(FhirSettingsState& settings, std::string message, bool problem) {
  settings.fhir_message = std::move(message);
  settings.fhir_message_is_problem = problem;
}

// Copies fhir-client.crt and fhir-client.key from the folder typed (checked: the key is the
// certificate's, the certificate valid today), or removes them when `folder` is empty.
// (`folder` by value: the field it comes from is cleared on success.)
void save_certificate(UiFrame& frame, StaffState& state, const StaffContext& context, std::string folder) {
  FhirSettingsState& settings = state.fhir_settings;
  state.focus.clear();
  const auto data_dir = state.store->data_dir();
  Status st = folder.empty() ? fhir::remove_client_certificate(data_dir, context.credentials_dir)
                             : fhir::install_client_certificate_files(
                                   data_dir, context.credentials_dir,
                                   std::filesystem::path(folder) / fhir::kClientCertificateFile,
                                   std::filesystem::path(folder) / fhir::kClientKeyFile,
                                   std::chrono::system_clock::now());
  if (!st) return say(settings, problem_text(frame, st.error()), true);
  settings.certificate_folder.clear();
  load_certificate(frame, state, context);
  say(settings,
      frame.t(folder.empty() ? "staff.settings.fhir_certificate_removed"
                             : "staff.settings.fhir_certificate_saved"),
      false);
}

// Saves the address (empty: off) and, when one was typed, the token; each refusal in one sentence.
void save_fhir(UiFrame& frame, StaffState& state, const StaffContext& context) {
  FhirSettingsState& settings = state.fhir_settings;
  state.focus.clear();
  settings.fhir_message_is_problem = true;
  std::string url = settings.fhir_url.value_or("");
  while (!url.empty() && url.back() == ' ') url.pop_back();
  if (auto st = fhir::check_server_url(url); !st) {
    settings.fhir_message = problem_text(frame, st.error());
    return;
  }
  if (!settings.fhir_token.empty()) {
    if (auto st =
            fhir::save_bearer_token(state.store->data_dir(), context.credentials_dir, settings.fhir_token);
        !st) {
      settings.fhir_message = problem_text(frame, st.error());
      return;
    }
    secure_wipe(settings.fhir_token);
  }
  if (auto st = store::set_settings(*state.store, {{fhir::kServerUrlSetting, url}},
                                    staff::staff_actor(*state.member));
      !st) {
    settings.fhir_message = problem_text(frame, st.error());
    return;
  }
  load_fhir(frame, state, context);
  settings.fhir_message =
      frame.t(url.empty() ? "staff.settings.fhir_saved_off" : "staff.settings.fhir_saved");
  settings.fhir_message_is_problem = false;
}

}  // namespace

void FhirSettingsState::wipe() {
  secure_wipe(fhir_token);
  fhir_url.reset();
  fhir_message.clear();
  certificate_line.clear();
  certificate_folder.clear();
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
  if (!settings.fhir_url) load_fhir(frame, state, context);
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

  // The TLS client certificate, for a server that asks the kiosk to prove who it is.
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  text_block(frame,
             settings.certificate_line.empty() ? frame.t("staff.settings.fhir_certificate_none")
                                               : settings.certificate_line,
             frame.fonts.body, theme::kText, width);
  if (settings.certificate_is_credential) {
    muted_text(frame, frame.t("staff.settings.fhir_certificate_credential"));
  } else {
    staff_text_input(frame, state, "certificate_folder", frame.t("staff.settings.fhir_certificate_folder"),
                     settings.certificate_folder, width, true, KeyboardLayout::Path);
    ButtonOptions remove;
    remove.enabled = !settings.certificate_line.empty();
    if (touch_button(frame, "certificate_remove", frame.t("staff.settings.fhir_certificate_remove"), half,
                     remove))
      save_certificate(frame, state, context, "");
    ImGui::SameLine(0, m.px(20.f));
    ButtonOptions use;
    use.enabled = !settings.certificate_folder.empty();
    if (touch_button(frame, "certificate_use", frame.t("staff.settings.fhir_certificate_use"), half, use))
      save_certificate(frame, state, context, settings.certificate_folder);
  }
  if (!settings.fhir_message.empty()) {
    if (settings.fhir_message_is_problem)
      attention_note(frame, settings.fhir_message);
    else
      muted_text(frame, settings.fhir_message);
  }
  return StaffAction::none;
}

}  // namespace intake::ui
