#pragma once
// What every patient-journey screen works with: the journey, the active form, today's date and
// the clock.
#include <functional>
#include <string>
#include <string_view>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "forms/evaluation.hpp"
#include "forms/form.hpp"
#include "ui/patient_journey.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext {
  PatientJourney& journey;
  const forms::Form& form;
  CalendarDate today;
  const Clock& clock;  // the kiosk's: initials and signatures record its time
  std::string_view clinic_name;  // named in the consent statement above the signature
};

// Moves to a step: resets the content scroll, hides the keyboard and the missing-answer notes.
void go_to_step(JourneyContext& context, JourneyStep step, double now);

// The patient is under 18 on the visit date (needs a guardian).
bool patient_is_minor(const JourneyContext& context);

// Live evaluation of the form for what has been entered so far.
forms::Evaluation evaluate_journey(const JourneyContext& context);

// "Step N of M" numbers for the patient-facing steps.
struct StepNumber {
  int number = 1;
  int total = 1;
};
StepNumber step_number(const JourneyContext& context);

}  // namespace intake::ui
