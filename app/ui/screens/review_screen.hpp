#pragma once
// Review: everything entered, in the words the PDF prints, an Edit per group, and the two
// certifications.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

struct ReviewState {
  bool certified_answers = false;
  bool certified_signature = false;
  void wipe() { certified_answers = certified_signature = false; }
};

void draw_review_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
