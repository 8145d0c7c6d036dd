#pragma once
// Settings (admins only): clinic name, time-outs, languages and forms, saved through the core.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/kiosk_settings.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// What the admin is changing, and what was last loaded, to tell unsaved changes.
struct SettingsState {
  std::optional<KioskSettings> draft;
  std::optional<KioskSettings> stored;  // as loaded
  std::vector<std::string> problems;    // stored values that were not usable
  bool leave_armed = false;             // Back tapped once with unsaved changes
  // Sending to the clinic's FHIR server: the address (a setting) and a bearer token, kept as
  // <data dir>/fhir-token (0600) and never in the store; the typed token is wiped on leaving.
  std::optional<std::string> fhir_url;  // as typed; loaded with the draft
  std::string fhir_token;               // typed; "" keeps the one there is
  bool fhir_has_token = false;          // a token is kept (file or credential)
  bool fhir_token_is_credential = false;
  std::string fhir_message;             // the FHIR save's outcome (or why not)
  bool fhir_message_is_problem = false;
  void wipe();
};

StaffAction draw_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
