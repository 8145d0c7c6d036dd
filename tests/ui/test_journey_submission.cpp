// Complete check-ins through the real screens, submitted through the real submission path
// into a real SQLCipher store in a temporary data directory.
#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "journey_steps.hpp"
#include "kiosk/kiosk_backend.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::testing;
using intake::test::TempDir;
using ui::JourneyStep;
namespace fs = std::filesystem;

namespace {

struct KioskWithStore {
  KioskBackend backend;
  HeadlessKiosk kiosk;

  static ui::KioskUiOptions options(const ui::KioskUiOptions& defaults, KioskBackend& backend) {
    ui::KioskUiOptions options = defaults;
    options.submit = backend.submit_function();
    return options;
  }
  // The backend stores with the kiosk's own clock: one test clock for screens and records.
  KioskWithStore(const fs::path& data_dir, const ui::KioskUiOptions& defaults = default_test_options())
      : backend(open_kiosk_backend(ResourcePaths{INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, data_dir},
                                   defaults.clock, defaults.catalog)),
        kiosk(options(defaults, backend)) {}
};

void finish_check_in(HeadlessKiosk& kiosk, bool pregnant = false) {
  if (pregnant) {
    answer_page_with_no(kiosk);
    REQUIRE(reveal_and_tap(kiosk, "questions/q_pregnant/yes"));
  }
  answer_consent_and_sign(kiosk, /*photos=*/true);
}

// Settling waits for the worker that saves the check-in, as the host does.
void wait_for_submission(HeadlessKiosk& kiosk) {
  kiosk.settle();
  REQUIRE(kiosk.kiosk().step() != JourneyStep::Submitting);
}

std::vector<store::RecordSummary> stored_records(const fs::path& data_dir) {
  auto store = store::open_store(data_dir, {}, intake::test::real_clock());
  REQUIRE(store.ok());
  auto records = store::list_records(*store, {});
  REQUIRE(records.ok());
  return *records;
}

// The one record the check-in stored, in full (read as the test actor).
store::Record the_stored_record(const fs::path& data_dir) {
  auto store = store::open_store(data_dir, {}, intake::test::real_clock());
  REQUIRE(store.ok());
  auto records = store::list_records(*store, {});
  REQUIRE(records.ok());
  REQUIRE(records->size() == 1);
  auto record = store::view_record(*store, (*records)[0].id, "test");
  REQUIRE(record.ok());
  return std::move(*record);
}

}  // namespace

TEST_CASE("an English check-in by touch ends in a stored, signed record", "[ui][journey][store]") {
  TempDir data("intake-ui-english");
  KioskWithStore setup(data.path());
  HeadlessKiosk& kiosk = setup.kiosk;
  start_and_fill_about_you(kiosk);
  finish_check_in(kiosk, /*pregnant=*/true);
  wait_for_submission(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::ThankYou);
  CHECK(kiosk.shows("Thank you, Ana"));

  auto records = stored_records(data.path());
  REQUIRE(records.size() == 1);
  CHECK(records[0].given_name == "Ana");
  CHECK(records[0].family_name == "Díaz");
  CHECK(records[0].date_of_birth == "1990-05-10");
  bool pregnancy_flag = false;
  for (const auto& [code, severity] : records[0].flags) pregnancy_flag |= code == "pregnancy";
  CHECK(pregnancy_flag);

  // Finish wipes everything and starts over.
  REQUIRE(kiosk.tap("thank_you/finish"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Welcome);
  CHECK(kiosk.kiosk().journey().session.patient.given_name.empty());
}

TEST_CASE("a Spanish check-in is stored in Spanish", "[ui][journey][store][language]") {
  TempDir data("intake-ui-spanish");
  KioskWithStore setup(data.path());
  HeadlessKiosk& kiosk = setup.kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("Español"));
  REQUIRE(kiosk.tap("welcome/start"));
  PatientDetails details;
  details.given_name = "José";
  details.family_name = "Núñez";
  fill_about_you(kiosk, details);
  finish_check_in(kiosk);
  wait_for_submission(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::ThankYou);
  CHECK(kiosk.shows("Gracias, José"));
  const store::Record record = the_stored_record(data.path());
  CHECK(record.language == "es");
  CHECK(record.patient.family_name == "Núñez");
  // The thank-you screen returns to Welcome by itself.
  kiosk.advance(25.0, 2.0);
  CHECK(kiosk.kiosk().step() == JourneyStep::Welcome);
}

TEST_CASE("a minor's check-in needs the guardian's signature too", "[ui][journey][store][minor]") {
  TempDir data("intake-ui-minor");
  KioskWithStore setup(data.path());
  HeadlessKiosk& kiosk = setup.kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("welcome/start"));
  PatientDetails teen;
  teen.year = "2011";
  fill_about_you(kiosk, teen);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Guardian);
  tap_field_and_type(kiosk, "guardian/guardian_name", "Marta Díaz");
  close_keyboard(kiosk);
  REQUIRE(kiosk.tap("guardian/relationship_mother"));
  REQUIRE(kiosk.tap("guardian/next"));
  answer_consent_and_sign(kiosk, /*photos=*/false);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::GuardianSignature);
  CHECK(kiosk.shows("Marta Díaz"));
  sign_on_pad(kiosk);
  REQUIRE(kiosk.tap("guardian_signature/next"));
  wait_for_submission(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::ThankYou);
  const store::Record record = the_stored_record(data.path());
  REQUIRE(record.guardian.has_value());
  CHECK(record.guardian->name == "Marta Díaz");
  CHECK_FALSE(record.guardian_signature_json.empty());
  bool minor_flag = false;
  for (const auto& flag : record.flags) minor_flag |= flag.code == "minor";
  CHECK(minor_flag);
}

TEST_CASE("when the store cannot be used the patient is sent to the front desk and nothing is lost",
          "[ui][journey][store][failure]") {
  TempDir data("intake-ui-broken");
  {
    // A store whose key file no longer matches: the kiosk cannot save anything.
    KioskWithStore first(data.path());
    REQUIRE(first.backend.service != nullptr);
  }
  std::ofstream(data.path() / "store.key", std::ios::trunc)
      << "00000000000000000000000000000000000000000000000000000000000000ff\n";
  KioskWithStore setup(data.path());
  REQUIRE(setup.backend.service == nullptr);
  CHECK_FALSE(setup.backend.store_problem.empty());
  HeadlessKiosk& kiosk = setup.kiosk;
  start_and_fill_about_you(kiosk);
  finish_check_in(kiosk);
  wait_for_submission(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::FrontDesk);
  CHECK(kiosk.shows("Please see the front desk"));
  // Everything stays in memory for staff to retry, and no time-out wipes it meanwhile.
  kiosk.advance(300.0, 1.0);
  CHECK(kiosk.kiosk().step() == JourneyStep::FrontDesk);
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Ana");
  CHECK_FALSE(kiosk.kiosk().journey().session.signature.empty());
  // Nothing of the patient was written anywhere in the data directory.
  for (const auto& entry : fs::recursive_directory_iterator(data.path())) {
    if (!entry.is_regular_file()) continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), {});
    INFO(entry.path());
    CHECK(bytes.find("Díaz") == std::string::npos);
  }
}
