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
};

StaffAction draw_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
