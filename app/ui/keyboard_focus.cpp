#include "ui/keyboard_focus.hpp"

#include <algorithm>

namespace intake::ui {

void KeyboardFocus::focus(std::string_view id) {
  focused = std::string(id);
  keyboard.visible = true;
  keyboard.accents = false;
}

void KeyboardFocus::clear() {
  focused.clear();
  keyboard.visible = false;
}

float KeyboardFocus::covered_height(const UiMetrics& metrics) const {
  return keyboard_height(metrics, layout) * keyboard.slide;
}

void KeyboardFocus::wipe() {
  fields.clear();
  focused.clear();
  revealed.clear();
}

KeyboardResult draw_focus_keyboard(UiFrame& frame, KeyboardFocus& focus, ScrollState* reveal) {
  EditableField* field = nullptr;
  for (auto& candidate : focus.fields)
    if (candidate.id == focus.focused) field = &candidate;
  if (field == nullptr) {
    focus.clear();
    focus.revealed.clear();
  } else {
    focus.layout = field->layout;
    if (focus.revealed != field->id) {
      // A newly focused field, tapped or reached by Done, starts as its text wants: a capital
      // for an empty name, so a last name typed after the first name is not lower case.
      prepare_keyboard_for(focus.keyboard, field->layout, *field->text);
      // Keep the field being edited above the keyboard.
      if (reveal != nullptr)
        scroll_to_reveal(*reveal, field->content_y0 - frame.metrics.px(60.f),
                         field->content_y1 + frame.metrics.px(20.f));
      focus.revealed = field->id;
    }
  }
  if (!focus.keyboard.visible && focus.keyboard.slide <= 0.f) return {};
  std::string idle;  // what a keyboard sliding away edits: nothing
  std::string& target = field ? *field->text : idle;
  const KeyboardResult result =
      draw_onscreen_keyboard(frame, focus.keyboard, focus.layout, target, field ? field->max_length : 0);
  if (result.done && field) {
    auto it = std::find_if(focus.fields.begin(), focus.fields.end(),
                           [&](const EditableField& each) { return each.id == field->id; });
    if (it != focus.fields.end() && std::next(it) != focus.fields.end())
      focus.focused = std::next(it)->id;
    else
      focus.clear();
  }
  return result;
}

}  // namespace intake::ui
