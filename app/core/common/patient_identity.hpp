#pragma once
// Who a check-in is about, as the patient typed it and the record keeps it: one pair of structs
// for the session, the store, the consent PDF and FHIR. Patient data: wipe() when done.
#include <optional>
#include <string>

#include "common/calendar_date.hpp"

namespace intake {

struct PatientIdentity {
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;  // YYYY-MM-DD; "" until the patient has given a real date
  std::string phone;
  std::string email;  // may be empty

  std::string full_name() const;
  // date_of_birth as a date; nullopt when it is "" or not a real date.
  std::optional<CalendarDate> birth_date() const;
  void wipe();
};

struct GuardianIdentity {
  std::string name;
  std::string relationship;  // in the patient's words and language, e.g. "mother", "madre"

  void wipe();
};

}  // namespace intake
