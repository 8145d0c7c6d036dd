// The rule language: parsing, static type checks and three-valued evaluation, on a small form
// with every question type.
#include <catch2/catch_test_macros.hpp>

#include "form_test_support.hpp"
#include "forms/expression_parser.hpp"
#include "mini_form.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

namespace {

// Does the probe rule fire for these answers? (visit 2026-08-31, born 2000-01-01)
bool fires(const std::string& condition, const Answers& answers,
           std::optional<CalendarDate> birth = date("2000-01-01")) {
  const FormLoadResult loaded = load_probe(condition);
  if (!loaded.form) FAIL("probe did not load: " << format_diagnostic(loaded.errors.at(0)));
  const Evaluation result = run(*loaded.form, answers, birth, date("2026-08-31"));
  return !result.flags.empty();
}

std::string first_error(const std::string& condition) {
  const FormLoadResult loaded = load_probe(condition);
  REQUIRE_FALSE(loaded.errors.empty());
  return loaded.errors.front().message;
}

}  // namespace

TEST_CASE("parser respects precedence: not binds tighter than and, and tighter than or", "[forms][expr]") {
  CHECK(fires("a or b and false", {{"a", true}, {"b", true}}));
  CHECK_FALSE(fires("(a or b) and false", {{"a", true}, {"b", true}}));
  CHECK(fires("not a and b", {{"a", false}, {"b", true}}));
  CHECK(fires("not not a", {{"a", true}}));
  CHECK(fires("n + 2 > 4 - 1", {{"n", 2.0}}));
  CHECK(fires("-n < -1", {{"n", 2.0}}));
}

TEST_CASE("parser reports the offset and reason of malformed expressions", "[forms][expr]") {
  ExpressionError error;
  CHECK_FALSE(parse_expression("a and", error));
  CHECK(error.offset == 5);
  CHECK(error.message == "expected a value, found end of expression");
  CHECK_FALSE(parse_expression("a && b", error));
  CHECK(error.message == "write 'and' / 'or' instead of '&&'");
  CHECK_FALSE(parse_expression("n < 1 < 2", error));
  CHECK(error.message == "comparisons cannot be chained; join them with 'and'");
  CHECK_FALSE(parse_expression("frobnicate(a)", error));
  CHECK(error.offset == 0);
  CHECK_FALSE(parse_expression("date(\"2023-02-29\")", error));
  CHECK(error.message == "\"2023-02-29\" is not a real date written YYYY-MM-DD");
  CHECK_FALSE(parse_expression("\"open", error));
  CHECK_FALSE(parse_expression("   ", error));
  CHECK(error.message == "expression is empty");
  CHECK_FALSE(parse_expression("1.", error));
  CHECK_FALSE(parse_expression("2abc", error));
  CHECK_FALSE(parse_expression("a $ b", error));
  CHECK(error.offset == 2);
}

TEST_CASE("parser refuses nesting deeper than its limit instead of exhausting the stack", "[forms][expr]") {
  ExpressionError error;
  const std::string deep = std::string(200, '(') + "a" + std::string(200, ')');
  CHECK_FALSE(parse_expression(deep, error));
  CHECK(error.message.find("nested more than") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 500; ++i) nots += "not ";
  CHECK_FALSE(parse_expression(nots + "a", error));
  CHECK_FALSE(parse_expression(std::string(5000, 'a'), error));
  CHECK(error.message.find("longer than") != std::string::npos);
}

TEST_CASE("type checker refuses mismatched comparisons with a clear sentence", "[forms][expr]") {
  CHECK(first_error("d == a") == "cannot compare a date with a yes/no");
  CHECK(first_error("n > d") == "cannot compare a number with a date");
  CHECK(first_error("color == \"green\"") == "'color' has no choice 'green'");
  CHECK(first_error("color > \"red\"") == "a single choice can only be compared with == or !=");
  CHECK(first_error("has_any(n, [x])") == "has_any() needs a choice question, but 'n' is number");
  CHECK(first_error("has_any(areas, [z])") == "'areas' has no choice 'z'");
  CHECK(first_error("d > visit_date - months(half)") ==
        "the number of months, weeks or days must be a whole number from 0 to 1200");
  CHECK(first_error("d > visit_date - months(n)") ==
        "months(), weeks() and days() take a whole number or a window name");
  CHECK(first_error("a and n") == "'and' needs yes/no values, but this is a number");
  CHECK(first_error("n") == "a condition must be yes/no (true or false), but this is a number");
  CHECK(first_error("flagged(nothing)") ==
        "flagged() names 'nothing', which is not a flag code of this form");
  CHECK(first_error("date_of_birth < visit_date") ==
        "use 'age' (completed years on the visit date) rather than date_of_birth");
  CHECK(first_error("answered(three)") == "'three' is a window, but answered() takes a question id");
}

TEST_CASE("unanswered questions are unknown and never raise a flag", "[forms][expr]") {
  CHECK_FALSE(fires("a", {}));
  CHECK_FALSE(fires("not a", {}));
  CHECK_FALSE(fires("a == false", {}));
  CHECK_FALSE(fires("a != true", {}));
  CHECK_FALSE(fires("n < 5", {}));
  CHECK_FALSE(fires("has_any(areas, [x])", {}));
  CHECK_FALSE(fires("d > visit_date - months(three)", {}));
  CHECK_FALSE(fires("age < 18", {}, std::nullopt));
  // Kleene logic: a known true "or" is enough; a known false "and" settles it.
  CHECK(fires("a or b", {{"b", true}}));
  CHECK_FALSE(fires("not (a and b)", {{"a", true}}));
  CHECK(fires("not (a and b)", {{"b", false}}));
}

TEST_CASE("numbers, single choices, multi choices and text evaluate as written", "[forms][expr]") {
  CHECK(fires("n >= 3 and n <= 3", {{"n", 3.0}}));
  CHECK(fires("n == three", {{"n", 3.0}}));
  CHECK(fires("color == \"blue\"", {{"color", std::string("blue")}}));
  CHECK_FALSE(fires("color != \"blue\"", {{"color", std::string("blue")}}));
  CHECK(fires("has_any(color, [red, blue])", {{"color", std::string("red")}}));
  CHECK(fires("has_any(areas, [y])", {{"areas", ChoiceIds{"x", "y"}}}));
  CHECK_FALSE(fires("has_any(areas, [x, y])", {{"areas", ChoiceIds{"none"}}}));
  CHECK(fires("answered(t)", {{"t", std::string("pollen")}}));
  CHECK_FALSE(fires("answered(t)", {{"t", std::string("  \t ")}}));
  CHECK(fires("t == \"pollen\"", {{"t", std::string("pollen")}}));
  CHECK_FALSE(fires("answered(areas)", {{"areas", ChoiceIds{}}}));
}

TEST_CASE("date arithmetic works in calendar months, weeks and days", "[forms][expr]") {
  // Visit 2026-08-31: minus 3 months clamps to 2026-05-31; minus 2 weeks is 2026-08-17.
  CHECK(fires("d > visit_date - months(three)", {{"d", date("2026-06-01")}}));
  CHECK_FALSE(fires("d > visit_date - months(three)", {{"d", date("2026-05-31")}}));
  CHECK(fires("d > visit_date - weeks(2)", {{"d", date("2026-08-18")}}));
  CHECK_FALSE(fires("d > visit_date - weeks(2)", {{"d", date("2026-08-17")}}));
  CHECK(fires("d >= visit_date - days(1)", {{"d", date("2026-08-30")}}));
  CHECK_FALSE(fires("d >= visit_date - days(1)", {{"d", date("2026-08-29")}}));
  CHECK_FALSE(fires("d + months(1) == date(\"2026-03-31\")", {{"d", date("2026-02-28")}}));
  CHECK(fires("months(1) + d == date(\"2026-03-28\")", {{"d", date("2026-02-28")}}));
  CHECK(fires("d == date(\"2026-02-28\")", {{"d", date("2026-02-28")}}));
}

TEST_CASE("age is completed years on the visit date", "[forms][expr]") {
  CHECK(fires("age == 26", {}, date("2000-08-31")));
  CHECK(fires("age == 25", {}, date("2000-09-01")));
}

TEST_CASE("rules can read other rules through flagged(), in any file order", "[forms][expr]") {
  const FormLoadResult loaded = load_mini(R"yaml(rules:
  - flag: second
    severity: review
    label: {en: Second}
    staff_message: {en: reads the rule below}
    when: "b and not flagged(first)"
  - flag: first
    severity: stop
    label: {en: First}
    staff_message: {en: x}
    when: "a"
)yaml");
  REQUIRE(loaded.form);
  CHECK(codes(run(*loaded.form, {{"a", true}, {"b", true}})) == std::vector<std::string>{"first"});
  CHECK(codes(run(*loaded.form, {{"a", false}, {"b", true}})) == std::vector<std::string>{"second"});
  CHECK(codes(run(*loaded.form, {{"b", true}})) == std::vector<std::string>{"second"});
}

TEST_CASE("answers outside their date and number limits are reported invalid", "[forms][limits]") {
  const FormLoadResult loaded = load_mini("");
  REQUIRE(loaded.form);
  const Form& form = *loaded.form;
  const auto invalid = [&](const Answers& answers) {
    std::vector<std::string> messages;
    for (const AnswerProblem& p : run(form, answers, date("2000-01-01"), date("2026-08-31")).invalid)
      messages.push_back(p.message);
    return messages;
  };
  CHECK(invalid({{"n", 0.0}, {"d", date("2026-08-31")}, {"next_visit", date("2026-08-31")}}).empty());
  CHECK(invalid({{"n", 10.5}}) ==
        std::vector<std::string>{"answer to 'n' is above the highest allowed number"});
  CHECK(invalid({{"n", -1.0}}) ==
        std::vector<std::string>{"answer to 'n' is below the lowest allowed number"});
  CHECK(invalid({{"d", date("2026-09-01")}}) ==
        std::vector<std::string>{"answer to 'd' is a date in the future"});
  CHECK(invalid({{"next_visit", date("2026-08-30")}}) ==
        std::vector<std::string>{"answer to 'next_visit' is a date in the past"});
  CHECK(invalid({{"t", std::string("far too long text")}}) ==
        std::vector<std::string>{"answer to 't' is longer than 10 characters"});
  // A value of the wrong type (e.g. built by hand, not through answers_from_json) is not trusted.
  CHECK(invalid({{"a", std::string("yes")}}) ==
        std::vector<std::string>{"answer to 'a' must be true or false"});
}
