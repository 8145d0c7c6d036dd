#pragma once
// A large, tappable text field: label above, value inside, a caret when it is the field being
// edited. Editing happens through the on-screen keyboard, not here.
#include <imgui.h>

#include <string>
#include <string_view>

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct TextFieldView {
  std::string_view label;        // e.g. "First name"
  std::string_view value;        // UTF-8
  std::string_view placeholder;  // shown greyed when value is empty, e.g. "Tap to type"
  std::string_view note;         // a required/invalid message shown under the field in words
  bool focused = false;          // the field the keyboard is typing into
  bool optional = false;         // shows "(optional)" after the label
};

// Returns true when the field was tapped (the caller focuses it and shows the keyboard).
// Records a probe item with the label as its label and id path ".../<id>".
bool text_field(UiFrame& frame, std::string_view id, const TextFieldView& view, float width);

}  // namespace intake::ui
