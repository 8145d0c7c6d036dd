// The staff queue over real records: stop flags first, then review, then the rest; filters;
// search by name and date of birth.
#include <catch2/catch_test_macros.hpp>

#include "staff/staff_queue.hpp"
#include "staff_steps.hpp"

using namespace intake;
using namespace intake::testing;

TEST_CASE("the queue triages: unreviewed stop, unreviewed review, unreviewed, then reviewed",
          "[ui][staff][queue]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  const std::string reviewed_stop = setup.check_in("Carmen", "Ruiz", "pregnant");  // first in, then reviewed
  setup.check_in("Elena", "Sanz");                                                 // no flags
  setup.check_in("Rosa", "Gil", "cold_sore_history");                              // review
  setup.check_in("Carmen", "Lopez", "breastfeeding");                              // stop, last in
  setup.review(reviewed_stop, "Lucía Prat");
  // The store's order is the queue's: what still needs a practitioner comes first.
  auto rows = store::list_records(setup.store, staff::queue_query({}, setup.clock.today(), 0, 50));
  REQUIRE(rows);
  std::vector<std::string> names;
  for (const auto& row : *rows) names.push_back(row.given_name + " " + row.family_name);
  CHECK(names == std::vector<std::string>{"Carmen Lopez", "Rosa Gil", "Elena Sanz", "Carmen Ruiz"});
  // The reviewed one carries its decision for the front desk.
  REQUIRE(rows->back().decision);
  CHECK(*rows->back().decision == store::ReviewDecision::not_treated);
  CHECK_FALSE(rows->front().decision);
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  CHECK(queue_names(kiosk) == names);
}

TEST_CASE("the queue shows stop flags first, then review, then the rest", "[ui][staff][queue]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  setup.check_in("Elena", "Sanz");                     // no flags, first in
  setup.check_in("Rosa", "Gil", "cold_sore_history");  // review
  setup.check_in("Inés", "Mora", "pregnant");          // stop, last in
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Inés Mora", "Rosa Gil", "Elena Sanz"});
  CHECK(kiosk.shows("STOP  pregnancy"));
  CHECK(kiosk.shows("REVIEW  cold_sore_history"));
  CHECK(kiosk.shows("3 check-ins"));
  CHECK(kiosk.shows("36 years"));  // born 1990-05-10, on 2026-11-21

  REQUIRE(kiosk.tap("queue/flagged_only"));
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Inés Mora", "Rosa Gil"});
}

TEST_CASE("staff find a patient by name or date of birth", "[ui][staff][queue][search]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  setup.check_in("Elena", "Sanz");
  setup.check_in("Inés", "Mora", "pregnant");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  REQUIRE(kiosk.tap("queue/search"));
  kiosk.type("ines mo");  // accents and case do not matter, word starts do
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Inés Mora"});
  CHECK(kiosk.shows("Search results"));
  // A date of birth finds both (the shared test patient's), typed the way people write it.
  for (int i = 0; i < 7; ++i) kiosk.press(ui::Key::Backspace);
  kiosk.type("10/05/1990");
  CHECK(queue_names(kiosk).size() == 2);
  kiosk.type("x");  // "10/05/1990x" is no date: searched as a name, which nobody has
  CHECK(queue_names(kiosk).empty());
  CHECK(kiosk.shows("No check-ins match."));
}

TEST_CASE("the queue's query: today only unless searching, dates of birth recognised", "[staff][queue]") {
  const CalendarDate today{2026, 11, 21};
  const staff::UtcRange today_in_utc = staff::local_days_in_utc(today, today);
  auto plain = staff::queue_query({}, today, 0, 7);
  CHECK(plain.created_from == today_in_utc.from);
  CHECK(plain.created_before == today_in_utc.before);
  CHECK(plain.order == store::RecordOrder::queue);
  auto by_date = staff::queue_query({false, false, "10/05/1990"}, today, 7, 7);
  CHECK(by_date.date_of_birth == "1990-05-10");
  CHECK(by_date.created_from.empty());
  CHECK(by_date.offset == 7);
  auto by_name = staff::queue_query({true, true, "ana"}, today, 0, 7);
  CHECK(by_name.name == "ana");
  CHECK(by_name.flagged_only);
  CHECK(by_name.unreviewed_only);
  CHECK(staff::search_as_date_of_birth("31/02/1990").empty());
  CHECK(staff::age_on("1990-05-10", CalendarDate{2026, 5, 9}) == 35);
  CHECK(staff::age_on("1990-05-10", CalendarDate{2026, 5, 10}) == 36);
  CHECK(staff::age_on("not a date", CalendarDate{2026, 5, 10}) == -1);
}
