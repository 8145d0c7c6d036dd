// The patient's copy of what they signed: saved to a folder or handed to the printer (CUPS's
// lp), always version 1 (the patient-signed PDF with its aftercare pages), always audited.
#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "common/sha256.hpp"
#include "intake/build_paths.hpp"
#include "staff/patient_copy.hpp"
#include "staff/staff_review.hpp"
#include "staff_steps.hpp"
#include "store/audit.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

// A stand-in for the print spooler that keeps what it was given, and its arguments.
fs::path fake_spooler(const fs::path& dir) {
  const fs::path script = dir / "fake-lp";
  std::ofstream(script) << "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\ncat > \"$0.job\"\n";
  ::chmod(script.c_str(), 0700);
  return script;
}

bool audited(store::Store& store, const std::string& id, const char* action, const std::string& detail) {
  auto audit = store::audit_entries_for_record(store, id);
  REQUIRE(audit);
  for (const auto& entry : *audit)
    if (entry.action == action && entry.details.find(detail) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a patient copy saved to a folder is made from the signed original, audited",
          "[staff][patient_copy]") {
  StaffKiosk setup;
  const staff::PatientCopySource source{submission::test::shipped_forms(), INTAKE_SOURCE_FONTS_DIR};
  const std::string id = setup.check_in("Elena", "Sanz");
  const fs::path stick = setup.tmp / "usb";
  fs::create_directories(stick);
  auto saved = staff::save_patient_copy(setup.store, id, source, stick, "staff:Marta Ruiz");
  REQUIRE(saved);
  CHECK(saved->filename() == id + "-patient-copy.pdf");
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  // A rendering of its own (no staff content), not the archive's bytes.
  CHECK(sha256_hex(submission::test::read_bytes(*saved)) != original->sha256);
  CHECK(audited(setup.store, id, store::audit_action::kRecordExport, "patient-copy.pdf"));
  auto again = staff::save_patient_copy(setup.store, id, source, stick, "test");
  REQUIRE_FALSE(again);
  CHECK(again.error().code == store::kExitAlreadyExists);
  CHECK_FALSE(staff::save_patient_copy(setup.store, id, source, setup.tmp / "not-mounted", "test"));
}

TEST_CASE("printing hands the patient copy to the spooler on stdin, titled by record id",
          "[staff][patient_copy]") {
  StaffKiosk setup;
  const staff::PatientCopySource source{submission::test::shipped_forms(), INTAKE_SOURCE_FONTS_DIR};
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  setup.review(id, "Lucía Prat");

  staff::PrintOptions options;
  options.program = fake_spooler(setup.tmp.path()).string();
  options.printer = "front-desk";
  REQUIRE(staff::print_patient_copy(setup.store, id, source, options, "staff:Lucía Prat"));
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  // The patient's copy is made from what they signed (version 1): not the staff review, and
  // without the flag the screening raised.
  const std::vector<std::uint8_t> job = submission::test::read_bytes(options.program + ".job");
  CHECK(sha256_hex(job) != original->sha256);
  CHECK(std::string(job.begin(), job.end()).find("%PDF-") == 0);
  std::ifstream args(options.program + ".args");
  std::string all((std::istreambuf_iterator<char>(args)), std::istreambuf_iterator<char>());
  CHECK(all == "-d\nfront-desk\n-t\nCheck-in " + id + "\n");
  CHECK(all.find("Mora") == std::string::npos);
  CHECK(audited(setup.store, id, store::audit_action::kRecordPrint, "printer:front-desk"));
}

TEST_CASE("printing says plainly when it cannot print, and what to do next", "[staff][patient_copy]") {
  StaffKiosk setup;
  const staff::PatientCopySource source{submission::test::shipped_forms(), INTAKE_SOURCE_FONTS_DIR};
  const std::string id = setup.check_in("Elena", "Sanz");
  staff::PrintOptions missing;
  missing.program = "intake-no-such-lp";
  auto result = staff::print_patient_copy(setup.store, id, source, missing, "test");
  REQUIRE_FALSE(result);
  CHECK(result.error().message == "No printer is set up. Ask an admin, or export the copy to a USB stick.");
  CHECK(result.error().key == "error.print.no_printer");

  // The real lp with no print scheduler running (as on a build machine): its own words come back.
  staff::PrintOptions real;
  real.printer = "intake-test-printer";
  auto refused = staff::print_patient_copy(setup.store, id, source, real, "test");
  REQUIRE_FALSE(refused);
  // lp's own words stay in the audit trail; staff read what to do next.
  CHECK(refused.error().message.find("lp:") == std::string::npos);
  CHECK_FALSE(refused.error().key.empty());
}
