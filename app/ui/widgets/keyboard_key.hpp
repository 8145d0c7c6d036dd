#pragma once
// One key of the on-screen keyboard: a finger-sized button with a visible pressed state, drawn
// like touch_button and recorded in the probe the same way.
#include <imgui.h>

#include <string_view>

#include "ui/ui_frame.hpp"

namespace intake::ui {

enum class KeyLook { Character, Function, Done };
enum class KeyIcon { None, Shift, Backspace };

struct KeyFace {
  std::string_view shown;        // text on the key (empty when an icon is drawn)
  std::string_view probe_label;  // what the probe records (the words for an icon key)
  KeyLook look = KeyLook::Character;
  KeyIcon icon = KeyIcon::None;
  bool on = false;  // shift that is on
};

// Draws a key of `size` at the cursor; returns true when a tap ends on it.
bool keyboard_key(UiFrame& frame, std::string_view id, const KeyFace& face, ImVec2 size);

}  // namespace intake::ui
