#pragma once
// The clinic's FHIR server (admins only, from Settings): its address, an access token, a TLS
// client certificate and Off. The address is a setting; the token is kept as
// <data dir>/fhir-token (0600) and the certificate as fhir-client.crt/.key (0600, copied from a
// folder staff name, e.g. a USB stick), never in the store; what was typed is wiped on leaving.
// The delivery worker reads them all before each send.
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
  std::string certificate_line;  // the certificate in use, in words ("" when none)
  bool certificate_is_credential = false;
  std::string certificate_folder;  // typed: where fhir-client.crt and fhir-client.key are
  void wipe();
};

StaffAction draw_fhir_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
