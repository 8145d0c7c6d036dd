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
#include "store/audit.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"
#include "staff_steps.hpp"

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

TEST_CASE("a patient copy saved to a folder is the signed original, audited", "[staff][patient_copy]") {
  StaffKiosk setup;
  const std::string id = setup.check_in("Elena", "Sanz");
  const fs::path stick = setup.tmp / "usb";
  fs::create_directories(stick);
  auto saved = staff::save_patient_copy(setup.store, id, stick, "staff:Marta Ruiz");
  REQUIRE(saved);
  CHECK(saved->filename() == id + "-patient-copy.pdf");
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  CHECK(sha256_hex(submission::test::read_bytes(*saved)) == original->sha256);
  CHECK(audited(setup.store, id, store::audit_action::kRecordExport, "patient-copy.pdf"));
  auto again = staff::save_patient_copy(setup.store, id, stick, "test");
  REQUIRE_FALSE(again);
  CHECK(again.error().code == store::kExitAlreadyExists);
  CHECK_FALSE(staff::save_patient_copy(setup.store, id, setup.tmp / "not-mounted", "test"));
}

TEST_CASE("printing hands version 1 to the spooler on stdin, titled by record id", "[staff][patient_copy]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  setup.review(id, "Lucía Prat");

  staff::PrintOptions options;
  options.program = fake_spooler(setup.tmp.path()).string();
  options.printer = "front-desk";
  REQUIRE(staff::print_patient_copy(setup.store, id, options, "staff:Lucía Prat"));
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  // The patient's copy is what they signed (version 1), not the staff review (version 2).
  CHECK(sha256_hex(submission::test::read_bytes(options.program + ".job")) == original->sha256);
  std::ifstream args(options.program + ".args");
  std::string all((std::istreambuf_iterator<char>(args)), std::istreambuf_iterator<char>());
  CHECK(all == "-d\nfront-desk\n-t\nCheck-in " + id + "\n");
  CHECK(all.find("Mora") == std::string::npos);
  CHECK(audited(setup.store, id, store::audit_action::kRecordPrint, "printer:front-desk"));
}

TEST_CASE("printing says plainly when it cannot print", "[staff][patient_copy]") {
  StaffKiosk setup;
  const std::string id = setup.check_in("Elena", "Sanz");
  staff::PrintOptions missing;
  missing.program = "intake-no-such-lp";
  auto result = staff::print_patient_copy(setup.store, id, missing, "test");
  REQUIRE_FALSE(result);
  CHECK(result.error().message == "Printing is not set up on this kiosk (the intake-no-such-lp program is missing).");

  // The real lp with no print scheduler running (as on a build machine): its own words come back.
  staff::PrintOptions real;
  real.printer = "intake-test-printer";
  auto refused = staff::print_patient_copy(setup.store, id, real, "test");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message.rfind("The printer did not take the copy", 0) == 0);
  CHECK(refused.error().message.find("lp") != std::string::npos);
}
