#pragma once
// What an admin does to staff accounts from staff mode: add an account, turn
// one off or on, set a new PIN. Each call first checks, in the store, that the admin's own
// account is still an enabled admin (it may have changed on another terminal since sign-in),
// then calls the store, which audits the change as "staff:<admin's name>".
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"

namespace intake::staff {

// "staff:<name>": how staff mode's changes are named in the audit log.
std::string staff_actor(const store::StaffMember& member);

// True while wrong PINs keep the account locked.
bool is_locked(const store::StaffMember& member, TimePoint now);

// The name is trimmed of spaces; the PIN must be typed the same twice.
Result<std::int64_t> add_account(store::Store& store, const store::StaffMember& admin,
                                 const std::string& name, store::StaffRole role, std::string_view pin,
                                 std::string_view pin_again);

// Refuses, with one sentence, to disable the last enabled admin (the store enforces that for
// everyone) or the admin's own account (so nobody locks themselves out by mistake).
Status set_account_disabled(store::Store& store, const store::StaffMember& admin, std::int64_t staff_id,
                            bool disabled);

// Also clears the account's wrong-PIN count and any lock.
Status reset_account_pin(store::Store& store, const store::StaffMember& admin, std::int64_t staff_id,
                         std::string_view pin, std::string_view pin_again);

}  // namespace intake::staff
