// A staff morning end to end: a practitioner goes from this morning's flagged check-ins to every one
// reviewed and the day archived, only by tapping the real screens.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>

#include "common/sha256.hpp"
#include "staff_steps.hpp"
#include "store/record_read.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

TEST_CASE("a practitioner reviews the morning's flagged check-ins and archives the day",
          "[ui][staff][journey]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.check_in("Elena", "Sanz");
  setup.check_in("Rosa", "Gil", "cold_sore_history");
  setup.check_in("Inés", "Mora", "pregnant");
  setup.check_in("Pilar", "Vega", "diabetes");
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  HeadlessKiosk& kiosk = setup.kiosk;

  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("queue/flagged_only"));
  REQUIRE(kiosk.tap("queue/unreviewed"));
  const auto flagged = queue_names(kiosk);
  REQUIRE(flagged.size() == 3);
  CHECK(flagged.front() == "Inés Mora");  // the stop flag first

  // Each time the first row: a saved review leaves the "not reviewed" list.
  for (std::size_t i = 0; i < flagged.size(); ++i) {
    const auto remaining = queue_names(kiosk);
    REQUIRE(remaining.size() == flagged.size() - i);
    REQUIRE(kiosk.tap(remaining.front()));
    REQUIRE(kiosk.tap(i == 0 ? "record/review/not_treated" : "record/review/cleared"));
    if (i > 0) CHECK(give_reasons(kiosk, "Talked it through with the patient.") >= 1);  // each flag's
    countersign(kiosk);
    REQUIRE(kiosk.tap("record/review/save_review"));
    CHECK(kiosk.shows("Review saved as PDF version 2."));
    REQUIRE(kiosk.tap("record/back"));
  }
  CHECK(queue_names(kiosk).empty());
  CHECK(kiosk.shows("No check-ins match."));

  // Archive the whole day (the unflagged check-in too) onto the stick.
  REQUIRE(kiosk.tap("queue/flagged_only"));
  REQUIRE(kiosk.tap("queue/unreviewed"));
  REQUIRE(queue_names(kiosk).size() == 4);
  REQUIRE(kiosk.tap("queue/days/export"));
  REQUIRE(kiosk.tap("export/export"));
  CHECK(kiosk.shows("Exported 4 check-ins (7 PDF files), each with its manifest."));

  // On the stick: each manifest's files are whole; the reviewed ones have both versions.
  int manifests = 0, files = 0;
  for (const auto& entry : fs::directory_iterator(stick)) {
    if (!entry.path().string().ends_with("-manifest.sha256")) continue;
    ++manifests;
    for (const auto& [digest, name] : manifest_entries(entry.path())) {
      ++files;
      CHECK(sha256_hex(submission::test::read_bytes(stick / name)) == digest);
    }
  }
  CHECK(manifests == 4);
  CHECK(files == 7);
}
