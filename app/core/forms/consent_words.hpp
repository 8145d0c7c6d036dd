#pragma once
// Words the forms give for what the patient consents to and for flags staff read, assembled
// from a loaded form. No text here is written in code: it all comes from the form's files.
#include <string>
#include <string_view>

#include "forms/answers.hpp"
#include "forms/form.hpp"

namespace intake::forms {

// "I consent to micro-needling of my face and neck at Harbour Skin Studio.": the form's
// consent statement with {areas} (the choices picked in its statement_areas question, in the
// patient's language, joined as "a, b and c") and {clinic}. "" when the form has none.
std::string consent_statement(const Form& form, const Answers& answers, std::string_view language,
                              std::string_view clinic_name);

// A flag in words for staff in `language`: the rule's label and message; the code and ""
// when the form (or the rule) is unknown.
struct FlagWords {
  std::string label;
  std::string message;
};
FlagWords flag_words(const Form* form, std::string_view code, std::string_view language);

}  // namespace intake::forms
