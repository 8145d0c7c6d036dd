#pragma once
// The clinic's FHIR server (admins only, from Settings): its address, an access token and Off.
// The address is a setting; the token is kept as <data dir>/fhir-token (0600), never in the
// store, and what was typed is wiped on leaving. The delivery worker reads both before each send.
#include <optional>
#include <string>

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct FhirSettingsState {
  std::optional<std::string> fhir_url;  // as typed; loaded when the screen opens
  std::string fhir_token;               // typed; "" keeps the one there is
  bool fhir_has_token = false;          // a token is kept (file or credential)
  bool fhir_token_is_credential = false;
  std::string fhir_message;  // the last save's outcome (or why not)
  bool fhir_message_is_problem = false;
  void wipe();
};

StaffAction draw_fhir_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
