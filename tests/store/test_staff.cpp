// Staff PINs: Argon2id hashes, verification, growing lockout after five wrong PINs, disabled
// accounts, and every attempt audited; settings changes audited with their value.
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

#include "store/audit.hpp"
#include "store/settings.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
using namespace std::chrono;

namespace {

int count_actions(Store& store, const std::string& action) {
  auto entries = recent_audit_entries(store, 1000);
  REQUIRE(entries);
  int n = 0;
  for (const auto& entry : *entries) n += entry.action == action;
  return n;
}

std::string stored_pin_hash(Store& store) {
  auto st = Statement::prepare(store.handle(), "SELECT pin_hash FROM staff");
  REQUIRE(st);
  REQUIRE(*st->step("read"));
  return st->text(0);
}

}  // namespace

TEST_CASE("a staff PIN is stored as an Argon2id hash and verifies", "[store][staff]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto id = add_staff(store, "Lucía", StaffRole::admin, "482916", "cli:root");
  REQUIRE(id);
  const std::string hash = stored_pin_hash(store);
  CHECK(hash.starts_with("$argon2id$"));
  CHECK(hash.find("482916") == std::string::npos);

  auto ok = verify_staff_pin(store, "Lucía", "482916");
  REQUIRE(ok);
  CHECK(ok->role == StaffRole::admin);
  auto admins = count_active_admins(store);
  REQUIRE(admins);
  CHECK(*admins == 1);
  CHECK(count_actions(store, audit_action::kStaffLogin) == 1);

  auto wrong = verify_staff_pin(store, "Lucía", "000000");
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == kExitStaffDenied);
  auto unknown = verify_staff_pin(store, "Nobody", "482916");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message == wrong.error().message);  // names cannot be probed
  CHECK(count_actions(store, audit_action::kStaffLoginFailed) == 2);
}

TEST_CASE("PINs must be 4 to 8 digits and names unique", "[store][staff]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  for (const char* bad : {"123", "123456789", "12a4", ""}) {
    auto id = add_staff(store, "Test", StaffRole::front_desk, bad, "cli:root");
    REQUIRE_FALSE(id);
    CHECK(id.error().code == kExitInvalidInput);
  }
  REQUIRE(add_staff(store, "Test", StaffRole::front_desk, "1294", "cli:root"));
  auto again = add_staff(store, "test", StaffRole::admin, "1294", "cli:root");
  REQUIRE_FALSE(again);
  CHECK(again.error().code == kExitAlreadyExists);
}

TEST_CASE("five wrong PINs lock the account, and each further one locks it longer",
          "[store][staff][lockout]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  REQUIRE(add_staff(store, "Sam", StaffRole::front_desk, "1717", "cli:root"));
  // Whole milliseconds, as the store keeps them, so the lock lengths below compare exactly.
  auto now = time_point_cast<system_clock::duration>(time_point_cast<milliseconds>(system_clock::now()));
  for (int i = 0; i < 4; ++i) {
    auto wrong = verify_staff_pin(store, "Sam", "2727", now);
    REQUIRE_FALSE(wrong);
    auto member = find_staff(store, "Sam");
    REQUIRE(member);
    CHECK(member->failed_attempts == i + 1);
    CHECK(member->locked_until.empty());
  }
  auto fifth = verify_staff_pin(store, "Sam", "2727", now);
  REQUIRE_FALSE(fifth);
  CHECK(fifth.error().message.find("locked for 30 seconds") != std::string::npos);

  // While locked even the right PIN is refused.
  auto locked = verify_staff_pin(store, "Sam", "1717", now + seconds(10));
  REQUIRE_FALSE(locked);
  CHECK(locked.error().message.find("locked") != std::string::npos);

  // After the lock, one more wrong PIN locks for twice as long, then four times.
  now += seconds(31);
  REQUIRE_FALSE(verify_staff_pin(store, "Sam", "2727", now));
  auto member = find_staff(store, "Sam");
  REQUIRE(member);
  system_clock::time_point until;
  REQUIRE(parse_utc_timestamp(member->locked_until, until));
  CHECK(duration_cast<seconds>(until - now).count() == 60);
  now += seconds(61);
  REQUIRE_FALSE(verify_staff_pin(store, "Sam", "2727", now));
  member = find_staff(store, "Sam");
  REQUIRE(member);
  REQUIRE(parse_utc_timestamp(member->locked_until, until));
  CHECK(duration_cast<seconds>(until - now).count() == 120);

  // The right PIN after the lock expires logs in and clears the count.
  now += seconds(121);
  auto ok = verify_staff_pin(store, "Sam", "1717", now);
  REQUIRE(ok);
  member = find_staff(store, "Sam");
  REQUIRE(member);
  CHECK(member->failed_attempts == 0);
  CHECK(member->locked_until.empty());
  CHECK(lockout_duration(30) == seconds(3600));  // capped
}

TEST_CASE("a disabled account cannot log in; a PIN reset clears a lock", "[store][staff]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto id = add_staff(store, "Kim", StaffRole::practitioner, "1294", "cli:root");
  REQUIRE(id);
  REQUIRE(set_staff_disabled(store, *id, true, "admin"));
  auto refused = verify_staff_pin(store, "Kim", "1294");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message.find("disabled") != std::string::npos);
  REQUIRE(set_staff_disabled(store, *id, false, "admin"));
  const auto now = system_clock::now();
  for (int i = 0; i < 5; ++i) REQUIRE_FALSE(verify_staff_pin(store, "Kim", "9999", now));
  REQUIRE(reset_staff_pin(store, *id, "5618", "admin"));
  CHECK(verify_staff_pin(store, "Kim", "5618", now));
  CHECK_FALSE(verify_staff_pin(store, "Kim", "1294", now));
  CHECK(staff_may(StaffRole::practitioner, StaffPermission::record_review));
  CHECK_FALSE(staff_may(StaffRole::front_desk, StaffPermission::record_review));
  CHECK_FALSE(staff_may(StaffRole::admin, StaffPermission::record_review));
  CHECK(staff_may(StaffRole::admin, StaffPermission::manage_staff));
}

TEST_CASE("settings are stored and every change is audited with its value", "[store][settings]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto missing = get_setting(store, "clinic_name");
  REQUIRE(missing);
  CHECK_FALSE(missing->has_value());
  REQUIRE(set_setting(store, "clinic_name", "Clínica Sol", "admin"));
  REQUIRE(set_setting(store, "staff_idle_seconds", "120", "admin"));
  REQUIRE(set_setting(store, "clinic_name", "Clínica Luna", "admin"));
  auto name = get_setting(store, "clinic_name");
  REQUIRE(name);
  CHECK(name->value() == "Clínica Luna");
  auto all = all_settings(store);
  REQUIRE(all);
  CHECK(all->size() == 2);
  CHECK(count_actions(store, audit_action::kSettingChange) == 3);
  auto bad = set_setting(store, "Bad Key!", "x", "admin");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == kExitInvalidInput);
}

TEST_CASE("trivial PINs are refused when a PIN is set", "[store][staff][pin]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  for (const char* pin :
       {"0000", "000000", "1111", "1234", "4321", "123456", "654321", "3456", "7890", "9876"}) {
    INFO(pin);
    CHECK(is_guessable_pin(pin));
    auto added = add_staff(store, std::string("Guess ") + pin, StaffRole::front_desk, pin, "cli:root");
    REQUIRE_FALSE(added);
    CHECK(added.error().code == kExitInvalidInput);
    CHECK(added.error().message.find("too easy to guess") != std::string::npos);
  }
  for (const char* pin : {"2580", "1357", "1294", "9753", "0470"}) CHECK_FALSE(is_guessable_pin(pin));
  auto id = add_staff(store, "Kit", StaffRole::front_desk, "2580", "cli:root");
  REQUIRE(id);
  auto reset = reset_staff_pin(store, *id, "1111", "cli:root");
  REQUIRE_FALSE(reset);
  CHECK(reset.error().message.find("too easy to guess") != std::string::npos);
}
