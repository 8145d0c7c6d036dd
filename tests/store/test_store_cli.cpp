// The store's CLI commands as a clinic's IT person runs them: records list/show/pdf, audit
// verify, backup and staff add, with their exit codes.
#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli_context.hpp"
#include "cli/command_table.hpp"
#include "common/sha256.hpp"
#include "intake/build_paths.hpp"
#include "store/audit.hpp"
#include "store/record_write.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store_cli_support.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

// Four records; record 2 is Ana Díaz, record 3 has a review flag.
struct Fixture : StoreWithRecords {
  Fixture()
      : StoreWithRecords(4,
                         [](int n) { return sample_record(n, n == 2 ? "Ana" : "", n == 2 ? "Díaz" : ""); }) {}
};

}  // namespace

TEST_CASE("records list --json prints one array with id, created, name, birth date, status, flags",
          "[store][cli]") {
  Fixture f;
  CliRun run = run_cli(f.data, {"records", "list", "--json"});
  INFO(run.err);
  REQUIRE(run.code == 0);
  const auto list = nlohmann::json::parse(run.out);
  REQUIRE(list.is_array());
  REQUIRE(list.size() == 4);
  for (const auto& item : list)
    for (const char* key : {"id", "created", "name", "date_of_birth", "status", "flags"})
      CHECK(item.contains(key));
  bool found_ana = false;
  for (const auto& item : list)
    if (item["id"] == f.ids[1]) {
      found_ana = true;
      CHECK(item["name"] == "Ana Díaz");
      CHECK(item["status"] == "submitted");
    } else if (item["id"] == f.ids[2]) {
      CHECK(item["flags"] == nlohmann::json::array({"diabetes"}));
    }
  CHECK(found_ana);

  CliRun flagged = run_cli(f.data, {"records", "list", "--flagged", "--json"});
  REQUIRE(flagged.code == 0);
  const auto flagged_list = nlohmann::json::parse(flagged.out);
  REQUIRE(flagged_list.size() == 1);
  CHECK(flagged_list[0]["id"] == f.ids[2]);

  CliRun text = run_cli(f.data, {"records", "list"});
  REQUIRE(text.code == 0);
  CHECK(text.out.find("Ana Díaz") != std::string::npos);
}

TEST_CASE("records show is audited as a view; an unknown id exits with not-found", "[store][cli]") {
  Fixture f;
  CliRun run = run_cli(f.data, {"records", "show", f.ids[1], "--json"});
  REQUIRE(run.code == 0);
  const auto record = nlohmann::json::parse(run.out);
  CHECK(record["patient"]["family_name"] == "Díaz");
  CHECK(record["answers"]["treatment_areas"] == nlohmann::json::array({"face"}));
  CliRun text = run_cli(f.data, {"records", "show", f.ids[1]});
  REQUIRE(text.code == 0);
  CHECK(text.out.find("Ana Díaz") != std::string::npos);

  Store store = open_or_fail(f.data);
  auto entries = audit_entries_for_record(store, f.ids[1]);
  REQUIRE(entries);
  REQUIRE(entries->size() == 3);
  CHECK(entries->back().action == audit_action::kRecordView);
  CHECK(entries->back().actor.starts_with("cli:"));

  CliRun missing = run_cli(f.data, {"records", "show", "R-20260101-AAAAAA"});
  CHECK(missing.code == kExitNotFound);
  CHECK(missing.err.find("no record") != std::string::npos);
}

TEST_CASE("records pdf writes the archived bytes, audited as an export", "[store][cli]") {
  Fixture f;
  const fs::path out = f.tmp / "export.pdf";
  CliRun run = run_cli(f.data, {"records", "pdf", f.ids[0], out.string()});
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(read_file_bytes(out) == f.pdfs[0]);
  CHECK(run.out.find(intake::sha256_hex(f.pdfs[0])) != std::string::npos);
  struct stat info {};
  REQUIRE(::stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 0077) == 0);
  // An existing file is never overwritten.
  CliRun again = run_cli(f.data, {"records", "pdf", f.ids[1], out.string()});
  CHECK(again.code == kExitAlreadyExists);
  CHECK(read_file_bytes(out) == f.pdfs[0]);

  Store store = open_or_fail(f.data);
  auto entries = audit_entries_for_record(store, f.ids[0]);
  REQUIRE(entries);
  CHECK(entries->back().action == audit_action::kRecordExport);
}

TEST_CASE("audit verify passes on a clean store and names the altered record otherwise",
          "[store][cli][audit]") {
  Fixture f;
  CliRun clean = run_cli(f.data, {"audit", "verify"});
  INFO(clean.err);
  CHECK(clean.code == 0);
  // The store's own first entry (audit.authenticated), then the 4 records.
  CHECK(clean.out.find("checked 5 audit entries, 4 records and 4 PDFs") != std::string::npos);

  int rc = 0;
  run_sqlcipher(f.data, "UPDATE records SET phone = '+1 555 9999' WHERE id = '" + f.ids[2] + "';", &rc);
  REQUIRE(rc == 0);
  CliRun tampered = run_cli(f.data, {"audit", "verify"});
  CHECK(tampered.code == kExitAuditMismatch);
  CHECK(tampered.err.find("Record " + f.ids[2] + " does not match its audit entry #4") != std::string::npos);
}

TEST_CASE("backup writes a file; store errors come out as their own exit codes", "[store][cli]") {
  Fixture f;
  const fs::path backup = f.tmp / "backup.db";
  CliRun run = run_cli(f.data, {"backup", backup.string()});
  INFO(run.err);
  CHECK(run.code == 0);
  CHECK(fs::exists(backup));
  CHECK(run_cli(f.data, {"backup", backup.string()}).code == kExitAlreadyExists);

  std::ofstream(f.data / "store.key", std::ios::trunc) << std::string(64, '0') << "\n";
  CliRun wrong = run_cli(f.data, {"records", "list"});
  CHECK(wrong.code == kExitWrongKey);
  CHECK(wrong.err.find("key does not open") != std::string::npos);
  fs::remove(f.data / "store.key");
  CHECK(run_cli(f.data, {"records", "list"}).code == kExitKeyMissing);
}

TEST_CASE("staff add reads the PIN from stdin and the account can log in", "[store][cli][staff]") {
  Fixture f;
  CliRun added = run_cli(f.data, {"staff", "add", "Dr Rivera", "--role", "practitioner"}, "4391\n");
  INFO(added.err);
  REQUIRE(added.code == 0);
  CHECK(added.out.find("4391") == std::string::npos);
  {
    Store store = open_or_fail(f.data);
    auto member = verify_staff_pin(store, "Dr Rivera", "4391");
    REQUIRE(member);
    CHECK(member->role == StaffRole::practitioner);
  }
  CHECK(run_cli(f.data, {"staff", "add", "Short", "--role", "admin"}, "12\n").code ==
        intake::cli::kExitUsage);
  CHECK(run_cli(f.data, {"staff", "add", "Boss", "--role", "owner"}, "1294\n").code ==
        intake::cli::kExitUsage);
  CHECK(run_cli(f.data, {"staff", "add", "Dr Rivera", "--role", "admin"}, "1294\n").code ==
        kExitAlreadyExists);
  CliRun list = run_cli(f.data, {"staff", "list"});
  CHECK(list.out.find("Dr Rivera") != std::string::npos);
  CHECK(run_cli(f.data, {"staff", "disable", "Dr Rivera"}).code == 0);
}

TEST_CASE("export writes today's PDFs with manifests, then only what is new", "[store][cli][export]") {
  Fixture f;
  const fs::path stick = f.tmp / "stick";
  fs::create_directories(stick);
  CliRun run = run_cli(f.data, {"export", stick.string()});
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(run.out.find("exported 4 records") != std::string::npos);
  for (std::size_t i = 0; i < f.ids.size(); ++i) {
    const fs::path manifest = stick / (f.ids[i] + "-v1-manifest.sha256");
    REQUIRE(fs::exists(manifest));
    CHECK(read_file_bytes(stick / (f.ids[i] + "-v1-patient_signed.pdf")) == f.pdfs[i]);
  }
  CliRun again = run_cli(f.data, {"export", stick.string()});
  REQUIRE(again.code == 0);
  CHECK(again.out.find("exported 0 records") != std::string::npos);
  CHECK(again.out.find("4 were already there") != std::string::npos);

  // One record into another folder; a day with nothing; usage errors; a stick not mounted.
  const fs::path other = f.tmp / "other";
  fs::create_directories(other);
  CliRun one = run_cli(f.data, {"export", other.string(), "--record", f.ids[2]});
  REQUIRE(one.code == 0);
  CHECK(fs::exists(other / (f.ids[2] + "-v1-manifest.sha256")));
  CliRun old_day = run_cli(f.data, {"export", other.string(), "--from", "2001-01-01"});
  REQUIRE(old_day.code == 0);
  CHECK(old_day.out.find("exported 0 records from 2001-01-01 to 2001-01-01") != std::string::npos);
  CHECK(run_cli(f.data, {"export", other.string(), "--from", "21/11/2026"}).code == intake::cli::kExitUsage);
  CHECK(run_cli(f.data, {"export", other.string(), "--to", "2026-11-21"}).code == intake::cli::kExitUsage);
  CHECK(run_cli(f.data, {"export"}).code == intake::cli::kExitUsage);
  CliRun unmounted = run_cli(f.data, {"export", (f.tmp / "no-stick").string()});
  CHECK(unmounted.code == kExitNotFound);
  CHECK(unmounted.err.find("is the stick mounted?") != std::string::npos);
}

TEST_CASE("print says why it could not print, and audits the failure as a failure with the spooler's reason",
          "[store][cli][print]") {
  Fixture f;
  // This fixture's records are written straight into the store (not through submit), so no
  // patient copy can be rebuilt from them: print refuses in one sentence and never audits a
  // print. (The spooler's refusal itself is tested with real check-ins in tests/ui.)
  CliRun run = run_cli(f.data, {"print", f.ids[0], "--printer", "front-desk"});
  CHECK(run.code != 0);
  CHECK_FALSE(run.err.empty());
  Store store = open_or_fail(f.data);
  auto entries = audit_entries_for_record(store, f.ids[0]);
  REQUIRE(entries);
  for (const auto& entry : *entries) CHECK(entry.action != audit_action::kRecordPrint);
  CHECK(run_cli(f.data, {"print"}).code == intake::cli::kExitUsage);
}

TEST_CASE("settings list and set go through the same checks as the Settings screen",
          "[store][cli][settings]") {
  Fixture f;
  auto run = [&](const std::vector<std::string>& words) {
    std::istringstream in;
    std::ostringstream out, err;
    intake::cli::CliContext context{
        {INTAKE_SOURCE_FORMS_DIR, "", f.data}, in, out, err, intake::test::real_clock(), "cli:test"};
    CliRun result;
    result.code = intake::cli::find_command(words.at(0))->run(context, {words.begin() + 1, words.end()});
    result.out = out.str();
    result.err = err.str();
    return result;
  };
  CliRun listed = run({"settings", "list"});
  REQUIRE(listed.code == 0);
  CHECK(listed.out.find("staff_idle_seconds=120\n") != std::string::npos);
  CHECK(listed.out.find("printer=\n") != std::string::npos);

  CliRun printer = run({"settings", "set", "printer", "Front_Desk_Laser"});
  INFO(printer.err);
  REQUIRE(printer.code == 0);
  CHECK(printer.out == "saved printer\n");
  CHECK(run({"settings", "set", "printer", "Front_Desk_Laser"}).out == "unchanged printer\n");
  CHECK(run({"settings", "list"}).out.find("printer=Front_Desk_Laser\n") != std::string::npos);

  CliRun bad = run({"settings", "set", "staff_idle_seconds", "5"});
  CHECK(bad.code == intake::cli::kExitUsage);
  CHECK(bad.err.find("from 30 to 1800") != std::string::npos);
  CHECK(run({"settings", "set", "printer", "front desk"}).code == intake::cli::kExitUsage);
  CHECK(run({"settings", "set", "languages", "fr"}).code == intake::cli::kExitUsage);
  CHECK(run({"settings", "set", "colour", "red"}).code == intake::cli::kExitUsage);

  Store store = open_or_fail(f.data);
  auto entries = recent_audit_entries(store, 50);
  REQUIRE(entries);
  bool audited = false;
  for (const auto& entry : *entries)
    audited |=
        entry.action == "setting.change" && entry.details.find("Front_Desk_Laser") != std::string::npos;
  CHECK(audited);
}
