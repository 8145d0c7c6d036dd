#pragma once
// What makes the identity step complete. The kiosk shows each problem beside its field in the
// patient's words; `submit` refuses a session with any of them, naming the field.
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "session/intake_session.hpp"

namespace intake {

enum class IdentityField {
  given_name,
  family_name,
  date_of_birth,
  phone,
  email,
  guardian_name,
  guardian_relationship
};
enum class IdentityProblemKind { missing, invalid, in_future, too_old };

struct IdentityProblem {
  IdentityField field;
  IdentityProblemKind kind;
};

inline constexpr int kOldestPlausibleAge = 120;
inline constexpr int kAdultAge = 18;

const char* to_string(IdentityField field);
std::string describe(const IdentityProblem& problem);  // English sentence for CLI and logs

// The patient's own fields. An absent date of birth is `missing`.
std::vector<IdentityProblem> check_patient_identity(const PatientIdentity& patient,
                                                    const CalendarDate& visit_date);
// The guardian's fields, for a minor.
std::vector<IdentityProblem> check_guardian(const GuardianIdentity& guardian);

bool is_minor_on(const CalendarDate& date_of_birth, const CalendarDate& visit_date);
bool looks_like_email(const std::string& text);
bool looks_like_phone(const std::string& text);

}  // namespace intake
