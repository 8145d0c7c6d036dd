#pragma once
// The consent document: read to the end, initial every section, answer the photo question.
#include <optional>
#include <string>

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

// What the consent screen keeps between frames.
struct ConsentState {
  std::string initials_draft;  // suggested from the name, editable until confirmed
  bool initials_confirmed = false;
  bool confirming_initials = false;
  std::optional<std::string> pending_initial_section;  // section tapped before confirming
  bool read_to_end = false;  // stays true when the patient comes back to the consent
  void wipe();
};

void draw_consent_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
