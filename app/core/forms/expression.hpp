#pragma once
// The small, safe rule language used by `shown_when` and by flag rules. Nothing is ever
// executed except this tree: no eval, no host calls, no loops.
//
//   pregnant
//   has_any(skin_condition, [eczema, psoriasis]) and not skin_condition_flare
//   isotretinoin_last_dose > visit_date - months(isotretinoin_stop_months)
//   isotretinoin and not flagged(isotretinoin_recent)
//   age < 18
//   answered(other_allergies)
//   number_q >= 3 and single_choice_q == "type_v" and date_q <= date("2024-01-31")
//
// Grammar (lowest precedence first):
//   or_expr   := and_expr ("or" and_expr)*
//   and_expr  := not_expr ("and" not_expr)*
//   not_expr  := "not" not_expr | compare
//   compare   := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
//   sum       := unary (("+"|"-") unary)*
//   unary     := "-" unary | primary
//   primary   := NUMBER | STRING | "true" | "false" | "age" | "visit_date" | "last_treatment_date" | IDENT
//              | IDENT "(" args ")" | "(" or_expr ")" | "[" (atom ("," atom)*)? "]"
// Functions: has_any(multi_or_single_choice, [choice, ...]), answered(question),
// flagged(flag_code) (rules only), months(n), weeks(n), days(n) (n: a whole-number literal or a
// window name), date("YYYY-MM-DD").
// Unanswered or hidden questions are "unknown": comparisons with unknown are unknown, "and"/"or"
// follow three-valued logic, and a rule fires (or a question shows) only when the result is
// definitely true. So missing data never raises a flag.
#include <cstddef>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"

namespace intake::forms {

enum class ValueType { unknown, boolean, number, text, choice, choice_set, date, duration, list };
enum class DurationUnit { days, weeks, months };
enum class CompareOp { eq, ne, lt, le, gt, ge };

struct ExprNode {
  enum class Kind {
    boolean,              // bool_value
    number,               // number
    string,               // text
    date,                 // date
    name,                 // text: an identifier before checking; after: see question/window
    question,             // text = question id (resolved by the checker)
    window,               // text = window name; number = its value (resolved by the checker)
    age,                  // completed years on the visit date (needs the date of birth)
    visit_date,           //
    last_treatment_date,  // this person's last earlier check-in that was treated (from the store)
    logical_not,
    logical_and,
    logical_or,
    compare,  // op, children[0] op children[1]
    add,
    subtract,
    negate,
    duration,  // unit, children[0] = count
    has_any,   // children[0] = question, children[1] = list
    answered,  // children[0] = question
    flagged,   // text = flag code
    list,      // children = choice names (Kind::name or Kind::string)
  };
  Kind kind = Kind::boolean;
  std::size_t offset = 0;  // 0-based character offset in the expression text, for messages
  bool bool_value = false;
  double number = 0;
  std::string text;
  CalendarDate date;
  CompareOp op = CompareOp::eq;
  DurationUnit unit = DurationUnit::days;
  ValueType type = ValueType::unknown;  // set by the checker
  std::vector<ExprNode> children;
};

struct Expression {
  std::string source;  // exactly as written in the form file
  ExprNode root;
  // Filled by the checker: what the expression reads, in first-use order, no repeats.
  std::vector<std::string> questions;  // question ids
  std::vector<std::string> flags;      // flag codes used with flagged()
  bool uses_age = false;               // reads the date of birth
  bool uses_last_treatment = false;    // reads last_treatment_date
};

struct ExpressionError {
  std::size_t offset = 0;  // 0-based character offset into Expression::source
  std::string message;
};

}  // namespace intake::forms
