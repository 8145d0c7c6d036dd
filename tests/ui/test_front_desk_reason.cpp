// A check-in that cannot be saved tells staff why: the reason is logged (without patient data)
// and shown on the queue after a staff member signs in from the front-desk screen, while the
// patient only ever sees "please see the front desk".
#include <catch2/catch_test_macros.hpp>

#include "journey_steps.hpp"
#include "staff_steps.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;
using ui::JourneyStep;

namespace {

constexpr const char* kDiskFull = "The disk holding the store is full, so nothing was saved.";

// The real screens over a real store for staff mode; saving check-ins fails like a full disk.
struct FailingKiosk {
  submission::test::TempDir tmp;
  std::filesystem::path data = tmp / "data";
  store::Store store = submission::test::open_store_or_fail(data);
  std::vector<std::string> log;
  HeadlessKiosk kiosk;

  static ui::KioskUiOptions options(const std::filesystem::path& data, std::vector<std::string>& log) {
    ui::KioskUiOptions options = staff_options(data, 120.0);
    options.submit = [](const IntakeSession&) {
      return Result<std::string>(Error{kDiskFull, store::kExitDiskFull});
    };
    options.log = [&log](const std::string& line) { log.push_back(line); };
    return options;
  }
  FailingKiosk() : kiosk(options(data, log), 1920.f, 1080.f) {
    REQUIRE(store::add_staff(store, "Marta Ruiz", store::StaffRole::admin, "9753", "test"));
    kiosk.settle();
  }
};

void finish_check_in(HeadlessKiosk& kiosk) {
  REQUIRE(kiosk.tap("welcome/start"));
  fill_about_you(kiosk, {"Zebulonia", "Quixcarbo"});
  answer_consent_and_sign(kiosk, /*photos=*/true);
  kiosk.settle();
}

}  // namespace

TEST_CASE("a failed check-in's reason is logged and shown to staff after a sign-in from the front desk",
          "[ui][journey][failure][staff]") {
  FailingKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  finish_check_in(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::FrontDesk);
  // The patient sees no technical detail.
  CHECK(kiosk.shows("Please see the front desk"));
  CHECK_FALSE(kiosk.shows(kDiskFull));

  REQUIRE(setup.log.size() == 1);
  CHECK(setup.log[0].find(kDiskFull) != std::string::npos);
  CHECK(setup.log[0].find("code 17") != std::string::npos);
  CHECK(setup.log[0].find("Zebulonia") == std::string::npos);
  CHECK(setup.log[0].find("Quixcarbo") == std::string::npos);

  REQUIRE(kiosk.tap("front_desk/staff"));
  kiosk.settle();
  REQUIRE(kiosk.kiosk().staff_mode_active());
  REQUIRE(kiosk.tap("staff/sign_in/names/Marta Ruiz"));
  enter_pin(kiosk, "9753");
  kiosk.settle();
  CHECK(kiosk.shows(std::string("The last check-in could not be saved: ") + kDiskFull));

  // Leaving staff mode returns to the patient's answers, still there for a retry.
  REQUIRE(kiosk.tap("queue/sign_out"));
  kiosk.settle();
  REQUIRE_FALSE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.kiosk().step() == JourneyStep::FrontDesk);
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Zebulonia");
}

TEST_CASE("a broken form file is never shown to the patient; staff see its file:line after sign-in",
          "[ui][welcome][failure][staff]") {
  submission::test::TempDir tmp;
  std::filesystem::create_directories(tmp / "forms" / "microneedling");
  submission::test::write_text(tmp / "forms" / "microneedling" / "form.yaml",
                               "id: microneedling\nversion: [\n");
  store::Store store = submission::test::open_store_or_fail(tmp / "data");
  REQUIRE(store::add_staff(store, "Marta Ruiz", store::StaffRole::admin, "9753", "test"));
  ui::KioskUiOptions options = staff_options(tmp / "data", 120.0);
  options.catalog = std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(tmp / "forms"));
  REQUIRE_FALSE(options.catalog->errors.empty());
  HeadlessKiosk kiosk(options, 1920.f, 1080.f);
  kiosk.settle();
  CHECK(kiosk.shows("Please see the front desk"));
  CHECK_FALSE(kiosk.shows("form.yaml"));
  CHECK_FALSE(kiosk.shows(tmp.path().string()));

  sign_in(kiosk, "Marta Ruiz", "9753");
  kiosk.settle();
  CHECK(kiosk.shows("form.yaml:"));
}
