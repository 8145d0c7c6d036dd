#pragma once
// Everything the staff screens hold between frames: what every staff screen shares (the store
// connection, who is signed in, the keyboard focus, the last outcome) and each screen's own
// state (declared in the screen's header: sign_in_screen.hpp, queue_screen.hpp, ...). Patient
// data lives only here, and StaffState::wipe() zeroes it when staff mode closes.
//
// A screen that needs to keep something between frames adds it to its own state struct in its
// header and wipes it there (the struct's wipe() or close(), called from StaffState::wipe()).
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "common/date_time.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/staff/add_staff_screen.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/days_screen.hpp"
#include "ui/staff/export_screen.hpp"
#include "ui/staff/fhir_settings_screen.hpp"
#include "ui/staff/first_admin_screen.hpp"
#include "ui/staff/queue_screen.hpp"
#include "ui/staff/record_screen.hpp"
#include "ui/staff/reset_pin_screen.hpp"
#include "ui/staff/settings_screen.hpp"
#include "ui/staff/sign_in_screen.hpp"
#include "ui/staff/staff_accounts_screen.hpp"
#include "ui/staff/staff_screen_id.hpp"
#include "ui/texture_source.hpp"

namespace intake::ui {

struct StaffState {
  StaffScreen screen = StaffScreen::SignIn;
  std::optional<store::Store> store;   // staff mode's own connection
  std::optional<Error> store_problem;  // why there is none (error_text says it in the staff's language)
  double last_touch = 0.0;
  std::optional<store::StaffMember> member;     // who is signed in
  KeyboardFocus focus;                          // the one text field being typed into
  std::vector<std::string> kiosk_problems;      // StaffMode::set_kiosk_problems, for signed-in staff
  DateOrder date_order = DateOrder::day_first;  // the clinic's setting, read when staff mode opens
  std::string notice;              // the outcome of the last save, print or export, in one sentence
  bool notice_is_problem = false;  // drawn as a warning; a success is drawn calmly
  AdminOutcome admin;              // the admin screens' last refusal and outcome
  // Settings an admin saved: StaffMode hands them to patient mode when staff mode closes.
  std::optional<KioskSettings> saved_settings;

  // Each screen's own state.
  SignInState sign_in;
  FirstAdminState first_admin;
  QueueState queue;
  RecordState record;
  DaysState days;
  ExportState exporting;
  AccountsState accounts;
  AddStaffState add_staff;
  ResetPinState reset_pin;
  SettingsState settings;
  FhirSettingsState fhir_settings;

  void signed_in(store::StaffMember who);
  void
  close_record();  // the record's state, and the notice about it  // to the queue; the PINs typed are wiped
  void close_admin();  // wipes PINs typed and names, when leaving an admin screen
  void wipe();         // everything, when staff mode closes
};

// What the staff screens stand on besides their state.
struct StaffContext {
  const forms::FormCatalog* catalog = nullptr;
  std::filesystem::path fonts_dir;
  CalendarDate today;
  const TextureSource* textures = nullptr;  // uploads pictures (the record's PDF pages); may be null
  std::filesystem::path credentials_dir;    // empty: none; where a review's signing key may be
  TimeZone zone;                            // the clinic's: every time staff read is in it
  DateOrder date_order = DateOrder::day_first;
  std::chrono::system_clock::time_point now;           // the wall clock this frame (time waiting)
  const staff::ExportSearch* export_search = nullptr;  // where sticks and shares are looked for
};

}  // namespace intake::ui
