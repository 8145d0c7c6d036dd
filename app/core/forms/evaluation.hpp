#pragma once
// Evaluating a form for one patient: which questions show, which required ones are missing,
// and which flags fire. The kiosk (live, as the patient answers), `intake-kiosk evaluate` and
// the submission path all call evaluate(); there is no second implementation.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "common/calendar_date.hpp"
#include "forms/answers.hpp"
#include "forms/form.hpp"

namespace intake::forms {

struct Flag {
  std::string code;
  Severity severity = Severity::review;
  std::string staff_message;           // the rule's message, then which date raised it when a date did
  std::string patient_message;         // in the requested language; "" when the rule has none
  std::vector<std::string> questions;  // answered, shown questions the rule read, in form order
                                       // ("date_of_birth" when it used `age`)
};

struct AnswerProblem {
  std::string question_id;
  std::string message;  // one sentence naming the question, e.g. a date in the future
};

struct Evaluation {
  std::vector<std::string> visible;    // shown question ids, in display order
  std::vector<std::string> missing;    // shown, required and unanswered
  std::vector<Flag> flags;             // fired rules, in the form's rule order
  std::vector<AnswerProblem> invalid;  // shown answers outside their limits (date, range)
  Answers kept;  // the answers to store: shown questions only; hidden answers are dropped

  bool has_stop_flag() const;
  bool complete() const { return missing.empty() && invalid.empty(); }
};

struct EvaluationInput {
  const Answers& answers;
  std::optional<CalendarDate> date_of_birth;  // without it, `age` is unknown (never flags)
  CalendarDate visit_date;
  std::string_view language = "en";  // for Flag::patient_message
  // The date of this person's most recent earlier check-in that was treated, from the store (or
  // `evaluate --last-treatment`); none means unknown, so a rule reading last_treatment_date
  // does not fire on it.
  std::optional<CalendarDate> last_treatment_date = std::nullopt;
};

// Answers are assumed to have passed check_answer_type (answers_from_json does that); an answer
// of the wrong type is treated as unanswered rather than trusted.
Evaluation evaluate(const Form& form, const EvaluationInput& input);

// {"visible": [...], "missing": [...], "flags": [{"code", "severity", "message",
//  "patient_message", "questions"}], "invalid": [{"question", "message"}]}
nlohmann::json evaluation_to_json(const Evaluation& evaluation);

}  // namespace intake::forms
