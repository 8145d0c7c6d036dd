#include "ui/patient_journey.hpp"

#include "common/secure_memory.hpp"

namespace intake::ui {

void DateDraft::wipe() {
  secure_wipe(day);
  secure_wipe(month);
  secure_wipe(year);
}

void PatientJourney::wipe() {
  session.wipe();
  birth_date.wipe();
  for (auto& [id, draft] : date_answers) draft.wipe();
  date_answers.clear();
  for (auto& [id, text] : number_answers) secure_wipe(text);
  number_answers.clear();
  secure_wipe(initials_draft);
  secure_wipe(signature_problem);
  secure_wipe(record_id);
  clear_signature(pad);
  clear_signature(guardian_pad);
  fields.clear();
  focused_field.clear();
}

}  // namespace intake::ui
