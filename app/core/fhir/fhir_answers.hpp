#pragma once
// One stored answer (the record's answers_json value) as QuestionnaireResponse answers, and the
// Questionnaire item type of each question type. Both sides use the same mapping, so an answer
// always has the type its Questionnaire item declares:
//   yes_no -> boolean        single_choice -> choice (one valueCoding)
//   multi_choice -> choice, repeats (one valueCoding per choice)
//   date -> date             short_text -> string, long_text -> text
//   number -> integer when every bound the form gives is a whole number, else decimal
#include <string>

#include <nlohmann/json.hpp>

#include "fhir/fhir_options.hpp"
#include "forms/form.hpp"

namespace intake::fhir {

std::string questionnaire_item_type(const forms::Question& question);
bool is_integer_question(const forms::Question& question);

// The answer[] array for `value`. `question` may be null (a form version no longer loaded):
// then the JSON type decides (true/false boolean, whole number integer, string string, array
// of strings codings). `language` picks the coding's display.
nlohmann::json fhir_answers(const FhirOptions& options, const std::string& form_id,
                            const std::string& question_id, const forms::Question* question,
                            const nlohmann::json& value, const std::string& language);

}  // namespace intake::fhir
