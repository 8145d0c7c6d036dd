#pragma once
// The patient's journey, one function per screen. Each draws its content inside the
// ScreenWindow and moves the journey on (go_to_step) when the patient taps through.
#include "ui/journey_context.hpp"

namespace intake::ui {

void draw_about_you_screen(UiFrame& frame, JourneyContext& context);
void draw_guardian_screen(UiFrame& frame, JourneyContext& context);
void draw_questions_screen(UiFrame& frame, JourneyContext& context);
void draw_before_consent_screen(UiFrame& frame, JourneyContext& context);
void draw_consent_screen(UiFrame& frame, JourneyContext& context);
void draw_review_screen(UiFrame& frame, JourneyContext& context);
// Patient signature, or the guardian's when journey.step is GuardianSignature. Returns true
// when the last signature is done and the check-in should be submitted.
bool draw_signature_screen(UiFrame& frame, JourneyContext& context);
void draw_submitting_screen(UiFrame& frame, JourneyContext& context);
// Returns true when the patient taps Finish (the kiosk then starts over).
bool draw_thank_you_screen(UiFrame& frame, JourneyContext& context);
// Returns true when "Try again" is tapped.
// What the front-desk screen's buttons asked for.
struct FrontDeskActions {
  bool retry = false;
  bool staff = false;  // staff sign in to see why saving failed
};
FrontDeskActions draw_front_desk_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
