#pragma once
// About you: the patient's name, date of birth, phone and e-mail.
#include "ui/widgets/date_draft.hpp"

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

// What About you keeps between frames besides the session's patient identity.
struct AboutYouState {
  DateDraft birth_date;  // typed on the keypad; session.patient.date_of_birth once it is a real day
  void wipe() { birth_date.wipe(); }
};

void draw_about_you_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
