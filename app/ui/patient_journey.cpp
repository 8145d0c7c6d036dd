#include "ui/patient_journey.hpp"

#include "common/secure_memory.hpp"

namespace intake::ui {

void JourneyScreens::wipe() {
  about_you.wipe();
  questions.wipe();
  consent.wipe();
  signature.wipe();
  need_help.wipe();
}

void PatientJourney::wipe() {
  session.wipe();
  screens.wipe();
  secure_wipe(record_id);
  focus.wipe();
}

}  // namespace intake::ui
