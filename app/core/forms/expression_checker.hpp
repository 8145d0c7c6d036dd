#pragma once
// Static checks for a parsed expression: every name resolves (to an EARLIER question or a
// window), every operator gets the types it needs, choice ids exist, and the whole expression
// is a yes/no condition. Resolves names and types in place and fills Expression::questions,
// ::flags and ::uses_age.
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "forms/expression.hpp"
#include "forms/form.hpp"

namespace intake::forms {

struct CheckScope {
  const Form& form;
  // Only form.questions[0 .. readable_questions) may be read: a shown_when sees the questions
  // before its own; a rule sees them all.
  std::size_t readable_questions = 0;
  // Flag codes flagged() may name; null where flagged() is not allowed (shown_when).
  const std::set<std::string, std::less<>>* flag_codes = nullptr;
};

// Appends one error per problem found (it keeps going after the first where it safely can).
void check_expression(Expression& expression, const CheckScope& scope, std::vector<ExpressionError>& errors);

std::string_view describe(ValueType type);  // "yes/no", "date", ... for messages

}  // namespace intake::forms
