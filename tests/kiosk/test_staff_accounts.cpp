// The rules behind the staff accounts screen: only an enabled admin changes accounts, nobody
// disables the last enabled admin (not from the screen, not from the CLI's store call), an
// admin never disables their own account, and PINs are typed the same twice.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

#include "staff/staff_accounts.hpp"
#include "store/audit.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store_test_support.hpp"

using namespace intake;
using intake::store::StaffRole;
using intake::store::test::open_or_fail;
using intake::store::test::TempDir;

namespace {

store::StaffMember member(store::Store& store, const std::string& name) {
  auto found = store::find_staff(store, name);
  REQUIRE(found);
  return *found;
}

}  // namespace

TEST_CASE("the last enabled admin cannot be disabled, by the store or the screen's rules",
          "[staff][accounts]") {
  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");
  REQUIRE(store::add_staff(store, "Marta Ruiz", StaffRole::admin, "9753", "test"));
  const auto marta = member(store, "Marta Ruiz");

  // The store refuses whoever asks (the CLI calls it directly).
  auto refused = store::set_staff_disabled(store, marta.id, true, "cli:root");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == store::kExitStaffDenied);
  CHECK(refused.error().message ==
        "Marta Ruiz is the last enabled admin; add or enable another admin before disabling this account.");
  // Staff mode's call says the same, not "your own account", for the only admin.
  auto own = staff::set_account_disabled(store, marta, marta.id, true);
  REQUIRE_FALSE(own);
  CHECK(own.error().message == refused.error().message);
  CHECK_FALSE(member(store, "Marta Ruiz").disabled);

  // With a second admin, Marta may disable them, but not herself.
  REQUIRE(store::add_staff(store, "Jon Sala", StaffRole::admin, "2727", "test"));
  const auto jon = member(store, "Jon Sala");
  auto self = staff::set_account_disabled(store, marta, marta.id, true);
  REQUIRE_FALSE(self);
  CHECK(self.error().message == "You cannot disable your own account; another admin can.");
  REQUIRE(staff::set_account_disabled(store, marta, jon.id, true));
  CHECK(member(store, "Jon Sala").disabled);
  // Jon, now disabled, can change nothing; Marta is again the last admin.
  auto from_disabled = staff::set_account_disabled(store, jon, marta.id, true);
  REQUIRE_FALSE(from_disabled);
  CHECK(from_disabled.error().message == "Only an enabled admin can change staff accounts.");
  REQUIRE_FALSE(store::set_staff_disabled(store, marta.id, true, "cli:root"));
  // Enabling is always allowed, and audited with the admin's name.
  REQUIRE(staff::set_account_disabled(store, marta, jon.id, false));
  auto entries = store::recent_audit_entries(store, 1);
  REQUIRE(entries);
  CHECK(entries->front().action == store::audit_action::kStaffEnable);
  CHECK(entries->front().actor == "staff:Marta Ruiz");
  // Disabling a practitioner is no admin question at all.
  REQUIRE(store::add_staff(store, "Lucía Prat", StaffRole::practitioner, "2468", "test"));
  CHECK(store::set_staff_disabled(store, member(store, "Lucía Prat").id, true, "cli:root"));
}

TEST_CASE("only an admin adds accounts or sets PINs, each PIN typed the same twice", "[staff][accounts]") {
  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");
  REQUIRE(store::add_staff(store, "Marta Ruiz", StaffRole::admin, "9753", "test"));
  REQUIRE(store::add_staff(store, "Tomás Vidal", StaffRole::front_desk, "1357", "test"));
  const auto marta = member(store, "Marta Ruiz");
  const auto tomas = member(store, "Tomás Vidal");

  auto differ = staff::add_account(store, marta, "Lucía Prat", StaffRole::practitioner, "2468", "2469");
  REQUIRE_FALSE(differ);
  CHECK(differ.error().message == "The two PINs are not the same; please type the PIN again.");
  auto by_front_desk =
      staff::add_account(store, tomas, "Lucía Prat", StaffRole::practitioner, "2468", "2468");
  REQUIRE_FALSE(by_front_desk);
  CHECK(by_front_desk.error().code == store::kExitStaffDenied);
  auto added = staff::add_account(store, marta, "  Lucía Prat ", StaffRole::practitioner, "2468", "2468");
  REQUIRE(added);
  CHECK(store::verify_staff_pin(store, "Lucía Prat", "2468"));  // the name was trimmed
  auto twice = staff::add_account(store, marta, "Lucía Prat", StaffRole::admin, "1717", "1717");
  REQUIRE_FALSE(twice);
  CHECK(twice.error().code == store::kExitAlreadyExists);

  // A new PIN clears a lock.
  const auto now = std::chrono::system_clock::now();
  for (int i = 0; i < 5; ++i) REQUIRE_FALSE(store::verify_staff_pin(store, "Tomás Vidal", "0000", now));
  CHECK(staff::is_locked(member(store, "Tomás Vidal"), now));
  REQUIRE_FALSE(staff::reset_account_pin(store, marta, tomas.id, "4774", "4445"));
  REQUIRE_FALSE(staff::reset_account_pin(store, tomas, tomas.id, "4774", "4774"));
  REQUIRE(staff::reset_account_pin(store, marta, tomas.id, "4774", "4774"));
  CHECK_FALSE(staff::is_locked(member(store, "Tomás Vidal"), now));
  CHECK(store::verify_staff_pin(store, "Tomás Vidal", "4774", now));
  auto entries = store::recent_audit_entries(store, 10);
  REQUIRE(entries);
  bool reset_audited = false;
  for (const auto& entry : *entries)
    reset_audited |= entry.action == store::audit_action::kStaffPinReset && entry.actor == "staff:Marta Ruiz";
  CHECK(reset_audited);
}
