#pragma once
// Review: everything entered, in the words the PDF prints, an Edit per group, and the two
// certifications.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

void draw_review_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
