#pragma once
// The one keyboard focus of patient and staff mode: which text field the on-screen keyboard
// types into, the keyboard itself, and the fields the current screen drew this frame. A field
// registers itself while it draws (add()); the keyboard, drawn last, edits the focused one,
// and Done moves to the next field on the screen, or closes the keyboard after the last. A
// focused field that was not drawn this frame (the screen changed) loses the focus.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ui/ui_frame.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"

namespace intake::ui {

// A text field on the current screen, registered while the screen draws.
struct EditableField {
  std::string id;
  std::string* text = nullptr;
  KeyboardLayout layout = KeyboardLayout::Letters;
  std::size_t max_length = 100;
  float content_y0 = 0.f;  // where it sits in a scroll view's content, to keep it in view
  float content_y1 = 0.f;
};

struct KeyboardFocus {
  std::string focused;  // the field's id; "" when none
  KeyboardState keyboard;
  KeyboardLayout layout = KeyboardLayout::Letters;  // the focused field's, kept while it slides away
  std::string revealed;                             // the focused field last scrolled into view
  std::vector<EditableField> fields;                // this frame's, in drawing order

  bool is_focused(std::string_view id) const { return !focused.empty() && focused == id; }
  // Raises the keyboard for a field that was tapped.
  void focus(std::string_view id);
  // Nothing focused; the keyboard slides away.
  void clear();
  // Call before the screen draws: the fields are registered afresh every frame.
  void begin_frame() { fields.clear(); }
  void add(EditableField field) { fields.push_back(std::move(field)); }
  // How much of the screen's bottom the keyboard covers now: content above shrinks by this.
  float covered_height(const UiMetrics& metrics) const;
  void wipe();  // forgets the fields (they point into patient data) and the focus
};

// Draws the keyboard for the focused field (once per frame, after the screen). When `reveal` is
// given, a newly focused field is scrolled into view above the keyboard. Returns the keyboard's
// result (changed: the focused field's text was edited this frame).
KeyboardResult draw_focus_keyboard(UiFrame& frame, KeyboardFocus& focus, ScrollState* reveal);

}  // namespace intake::ui
