#pragma once
// `intake-kiosk doctor`'s checks, for the clinic's IT: the store opens, its keys are sealed,
// the audit chain verifies, the disk has room, the printer answers, the clock and time zone
// are plausible, the forms load, and the newest backup is recent. Each is one line of plain
// facts (counts, sizes, names of files and printers), never patient data.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"

namespace intake::cli {

enum class DoctorLevel { ok, warning, failure };

struct DoctorCheck {
  std::string name;  // "store", "keys", ...
  DoctorLevel level = DoctorLevel::ok;
  std::string detail;
};

// Everything from the environment, passed in by the command.
struct DoctorInput {
  ResourcePaths paths;
  std::optional<std::filesystem::path> credentials_dir;  // $CREDENTIALS_DIRECTORY
  std::vector<std::string> expected_credentials;         // every secret the unit passes
  std::filesystem::path backup_dir;                      // where the backup timer writes
  std::string time_zone;                                 // "" when none is set
  Clock clock;                                           // now, and the store's clock
};

std::vector<DoctorCheck> run_doctor_checks(const DoctorInput& input);

}  // namespace intake::cli
