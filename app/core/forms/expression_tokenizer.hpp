#pragma once
// Splits a rule-language expression into tokens. Internal to the forms library.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "forms/expression.hpp"

namespace intake::forms {

struct Token {
  enum class Kind { identifier, number, string, symbol, end };
  Kind kind = Kind::end;
  std::string text;  // identifier name, symbol ("==", "(", ...), string contents, number digits
  double number = 0;
  std::size_t offset = 0;
};

// Expressions longer than this are refused: no rule a clinic writes needs more, and it bounds
// the work a hostile form file can cause.
inline constexpr std::size_t kMaxExpressionLength = 4000;

// On success the last token is Kind::end. On failure `error` says where and why.
std::optional<std::vector<Token>> tokenize_expression(std::string_view source, ExpressionError& error);

}  // namespace intake::forms
