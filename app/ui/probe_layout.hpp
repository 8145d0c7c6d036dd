#pragma once
// Fills a probe record's layout (ui_probe.hpp's ProbeLayout) from ImGui's state while a widget
// is drawn, so a test can tell text that runs out of its box from text that fits.
#include <imgui.h>

#include <string_view>

#include "ui/ui_probe.hpp"

namespace intake::ui {

ProbeRect probe_rect(ImVec2 min, ImVec2 max);

// The current window's content region (a text field's box while it draws its words), and
// whether that window is a scroll view (a child window) that clips its content top and bottom.
ProbeLayout layout_in_current_window(ImVec2 box_min, ImVec2 box_max);

// True when text wrapped at wrap_width in font would have to split a word in the middle
// (ImGui then breaks it wherever it runs out of room: "Toque aquí para esc|ribir").
bool splits_a_word(const ImFont* font, std::string_view text, float wrap_width);

}  // namespace intake::ui
