#pragma once
// A text field wired to the on-screen keyboard: draws it, registers it with the keyboard focus
// so the keyboard edits it and Done moves on, and focuses it when tapped.
#include <string>
#include <string_view>

#include "ui/keyboard_focus.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/date_draft.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"

namespace intake::ui {

// What a field row works with besides its value: the focus it registers with, and the scroll
// view that a note beside it scrolls into view once after Next (reveal_problem, then false).
struct FieldHost {
  KeyboardFocus& focus;
  ScrollState& scroll;
  bool& reveal_problem;
};

struct FieldSpec {
  std::string id;  // unique on the screen; the probe path ends with it
  std::string_view label;
  KeyboardLayout layout = KeyboardLayout::Letters;
  std::size_t max_length = 100;
  std::string_view note;  // shown beneath in words (required / invalid), "" for none
  bool optional = false;
  float width = 0.f;           // 0: the whole row
  std::string_view hint = {};  // shown in the empty box; "" for "Tap here to type"
};

void field_row(UiFrame& frame, FieldHost host, const FieldSpec& spec, std::string& value);

// Three fields in a row for day, month and year, plus the date in words beneath.
void date_row(UiFrame& frame, FieldHost host, const std::string& id_prefix, std::string_view label,
              DateDraft& draft, std::string_view note);

// An attention note that the first time after Next also scrolls itself (and what is above it
// since content_y0) into view.
void problem_note(UiFrame& frame, FieldHost host, std::string_view text, float content_y0);

// "10 May 1990" / "10 de mayo de 1990".
std::string date_in_words(const UiFrame& frame, const CalendarDate& date);

}  // namespace intake::ui
