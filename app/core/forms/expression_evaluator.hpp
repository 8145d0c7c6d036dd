#pragma once
// Evaluates a checked expression against one patient's answers, with three-valued logic:
// an unanswered (or hidden) question is unknown, and unknown never becomes "true" by accident.
#include <map>
#include <optional>
#include <string>

#include "common/calendar_date.hpp"
#include "forms/answers.hpp"
#include "forms/expression.hpp"
#include "forms/form.hpp"

namespace intake::forms {

struct EvaluationScope {
  const Form& form;
  const Answers& answers;  // shown questions only
  std::optional<CalendarDate> date_of_birth;
  CalendarDate visit_date;
  const std::map<std::string, bool, std::less<>>* fired = nullptr;  // flag code -> fired, for flagged()
};

// true / false, or nullopt when the answer depends on something unknown.
std::optional<bool> evaluate_condition(const Expression& expression, const EvaluationScope& scope);

}  // namespace intake::forms
