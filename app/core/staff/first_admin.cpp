#include "staff/first_admin.hpp"

#include "common/try.hpp"
#include "store/store_error.hpp"

namespace intake::staff {

Result<store::StaffMember> create_first_admin(store::Store& store, const std::string& name,
                                              std::string_view pin, std::string_view pin_again) {
  auto admins = store::count_active_admins(store);
  if (!admins) return admins.error();
  if (*admins > 0)
    return Error{"An admin already exists; ask them to add your account.", store::kExitAlreadyExists};
  if (pin != pin_again)
    return Error{"The two PINs are not the same; please type the PIN again.", store::kExitInvalidInput};
  TRY(store::add_staff(store, name, store::StaffRole::admin, pin, "first-run"));
  return store::verify_staff_pin(store, name, pin);
}

}  // namespace intake::staff
