#pragma once
// Recursive-descent parser for the rule language (grammar in forms/expression.hpp). It builds
// an unchecked tree: names are not resolved and nothing is typed yet (see expression_checker).
#include <optional>
#include <string_view>

#include "forms/expression.hpp"

namespace intake::forms {

// Deeper nesting is refused, so a hostile file cannot exhaust the stack.
inline constexpr int kMaxExpressionDepth = 64;

std::optional<Expression> parse_expression(std::string_view source, ExpressionError& error);

}  // namespace intake::forms
