// Visit history through the real submission path and the real store: check-ins of one person
// (same date of birth, same name once case, accents and spacing are set aside) are linked; the
// treatment interval counts from the last visit whose review says the treatment went ahead;
// an admin can unlink a wrong match, and that is audited.
#include <catch2/catch_test_macros.hpp>

#include "store/audit.hpp"
#include "store/review.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store/visit_history.hpp"
#include "submit_fixture.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using nlohmann::json;

namespace {

// One check-in signed on `visit` (YYYY-MM-DD) by the given name, born 1990-05-10.
Result<std::string> check_in(SubmitFixture& fixture, const std::string& visit, const std::string& given,
                             const std::string& family, const std::function<void(json&)>& edit = {}) {
  json session = complete_session("en", given, family);
  session["signed_at"] = visit + "T10:47:02+01:00";
  if (edit) edit(session);
  auto parsed = session_from_json(shipped_forms(), session);
  if (!parsed) return parsed.error();
  SubmitOptions options;
  options.actor = "test";
  options.visit_date = parse_calendar_date(visit).value();
  options.time_zone = "Europe/Madrid";
  auto id = submit_session(fixture.store, shipped_forms(), source_fonts(), *parsed, options);
  parsed->wipe();
  return id;
}

void review(SubmitFixture& fixture, const std::string& id, intake::ReviewDecision decision,
            const std::string& note) {
  std::int64_t practitioner = 0;
  auto found = store::find_staff(fixture.store, "Dr Rivera");
  if (found)
    practitioner = found->id;
  else {
    auto added =
        store::add_staff(fixture.store, "Dr Rivera", store::StaffRole::practitioner, "2468", "admin");
    REQUIRE(added);
    practitioner = *added;
  }
  store::NewReview review;
  review.record_id = id;
  review.reviewer_staff_id = practitioner;
  review.decision = decision;
  review.note = note;
  review.countersignature_json = R"({"width":900,"height":300,"strokes":[[[1,2,0],[3,4,10]]]})";
  review.reviewed_at = "2026-11-21T14:00:00+01:00";
  review.pdf = fixture.pdf(id);
  REQUIRE(store::add_review(fixture.store, review));
}

const store::RecordFlag* flag(const store::Record& record, const std::string& code) {
  for (const store::RecordFlag& f : record.flags)
    if (f.code == code) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("three visits with 'not treated today' in the middle: the interval counts from the treated one",
          "[submission][visits]") {
  SubmitFixture fixture;
  auto first = check_in(fixture, "2026-09-01", "José", "García");
  REQUIRE(first);
  review(fixture, *first, intake::ReviewDecision::cleared, "Full face, 1.0 mm.");
  // 28 days later: not treated today (say, a cold sore).
  auto second = check_in(fixture, "2026-09-29", "jose", "GARCIA", [](json& s) {
    s["answers"]["previous_microneedling"] = true;
    s["answers"]["previous_reaction"] = "Red for two days";
  });
  REQUIRE(second);
  review(fixture, *second, intake::ReviewDecision::not_treated, "Cold sore; come back when healed.");
  // 27 days after the first (treated) visit would flag; the middle visit must not count.
  auto third = check_in(fixture, "2026-10-06", "  José ", "García ");
  REQUIRE(third);

  // Second visit: 28 days after the first treated visit, exactly 4 weeks: not flagged.
  CHECK(flag(fixture.record(*second), "treatment_interval") == nullptr);
  // Third visit: 35 days after the last treated visit (the first), 7 after the untreated one.
  CHECK(flag(fixture.record(*third), "treatment_interval") == nullptr);

  auto history = store::read_visit_history(fixture.store, *third, "staff:Dr Rivera");
  REQUIRE(history);
  CHECK(history->visit_number == 3);
  CHECK_FALSE(history->unlinked);
  REQUIRE(history->earlier.size() == 2);
  const store::EarlierVisit& middle = history->earlier[0];  // newest first
  CHECK(middle.record_id == *second);
  CHECK(middle.visit_date == "2026-09-29");
  CHECK(middle.form_id == "microneedling");
  CHECK(middle.decision == intake::ReviewDecision::not_treated);
  CHECK(middle.note == "Cold sore; come back when healed.");
  CHECK(middle.reaction == "Red for two days");
  CHECK(history->earlier[1].record_id == *first);
  CHECK(history->earlier[1].decision == intake::ReviewDecision::cleared);

  auto last = store::last_treated_visit_date(fixture.store, fixture.record(*third).patient, "2026-10-06");
  REQUIRE(last);
  CHECK(*last == std::optional<std::string>("2026-09-01"));

  // The queue's numbers.
  auto rows = store::list_records(fixture.store, {});
  REQUIRE(rows);
  auto numbers = store::visit_numbers(fixture.store, *rows);
  REQUIRE(numbers);
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const int expected = (*rows)[i].id == *first ? 1 : (*rows)[i].id == *second ? 2 : 3;
    CHECK((*numbers)[i] == expected);
  }
}

TEST_CASE("a treated visit less than 4 weeks ago raises treatment_interval with its date",
          "[submission][visits]") {
  SubmitFixture fixture;
  auto first = check_in(fixture, "2026-09-01", "Ana", "Díaz");
  REQUIRE(first);
  review(fixture, *first, intake::ReviewDecision::treat_with_changes, "Avoid the chin.");
  auto early = check_in(fixture, "2026-09-28", "ANA", "DIAZ");  // 27 days later
  REQUIRE(early);
  const store::Record record = fixture.record(*early);
  const store::RecordFlag* interval = flag(record, "treatment_interval");
  REQUIRE(interval != nullptr);
  CHECK(interval->severity == intake::Severity::review);
  CHECK(interval->staff_message.find(
            "an earlier treated check-in on 2026-09-01 (matched by name and date of birth)") !=
        std::string::npos);
  // Someone else with the same birthday is not a match.
  auto other = check_in(fixture, "2026-09-28", "Ana", "Díez");
  REQUIRE(other);
  CHECK(flag(fixture.record(*other), "treatment_interval") == nullptr);
  auto history = store::read_visit_history(fixture.store, *other, "test");
  REQUIRE(history);
  CHECK(history->visit_number == 1);
  CHECK(history->earlier.empty());
}

TEST_CASE("an unreviewed or untreated earlier visit never raises the interval", "[submission][visits]") {
  SubmitFixture fixture;
  auto first = check_in(fixture, "2026-09-01", "Ana", "Díaz");
  REQUIRE(first);
  auto unreviewed = check_in(fixture, "2026-09-10", "Ana", "Díaz");
  REQUIRE(unreviewed);
  CHECK(flag(fixture.record(*unreviewed), "treatment_interval") == nullptr);
  review(fixture, *first, intake::ReviewDecision::not_treated, "");
  auto later = check_in(fixture, "2026-09-12", "Ana", "Díaz");
  REQUIRE(later);
  CHECK(flag(fixture.record(*later), "treatment_interval") == nullptr);
}

TEST_CASE("an admin unlinks a wrong match; it stands alone and the unlinking is audited",
          "[submission][visits]") {
  SubmitFixture fixture;
  auto first = check_in(fixture, "2026-09-01", "Ana", "Díaz");
  REQUIRE(first);
  review(fixture, *first, intake::ReviewDecision::cleared, "");
  auto wrong = check_in(fixture, "2026-09-20", "Ana", "Diaz");  // a different Ana Diaz, same birthday
  REQUIRE(wrong);
  CHECK(flag(fixture.record(*wrong), "treatment_interval") != nullptr);
  auto third = check_in(fixture, "2026-10-20", "Ana", "Díaz");
  REQUIRE(third);

  REQUIRE(store::unlink_visit(fixture.store, *wrong, "staff:Admin"));
  auto alone = store::read_visit_history(fixture.store, *wrong, "staff:Admin");
  REQUIRE(alone);
  CHECK(alone->unlinked);
  CHECK(alone->visit_number == 1);
  CHECK(alone->earlier.empty());
  auto history = store::read_visit_history(fixture.store, *third, "staff:Admin");
  REQUIRE(history);
  CHECK(history->visit_number == 2);
  REQUIRE(history->earlier.size() == 1);
  CHECK(history->earlier[0].record_id == *first);

  auto entries = store::audit_entries_for_record(fixture.store, *wrong);
  REQUIRE(entries);
  bool unlinked = false;
  for (const store::AuditEntry& entry : *entries)
    unlinked |= entry.action == store::audit_action::kRecordUnlink && entry.actor == "staff:Admin";
  CHECK(unlinked);
  // No patient name in the audit details.
  for (const store::AuditEntry& entry : *entries) CHECK(entry.details.find("Ana") == std::string::npos);

  auto missing = store::unlink_visit(fixture.store, "R-20260101-XXXXXX", "staff:Admin");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == store::kExitNotFound);
}
