#include "staff/staff_accounts.hpp"

#include "common/text.hpp"
#include "common/try.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::staff {
namespace {

// The admin as the store has them now, not as they were at sign-in.
Status still_an_admin(store::Store& store, const store::StaffMember& admin) {
  auto current = store::find_staff(store, admin.name);
  if (!current) return current.error();
  if (current->disabled || !store::staff_may(current->role, store::StaffPermission::manage_staff))
    return store::store_error(store::kExitStaffDenied, "Only an enabled admin can change staff accounts.");
  return ok_status();
}

Status same_pin_twice(std::string_view pin, std::string_view pin_again) {
  if (pin != pin_again)
    return store::store_error(store::kExitInvalidInput,
                              "The two PINs are not the same; please type the PIN again.");
  return ok_status();
}

}  // namespace

std::string staff_actor(const store::StaffMember& member) { return "staff:" + member.name; }

bool is_locked(const store::StaffMember& member, std::chrono::system_clock::time_point now) {
  std::chrono::system_clock::time_point until;
  return !member.locked_until.empty() && store::parse_utc_timestamp(member.locked_until, until) &&
         until > now;
}

Result<std::int64_t> add_account(store::Store& store, const store::StaffMember& admin,
                                 const std::string& name, store::StaffRole role, std::string_view pin,
                                 std::string_view pin_again) {
  TRY(still_an_admin(store, admin));
  TRY(same_pin_twice(pin, pin_again));
  return store::add_staff(store, std::string(text::trim(name)), role, pin, staff_actor(admin));
}

Status set_account_disabled(store::Store& store, const store::StaffMember& admin, std::int64_t staff_id,
                            bool disabled) {
  TRY(still_an_admin(store, admin));
  // The store's own refusal comes first: for the only admin it is the more useful sentence.
  if (disabled && staff_id == admin.id) {
    auto admins = store::count_active_admins(store);
    if (!admins) return admins.error();
    if (*admins <= 1)
      return store::store_error(store::kExitStaffDenied, store::last_admin_message(admin.name));
    return store::store_error(store::kExitStaffDenied,
                              "You cannot disable your own account; another admin can.");
  }
  return store::set_staff_disabled(store, staff_id, disabled, staff_actor(admin));
}

Status reset_account_pin(store::Store& store, const store::StaffMember& admin, std::int64_t staff_id,
                         std::string_view pin, std::string_view pin_again) {
  TRY(still_an_admin(store, admin));
  TRY(same_pin_twice(pin, pin_again));
  return store::reset_staff_pin(store, staff_id, pin, staff_actor(admin));
}

}  // namespace intake::staff
