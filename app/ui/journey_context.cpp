#include "ui/journey_context.hpp"

namespace intake::ui {

void go_to_step(JourneyContext& context, JourneyStep step, double now) {
  PatientJourney& journey = context.journey;
  journey.step = step;
  journey.step_started_at = now;
  journey.scroll.reset();
  journey.focus.clear();
  journey.show_missing = false;
  journey.screens.signature.problem.clear();
}

bool patient_is_minor(const JourneyContext& context) {
  const auto birth = context.journey.session.patient.birth_date();
  return birth && age_on(*birth, context.today) < 18;
}

forms::Evaluation evaluate_journey(const JourneyContext& context) {
  forms::EvaluationInput input{context.journey.session.answers, context.journey.session.patient.birth_date(),
                               context.today, context.journey.session.language};
  return forms::evaluate(context.form, input);
}

StepNumber step_number(const JourneyContext& context) {
  const int pages = static_cast<int>(context.form.pages.size());
  const int guardian = patient_is_minor(context) ? 1 : 0;
  StepNumber step;
  // About you, [guardian], question pages, consent, review, signature.
  step.total = 1 + guardian + pages + 3;
  switch (context.journey.step) {
    case JourneyStep::AboutYou: step.number = 1; break;
    case JourneyStep::Guardian: step.number = 2; break;
    case JourneyStep::Questions:
      step.number = 2 + guardian + static_cast<int>(context.journey.screens.questions.page);
      break;
    case JourneyStep::BeforeConsent:
    case JourneyStep::Consent: step.number = 2 + guardian + pages; break;
    case JourneyStep::Review: step.number = 3 + guardian + pages; break;
    case JourneyStep::Signature:
    case JourneyStep::GuardianSignature: step.number = step.total; break;
    default: break;
  }
  return step;
}

}  // namespace intake::ui
