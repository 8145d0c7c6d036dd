#include "session/identity_check.hpp"

#include "common/enum_names.hpp"

#include <algorithm>
#include <cctype>

#include "common/text.hpp"

namespace intake {

namespace {

// Nothing a reader could see (spaces of any kind, zero-width characters...) is no answer.
bool blank(const std::string& text) { return !text::has_visible_text(text); }

// A name must stay one plain line: no controls, nothing that reverses or hides part of it.
bool unsafe(const std::string& text) { return text::single_line_problem(text) != text::TextProblem::none; }

}  // namespace

const char* to_string(IdentityField field) {
  static constexpr std::array kNames = {
      EnumName<IdentityField>{IdentityField::given_name, "given_name"},
      EnumName<IdentityField>{IdentityField::family_name, "family_name"},
      EnumName<IdentityField>{IdentityField::date_of_birth, "date_of_birth"},
      EnumName<IdentityField>{IdentityField::phone, "phone"},
      EnumName<IdentityField>{IdentityField::email, "email"},
      EnumName<IdentityField>{IdentityField::guardian_name, "guardian.name"},
      EnumName<IdentityField>{IdentityField::guardian_relationship, "guardian.relationship"}};
  return enum_name(kNames, field);
}

std::string describe(const IdentityProblem& problem) {
  std::string field = to_string(problem.field);
  switch (problem.kind) {
    case IdentityProblemKind::missing: return field + " is missing.";
    case IdentityProblemKind::invalid: return field + " is not valid.";
    case IdentityProblemKind::in_future: return field + " is in the future.";
    case IdentityProblemKind::too_old:
      return field + " is more than " + std::to_string(kOldestPlausibleAge) + " years ago.";
  }
  return field + " is not valid.";
}

bool looks_like_email(const std::string& text) {
  const auto at = text.find('@');
  if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos) return false;
  const auto dot = text.find('.', at + 2);
  if (dot == std::string::npos || dot + 1 >= text.size()) return false;
  return std::none_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

bool looks_like_phone(const std::string& text) {
  const auto digits =
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
  const bool only_phone_characters = std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isdigit(c) || c == '+' || c == ' ' || c == '-' || c == '(' || c == ')';
  });
  return only_phone_characters && digits >= 6 && digits <= 15;
}

bool is_minor_on(const CalendarDate& date_of_birth, const CalendarDate& visit_date) {
  return age_on(date_of_birth, visit_date) < kAdultAge;
}

std::vector<IdentityProblem> check_patient_identity(const PatientIdentity& patient,
                                                    const CalendarDate& visit_date) {
  std::vector<IdentityProblem> problems;
  if (blank(patient.given_name))
    problems.push_back({IdentityField::given_name, IdentityProblemKind::missing});
  else if (unsafe(patient.given_name))
    problems.push_back({IdentityField::given_name, IdentityProblemKind::invalid});
  if (blank(patient.family_name))
    problems.push_back({IdentityField::family_name, IdentityProblemKind::missing});
  else if (unsafe(patient.family_name))
    problems.push_back({IdentityField::family_name, IdentityProblemKind::invalid});
  if (const auto birth = patient.birth_date(); !birth) {
    problems.push_back({IdentityField::date_of_birth, IdentityProblemKind::missing});
  } else if (*birth > visit_date) {
    problems.push_back({IdentityField::date_of_birth, IdentityProblemKind::in_future});
  } else if (age_on(*birth, visit_date) > kOldestPlausibleAge) {
    problems.push_back({IdentityField::date_of_birth, IdentityProblemKind::too_old});
  }
  if (blank(patient.phone))
    problems.push_back({IdentityField::phone, IdentityProblemKind::missing});
  else if (!looks_like_phone(patient.phone))
    problems.push_back({IdentityField::phone, IdentityProblemKind::invalid});
  if (!blank(patient.email) && !looks_like_email(patient.email))
    problems.push_back({IdentityField::email, IdentityProblemKind::invalid});
  return problems;
}

std::vector<IdentityProblem> check_guardian(const GuardianIdentity& guardian) {
  std::vector<IdentityProblem> problems;
  if (blank(guardian.name))
    problems.push_back({IdentityField::guardian_name, IdentityProblemKind::missing});
  else if (unsafe(guardian.name))
    problems.push_back({IdentityField::guardian_name, IdentityProblemKind::invalid});
  if (blank(guardian.relationship))
    problems.push_back({IdentityField::guardian_relationship, IdentityProblemKind::missing});
  else if (unsafe(guardian.relationship))
    problems.push_back({IdentityField::guardian_relationship, IdentityProblemKind::invalid});
  return problems;
}

}  // namespace intake
