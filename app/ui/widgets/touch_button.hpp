#pragma once
// A large touch button: visible pressed state, readable disabled state, no hover-only effects.
#include <imgui.h>

#include <string_view>

#include "ui/ui_frame.hpp"

namespace intake::ui {

enum class ButtonKind { Primary, Secondary, Choice, Quiet };

struct ButtonOptions {
  ButtonKind kind = ButtonKind::Secondary;
  bool enabled = true;
  bool selected = false;   // choice tiles and toggles that are on
  bool checkbox = false;   // a statement to confirm: box (ticked when selected), text left
  ImFont* font = nullptr;  // defaults to the bold body font
};

// Returns true on the frame the finger is lifted over the button. id is stable across
// languages ("start"), label is what is shown ("Start check-in").
bool touch_button(UiFrame& frame, std::string_view id, std::string_view label, ImVec2 size,
                  const ButtonOptions& options = {});

// How wide a button must be for its label to stand on one line (with the tick's room for
// choices and statements).
float button_width_for(const UiFrame& frame, std::string_view label, const ButtonOptions& options = {});

// Records the item just submitted to ImGui in the probe (used by every touchable widget).
void record_last_item(UiFrame& frame, std::string_view id, std::string_view label, bool enabled,
                      bool selected);

}  // namespace intake::ui
