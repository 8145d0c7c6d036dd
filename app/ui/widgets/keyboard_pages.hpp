#pragma once
// The key layouts of the on-screen keyboard as data: rows of keys, each with what it types
// (without and with shift) and its width in key units. Drawing and editing live elsewhere.
#include <string>
#include <vector>

#include "ui/widgets/onscreen_keyboard.hpp"

namespace intake::ui {

enum class KeyAction { Insert, Shift, Accents, Backspace, Done };

struct KeyDef {
  KeyAction action = KeyAction::Insert;
  std::string lower;  // what an Insert key types without shift
  std::string upper;  // ... and with shift
  float units = 1.f;  // width in key units
  std::string id;     // probe/ImGui id after "key_": the typed text, or shift/space/...
};

using KeyRow = std::vector<KeyDef>;

struct KeyPage {
  std::vector<KeyRow> rows;  // always kKeyboardRows rows, so every layout has the same height
  float max_width_px = 0.f;  // at 1080p: wide layouts are capped so keys stay finger-sized
};

inline constexpr int kKeyboardRows = 4;

// accents: the accents page of the Letters layout (ignored by the other layouts).
KeyPage keyboard_page(KeyboardLayout layout, bool accents);

// Total width of a row in key units.
float row_units(const KeyRow& row);

}  // namespace intake::ui
