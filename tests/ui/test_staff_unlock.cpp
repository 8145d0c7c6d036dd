// Entering and leaving staff mode through the real screens: the 3-second press on the clinic's
// name, the PIN pad, the store's lockout, the idle log-off, and the first admin on first run.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/kiosk_settings.hpp"
#include "staff/first_admin.hpp"
#include "staff_steps.hpp"
#include "store/store_error.hpp"

using namespace intake;
using namespace intake::testing;

TEST_CASE("a 3-second press on the clinic's name and the right PIN open staff mode", "[ui][staff][unlock]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  HeadlessKiosk& kiosk = setup.kiosk;

  // A short press (a patient touching the name) opens nothing.
  hold_clinic_name(kiosk, 1.5);
  CHECK_FALSE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.find("welcome/start") != nullptr);

  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.shows("Staff sign-in"));
  REQUIRE(kiosk.tap("staff/sign_in/names/Lucía Prat"));
  enter_pin(kiosk, "2468");
  CHECK(kiosk.shows("Today's check-ins"));
  CHECK(kiosk.shows("Signed in as Lucía Prat (practitioner)"));

  // Sign out returns to Welcome.
  REQUIRE(kiosk.tap("queue/sign_out"));
  CHECK_FALSE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.find("welcome/start") != nullptr);
}

TEST_CASE("a wrong PIN is refused, and five wrong PINs lock the account", "[ui][staff][unlock][lockout]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  HeadlessKiosk& kiosk = setup.kiosk;
  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.tap("staff/sign_in/names/Tomás Vidal"));
  for (int attempt = 0; attempt < 5; ++attempt) {
    enter_pin(kiosk, "0000");
    CHECK(kiosk.shows("Staff sign-in"));
  }
  // The right PIN now is refused too: the account is locked, and the screen says so.
  enter_pin(kiosk, "1357");
  CHECK(kiosk.shows("Staff sign-in"));
  CHECK_FALSE(kiosk.shows("Today's check-ins"));
  CHECK(kiosk.kiosk().probe().all_text().find("locked") != std::string::npos);
  auto member = store::find_staff(setup.store, "Tomás Vidal");
  REQUIRE(member);
  CHECK(member->failed_attempts >= 5);
  CHECK_FALSE(member->locked_until.empty());
}

TEST_CASE("staff mode logs itself off after the idle time and wipes what it showed", "[ui][staff][idle]") {
  StaffKiosk setup(/*idle_seconds=*/60.0);
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.check_in("Ana", "Díaz");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.shows("Ana Díaz"));
  kiosk.advance(50.0, 2.0);
  CHECK(kiosk.kiosk().staff_mode_active());  // not yet
  kiosk.advance(15.0, 2.0);
  CHECK_FALSE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.find("welcome/start") != nullptr);
  CHECK_FALSE(kiosk.shows("Ana Díaz"));
  // Coming back needs the PIN again.
  hold_clinic_name(kiosk, 3.2);
  CHECK(kiosk.shows("Staff sign-in"));
}

TEST_CASE("on first run staff mode asks for the clinic, then the first admin, PIN typed twice",
          "[ui][staff][first_run]") {
  StaffKiosk setup(120.0, /*with_admin=*/false);
  HeadlessKiosk& kiosk = setup.kiosk;
  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.shows("Set up staff mode"));
  // The clinic first: its name and phone are needed, the address and out-of-hours number not.
  CHECK(kiosk.find("first_admin/clinic_name")->label == "Clinic's name");
  REQUIRE(kiosk.tap("first_admin/clinic_name"));
  for (int i = 0; i < 30; ++i) kiosk.press(ui::Key::Backspace);
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("first_admin/next"));
  CHECK(kiosk.shows("Needed."));
  CHECK(kiosk.find("first_admin/name") == nullptr);  // still on the clinic
  REQUIRE(kiosk.tap("first_admin/clinic_name"));
  kiosk.type("Clínica del Puerto");
  REQUIRE(kiosk.tap("first_admin/clinic_address"));
  kiosk.type("Calle Mayor 5, 46001 Valencia");
  REQUIRE(kiosk.tap("first_admin/clinic_phone"));
  kiosk.type("phone 96");  // letters are no phone number: the phone keypad takes none of them
  CHECK_FALSE(kiosk.shows("phone 96"));
  CHECK(kiosk.shows("96"));
  for (int i = 0; i < 8; ++i) kiosk.press(ui::Key::Backspace);
  kiosk.type("+34 963 000 111");
  REQUIRE(kiosk.tap("first_admin/clinic_out_of_hours_phone"));
  kiosk.type("600 000 222");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("first_admin/next"));
  REQUIRE(kiosk.tap("first_admin/name"));
  kiosk.type("Marta Ruiz");
  REQUIRE(kiosk.tap("first_admin/next"));
  enter_pin(kiosk, "9753");
  enter_pin(kiosk, "9751");  // not the same: asked again
  CHECK(kiosk.shows("not the same"));
  enter_pin(kiosk, "9753");
  enter_pin(kiosk, "9753");
  CHECK(kiosk.shows("Signed in as Marta Ruiz (admin)"));
  CHECK(kiosk.shows("The clinic's details are saved."));
  // The clinic's identity is in the settings every later record keeps, saved as the new admin's.
  auto settings = load_kiosk_settings(setup.store);
  REQUIRE(settings);
  CHECK(settings->settings.clinic_name == "Clínica del Puerto");
  CHECK(settings->settings.clinic_address == "Calle Mayor 5, 46001 Valencia");
  CHECK(settings->settings.clinic_phone == "+34 963 000 111");
  CHECK(settings->settings.clinic_out_of_hours_phone == "600 000 222");
  auto admins = store::count_active_admins(setup.store);
  REQUIRE(admins);
  CHECK(*admins == 1);
  // The first-run path can never add a second admin behind the first one's back.
  auto second = staff::create_first_admin(setup.store, "Someone Else", "1717", "1717");
  REQUIRE_FALSE(second);
  CHECK(second.error().code == store::kExitAlreadyExists);
}

TEST_CASE("the PIN is checked on a worker while the screen keeps drawing", "[ui][staff][unlock]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.tap("staff/sign_in/names/Marta Ruiz"));
  for (char digit : std::string("9753")) REQUIRE(kiosk.tap(std::string("pin/key_") + digit));
  const ui::ProbeItem* ok = kiosk.find("pin/key_ok");
  REQUIRE(ok != nullptr);
  const float x = ok->rect.center_x(), y = ok->rect.center_y();
  kiosk.touch_down(x, y);
  kiosk.step();
  kiosk.touch_up(x, y);
  kiosk.step(2);  // the frame that takes the tap starts the check; the next one shows it
  // Argon2id takes a good part of a second; the frame came back at once and says so.
  CHECK(kiosk.shows("Checking your PIN…"));
  CHECK(kiosk.find("queue/search") == nullptr);
  kiosk.settle();  // waits for the worker as the host does
  CHECK(kiosk.find("queue/search") != nullptr);
}
