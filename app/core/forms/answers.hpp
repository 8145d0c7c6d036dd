#pragma once
// Typed answers. One AnswerValue alternative per question type:
//   yes_no -> bool; number -> double; short_text, long_text, single_choice (the choice id)
//   -> std::string; date -> CalendarDate; multi_choice -> ChoiceIds (choice ids).
// The date of birth is not a question (the identity step asks it) but the rule language needs
// it for `age`, so evaluation takes it separately.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "common/calendar_date.hpp"
#include "common/result.hpp"
#include "forms/form.hpp"

namespace intake::forms {

using ChoiceIds = std::vector<std::string>;
using AnswerValue = std::variant<bool, double, std::string, CalendarDate, ChoiceIds>;
using Answers = std::map<std::string, AnswerValue, std::less<>>;  // question id -> answer

// The key answers_from_json reads the date of birth from ("YYYY-MM-DD").
inline constexpr std::string_view kDateOfBirthKey = "date_of_birth";

// True when `value` counts as an answer: text with something other than spaces, a non-empty
// choice list; every other type always counts.
bool is_answered(const AnswerValue& value);

// The value has the question's type, names existing choices (no repeats; an exclusive choice
// alone) and fits the text length. Message names the question, never repeats the value.
Status check_answer_type(const Question& question, const AnswerValue& value);
// Date limits (not in the future/past, against the visit date) and number range.
Status check_answer_limits(const Question& question, const AnswerValue& value,
                           const CalendarDate& visit_date);

// What a tap on a multi_choice tile does, so the kiosk and any other front end agree: picking a
// choice adds it (picking an exclusive one, e.g. "none", clears the rest; picking another
// clears the exclusive one); tapping a picked choice removes it. Unknown ids change nothing.
ChoiceIds toggle_choice(const Question& question, const ChoiceIds& current, std::string_view choice_id);

struct ParsedAnswers {
  Answers answers;
  std::optional<CalendarDate> date_of_birth;  // from the "date_of_birth" key, when present
};

// Converts a JSON object (question id -> true/false, "YYYY-MM-DD", choice id, [choice ids],
// string, number) into typed answers, checked with check_answer_type. null means unanswered.
// An unknown question id, a wrong type or an unknown choice is an error naming the question.
Result<ParsedAnswers> answers_from_json(const Form& form, const nlohmann::json& object);

// The reverse, for storing answers: one JSON object (dates as "YYYY-MM-DD").
nlohmann::json answers_to_json(const Form& form, const Answers& answers);

}  // namespace intake::forms
