#pragma once
// Everything the staff screens hold between frames. Patient data lives only here, and
// StaffState::wipe() zeroes it when staff mode closes.
#include <cstdint>
#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "forms/form_catalog.hpp"
#include "staff/export_destinations.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "staff/record_answers.hpp"
#include "staff/staff_queue.hpp"
#include "store/record_types.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"
#include "store/visit_history.hpp"
#include "ui/staff/record_document_state.hpp"
#include "ui/texture_source.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/signature_pad.hpp"

namespace intake::ui {

enum class StaffScreen {
  SignIn, FirstAdmin, Queue, Record, Days, Export,
  Accounts, AddStaff, ResetPin, Settings,  // admin screens (see the block in StaffState)
};

struct StaffState {
  StaffScreen screen = StaffScreen::SignIn;
  std::optional<store::Store> store;  // staff mode's own connection
  std::string store_problem;          // why there is none, in one sentence
  double last_touch = 0.0;

  // Signing in, and the first admin (name, then the PIN twice).
  std::vector<std::string> staff_names;  // enabled accounts, to pick from
  std::string name;
  std::string pin;
  std::string first_pin;   // first admin: the PIN typed the first time
  int first_admin_step = 0;  // 0 name, 1 PIN, 2 PIN again
  std::string message;     // one sentence: wrong PIN, locked account...
  std::optional<store::StaffMember> member;  // who is signed in
  std::future<store::PinCheck> pin_checking;  // the Argon2id check running on a worker

  // The one text field being typed into ("name", "search", "note", "folder") and its keyboard.
  std::string focused_field;
  KeyboardState keyboard;

  // Queue.
  staff::QueueFilter filter;
  std::int64_t page = 0;
  std::int64_t page_size = 7;  // rows that fit the screen; the queue screen sets it
  std::int64_t total = 0;
  std::vector<store::RecordSummary> rows;
  std::vector<int> row_visits;  // each row's visit number (visit_history.hpp); 1 = first visit
  bool queue_stale = true;
  std::string queue_problem;
  std::vector<std::string> kiosk_problems;  // StaffMode::set_kiosk_problems, for signed-in staff

  // Record view, review and export.
  std::optional<store::Record> record;
  std::vector<staff::StaffAnswerLine> answers;
  std::optional<store::VisitHistory> history;  // the person's earlier visits
  std::string record_problem;
  ScrollState record_scroll;
  std::optional<store::ReviewDecision> decision;
  std::string note;
  SignaturePadState countersignature;
  std::string notice;  // the outcome of the last save, print or export, in one sentence
  bool notice_is_problem = false;  // drawn as a warning; a success is drawn calmly

  // Choosing the queue's days (the Days screen edits these, then "Show" copies them to filter).
  CalendarDate days_first;
  CalendarDate days_last;

  // The Export screen: one record's PDFs (export_record_id) or every check-in of the queue's
  // days (export_record_id empty), to a detected stick or share or a typed folder.
  std::string export_record_id;
  std::string export_what;  // shown as what is exported: a patient's name, or the days
  StaffScreen export_back = StaffScreen::Queue;
  std::vector<staff::ExportDestination> destinations;
  std::string export_folder;  // the chosen destination, or the typed folder
  bool typing_folder = false;

  // --- The record's stored PDF pages, "Signed document" (record_document_view.cpp) ---
  RecordDocumentState document;  // page textures; released by close_record()
  // --- end of the signed document's part ---

  // ---- Admin screens (issue 7 items 2 and 8; admins only) ----------------------------------
  // Staff accounts: the list, adding one, a new PIN for one.
  std::vector<store::StaffMember> accounts;
  bool accounts_stale = true;
  std::int64_t accounts_page = 0;
  std::string admin_message;  // why the last change was refused, in one sentence
  std::string admin_notice;   // what the last change did, in one sentence
  std::int64_t account_id = 0;  // ResetPin: whose PIN
  std::string account_name;
  std::string new_name;  // AddStaff: the name typed, and the role chosen
  std::optional<store::StaffRole> new_role;
  int new_pin_step = 0;  // AddStaff: 0 name and role, 1 PIN, 2 PIN again; ResetPin: 1 and 2
  std::string new_pin;
  std::string new_pin_first;
  // Settings: what the admin is changing, and what was last saved (StaffMode hands that to
  // patient mode when staff mode closes).
  std::optional<KioskSettings> settings_draft;
  std::optional<KioskSettings> settings_stored;  // as loaded, to tell unsaved changes
  std::vector<std::string> settings_problems;    // stored values that were not usable
  bool settings_leave_armed = false;             // Back tapped once with unsaved changes
  std::optional<KioskSettings> saved_settings;
  void close_admin();  // wipes PINs typed and names, when leaving an admin screen
  // ---- end of the admin screens' state -----------------------------------------------------

  void close_record();  // wipes the open record and everything typed about it
  void wipe();          // everything, when staff mode closes
};

// What the staff screens stand on besides their state.
struct StaffContext {
  const forms::FormCatalog* catalog = nullptr;
  std::filesystem::path fonts_dir;
  CalendarDate today;
  const TextureSource* textures = nullptr;  // uploads pictures (the record's PDF pages); may be null
  std::filesystem::path credentials_dir;  // empty: none; where a review's signing key may be
};

}  // namespace intake::ui
