#pragma once
// Staff accounts: one per person, a role, and a 4-8 digit PIN stored only as an Argon2id
// hash (libsodium crypto_pwhash_str, OPSLIMIT/MEMLIMIT_INTERACTIVE). Five wrong PINs in a row
// lock the account for 30 s, and each further wrong PIN doubles the lock (capped at an hour).
// Every change and every login attempt is audited.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

enum class StaffRole { front_desk, practitioner, admin };
const char* to_string(StaffRole role);  // "front_desk", "practitioner", "admin"
std::optional<StaffRole> parse_staff_role(std::string_view text);

// What each role may do (front desk: identity and flags only; practitioners review; admins manage): the UI
// asks before showing a control; the store also enforces record_review in add_review.
enum class StaffPermission { see_queue, record_review, manage_staff, change_settings };
bool staff_may(StaffRole role, StaffPermission permission);

inline constexpr int kLockoutThreshold = 5;                       // wrong PINs in a row before the first lock
std::chrono::seconds lockout_duration(int consecutive_failures);  // 0 below the threshold

struct StaffMember {
  std::int64_t id = 0;
  std::string name;
  StaffRole role = StaffRole::front_desk;
  bool disabled = false;
  int failed_attempts = 0;   // consecutive wrong PINs
  std::string locked_until;  // UTC timestamp; "" when not locked
  std::string created_at;
};

bool is_valid_pin(std::string_view pin);  // 4 to 8 ASCII digits
// A PIN anyone would try first: one digit repeated (0000) or a run up or down (1234, 4321,
// 123456, 9876). Refused when a PIN is set; an existing one still signs in.
bool is_guessable_pin(std::string_view pin);

// Errors: kExitInvalidInput (empty name, PIN not 4-8 digits), kExitAlreadyExists.
Result<std::int64_t> add_staff(Store& store, const std::string& name, StaffRole role, std::string_view pin,
                               const std::string& actor);
// Refuses (kExitStaffDenied, last_admin_message) to disable the last enabled admin, whoever
// asks (screen or CLI): nobody could manage staff or settings from the kiosk again.
Status set_staff_disabled(Store& store, std::int64_t staff_id, bool disabled, const std::string& actor);
// Also clears failed attempts and any lock.
Status reset_staff_pin(Store& store, std::int64_t staff_id, std::string_view new_pin,
                       const std::string& actor);

std::string last_admin_message(const std::string& name);

Result<std::vector<StaffMember>> list_staff(Store& store);
Result<StaffMember> find_staff(Store& store, const std::string& name);  // kExitNotFound
// Enabled admins: 0 on first run, when the kiosk must ask for the first admin.
Result<std::int64_t> count_active_admins(Store& store);

// Checks a PIN. Success resets the failure count; a wrong PIN counts and may lock. Both are
// audited ("staff.login" / "staff.login_failed"). kExitStaffDenied with one sentence for: wrong
// name or PIN (the same sentence for both, so names cannot be probed), a locked account
// (naming how long), or a disabled account. `now` is injectable for tests of the lockout.
// The same check in three steps, so the slow middle (Argon2id: 0.1-0.5 s) can run on a worker
// thread while the kiosk keeps drawing. begin and finish use the store (the caller's thread);
// check_pin_hash touches no store and no shared state. begin already refuses (and audits) a
// disabled or locked account; finish audits the outcome and counts a wrong PIN.
struct PinCheck {
  std::string name;                   // as given
  std::optional<StaffMember> member;  // empty: no such name (finish says "wrong name or PIN")
  std::string pin_hash;               // the stored hash; wiped by check_pin_hash
  bool matches = false;               // set by check_pin_hash
};
Result<PinCheck> begin_pin_check(Store& store, const std::string& name,
                                 std::optional<TimePoint> now = std::nullopt);
void check_pin_hash(PinCheck& check, std::string_view pin);
Result<StaffMember> finish_pin_check(Store& store, PinCheck& check,
                                     std::optional<TimePoint> now = std::nullopt);

Result<StaffMember> verify_staff_pin(Store& store, const std::string& name, std::string_view pin,
                                     std::optional<TimePoint> now = std::nullopt);

}  // namespace intake::store
