#pragma once
// First run: a store with no enabled admin asks for one (name + PIN typed twice) before staff
// mode can be used at all. Later admins are added by an admin (or `staff add` from a shell).
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"

namespace intake::staff {

// Refuses when an enabled admin already exists (so this screen can never add a second admin
// behind the real admins' backs), when the two PINs differ, or for what add_staff refuses.
// Returns the new admin, already signed in.
Result<store::StaffMember> create_first_admin(store::Store& store, const std::string& name,
                                              std::string_view pin, std::string_view pin_again);

}  // namespace intake::staff
