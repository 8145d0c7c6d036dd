#include "ui/journey_context.hpp"

#include <charconv>

namespace intake::ui {

void go_to_step(JourneyContext& context, JourneyStep step, double now) {
  PatientJourney& journey = context.journey;
  journey.step = step;
  journey.step_started_at = now;
  journey.scroll.reset();
  journey.focused_field.clear();
  journey.keyboard.visible = false;
  journey.show_missing = false;
  journey.signature_problem.clear();
}

bool patient_is_minor(const JourneyContext& context) {
  const auto& birth = context.journey.session.patient.date_of_birth;
  return birth && age_on(*birth, context.today) < 18;
}

forms::Evaluation evaluate_journey(const JourneyContext& context) {
  forms::EvaluationInput input{context.journey.session.answers,
                               context.journey.session.patient.date_of_birth, context.today,
                               context.journey.session.language};
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
      step.number = 2 + guardian + static_cast<int>(context.journey.page);
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

void focus_field(PatientJourney& journey, const std::string& id) {
  journey.focused_field = id;
  journey.keyboard.visible = true;
  journey.keyboard.accents = false;
}

std::optional<CalendarDate> draft_date(const DateDraft& draft) {
  auto number = [](const std::string& text) -> std::optional<int> {
    int value = 0;
    if (text.empty()) return std::nullopt;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
  };
  auto day = number(draft.day), month = number(draft.month), year = number(draft.year);
  if (!day || !month || !year || draft.year.size() != 4) return std::nullopt;
  if (!is_valid_date(*year, *month, *day)) return std::nullopt;
  return CalendarDate{*year, *month, *day};
}

}  // namespace intake::ui
