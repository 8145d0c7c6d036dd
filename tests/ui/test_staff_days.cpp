// The queue's days: one day earlier or later, a chosen range, and exporting those days; and a
// page of the queue always fits the screen.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>

#include "staff/staff_queue.hpp"
#include "staff_steps.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

bool shows_part(const HeadlessKiosk& kiosk, const std::string& part) {
  return kiosk.screen_text().find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("staff step through days and choose a range of days", "[ui][staff][queue][days]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.check_in("Elena", "Sanz");
  setup.check_in("Rosa", "Gil", "cold_sore_history", 1);
  setup.check_in("Inés", "Mora", "pregnant", 5);
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Elena Sanz"});
  CHECK(kiosk.shows("Today's check-ins"));
  const ui::ProbeItem* later = kiosk.find("queue/days/later");
  REQUIRE(later != nullptr);
  CHECK_FALSE(later->enabled);  // no day after today

  REQUIRE(kiosk.tap("queue/days/earlier"));
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Rosa Gil"});
  CHECK(shows_part(kiosk, "Yesterday, "));
  REQUIRE(kiosk.tap("queue/days/later"));
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Elena Sanz"});

  REQUIRE(kiosk.tap("queue/days/choose"));
  CHECK(kiosk.shows("Which days?"));
  REQUIRE(kiosk.tap("days/preset/last_7"));
  REQUIRE(kiosk.tap("days/show"));
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Inés Mora", "Rosa Gil", "Elena Sanz"});
  CHECK(kiosk.shows("3 check-ins"));

  // The day steppers: the first day a week later leaves only the last few days.
  REQUIRE(kiosk.tap("queue/days/choose"));
  REQUIRE(kiosk.tap("days/from/plus_day"));
  REQUIRE(kiosk.tap("days/from/plus_day"));
  REQUIRE(kiosk.tap("days/show"));
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Rosa Gil", "Elena Sanz"});

  // A search looks through every day, whatever days are chosen.
  REQUIRE(kiosk.tap("queue/search"));
  kiosk.type("ines");
  CHECK(queue_names(kiosk) == std::vector<std::string>{"Inés Mora"});
  CHECK(kiosk.shows("Searching every day."));
}

TEST_CASE("a practitioner exports the days the queue shows", "[ui][staff][days][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  setup.check_in("Elena", "Sanz");
  setup.check_in("Rosa", "Gil", "cold_sore_history", 1);
  setup.check_in("Inés", "Mora", "pregnant", 9);           // outside the last 7 days
  const fs::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  HeadlessKiosk& kiosk = setup.kiosk;

  sign_in(kiosk, "Tomás Vidal", "1357");
  CHECK(kiosk.find("queue/days/export") == nullptr);  // front desk: PDFs hold the answers
  REQUIRE(kiosk.tap("queue/sign_out"));

  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("queue/days/choose"));
  REQUIRE(kiosk.tap("days/preset/last_7"));
  REQUIRE(kiosk.tap("days/show"));
  REQUIRE(kiosk.tap("queue/days/export"));
  CHECK(shows_part(kiosk, "2 in all"));
  REQUIRE(kiosk.tap("export/export"));
  CHECK(kiosk.shows("Exported 2 check-ins (2 PDF files), each with its manifest."));
  int manifests = 0;
  for (const auto& entry : fs::directory_iterator(stick))
    manifests += entry.path().string().ends_with("-manifest.sha256");
  CHECK(manifests == 2);

  // Again: nothing new, and it says so rather than failing.
  REQUIRE(kiosk.tap("export/export"));
  CHECK(shows_part(kiosk, "2 were already in this folder"));
  REQUIRE(kiosk.tap("export/back"));
  CHECK(queue_names(kiosk).size() == 2);
}

TEST_CASE("a page of the queue fits the screen, the rest is on the next page", "[ui][staff][queue]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  for (int i = 0; i < 9; ++i) setup.check_in("Ana", "Gil" + std::string(1, static_cast<char>('a' + i)));
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  const auto first_page = queue_names(kiosk);
  REQUIRE(first_page.size() >= 3);
  REQUIRE(first_page.size() < 9);
  const ui::ProbeItem* next = kiosk.find("queue/next_page");
  REQUIRE(next != nullptr);
  CHECK(next->rect.y1 <= 1080.f);
  for (const auto& item : kiosk.kiosk().probe().items)
    if (item.id_path.find("queue/rows/row_") != std::string::npos) CHECK(item.rect.y1 <= 1080.f);
  std::size_t seen = first_page.size();
  while (kiosk.find("queue/next_page")->enabled) {
    REQUIRE(kiosk.tap("queue/next_page"));
    seen += queue_names(kiosk).size();
  }
  CHECK(seen == 9);
}
