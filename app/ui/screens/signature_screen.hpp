#pragma once
// The patient's signature, then the guardian's when there is one.
#include <string>

#include "ui/widgets/signature_pad.hpp"

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

struct SignatureState {
  SignaturePadState pad;           // the patient's
  SignaturePadState guardian_pad;  // the guardian's (JourneyStep::GuardianSignature)
  std::string problem;             // why Done was refused (nothing drawn, too small), in words
  void wipe();
};

// Patient signature, or the guardian's when journey.step is GuardianSignature. Returns true
// when the last signature is done and the check-in should be submitted.
bool draw_signature_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
