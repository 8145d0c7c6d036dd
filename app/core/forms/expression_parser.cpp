#include "forms/expression_parser.hpp"

#include <utility>
#include <vector>

#include "forms/expression_tokenizer.hpp"

namespace intake::forms {
namespace {

using Kind = ExprNode::Kind;

bool is_keyword(const std::string& name) {
  return name == "and" || name == "or" || name == "not" || name == "true" || name == "false";
}

// Errors unwind with a flag instead of exceptions: the parser stops at the first problem.
class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  std::optional<ExprNode> parse_all(ExpressionError& error) {
    ExprNode root = parse_or(0);
    if (!failed_ && peek().kind != Token::Kind::end) fail(peek().offset, "unexpected " + describe(peek()));
    if (failed_) {
      error = error_;
      return std::nullopt;
    }
    return root;
  }

 private:
  const Token& peek() const { return tokens_[position_]; }
  Token take() {
    Token token = tokens_[position_];
    if (position_ + 1 < tokens_.size()) ++position_;
    return token;
  }
  bool at_symbol(std::string_view symbol) const {
    return peek().kind == Token::Kind::symbol && peek().text == symbol;
  }
  bool at_word(std::string_view word) const {
    return peek().kind == Token::Kind::identifier && peek().text == word;
  }
  void fail(std::size_t offset, std::string message) {
    if (failed_) return;
    failed_ = true;
    error_ = {offset, std::move(message)};
  }
  static std::string describe(const Token& token) {
    switch (token.kind) {
      case Token::Kind::end: return "end of expression";
      case Token::Kind::string: return "string \"" + token.text + "\"";
      case Token::Kind::number: return "number " + token.text;
      default: return "'" + token.text + "'";
    }
  }
  bool expect_symbol(std::string_view symbol, std::string_view what) {
    if (at_symbol(symbol)) {
      take();
      return true;
    }
    fail(peek().offset,
         "expected '" + std::string(symbol) + "' " + std::string(what) + ", found " + describe(peek()));
    return false;
  }
  bool too_deep(int depth) {
    if (depth <= kMaxExpressionDepth) return false;
    fail(peek().offset,
         "expression is nested more than " + std::to_string(kMaxExpressionDepth) + " levels deep");
    return true;
  }
  static ExprNode node(Kind kind, std::size_t offset) {
    ExprNode n;
    n.kind = kind;
    n.offset = offset;
    return n;
  }
  static ExprNode binary(Kind kind, std::size_t offset, ExprNode left, ExprNode right) {
    ExprNode n = node(kind, offset);
    n.children.push_back(std::move(left));
    n.children.push_back(std::move(right));
    return n;
  }

  ExprNode parse_or(int depth) {
    if (too_deep(depth)) return {};
    ExprNode left = parse_and(depth + 1);
    while (!failed_ && at_word("or")) {
      const std::size_t offset = take().offset;
      left = binary(Kind::logical_or, offset, std::move(left), parse_and(depth + 1));
    }
    return left;
  }
  ExprNode parse_and(int depth) {
    if (too_deep(depth)) return {};
    ExprNode left = parse_not(depth + 1);
    while (!failed_ && at_word("and")) {
      const std::size_t offset = take().offset;
      left = binary(Kind::logical_and, offset, std::move(left), parse_not(depth + 1));
    }
    return left;
  }
  ExprNode parse_not(int depth) {
    if (too_deep(depth)) return {};
    if (at_word("not")) {
      ExprNode n = node(Kind::logical_not, take().offset);
      n.children.push_back(parse_not(depth + 1));
      return n;
    }
    return parse_compare(depth + 1);
  }
  ExprNode parse_compare(int depth) {
    if (too_deep(depth)) return {};
    ExprNode left = parse_sum(depth + 1);
    static const std::pair<const char*, CompareOp> kOps[] = {{"==", CompareOp::eq}, {"!=", CompareOp::ne},
                                                             {"<=", CompareOp::le}, {">=", CompareOp::ge},
                                                             {"<", CompareOp::lt},  {">", CompareOp::gt}};
    for (const auto& [symbol, op] : kOps) {
      if (failed_ || !at_symbol(symbol)) continue;
      const std::size_t offset = take().offset;
      ExprNode n = binary(Kind::compare, offset, std::move(left), parse_sum(depth + 1));
      n.op = op;
      for (const auto& [other, unused] : kOps)
        if (!failed_ && at_symbol(other))
          fail(peek().offset, "comparisons cannot be chained; join them with 'and'");
      return n;
    }
    return left;
  }
  ExprNode parse_sum(int depth) {
    if (too_deep(depth)) return {};
    ExprNode left = parse_unary(depth + 1);
    while (!failed_ && (at_symbol("+") || at_symbol("-"))) {
      const Token op = take();
      left = binary(op.text == "+" ? Kind::add : Kind::subtract, op.offset, std::move(left),
                    parse_unary(depth + 1));
    }
    return left;
  }
  ExprNode parse_unary(int depth) {
    if (too_deep(depth)) return {};
    if (at_symbol("-")) {
      ExprNode n = node(Kind::negate, take().offset);
      n.children.push_back(parse_unary(depth + 1));
      return n;
    }
    return parse_primary(depth + 1);
  }
  ExprNode parse_list(int depth) {
    ExprNode list = node(Kind::list, take().offset);  // '['
    if (at_symbol("]")) {
      take();
      return list;
    }
    while (!failed_) {
      const Token item = take();
      if (item.kind == Token::Kind::identifier && !is_keyword(item.text)) {
        ExprNode n = node(Kind::name, item.offset);
        n.text = item.text;
        list.children.push_back(std::move(n));
      } else if (item.kind == Token::Kind::string) {
        ExprNode n = node(Kind::string, item.offset);
        n.text = item.text;
        list.children.push_back(std::move(n));
      } else {
        fail(item.offset, "a list holds choice ids, found " + describe(item));
        break;
      }
      if (at_symbol(",")) {
        take();
        continue;
      }
      expect_symbol("]", "to close the list");
      break;
    }
    (void)depth;
    return list;
  }
  ExprNode parse_call(const Token& name, int depth) {
    ExprNode call = node(Kind::name, name.offset);
    call.text = name.text;
    take();  // '('
    std::vector<ExprNode> args;
    if (!at_symbol(")")) {
      while (!failed_) {
        args.push_back(at_symbol("[") ? parse_list(depth + 1) : parse_or(depth + 1));
        if (at_symbol(",")) {
          take();
          continue;
        }
        break;
      }
    }
    if (!failed_) expect_symbol(")", "to close the call to " + name.text + "()");
    if (failed_) return call;

    auto arity = [&](std::size_t count) {
      if (args.size() == count) return true;
      fail(name.offset, name.text + "() takes " + std::to_string(count) + " argument" +
                            (count == 1 ? "" : "s") + ", found " + std::to_string(args.size()));
      return false;
    };
    const std::string& f = name.text;
    if (f == "has_any") {
      if (!arity(2)) return call;
      if (args[1].kind != Kind::list)
        fail(args[1].offset, "has_any() needs a list of choice ids like [a, b] as its second argument");
      call.kind = Kind::has_any;
    } else if (f == "answered") {
      if (!arity(1)) return call;
      call.kind = Kind::answered;
    } else if (f == "flagged") {
      if (!arity(1)) return call;
      if (args[0].kind != Kind::name) {
        fail(args[0].offset, "flagged() takes a flag code");
        return call;
      }
      call.kind = Kind::flagged;
      call.text = args[0].text;
      return call;
    } else if (f == "months" || f == "weeks" || f == "days") {
      if (!arity(1)) return call;
      call.kind = Kind::duration;
      call.unit = f == "months"  ? DurationUnit::months
                  : f == "weeks" ? DurationUnit::weeks
                                 : DurationUnit::days;
    } else if (f == "date") {
      if (!arity(1)) return call;
      if (args[0].kind != Kind::string) {
        fail(args[0].offset, "date() takes a date in quotes, like date(\"2024-01-31\")");
        return call;
      }
      const auto date = parse_calendar_date(args[0].text);
      if (!date) {
        fail(args[0].offset, "\"" + args[0].text + "\" is not a real date written YYYY-MM-DD");
        return call;
      }
      call.kind = Kind::date;
      call.date = *date;
      return call;
    } else {
      fail(name.offset,
           "unknown function '" + f + "' (known: has_any, answered, flagged, months, weeks, days, date)");
      return call;
    }
    call.text.clear();
    call.children = std::move(args);
    return call;
  }
  ExprNode parse_primary(int depth) {
    if (too_deep(depth)) return {};
    const Token& token = peek();
    switch (token.kind) {
      case Token::Kind::number: {
        ExprNode n = node(Kind::number, token.offset);
        n.number = token.number;
        take();
        return n;
      }
      case Token::Kind::string: {
        ExprNode n = node(Kind::string, token.offset);
        n.text = token.text;
        take();
        return n;
      }
      case Token::Kind::identifier: {
        if (token.text == "true" || token.text == "false") {
          ExprNode n = node(Kind::boolean, token.offset);
          n.bool_value = token.text == "true";
          take();
          return n;
        }
        if (is_keyword(token.text)) {
          fail(token.offset, "expected a value, found '" + token.text + "'");
          return {};
        }
        const Token name = take();
        if (at_symbol("(")) return parse_call(name, depth);
        if (name.text == "age") return node(Kind::age, name.offset);
        if (name.text == "visit_date") return node(Kind::visit_date, name.offset);
        if (name.text == "last_treatment_date") return node(Kind::last_treatment_date, name.offset);
        ExprNode n = node(Kind::name, name.offset);
        n.text = name.text;
        return n;
      }
      case Token::Kind::symbol:
        if (token.text == "(") {
          take();
          ExprNode inner = parse_or(depth + 1);
          if (!failed_) expect_symbol(")", "to close '('");
          return inner;
        }
        if (token.text == "[") {
          fail(token.offset, "a list [...] can only be the second argument of has_any()");
          return {};
        }
        break;
      case Token::Kind::end: break;
    }
    fail(token.offset, "expected a value, found " + describe(token));
    return {};
  }

  std::vector<Token> tokens_;
  std::size_t position_ = 0;
  bool failed_ = false;
  ExpressionError error_;
};

}  // namespace

std::optional<Expression> parse_expression(std::string_view source, ExpressionError& error) {
  auto tokens = tokenize_expression(source, error);
  if (!tokens) return std::nullopt;
  if (tokens->size() == 1) {
    error = {0, "expression is empty"};
    return std::nullopt;
  }
  Parser parser(std::move(*tokens));
  auto root = parser.parse_all(error);
  if (!root) return std::nullopt;
  Expression expression;
  expression.source = std::string(source);
  expression.root = std::move(*root);
  return expression;
}

}  // namespace intake::forms
