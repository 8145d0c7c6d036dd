#include "forms/expression_evaluator.hpp"

#include <algorithm>
#include <variant>

namespace intake::forms {
namespace {

using Kind = ExprNode::Kind;

struct Duration {
  DurationUnit unit;
  int count;
};
// std::monostate is "unknown".
using Value = std::variant<std::monostate, bool, double, std::string, ChoiceIds, CalendarDate, Duration>;

bool matches_type(QuestionType type, const AnswerValue& value) {
  switch (type) {
    case QuestionType::yes_no: return std::holds_alternative<bool>(value);
    case QuestionType::number: return std::holds_alternative<double>(value);
    case QuestionType::short_text:
    case QuestionType::long_text:
    case QuestionType::single_choice: return std::holds_alternative<std::string>(value);
    case QuestionType::date: return std::holds_alternative<CalendarDate>(value);
    case QuestionType::multi_choice: return std::holds_alternative<ChoiceIds>(value);
  }
  return false;
}

CalendarDate shift(const CalendarDate& date, const Duration& duration, int sign) {
  switch (duration.unit) {
    case DurationUnit::months: return add_months(date, sign * duration.count);
    case DurationUnit::weeks: return add_days(date, static_cast<std::int64_t>(sign) * 7 * duration.count);
    case DurationUnit::days: return add_days(date, static_cast<std::int64_t>(sign) * duration.count);
  }
  return date;
}

template <class T>
bool compare_values(const T& a, const T& b, CompareOp op) {
  switch (op) {
    case CompareOp::eq: return a == b;
    case CompareOp::ne: return a != b;
    case CompareOp::lt: return a < b;
    case CompareOp::le: return a <= b;
    case CompareOp::gt: return a > b;
    case CompareOp::ge: return a >= b;
  }
  return false;
}

class Evaluator {
 public:
  explicit Evaluator(const EvaluationScope& scope) : scope_(scope) {}

  Value eval(const ExprNode& node) const {
    switch (node.kind) {
      case Kind::boolean: return node.bool_value;
      case Kind::number: return node.number;
      case Kind::string: return node.text;
      case Kind::date: return node.date;
      case Kind::window: return node.number;
      case Kind::name: return std::monostate{};  // unchecked tree: never trust it
      case Kind::question: return answer(node.text);
      case Kind::age:
        if (!scope_.date_of_birth) return std::monostate{};
        return static_cast<double>(age_on(*scope_.date_of_birth, scope_.visit_date));
      case Kind::visit_date: return scope_.visit_date;
      case Kind::last_treatment_date:
        if (!scope_.last_treatment_date) return std::monostate{};
        return *scope_.last_treatment_date;
      case Kind::logical_not: {
        const Value v = eval(node.children[0]);
        if (const bool* b = std::get_if<bool>(&v)) return !*b;
        return std::monostate{};
      }
      case Kind::logical_and:
      case Kind::logical_or: {
        // Kleene logic: false and unknown = false; true or unknown = true.
        const bool is_and = node.kind == Kind::logical_and;
        bool unknown = false;
        for (const ExprNode& child : node.children) {
          const Value v = eval(child);
          const bool* b = std::get_if<bool>(&v);
          if (!b)
            unknown = true;
          else if (*b != is_and)
            return !is_and;
        }
        if (unknown) return std::monostate{};
        return is_and;
      }
      case Kind::compare: return compare(node);
      case Kind::add:
      case Kind::subtract: return arithmetic(node);
      case Kind::negate: {
        const Value v = eval(node.children[0]);
        if (const double* d = std::get_if<double>(&v)) return -*d;
        return std::monostate{};
      }
      case Kind::duration: {
        const Value v = eval(node.children[0]);
        if (const double* d = std::get_if<double>(&v)) return Duration{node.unit, static_cast<int>(*d)};
        return std::monostate{};
      }
      case Kind::has_any: {
        const Value v = eval(node.children[0]);
        auto listed = [&](const std::string& choice) {
          return std::any_of(node.children[1].children.begin(), node.children[1].children.end(),
                             [&](const ExprNode& item) { return item.text == choice; });
        };
        if (const std::string* single = std::get_if<std::string>(&v)) return listed(*single);
        if (const ChoiceIds* many = std::get_if<ChoiceIds>(&v))
          return std::any_of(many->begin(), many->end(), listed);
        return std::monostate{};
      }
      case Kind::answered: return !std::holds_alternative<std::monostate>(answer(node.children[0].text));
      case Kind::flagged: {
        if (!scope_.fired) return std::monostate{};
        const auto it = scope_.fired->find(node.text);
        return it != scope_.fired->end() && it->second;
      }
      case Kind::list: return std::monostate{};
    }
    return std::monostate{};
  }

 private:
  Value answer(const std::string& question_id) const {
    const Question* question = scope_.form.find_question(question_id);
    const auto it = scope_.answers.find(question_id);
    if (!question || it == scope_.answers.end() || !matches_type(question->type, it->second) ||
        !is_answered(it->second))
      return std::monostate{};
    return std::visit([](const auto& v) -> Value { return v; }, it->second);
  }

  Value compare(const ExprNode& node) const {
    const Value a = eval(node.children[0]), b = eval(node.children[1]);
    if (a.index() != b.index() || std::holds_alternative<std::monostate>(a)) return std::monostate{};
    if (const double* x = std::get_if<double>(&a)) return compare_values(*x, std::get<double>(b), node.op);
    if (const CalendarDate* x = std::get_if<CalendarDate>(&a))
      return compare_values(*x, std::get<CalendarDate>(b), node.op);
    if (const bool* x = std::get_if<bool>(&a)) return compare_values(*x, std::get<bool>(b), node.op);
    if (const std::string* x = std::get_if<std::string>(&a))
      return compare_values(*x, std::get<std::string>(b), node.op);
    return std::monostate{};
  }

  Value arithmetic(const ExprNode& node) const {
    const Value a = eval(node.children[0]), b = eval(node.children[1]);
    const int sign = node.kind == Kind::add ? 1 : -1;
    if (const double* x = std::get_if<double>(&a))
      if (const double* y = std::get_if<double>(&b)) return *x + sign * *y;
    if (const CalendarDate* date = std::get_if<CalendarDate>(&a))
      if (const Duration* d = std::get_if<Duration>(&b)) return shift(*date, *d, sign);
    if (const Duration* d = std::get_if<Duration>(&a))
      if (const CalendarDate* date = std::get_if<CalendarDate>(&b); date && sign > 0)
        return shift(*date, *d, 1);
    return std::monostate{};
  }

  const EvaluationScope& scope_;
};

}  // namespace

std::optional<bool> evaluate_condition(const Expression& expression, const EvaluationScope& scope) {
  return evaluate_condition(expression.root, scope);
}

std::optional<bool> evaluate_condition(const ExprNode& node, const EvaluationScope& scope) {
  const Value v = Evaluator(scope).eval(node);
  if (const bool* b = std::get_if<bool>(&v)) return *b;
  return std::nullopt;
}

}  // namespace intake::forms
