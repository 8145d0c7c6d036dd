#pragma once
// The gentle word before consent when an answer needs the practitioner: kind and general, no
// diagnosis on a public screen. It keeps nothing of its own.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

void draw_before_consent_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
