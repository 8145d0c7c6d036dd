#pragma once
// Export one record's PDFs or the queue's days to a stick, a share or a typed folder.
#include <string>
#include <vector>

#include "staff/export_destinations.hpp"
#include "ui/staff/staff_screen_id.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// One record's PDFs (record_id) or every check-in of the queue's days (record_id empty).
struct ExportState {
  std::string record_id;
  std::string what;  // shown as what is exported: a patient's name, or the days
  StaffScreen back = StaffScreen::Queue;
  staff::ExportSearch search;  // where sticks and shares are looked for (StaffModeOptions)
  std::vector<staff::ExportDestination> destinations;
  std::string folder;  // the chosen destination, or the typed folder
  bool typing_folder = false;
  void wipe();
};

// Opens the Export screen for one record (record_id) or for the queue's days (empty). Staff pick
// a stick or share found plugged in; only admins may type a folder.
void open_export(StaffState& state, const std::string& record_id, const std::string& what,
                 const StaffContext& context);
StaffAction draw_staff_export_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
