#include "cli/doctor_checks.hpp"

#include <spawn.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <array>
#include <cerrno>
#include <ctime>

#include "forms/form_catalog.hpp"
#include "staff/patient_copy.hpp"
#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/schema.hpp"
#include "store/store_key.hpp"

extern char** environ;

namespace intake::cli {
namespace fs = std::filesystem;

namespace {

DoctorCheck ok(std::string name, std::string detail) {
  return {std::move(name), DoctorLevel::ok, std::move(detail)};
}
DoctorCheck warn(std::string name, std::string detail) {
  return {std::move(name), DoctorLevel::warning, std::move(detail)};
}
DoctorCheck fail(std::string name, std::string detail) {
  return {std::move(name), DoctorLevel::failure, std::move(detail)};
}

struct ProgramRun {
  int exit_code = -1;  // -1: could not start
  std::string output;  // stdout and stderr, first line only
};

// Runs argv (found on PATH) with stdin closed and returns its first line of output.
ProgramRun run_program(const std::vector<std::string>& argv) {
  ProgramRun run;
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return run;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& word : argv) args.push_back(const_cast<char*>(word.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return run;
  }
  std::array<char, 512> buffer{};
  ssize_t n = 0;
  while ((n = ::read(pipe_fds[0], buffer.data(), buffer.size())) > 0)
    if (run.output.size() < 4096) run.output.append(buffer.data(), static_cast<std::size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  if (auto newline = run.output.find('\n'); newline != std::string::npos) run.output.resize(newline);
  return run;
}

std::string key_source_text(store::KeySource source) {
  switch (source) {
    case store::KeySource::credential: return "a sealed systemd credential";
    case store::KeySource::pending_credential: return "the new credential of an unfinished rotation";
    case store::KeySource::key_file: return "store.key";
    case store::KeySource::new_key_file: return "a new store.key";
    case store::KeySource::pending_key_file: return "store.key.next";
  }
  return "?";
}

void check_keys(const DoctorInput& input, const store::Store& store, std::vector<DoctorCheck>& checks) {
  const bool sealed = input.credentials_dir && (store.key_source() == store::KeySource::credential ||
                                                store.key_source() == store::KeySource::pending_credential);
  if (!sealed) {
    checks.push_back(fail("keys", "the store key is read from " + key_source_text(store.key_source()) +
                                      " in plaintext beside the store; seal it (intake-kiosk-keys)"));
    return;
  }
  std::vector<std::string> missing;
  for (const std::string& name : input.expected_credentials) {
    std::error_code ec;
    if (!fs::exists(*input.credentials_dir / name, ec)) missing.push_back(name);
  }
  std::vector<std::string> plaintext;
  for (const char* file : {store::kKeyFileName, "audit.key", "signing.key", store::kNextKeyFileName}) {
    std::error_code ec;
    if (fs::exists(input.paths.data_dir / file, ec)) plaintext.push_back(file);
  }
  if (!missing.empty()) {
    checks.push_back(fail("keys", fmt::format("credential{} {} not passed to the kiosk",
                                              missing.size() == 1 ? "" : "s", fmt::join(missing, ", "))));
  } else if (!plaintext.empty()) {
    checks.push_back(fail("keys", fmt::format("plaintext key file{} in the data directory: {}",
                                              plaintext.size() == 1 ? "" : "s", fmt::join(plaintext, ", "))));
  } else {
    checks.push_back(ok("keys", fmt::format("{} sealed credentials, none in plaintext on disk",
                                            input.expected_credentials.size())));
  }
  std::error_code ec;
  if (fs::exists(*input.credentials_dir / store::kNextCredentialName, ec))
    checks.push_back(warn("keys", "a store-key rotation is unfinished (intake-kiosk-keys recover)"));
}

void check_audit(store::Store& store, std::vector<DoctorCheck>& checks) {
  if (auto st = store::check_store_integrity(store); !st) {
    checks.push_back(fail("audit", st.error().message));
    return;
  }
  auto report = store::verify_audit_trail(store);
  if (!report) {
    checks.push_back(fail("audit", report.error().message));
  } else if (!report->ok()) {
    checks.push_back(fail("audit", fmt::format("audit verify FAILED at entry #{} ({} problems)",
                                               report->first_bad_seq, report->problems)));
  } else {
    checks.push_back(
        ok("audit", fmt::format("chain intact: {} entries, {} records, {} PDFs", report->entries_checked,
                                report->records_checked, report->pdfs_checked)));
  }
}

void check_clock(const DoctorInput& input, store::Store& store, std::vector<DoctorCheck>& checks) {
  const std::time_t now = std::chrono::system_clock::to_time_t(input.clock.now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  const std::string now_text = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900,
                                           utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  if (input.time_zone.empty()) {
    checks.push_back(fail("clock", "no time zone is set (timedatectl set-timezone Europe/...)"));
    return;
  }
  auto recent = store::recent_audit_entries(store, 1);
  // Audit times are UTC "YYYY-MM-DDTHH:MM:SS...": text order is time order.
  if (recent && !recent->empty() && recent->front().at.substr(0, 19) > now_text.substr(0, 19)) {
    checks.push_back(fail("clock", "the clock (" + now_text + ") is behind the newest audit entry (" +
                                       recent->front().at + "); fix the time (NTP)"));
    return;
  }
  if (utc.tm_year + 1900 < 2026) {
    checks.push_back(fail("clock", "the clock says " + now_text + ", before this release"));
    return;
  }
  checks.push_back(ok("clock", now_text + ", time zone " + input.time_zone));
}

void check_disk(const DoctorInput& input, std::vector<DoctorCheck>& checks) {
  struct statvfs info {};
  if (::statvfs(input.paths.data_dir.c_str(), &info) != 0) {
    checks.push_back(fail("disk", "cannot read the free space of " + input.paths.data_dir.string()));
    return;
  }
  const double free_bytes = double(info.f_bavail) * double(info.f_frsize);
  const double total = double(info.f_blocks) * double(info.f_frsize);
  const double gib = 1024.0 * 1024.0 * 1024.0;
  const std::string text = fmt::format("{:.1f} GiB free of {:.1f} GiB", free_bytes / gib, total / gib);
  if (free_bytes < 1.0 * gib || (total > 0 && free_bytes / total < 0.05))
    checks.push_back(fail("disk", text + ": too little for new check-ins and backups"));
  else if (free_bytes < 5.0 * gib)
    checks.push_back(warn("disk", text));
  else
    checks.push_back(ok("disk", text));
}

void check_printer(store::Store& store, std::vector<DoctorCheck>& checks) {
  auto options = staff::clinic_print_options(store);
  const std::string printer = options ? options->printer : "";
  const ProgramRun scheduler = run_program({"lpstat", "-r"});
  if (scheduler.exit_code < 0) {
    checks.push_back(warn("printer", "lpstat is not installed (cups-client); printing is off"));
    return;
  }
  if (scheduler.exit_code != 0 || scheduler.output.find("not running") != std::string::npos) {
    if (printer.empty())
      checks.push_back(warn("printer", "no print server reachable; printing is off"));
    else
      checks.push_back(fail("printer", "printer '" + printer + "' is set but no print server is reachable"));
    return;
  }
  const ProgramRun state =
      printer.empty() ? run_program({"lpstat", "-d"}) : run_program({"lpstat", "-p", printer});
  if (state.exit_code != 0 || state.output.find("no system default") != std::string::npos) {
    if (printer.empty())
      checks.push_back(warn("printer", "no default printer; set one or the `printer` setting"));
    else
      checks.push_back(fail("printer", "printer '" + printer + "': " + state.output));
    return;
  }
  if (state.output.find("disabled") != std::string::npos)
    checks.push_back(fail("printer", state.output));
  else
    checks.push_back(ok("printer", state.output));
}

void check_backups(const DoctorInput& input, std::vector<DoctorCheck>& checks) {
  std::error_code ec;
  if (input.backup_dir.empty() || !fs::is_directory(input.backup_dir, ec)) return;
  fs::file_time_type newest{};
  bool any = false;
  for (const auto& entry : fs::directory_iterator(input.backup_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("intake-kiosk-") || !name.ends_with(".db")) continue;
    const auto when = entry.last_write_time(ec);
    if (!ec && (!any || when > newest)) newest = when;
    any = true;
  }
  if (!any) {
    checks.push_back(warn("backup", "no backup yet in " + input.backup_dir.string()));
    return;
  }
  const auto age = fs::file_time_type::clock::now() - newest;
  const double hours = std::chrono::duration<double, std::ratio<3600>>(age).count();
  const std::string text = fmt::format("newest in {} is {:.0f} hours old", input.backup_dir.string(), hours);
  checks.push_back(hours > 48 ? warn("backup", text + " (is the medium mounted?)") : ok("backup", text));
}

void check_forms(const DoctorInput& input, std::vector<DoctorCheck>& checks) {
  const forms::FormCatalog catalog = forms::load_form_catalog(input.paths.forms_dir);
  if (!catalog.ok())
    checks.push_back(fail("forms", fmt::format("{} problem(s) in {} (intake-kiosk forms check)",
                                               catalog.errors.size(), input.paths.forms_dir.string())));
  else if (catalog.forms.empty())
    checks.push_back(fail("forms", "no forms in " + input.paths.forms_dir.string()));
  else
    checks.push_back(ok("forms", fmt::format("{} form(s) valid in {}", catalog.forms.size(),
                                             input.paths.forms_dir.string())));
}

}  // namespace

std::vector<DoctorCheck> run_doctor_checks(const DoctorInput& input) {
  std::vector<DoctorCheck> checks;
  auto store = store::open_store(input.paths, input.clock);
  if (!store) {
    checks.push_back(fail("store", store.error().message));
  } else {
    auto records = store::count_records(*store, store::RecordQuery{});
    checks.push_back(
        ok("store", fmt::format("opens {} (schema {}, {} records)", store->database_path().string(),
                                store::kSchemaVersion, records ? *records : -1)));
    check_keys(input, *store, checks);
    check_audit(*store, checks);
    check_clock(input, *store, checks);
    check_printer(*store, checks);
  }
  check_disk(input, checks);
  check_backups(input, checks);
  check_forms(input, checks);
  return checks;
}

}  // namespace intake::cli
