#pragma once
// The probe as text, one line per touchable item and per text, so a process that drives the real
// kiosk (the end-to-end tests, over --probe-fd) can tell whether it shows what the headless twin
// shows. Coordinates are rounded to whole pixels; line breaks inside a text are written "\n".
//   item <e|-><s|-><v|-> x0 y0 x1 y1 <id path>\t<label>
//   text x0 y0 x1 y1 <text>
#include <string>

#include "ui/ui_probe.hpp"

namespace intake::ui {

std::string probe_lines(const UiProbe& probe);

}  // namespace intake::ui
