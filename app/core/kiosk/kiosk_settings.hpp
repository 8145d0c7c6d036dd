#pragma once
// The clinic's kiosk settings with their defaults, read from the store's settings table
// (staff change them in staff mode or with the CLI; every change is audited by the store).
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake {

struct KioskSettings {
  std::string clinic_name = "Our Clinic";
  double patient_idle_seconds = 90.0;     // no touch: "Are you still there?"
  double patient_warning_seconds = 30.0;  // then the countdown before everything is wiped
  double staff_idle_seconds = 120.0;      // staff mode logs itself off
  std::vector<std::string> languages = {"en", "es"};
  std::vector<std::string> active_forms = {"microneedling"};
};

// Missing keys keep their defaults; a value that does not parse keeps the default too and is
// reported in `problems` (never patient data: settings hold none).
struct LoadedSettings {
  KioskSettings settings;
  std::vector<std::string> problems;
};

Result<LoadedSettings> load_kiosk_settings(store::Store& store);

std::vector<std::string> split_list(const std::string& text);  // "en, es" -> {"en", "es"}

}  // namespace intake
