#include "fhir/fhir_answers.hpp"

#include <cmath>

namespace intake::fhir {

using nlohmann::json;

bool is_integer_question(const forms::Question& question) {
  auto whole = [](const std::optional<double>& bound) { return !bound || std::floor(*bound) == *bound; };
  return question.type == forms::QuestionType::number && whole(question.min) && whole(question.max);
}

std::string questionnaire_item_type(const forms::Question& question) {
  switch (question.type) {
    case forms::QuestionType::yes_no: return "boolean";
    case forms::QuestionType::single_choice:
    case forms::QuestionType::multi_choice: return "choice";
    case forms::QuestionType::short_text: return "string";
    case forms::QuestionType::long_text: return "text";
    case forms::QuestionType::date: return "date";
    case forms::QuestionType::number: return is_integer_question(question) ? "integer" : "decimal";
  }
  return "string";
}

namespace {

json coding(const FhirOptions& options, const std::string& form_id, const std::string& question_id,
            const forms::Question* question, const std::string& choice_id, const std::string& language) {
  json out = {{"system", options.choice_system(form_id, question_id)}, {"code", choice_id}};
  if (question)
    if (const forms::Choice* choice = question->find_choice(choice_id))
      out["display"] = forms::localized(choice->text, language);
  return {{"valueCoding", out}};
}

json number_answer(const forms::Question* question, double number) {
  const bool whole = std::floor(number) == number && std::fabs(number) < 2147483647.0;
  if (whole && (!question || is_integer_question(*question)))
    return {{"valueInteger", static_cast<std::int64_t>(number)}};
  return {{"valueDecimal", number}};
}

}  // namespace

json fhir_answers(const FhirOptions& options, const std::string& form_id, const std::string& question_id,
                  const forms::Question* question, const json& value, const std::string& language) {
  json answers = json::array();
  using Type = forms::QuestionType;
  const bool single_choice = question && question->type == Type::single_choice;
  const bool date = question && question->type == Type::date;
  if (value.is_boolean()) {
    answers.push_back({{"valueBoolean", value.get<bool>()}});
  } else if (value.is_number()) {
    answers.push_back(number_answer(question, value.get<double>()));
  } else if (value.is_array()) {
    for (const json& choice : value)
      if (choice.is_string())
        answers.push_back(coding(options, form_id, question_id, question, choice, language));
  } else if (value.is_string()) {
    const std::string text = value.get<std::string>();
    if (single_choice)
      answers.push_back(coding(options, form_id, question_id, question, text, language));
    else if (date)
      answers.push_back({{"valueDate", text}});
    else
      answers.push_back({{"valueString", text}});
  }
  return answers;
}

}  // namespace intake::fhir
