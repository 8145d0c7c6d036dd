// libFuzzer target: the rule-language tokenizer, parser, type checker and evaluator, on a small
// form with every question type, against a few answer sets (answered, unanswered).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "forms/expression_checker.hpp"
#include "forms/expression_evaluator.hpp"
#include "forms/expression_parser.hpp"
#include "forms/form_loader.hpp"

namespace {

const intake::forms::Form& fuzz_form() {
  static const auto loaded = intake::forms::load_form_from_text(
      R"yaml(id: fz
version: "1"
languages: [en]
title: {en: F}
windows: {three: 3, half: 0.5}
pages:
  - id: p
    title: {en: P}
    questions:
      - {id: a, type: yes_no, text: {en: "A"}}
      - {id: n, type: number, text: {en: "N"}}
      - {id: c, type: single_choice, text: {en: "C"}, choices: [{id: red, text: {en: R}}, {id: blue, text: {en: B}}]}
      - {id: m, type: multi_choice, text: {en: "M"}, choices: [{id: x, text: {en: X}}, {id: none, exclusive: true, text: {en: N}}]}
      - {id: d, type: date, text: {en: "D"}}
      - {id: t, type: short_text, text: {en: "T"}}
rules:
  - {flag: f1, severity: note, label: {en: F}, staff_message: {en: s}, when: "a"}
)yaml",
      {{"consent.en.md", "# C\n## S {#s}\nx\n"}, {"aftercare.en.md", "# A\n## S {#s}\nx\n"}}, "fz");
  if (!loaded.form) __builtin_trap();
  return *loaded.form;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace intake::forms;
  const Form& form = fuzz_form();
  ExpressionError error;
  auto expression = parse_expression(std::string(reinterpret_cast<const char*>(data), size), error);
  if (!expression) {
    if (error.offset > size) __builtin_trap();  // error positions must point inside the text
    return 0;
  }
  std::vector<ExpressionError> errors;
  const std::set<std::string, std::less<>> flags{"f1"};
  check_expression(*expression, CheckScope{form, form.questions.size(), &flags}, errors);
  for (const ExpressionError& e : errors)
    if (e.offset > size) __builtin_trap();
  if (!errors.empty()) return 0;

  const Answers empty;
  const Answers full{{"a", true},
                     {"n", 3.0},
                     {"c", std::string("red")},
                     {"m", ChoiceIds{"x"}},
                     {"d", intake::CalendarDate{2024, 2, 29}},
                     {"t", std::string("text")}};
  const std::map<std::string, bool, std::less<>> fired{{"f1", true}};
  for (const Answers* answers : {&empty, &full}) {
    (void)evaluate_condition(*expression,
                             EvaluationScope{form, *answers, std::nullopt, {2026, 8, 31}, &fired});
    (void)evaluate_condition(
        *expression, EvaluationScope{form, *answers, intake::CalendarDate{1, 1, 1}, {9999, 12, 31}, &fired});
  }
  return 0;
}
