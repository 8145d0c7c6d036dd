#pragma once
// The calm full-screen messages (before consent, saving, thank you, front desk, still there):
// a centred column of a title and lines, and a centred button beneath.
#include <initializer_list>
#include <string_view>

#include "ui/ui_frame.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

// Title and lines centred in a column at most 1100 px (text scale) wide, a fifth down the screen.
void message_block(UiFrame& frame, std::string_view title, std::initializer_list<std::string_view> lines);

// A button centred under the message.
bool centered_button(UiFrame& frame, std::string_view id, std::string_view label, ButtonKind kind);

}  // namespace intake::ui
