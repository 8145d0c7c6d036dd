// `doctor`: one screen of checks for IT (cli/doctor_checks.hpp); exits 1 when any fails.
#include <array>
#include <filesystem>
#include <ostream>

#include "cli/cli_context.hpp"
#include "cli/doctor_checks.hpp"
#include "common/enum_names.hpp"

namespace intake::cli {

namespace {

// Where the packaged backup timer writes (intake-kiosk-backup.service).
constexpr const char* kDefaultBackupDir = "/srv/intake-kiosk-backup";
// The secrets the packaged units pass; keep in step with intake-kiosk-keys' KEYS.
const std::vector<std::string> kExpectedCredentials = {"store-key", "audit-key", "signing-key"};

const char* level_word(DoctorLevel level) {
  // Four letters each, so the report's columns line up.
  static constexpr std::array kWords = {EnumName<DoctorLevel>{DoctorLevel::ok, "ok  "},
                                        EnumName<DoctorLevel>{DoctorLevel::warning, "warn"},
                                        EnumName<DoctorLevel>{DoctorLevel::failure, "FAIL"}};
  return enum_name(kWords, level);
}

}  // namespace

int run_doctor_command(CliContext& context, const CommandArgs& args) {
  DoctorInput input;
  input.paths = context.paths;
  input.backup_dir = kDefaultBackupDir;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--backup-dir" && i + 1 < args.size()) {
      input.backup_dir = args[++i];
    } else {
      context.err << "usage: intake-kiosk doctor [--backup-dir DIR]\n";
      return kExitUsage;
    }
  }
  if (!context.paths.credentials_dir.empty()) input.credentials_dir = context.paths.credentials_dir;
  input.expected_credentials = kExpectedCredentials;
  input.time_zone = context.time_zone_setting;
  input.clock = context.clock;

  const std::vector<DoctorCheck> checks = run_doctor_checks(input);
  int failures = 0;
  context.out << "intake-kiosk doctor\n";
  for (const DoctorCheck& check : checks) {
    context.out << "  " << level_word(check.level) << "  " << check.name;
    for (std::size_t pad = check.name.size(); pad < 8; ++pad) context.out << ' ';
    context.out << check.detail << "\n";
    if (check.level == DoctorLevel::failure) ++failures;
  }
  context.out << (failures == 0
                      ? "all checks passed\n"
                      : std::to_string(failures) + (failures == 1 ? " check" : " checks") + " FAILED\n");
  return failures == 0 ? kExitOk : kExitFailure;
}

}  // namespace intake::cli
