#pragma once
// The kiosk has no physical keyboard: this one slides up from the bottom for text fields.
// Layouts: letters with shift and an accents key (á é í ó ú ü ñ ç ß ø å æ œ ł ... and their
// capitals), a numeric layout (digits, for dates and numbers), a phone layout (digits, +, space,
// -), and an e-mail layout (letters, digits, @, ., -, _ and a ".com" domain key). Every layout
// has backspace and a Done key (moves to the next field). Keys are at least 64 px tall at 1080p.
#include <imgui.h>

#include <cstddef>
#include <string>

#include "ui/ui_frame.hpp"

namespace intake::ui {

// Letters: names (capital after a space). Text: staff notes. Path: folders on a stick.
enum class KeyboardLayout { Letters, Numeric, Phone, Email, Text, Path };

struct KeyboardState {
  bool shift = true;        // starts capitalised for names; turns off after one letter
  bool accents = false;     // the accents page is showing instead of plain letters
  float slide = 0.f;        // 0 hidden .. 1 fully up (animated)
  bool visible = false;     // the target the slide animates towards
  double last_time = -1.0;  // frame.now when last drawn, for the slide animation
};

struct KeyboardResult {
  bool changed = false;  // text was edited this frame
  bool done = false;     // Done was tapped
};

// The keyboard's full height for a layout at the current metrics (used to shrink the content
// above it so the field being edited stays visible).
float keyboard_height(const UiMetrics& metrics, KeyboardLayout layout);

// How much of the screen's bottom the keyboard covers right now (0 when hidden, the full
// height when up, eased like the slide in between): shrink the content above by this.
float keyboard_covered_height(const UiMetrics& metrics, KeyboardLayout layout, const KeyboardState& state);

// Draws the keyboard docked to the bottom of the screen (in its own ImGui window on top of
// the screen) and edits `text` (UTF-8), never beyond max_length characters (code points).
// Sets frame.animating while sliding. Each key is recorded in the probe with id path
// "keyboard/key_<label>" (e.g. "keyboard/key_a", "keyboard/key_shift", "keyboard/key_accents",
// "keyboard/key_backspace", "keyboard/key_space", "keyboard/key_done", "keyboard/key_@",
// "keyboard/key_.com"), so tests can type by tapping.
KeyboardResult draw_onscreen_keyboard(UiFrame& frame, KeyboardState& state, KeyboardLayout layout,
                                      std::string& text, std::size_t max_length);

// Sets shift and the page for a field that has just been focused: capitalised when the field is
// empty or ends with a space or hyphen (names), letters page, never shift for e-mail.
void prepare_keyboard_for(KeyboardState& state, KeyboardLayout layout, const std::string& text);

// Removes the last UTF-8 character (backspace).
void erase_last_character(std::string& text);
std::size_t count_characters(const std::string& text);

}  // namespace intake::ui
