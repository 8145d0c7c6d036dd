// Exporting a record's PDFs to a folder (a USB stick) with a SHA-256 manifest, through the
// record view; every file whole, none half-written, the export audited.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/sha256.hpp"
#include "staff/record_export.hpp"
#include "store/audit.hpp"
#include "store/store_error.hpp"
#include "staff_steps.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

TEST_CASE("export writes the record's PDFs and a manifest whose SHA-256 match", "[ui][staff][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Elena", "Sanz");
  const fs::path stick = setup.tmp / "usb";
  fs::create_directories(stick);

  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Elena Sanz"));
  REQUIRE(kiosk.tap("record/export/folder"));
  kiosk.type(stick.string());
  REQUIRE(kiosk.tap("record/export/export_pdfs"));
  CHECK(kiosk.shows("Exported 1 PDF files"));

  const fs::path manifest = stick / (id + "-manifest.sha256");
  REQUIRE(fs::exists(manifest));
  std::ifstream in(manifest);
  std::string digest, name;
  int listed = 0;
  while (in >> digest >> name) {
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
