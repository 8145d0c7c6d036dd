// SubmissionService as the kiosk will own it: opened from ResourcePaths, fed sessions the
// screens built in memory (no JSON), called from worker threads, and reporting a store it
// cannot open with the store's own error so the kiosk can send the patient to the front desk.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <fstream>
#include <set>
#include <thread>

#include "intake/build_paths.hpp"
#include "session/intake_session.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"
#include "submission/submission_error.hpp"
#include "submission/submission_service.hpp"
#include "submission_test_support.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;

namespace {

ResourcePaths paths_for(const std::filesystem::path& data) {
  return {INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, data};
}

// What the kiosk screens hold after a check-in, built field by field as the screens fill it.
IntakeSession kiosk_session(const std::string& given_name) {
  IntakeSession session;
  session.form_id = "microneedling";
  session.language = "en";
  session.patient.given_name = given_name;
  session.patient.family_name = "Okafor";
  session.patient.date_of_birth = "1985-02-28";
  session.patient.phone = "+44 7700 900123";
  const forms::Form& form = *shipped_forms().find("microneedling");
  for (const forms::Question& question : form.questions) {
    if (question.type == forms::QuestionType::yes_no && !question.shown_when)
      session.answers[question.id] = false;
  }
  session.answers["treatment_areas"] = forms::ChoiceIds{"face"};
  session.answers["skin_condition"] = forms::ChoiceIds{"none"};
  session.answers["sun_reaction"] = std::string("sometimes_burns");
  session.answers["diabetes"] = true;
  session.consent.accepted = true;
  session.consent.certified = true;
  session.consent.initials = initials_of(session.patient.given_name, session.patient.family_name);
  session.consent.photo_consent = true;
  for (const forms::DocumentSection& section : form.consent_document("en").sections)
    session.consent.sections.push_back({section.id, "2026-11-21T09:15:00+00:00"});
  session.signature.width = 1200;
  session.signature.height = 400;
  Stroke stroke;
  for (int i = 0; i < 60; ++i)
    stroke.push_back({150.f + i * 12.f, 200.f + ((i % 10) < 5 ? i % 5 : 5 - i % 5) * 18.f, i * 16});
  session.signature.strokes.push_back(stroke);
  session.signed_at = "2026-11-21T09:16:30+00:00";
  return session;
}

SubmitOptions on_visit_date() {
  SubmitOptions options;
  options.visit_date = kVisitDate;
  return options;
}

}  // namespace

TEST_CASE("the kiosk's service stores sessions submitted from worker threads, one at a time",
          "[submission][service]") {
  TempDir tmp;
  auto service = SubmissionService::open(paths_for(tmp / "data"), intake::test::real_clock());
  REQUIRE(service.ok());
  std::vector<std::string> ids(4);
  std::vector<std::string> errors(4);
  std::vector<std::thread> workers;
  for (int worker = 0; worker < 2; ++worker) {
    workers.emplace_back([&, worker] {
      for (int n = worker; n < 4; n += 2) {
        IntakeSession session = kiosk_session("Chidi" + std::to_string(n));
        auto id = (*service)->submit(session, on_visit_date());
        session.wipe();
        if (id)
          ids[n] = *id;
        else
          errors[n] = id.error().message;
      }
    });
  }
  for (auto& worker : workers) worker.join();
  for (const std::string& error : errors) CHECK(error.empty());
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 4);

  service->reset();  // the kiosk shuts down; the CLI reads what it stored
  store::Store store = open_store_or_fail(tmp / "data");
  CHECK(record_count(store) == 4);
  auto record = store::view_record(store, ids[0], "test");
  REQUIRE(record);
  CHECK(record->photo_consent);
  REQUIRE(record->flags.size() == 1);
  CHECK(record->flags[0].code == "diabetes");
}

TEST_CASE("a session the kiosk did not take through the review step is refused", "[submission][service]") {
  TempDir tmp;
  auto service = SubmissionService::open(paths_for(tmp / "data"), intake::test::real_clock());
  REQUIRE(service.ok());
  IntakeSession session = kiosk_session("Ngozi");
  session.consent.certified = false;
  auto id = (*service)->submit(session, on_visit_date());
  REQUIRE_FALSE(id.ok());
  CHECK(id.error().code == kExitConsentIncomplete);
}

TEST_CASE("a store the service cannot open reports the store's error and exit code",
          "[submission][service]") {
  TempDir tmp;
  const auto data = tmp / "data";
  { store::Store created = open_store_or_fail(data); }

  SECTION("wrong key") {
    std::ofstream(data / "store.key", std::ios::trunc) << std::string(64, 'a') << "\n";
    auto service = SubmissionService::open(paths_for(data), intake::test::real_clock());
    REQUIRE_FALSE(service.ok());
    CHECK(service.error().code == store::kExitWrongKey);
  }
  SECTION("key file gone") {
    std::filesystem::remove(data / "store.key");
    auto service = SubmissionService::open(paths_for(data), intake::test::real_clock());
    REQUIRE_FALSE(service.ok());
    CHECK(service.error().code == store::kExitKeyMissing);
    CHECK_FALSE(std::filesystem::exists(data / "store.key"));  // never a new key over a store
  }
}

TEST_CASE("a forms directory without a valid form is reported before the store is touched",
          "[submission][service]") {
  TempDir tmp;
  ResourcePaths paths = paths_for(tmp / "data");
  paths.forms_dir = tmp / "no-forms";
  auto service = SubmissionService::open(paths, intake::test::real_clock());
  REQUIRE_FALSE(service.ok());
  CHECK(service.error().code == kExitFormsUnavailable);
  CHECK_FALSE(std::filesystem::exists(tmp / "data" / "store.db"));
}
