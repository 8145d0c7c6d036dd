// Going ahead despite a STOP or REVIEW flag needs a reason for each, through the record screen
// over a real store: refused without them (on the screen and in the core), stored with the
// review, printed on the review's PDF version (pdftotext) and in the export. The record's header
// carries allergies, photo consent and the guardian.
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "intake/build_paths.hpp"
#include "staff/record_export.hpp"
#include "staff/staff_review.hpp"
#include "staff_steps.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

std::string pdf_text(const fs::path& file) {
  const auto shell =
      submission::test::run_shell("pdftotext -layout " + submission::test::quoted(file) + " -");
  REQUIRE(shell.exit_code == 0);
  return shell.out;
}

std::string stored_pdf_text(StaffKiosk& setup, const std::string& id, int version) {
  auto pdf = store::read_record_pdf(setup.store, id, version, store::PdfAccess::view, "test");
  REQUIRE(pdf);
  const fs::path file = setup.tmp / ("v" + std::to_string(version) + ".pdf");
  std::ofstream(file, std::ios::binary)
      .write(reinterpret_cast<const char*>(pdf->bytes.data()),
             static_cast<std::streamsize>(pdf->bytes.size()));
  return pdf_text(file);
}

// pdftotext -layout breaks long lines: compare with every run of white space as one space.
std::string squeezed(const std::string& text) { return std::regex_replace(text, std::regex(R"(\s+)"), " "); }

void type_into(HeadlessKiosk& kiosk, const std::string& field, const std::string& text) {
  REQUIRE(scroll_review_to(kiosk, field));
  REQUIRE(kiosk.tap(field));
  kiosk.type(text);
  close_keyboard(kiosk);
}

}  // namespace

TEST_CASE("clearing a STOP flag without a reason is refused; the reasons are stored, printed and exported",
          "[ui][staff][review][reasons]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in_with("Inés", "Mora", {"pregnant", "latex_allergy"});
  const fs::path stick = setup.plug_in_stick("KINGSTON");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Inés Mora"));

  // The header, whatever is scrolled to: allergies by their labels, the photo choice.
  CHECK(kiosk.shows("Allergies: Latex allergy"));
  CHECK(kiosk.shows("No photos"));
  CHECK(kiosk.shows("Born 10 May 1990 (36 years)"));

  // Not treating needs no reason; going ahead asks one per STOP or REVIEW flag.
  REQUIRE(kiosk.tap("record/review/not_treated"));
  CHECK(kiosk.find("record/review/reason_pregnancy") == nullptr);
  REQUIRE(kiosk.tap("record/review/cleared"));
  CHECK(kiosk.shows("Going ahead despite a flag? Give a short reason for each:"));
  REQUIRE(kiosk.find("record/review/reason_pregnancy") != nullptr);
  CHECK(kiosk.find("record/review/reason_pregnancy")->label == "STOP  Pregnant");
  REQUIRE(kiosk.find("record/review/reason_latex_allergy") != nullptr);
  countersign(kiosk);
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Give a short reason for each STOP or REVIEW flag before clearing the treatment."));
  CHECK(kiosk.shows("A reason is needed."));
  {
    auto record = store::view_record(setup.store, id, "test");
    REQUIRE(record);
    CHECK(record->status == store::RecordStatus::submitted);
    CHECK(record->reviews.empty());
    CHECK(record->pdfs.size() == 1);
  }

  // One reason is not enough: every such flag needs its own.
  type_into(kiosk, "record/review/reason_pregnancy", "Negative test today; not pregnant.");
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Give a short reason for each STOP or REVIEW flag before clearing the treatment."));
  type_into(kiosk, "record/review/reason_latex_allergy", "Latex-free gloves and consumables.");
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Review saved as PDF version 2."));

  auto record = store::view_record(setup.store, id, "test");
  REQUIRE(record);
  REQUIRE(record->reviews.size() == 1);
  CHECK(record->reviews[0].decision == intake::ReviewDecision::cleared);
  const auto reasons = nlohmann::json::parse(record->reviews[0].reasons_json);
  REQUIRE(reasons.size() == 2);
  std::map<std::string, std::string> by_code;
  for (const auto& entry : reasons) by_code[entry["code"]] = entry["reason"];
  CHECK(by_code["pregnancy"] == "Negative test today; not pregnant.");
  CHECK(by_code["latex_allergy"] == "Latex-free gloves and consumables.");

  // The panel says what was decided, by whom, when (in words) and why.
  CHECK(kiosk.shows("Cleared to treat"));
  CHECK(kiosk.shows("Reasons given"));
  CHECK(kiosk.shows("Pregnant: Negative test today; not pregnant."));
  CHECK(kiosk.shows("By Lucía Prat, "));
  CHECK_FALSE(std::regex_search(kiosk.screen_text(), std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2})")));

  // Printed on the review's version, and exported with it.
  const std::string printed = squeezed(stored_pdf_text(setup, id, 2));
  CHECK(printed.find("Negative test today; not pregnant.") != std::string::npos);
  CHECK(printed.find("Latex-free gloves and consumables.") != std::string::npos);
  CHECK(squeezed(stored_pdf_text(setup, id, 1)).find("Negative test today") == std::string::npos);
  REQUIRE(kiosk.tap("record/export"));
  REQUIRE(kiosk.tap("export/export"));
  CHECK(kiosk.shows("Exported 2 PDF files"));
  const std::string exported = squeezed(pdf_text(stick / (id + "-v2-review.pdf")));
  CHECK(exported.find("Latex-free gloves and consumables.") != std::string::npos);
}

TEST_CASE("the core refuses to clear flags without a reason for each, whatever a screen offers",
          "[staff][review][reasons]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  auto reviewer = store::find_staff(setup.store, "Lucía Prat");
  REQUIRE(reviewer);
  staff::ReviewRequest request;
  request.record_id = id;
  request.reviewer = *reviewer;
  request.countersignature = {900.f, 300.f, {{{10.f, 10.f, 0}, {200.f, 120.f, 40}}}};
  for (auto decision : {intake::ReviewDecision::cleared, intake::ReviewDecision::treat_with_changes}) {
    request.decision = decision;
    request.reasons = {{"pregnancy", "   "}};  // blank is no reason
    auto refused =
        staff::record_review(setup.store, *default_test_options().catalog, INTAKE_SOURCE_FONTS_DIR, request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == store::kExitInvalidInput);
    CHECK(refused.error().key == "error.review.reason_needed");
    CHECK(refused.error().message.find("reason") != std::string::npos);
  }
  auto record = store::view_record(setup.store, id, "test");
  REQUIRE(record);
  CHECK(record->reviews.empty());
  request.reasons = {{"pregnancy", "Negative test today."}};
  CHECK(staff::record_review(setup.store, *default_test_options().catalog, INTAKE_SOURCE_FONTS_DIR, request));
}
