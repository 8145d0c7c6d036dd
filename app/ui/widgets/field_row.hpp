#pragma once
// A text field wired to the on-screen keyboard: draws it, registers it with the journey so the
// keyboard edits it and Done moves on, and focuses it when tapped.
#include <string>
#include <string_view>

#include "ui/patient_journey.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"

namespace intake::ui {

struct FieldSpec {
  std::string id;  // unique on the screen; the probe path ends with it
  std::string_view label;
  KeyboardLayout layout = KeyboardLayout::Letters;
  std::size_t max_length = 100;
  std::string_view note;  // shown beneath in words (required / invalid), "" for none
  bool optional = false;
  float width = 0.f;  // 0: the whole row
};

void field_row(UiFrame& frame, PatientJourney& journey, const FieldSpec& spec, std::string& value);

// Three fields in a row for day, month and year, plus the date in words beneath.
void date_row(UiFrame& frame, PatientJourney& journey, const std::string& id_prefix,
              std::string_view label, DateDraft& draft, std::string_view note);

// An attention note that the first time after Next also scrolls itself (and what is above it
// since content_y0) into view.
void problem_note(UiFrame& frame, PatientJourney& journey, std::string_view text, float content_y0);

// "10 May 1990" / "10 de mayo de 1990".
std::string date_in_words(const UiFrame& frame, const CalendarDate& date);

}  // namespace intake::ui
