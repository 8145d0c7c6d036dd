#pragma once
// A form as a FHIR R4 Questionnaire, so other FHIR tools can render the same questions:
// one group item per page, one item per question (linkId = the question id, the type from
// fhir_answers.hpp), answerOption codings for choices, maxLength for text, both languages
// through the standard translation extension on every text and display.
//
// shown_when becomes enableWhen where FHIR can say the same thing: a yes/no question
// (`q`, `not q`), `has_any(q, [a, b])`, a comparison of a question with a literal
// (`q == choice`, `q > 3`, `q >= 2026-01-01`), `answered(q)`, and all-`and` or all-`or`
// combinations of those. Anything else (age, dates relative to the visit, durations, windows,
// flagged(), mixed and/or) cannot be an enableWhen: the item is then always enabled, carries
// the rule's text in <base>/StructureDefinition/shown-when-unmapped, and the caller gets a note.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fhir/fhir_options.hpp"
#include "forms/form.hpp"

namespace intake::fhir {

struct QuestionnaireExport {
  nlohmann::json questionnaire;
  std::vector<std::string> notes;  // one sentence per shown_when that did not map
};

QuestionnaireExport form_questionnaire(const forms::Form& form, const FhirOptions& options);

}  // namespace intake::fhir
