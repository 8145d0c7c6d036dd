#include "forms/expression_checker.hpp"

#include <algorithm>
#include <cmath>

namespace intake::forms {
namespace {

using Kind = ExprNode::Kind;

ValueType type_of(QuestionType type) {
  switch (type) {
    case QuestionType::yes_no: return ValueType::boolean;
    case QuestionType::number: return ValueType::number;
    case QuestionType::short_text:
    case QuestionType::long_text: return ValueType::text;
    case QuestionType::single_choice: return ValueType::choice;
    case QuestionType::multi_choice: return ValueType::choice_set;
    case QuestionType::date: return ValueType::date;
  }
  return ValueType::unknown;
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

class Checker {
 public:
  Checker(Expression& expression, const CheckScope& scope, std::vector<ExpressionError>& errors)
      : expression_(expression), scope_(scope), errors_(errors) {}

  void run() {
    const ValueType type = check(expression_.root);
    if (type != ValueType::unknown && type != ValueType::boolean)
      error(expression_.root.offset,
            "a condition must be yes/no (true or false), but this is a " + std::string(describe(type)));
  }

 private:
  void error(std::size_t offset, std::string message) { errors_.push_back({offset, std::move(message)}); }

  ValueType check_name(ExprNode& node) {
    const auto& questions = scope_.form.questions;
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (questions[i].id != node.text) continue;
      if (i >= scope_.readable_questions) {
        // Reading only earlier questions also rules out cycles between shown_when conditions.
        error(node.offset,
              "'" + node.text +
                  "' is this question itself or comes after it; shown_when may only read earlier questions");
        return ValueType::unknown;
      }
      node.kind = Kind::question;
      node.type = type_of(questions[i].type);
      add_unique(expression_.questions, questions[i].id);
      return node.type;
    }
    if (auto window = scope_.form.windows.find(node.text); window != scope_.form.windows.end()) {
      node.kind = Kind::window;
      node.number = window->second;
      return node.type = ValueType::number;
    }
    if (node.text == "date_of_birth")
      error(node.offset, "use 'age' (completed years on the visit date) rather than date_of_birth");
    else
      error(node.offset, "unknown question or window '" + node.text + "'");
    return ValueType::unknown;
  }

  // A question argument of has_any()/answered(): must be a plain name of a readable question.
  const Question* question_argument(ExprNode& node, std::string_view function) {
    if (node.kind != Kind::name) {
      error(node.offset, std::string(function) + "() takes a question id");
      return nullptr;
    }
    const std::size_t before = errors_.size();
    const ValueType type = check_name(node);
    if (errors_.size() != before) return nullptr;
    if (node.kind != Kind::question) {
      error(node.offset,
            "'" + node.text + "' is a window, but " + std::string(function) + "() takes a question id");
      return nullptr;
    }
    (void)type;
    return scope_.form.find_question(node.text);
  }

  ValueType check(ExprNode& node) {
    switch (node.kind) {
      case Kind::boolean: return node.type = ValueType::boolean;
      case Kind::number: return node.type = ValueType::number;
      case Kind::string: return node.type = ValueType::text;
      case Kind::date: return node.type = ValueType::date;
      case Kind::name: return check_name(node);
      case Kind::question:
      case Kind::window: return node.type;  // already resolved (never produced by the parser)
      case Kind::age: expression_.uses_age = true; return node.type = ValueType::number;
      case Kind::visit_date: return node.type = ValueType::date;
      case Kind::last_treatment_date:
        expression_.uses_last_treatment = true;
        return node.type = ValueType::date;
      case Kind::logical_not:
      case Kind::logical_and:
      case Kind::logical_or: {
        const char* word = node.kind == Kind::logical_not   ? "not"
                           : node.kind == Kind::logical_and ? "and"
                                                            : "or";
        for (ExprNode& child : node.children) {
          const ValueType type = check(child);
          if (type != ValueType::unknown && type != ValueType::boolean)
            error(child.offset, std::string("'") + word + "' needs yes/no values, but this is a " +
                                    std::string(describe(type)));
        }
        return node.type = ValueType::boolean;
      }
      case Kind::compare: return check_compare(node);
      case Kind::add:
      case Kind::subtract: return check_arithmetic(node);
      case Kind::negate: {
        const ValueType type = check(node.children[0]);
        if (type != ValueType::unknown && type != ValueType::number)
          error(node.offset, "'-' needs a number, but this is a " + std::string(describe(type)));
        return node.type = ValueType::number;
      }
      case Kind::duration: return check_duration(node);
      case Kind::has_any: return check_has_any(node);
      case Kind::answered:
        question_argument(node.children[0], "answered");
        return node.type = ValueType::boolean;
      case Kind::flagged:
        if (!scope_.flag_codes)
          error(node.offset, "flagged() can only be used in rules, not in shown_when");
        else if (!scope_.flag_codes->count(node.text))
          error(node.offset, "flagged() names '" + node.text + "', which is not a flag code of this form");
        else
          add_unique(expression_.flags, node.text);
        return node.type = ValueType::boolean;
      case Kind::list:
        error(node.offset, "a list [...] can only be the second argument of has_any()");
        return ValueType::unknown;
    }
    return ValueType::unknown;
  }

  ValueType check_compare(ExprNode& node) {
    node.type = ValueType::boolean;
    ExprNode& left = node.children[0];
    ExprNode& right = node.children[1];
    const ValueType a = check(left), b = check(right);
    if (a == ValueType::unknown || b == ValueType::unknown) return node.type;
    const bool ordering = node.op != CompareOp::eq && node.op != CompareOp::ne;
    if ((a == ValueType::number && b == ValueType::number) || (a == ValueType::date && b == ValueType::date))
      return node.type;
    if (!ordering && ((a == ValueType::boolean && b == ValueType::boolean) ||
                      (a == ValueType::text && b == ValueType::text)))
      return node.type;
    if (!ordering && (a == ValueType::choice || b == ValueType::choice) &&
        (a == ValueType::text || b == ValueType::text)) {
      ExprNode& question = a == ValueType::choice ? left : right;
      ExprNode& literal = a == ValueType::choice ? right : left;
      if (literal.kind != Kind::string) {
        error(literal.offset, "compare a single choice with a choice id in quotes, like \"" +
                                  std::string("some_choice") + "\"");
        return node.type;
      }
      const Question* q = scope_.form.find_question(question.text);
      if (q && !q->find_choice(literal.text))
        error(literal.offset, "'" + question.text + "' has no choice '" + literal.text + "'");
      return node.type;
    }
    const auto equality_only = [](ValueType t) {
      return t == ValueType::boolean || t == ValueType::text || t == ValueType::choice;
    };
    const bool same_kind = a == b || (a == ValueType::choice && b == ValueType::text) ||
                           (a == ValueType::text && b == ValueType::choice);
    if (ordering && same_kind && equality_only(a))
      error(node.offset, "a " + std::string(describe(a == ValueType::text ? b : a)) +
                             " can only be compared with == or !=");
    else
      error(node.offset,
            "cannot compare a " + std::string(describe(a)) + " with a " + std::string(describe(b)));
    return node.type;
  }

  ValueType check_arithmetic(ExprNode& node) {
    const ValueType a = check(node.children[0]), b = check(node.children[1]);
    const char* op = node.kind == Kind::add ? "+" : "-";
    if (a == ValueType::unknown || b == ValueType::unknown) return node.type = ValueType::unknown;
    if (a == ValueType::number && b == ValueType::number) return node.type = ValueType::number;
    if (a == ValueType::date && b == ValueType::duration) return node.type = ValueType::date;
    if (node.kind == Kind::add && a == ValueType::duration && b == ValueType::date)
      return node.type = ValueType::date;
    error(node.offset, std::string("cannot use '") + op + "' on a " + std::string(describe(a)) + " and a " +
                           std::string(describe(b)) + " (dates take months(n), weeks(n) or days(n))");
    return node.type = ValueType::unknown;
  }

  ValueType check_duration(ExprNode& node) {
    ExprNode& count = node.children[0];
    double value = 0;
    if (count.kind == Kind::number) {
      value = count.number;
      count.type = ValueType::number;
    } else if (count.kind == Kind::name && !scope_.form.find_question(count.text) &&
               scope_.form.windows.count(count.text)) {
      check_name(count);
      value = count.number;
    } else if (count.kind == Kind::name && !scope_.form.find_question(count.text)) {
      error(count.offset, "unknown window '" + count.text + "'");
      return node.type = ValueType::duration;
    } else {
      error(count.offset, "months(), weeks() and days() take a whole number or a window name");
      return node.type = ValueType::duration;
    }
    const double limit = node.unit == DurationUnit::months  ? 1200
                         : node.unit == DurationUnit::weeks ? 5200
                                                            : 36500;
    if (value < 0 || value > limit || std::floor(value) != value)
      error(count.offset, "the number of months, weeks or days must be a whole number from 0 to " +
                              std::to_string(static_cast<int>(limit)));
    return node.type = ValueType::duration;
  }

  ValueType check_has_any(ExprNode& node) {
    node.type = ValueType::boolean;
    const Question* question = question_argument(node.children[0], "has_any");
    if (!question) return node.type;
    if (question->type != QuestionType::multi_choice && question->type != QuestionType::single_choice) {
      error(node.children[0].offset, "has_any() needs a choice question, but '" + question->id + "' is " +
                                         std::string(to_string(question->type)));
      return node.type;
    }
    ExprNode& list = node.children[1];
    if (list.children.empty()) error(list.offset, "has_any() needs at least one choice id");
    for (ExprNode& item : list.children) {
      item.type = ValueType::text;
      if (!question->find_choice(item.text))
        error(item.offset, "'" + question->id + "' has no choice '" + item.text + "'");
    }
    return node.type;
  }

  Expression& expression_;
  const CheckScope& scope_;
  std::vector<ExpressionError>& errors_;
};

}  // namespace

std::string_view describe(ValueType type) {
  switch (type) {
    case ValueType::unknown: return "value of unknown type";
    case ValueType::boolean: return "yes/no";
    case ValueType::number: return "number";
    case ValueType::text: return "text";
    case ValueType::choice: return "single choice";
    case ValueType::choice_set: return "multiple choice";
    case ValueType::date: return "date";
    case ValueType::duration: return "duration";
    case ValueType::list: return "list";
  }
  return "value";
}

void check_expression(Expression& expression, const CheckScope& scope, std::vector<ExpressionError>& errors) {
  Checker(expression, scope, errors).run();
}

}  // namespace intake::forms
