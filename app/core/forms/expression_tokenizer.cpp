#include "forms/expression_tokenizer.hpp"

#include <cmath>

namespace intake::forms {
namespace {

bool is_identifier_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_identifier_char(char c) { return is_identifier_start(c) || is_digit(c); }

}  // namespace

std::optional<std::vector<Token>> tokenize_expression(std::string_view source, ExpressionError& error) {
  if (source.size() > kMaxExpressionLength) {
    error = {0, "expression is longer than " + std::to_string(kMaxExpressionLength) + " characters"};
    return std::nullopt;
  }
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < source.size()) {
    const char c = source[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Token token;
    token.offset = i;
    if (is_identifier_start(c)) {
      std::size_t end = i;
      while (end < source.size() && is_identifier_char(source[end])) ++end;
      token.kind = Token::Kind::identifier;
      token.text = std::string(source.substr(i, end - i));
      i = end;
    } else if (is_digit(c)) {
      std::size_t end = i;
      while (end < source.size() && is_digit(source[end])) ++end;
      if (end < source.size() && source[end] == '.') {
        ++end;
        if (end >= source.size() || !is_digit(source[end])) {
          error = {end, "a number needs digits after its decimal point"};
          return std::nullopt;
        }
        while (end < source.size() && is_digit(source[end])) ++end;
      }
      if (end < source.size() && is_identifier_start(source[end])) {
        error = {i, "a name cannot start with a digit"};
        return std::nullopt;
      }
      token.kind = Token::Kind::number;
      token.text = std::string(source.substr(i, end - i));
      if (token.text.size() > 15) {
        error = {i, "number '" + token.text + "' has too many digits"};
        return std::nullopt;
      }
      token.number = std::stod(token.text);
      i = end;
    } else if (c == '"' || c == '\'') {
      std::size_t end = i + 1;
      std::string text;
      while (end < source.size() && source[end] != c) {
        if (source[end] == '\\' && end + 1 < source.size()) ++end;  // \" and \\ only
        text += source[end];
        ++end;
      }
      if (end >= source.size()) {
        error = {i, "string is not closed (missing " + std::string(1, c) + ")"};
        return std::nullopt;
      }
      token.kind = Token::Kind::string;
      token.text = std::move(text);
      i = end + 1;
    } else {
      const std::string_view two = source.substr(i, 2);
      token.kind = Token::Kind::symbol;
      if (two == "==" || two == "!=" || two == "<=" || two == ">=") {
        token.text = std::string(two);
        i += 2;
      } else if (two == "&&" || two == "||") {
        error = {i, "write 'and' / 'or' instead of '" + std::string(two) + "'"};
        return std::nullopt;
      } else if (c == '=') {
        error = {i, "use '==' to compare, not '='"};
        return std::nullopt;
      } else if (c == '!') {
        error = {i, "write 'not' instead of '!'"};
        return std::nullopt;
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '<' || c == '>' ||
                 c == '+' || c == '-') {
        token.text = std::string(1, c);
        ++i;
      } else {
        const unsigned char byte = static_cast<unsigned char>(c);
        error = {i, byte >= 0x20 && byte < 0x7f ? "unexpected character '" + std::string(1, c) + "'"
                                                : "unexpected character (byte " + std::to_string(byte) + ")"};
        return std::nullopt;
      }
    }
    tokens.push_back(std::move(token));
  }
  Token end;
  end.kind = Token::Kind::end;
  end.offset = source.size();
  tokens.push_back(end);
  return tokens;
}

}  // namespace intake::forms
