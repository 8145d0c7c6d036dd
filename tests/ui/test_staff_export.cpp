// Exporting a record's PDFs to a folder (a USB stick) with a SHA-256 manifest, through the
// record view; every file whole, none half-written, the export audited.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/sha256.hpp"
#include "intake/build_paths.hpp"
#include "staff/record_export.hpp"
#include "staff/staff_review.hpp"
#include "staff_steps.hpp"
#include "store/audit.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

TEST_CASE("export writes the record's PDFs and a manifest whose SHA-256 match", "[ui][staff][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Elena", "Sanz");
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once

  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Elena Sanz"));
  REQUIRE(kiosk.tap("record/export"));
  CHECK(kiosk.shows(
      "Every PDF version of Elena Sanz's check-in"));  // the keyboard covers the buttons until Done
  REQUIRE(kiosk.tap("export/export"));
  CHECK(kiosk.shows("Exported 1 PDF files"));
  REQUIRE(kiosk.tap("export/back"));
  CHECK(kiosk.shows("Elena Sanz"));

  const fs::path manifest = stick / (id + "-v1-manifest.sha256");
  REQUIRE(fs::exists(manifest));
  int listed = 0;
  for (const auto& [digest, name] : manifest_entries(manifest)) {
    ++listed;
    const auto bytes = submission::test::read_bytes(stick / name);
    CHECK(sha256_hex(bytes) == digest);
  }
  CHECK(listed == 1);
  // Nothing else in the folder: no temporary or partial files, no patient name in a file name.
  int files = 0;
  for (const auto& entry : fs::directory_iterator(stick)) {
    ++files;
    CHECK(entry.path().filename().string().find("Sanz") == std::string::npos);
  }
  CHECK(files == 2);

  // The export is audited, naming who and the file written.
  auto audit = store::audit_entries_for_record(setup.store, id);
  REQUIRE(audit);
  bool exported = false;
  for (const auto& entry : *audit)
    exported |= entry.action == store::audit_action::kRecordExport && entry.actor == "staff:Lucía Prat" &&
                entry.details.find("-v1-patient_signed.pdf") != std::string::npos;
  CHECK(exported);

  // A second export into the same folder refuses rather than overwrite.
  auto again = staff::export_record_pdfs(setup.store, id, stick, "test");
  REQUIRE_FALSE(again);
  CHECK(again.error().code == store::kExitAlreadyExists);
}

TEST_CASE("export to a folder that is not there writes nothing", "[ui][staff][export]") {
  StaffKiosk setup;
  const std::string id = setup.check_in("Elena", "Sanz");
  const fs::path missing = setup.tmp / "not-mounted";
  auto result = staff::export_record_pdfs(setup.store, id, missing, "test");
  REQUIRE_FALSE(result);
  CHECK(result.error().message.find("does not exist") != std::string::npos);
  CHECK_FALSE(fs::exists(missing));
}

TEST_CASE("an export stopped half-way leaves whole files and no manifest", "[ui][staff][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  setup.review(id, "Lucía Prat");

  // Version 2's file name is taken (a stick with an old, different copy): the export stops there.
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  const fs::path taken = stick / (id + "-v2-review.pdf");
  submission::test::write_text(taken, "an older file that must not be overwritten");
  auto result = staff::export_record_pdfs(setup.store, id, stick, "test");
  REQUIRE_FALSE(result);
  CHECK(result.error().code == store::kExitAlreadyExists);

  // Version 1 is whole (its hash is the stored one), the old file is untouched, no manifest
  // claims a complete export, and no temporary file is left behind.
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  CHECK(sha256_hex(submission::test::read_bytes(stick / (id + "-v1-patient_signed.pdf"))) ==
        original->sha256);
  CHECK(submission::test::read_bytes(taken).size() ==
        std::string("an older file that must not be overwritten").size());
  CHECK_FALSE(fs::exists(stick / (id + "-v2-manifest.sha256")));
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(stick)) ++files;
  CHECK(files == 2);
}

TEST_CASE("a day's records export together, each with its manifest", "[ui][staff][export][range]") {
  StaffKiosk setup;
  const std::string first = setup.check_in("Elena", "Sanz");
  const std::string second = setup.check_in("Rosa", "Gil", "cold_sore_history");
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  auto record = store::view_record(setup.store, first, "test");
  REQUIRE(record);
  const std::string day = record->created_at.substr(0, 10);
  auto nothing = staff::export_records_in_range(setup.store, "2000-01-01", "2000-01-02", stick, "test");
  REQUIRE(nothing);
  CHECK(nothing->exported.empty());
  auto exported = staff::export_records_in_range(setup.store, day, "9999", stick, "test");
  REQUIRE(exported);
  REQUIRE(exported->exported.size() == 2);
  CHECK(exported->already_there == 0);
  CHECK(fs::exists(stick / (first + "-v1-manifest.sha256")));
  CHECK(fs::exists(stick / (second + "-v1-manifest.sha256")));
  CHECK(sha256_hex(submission::test::read_bytes(stick / exported->exported[1].files[0].file_name)) ==
        exported->exported[1].files[0].sha256);

  // Later that day: one more check-in. Exporting the day again adds it and skips the two.
  const std::string third = setup.check_in("Inés", "Mora");
  auto again = staff::export_records_in_range(setup.store, day, "9999", stick, "test");
  REQUIRE(again);
  REQUIRE(again->exported.size() == 1);
  CHECK(again->already_there == 2);
  CHECK(fs::exists(stick / (third + "-v1-manifest.sha256")));
}

TEST_CASE("a record reviewed after its export exports again with the new version", "[ui][staff][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  REQUIRE(staff::export_record_pdfs(setup.store, id, stick, "test"));
  const auto first_copy = submission::test::read_bytes(stick / (id + "-v1-patient_signed.pdf"));

  setup.review(id, "Lucía Prat");

  auto again = staff::export_record_pdfs(setup.store, id, stick, "test");
  REQUIRE(again);
  REQUIRE(again->files.size() == 2);
  CHECK(again->manifest.filename() == id + "-v2-manifest.sha256");
  // The original file is the same bytes as before (kept, not rewritten), and both manifests hold.
  CHECK(submission::test::read_bytes(stick / (id + "-v1-patient_signed.pdf")) == first_copy);
  CHECK(sha256_hex(submission::test::read_bytes(stick / again->files[1].file_name)) ==
        again->files[1].sha256);
  CHECK(fs::exists(stick / (id + "-v1-manifest.sha256")));
  // Once more is refused: that export is already there.
  auto third = staff::export_record_pdfs(setup.store, id, stick, "test");
  REQUIRE_FALSE(third);
  CHECK(third.error().code == store::kExitAlreadyExists);
}
