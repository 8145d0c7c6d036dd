#include "common/patient_identity.hpp"

#include "common/secure_memory.hpp"

namespace intake {

std::string PatientIdentity::full_name() const {
  if (given_name.empty()) return family_name;
  if (family_name.empty()) return given_name;
  return given_name + " " + family_name;
}

std::optional<CalendarDate> PatientIdentity::birth_date() const { return parse_calendar_date(date_of_birth); }

void PatientIdentity::wipe() {
  secure_wipe(given_name);
  secure_wipe(family_name);
  secure_wipe(date_of_birth);
  secure_wipe(phone);
  secure_wipe(email);
}

void GuardianIdentity::wipe() {
  secure_wipe(name);
  secure_wipe(relationship);
}

}  // namespace intake
