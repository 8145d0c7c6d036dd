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
  std::optional<CalendarDate> last_treatment_date;  // none: unknown, so a rule reading it does not fire
};

// true / false, or nullopt when the answer depends on something unknown.
std::optional<bool> evaluate_condition(const Expression& expression, const EvaluationScope& scope);
// The same for one part of a checked expression (e.g. one side of an "or").
std::optional<bool> evaluate_condition(const ExprNode& node, const EvaluationScope& scope);

}  // namespace intake::forms
