// A practitioner's review through the record view: decision, note, countersignature, a new
// PDF version, the patient-signed original untouched. Front desk cannot record one.
#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"
#include "intake/build_paths.hpp"
#include "staff/staff_review.hpp"
#include "staff_steps.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;

TEST_CASE("a practitioner's countersigned review adds PDF version 2 and leaves version 1 as signed",
          "[ui][staff][review]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  auto original = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(original);
  const std::string original_hash = sha256_hex(original->bytes);

  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Inés Mora"));
  // The record view: identity, the flag with its staff message, the flagged answer.
  CHECK(kiosk.shows("STOP  Pregnant"));
  CHECK(kiosk.shows("Date of birth: 10 May 1990"));
  // Every answer is there, further down: scroll the details with a finger to the flagged one.
  for (int i = 0; i < 8 && !kiosk.shows("Are you pregnant, or could you be?"); ++i)
    kiosk.drag(500, 900, 500, 450);
  CHECK(kiosk.shows("Are you pregnant, or could you be?"));
  CHECK(kiosk.find("record/review/save_review")->enabled == false);  // decision and signature first

  REQUIRE(kiosk.tap("record/review/not_treated"));
  REQUIRE(scroll_review_to(kiosk, "record/review/note"));
  REQUIRE(kiosk.tap("record/review/note"));
  kiosk.type("Pregnant: rebook after breastfeeding ends.");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  countersign(kiosk);
  INFO(kiosk.describe_items());
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Review saved as PDF version 2."));
  CHECK(kiosk.shows("(36 years)   ·   Not treated today"));  // the top bar says the decision

  auto record = store::view_record(setup.store, id, "test");
  REQUIRE(record);
  CHECK(record->status == store::RecordStatus::reviewed);
  REQUIRE(record->pdfs.size() == 2);
  CHECK(record->pdfs[0].sha256 == original_hash);
  CHECK(record->pdfs[1].kind == "review");
  REQUIRE(record->reviews.size() == 1);
  CHECK(record->reviews[0].reviewer_name == "Lucía Prat");
  CHECK(record->reviews[0].decision == intake::ReviewDecision::not_treated);
  CHECK(record->reviews[0].note == "Pregnant: rebook after breastfeeding ends.");
  CHECK(record->reviews[0].countersignature_json.find("strokes") != std::string::npos);
  auto again = store::read_record_pdf(setup.store, id, 1, store::PdfAccess::view, "test");
  REQUIRE(again);
  CHECK(sha256_hex(again->bytes) == original_hash);
  auto reviewed = store::read_record_pdf(setup.store, id, 2, store::PdfAccess::view, "test");
  REQUIRE(reviewed);
  CHECK(reviewed->bytes.size() > original->bytes.size());
}

TEST_CASE("front desk sees identity and flags but cannot record a review",
          "[ui][staff][review][permissions]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  REQUIRE(kiosk.tap("Inés Mora"));
  CHECK(kiosk.shows("STOP  Pregnant"));
  CHECK(kiosk.shows("Only a practitioner can record a review."));
  CHECK(kiosk.find("record/review/save_review") == nullptr);
  CHECK_FALSE(kiosk.shows("Form and version"));  // no answers or consent details
  CHECK_FALSE(kiosk.shows("Are you pregnant"));
  CHECK(kiosk.find("record/export/export_pdfs") == nullptr);

  // The core refuses too, whatever a screen offers.
  auto member = store::find_staff(setup.store, "Tomás Vidal");
  REQUIRE(member);
  staff::ReviewRequest request;
  request.record_id = id;
  request.reviewer = *member;
  request.countersignature = {900.f, 300.f, {{{10.f, 10.f, 0}, {200.f, 120.f, 40}}}};
  auto refused =
      staff::record_review(setup.store, *default_test_options().catalog, INTAKE_SOURCE_FONTS_DIR, request);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == store::kExitStaffDenied);
  auto record = store::view_record(setup.store, id, "test");
  REQUIRE(record);
  CHECK(record->pdfs.size() == 1);
  CHECK(record->status == store::RecordStatus::submitted);
}
