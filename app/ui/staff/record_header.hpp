#pragma once
// The record's header, under the patient's name on the record screen: what a practitioner must
// know before anything else (allergies, whether photos may be taken, the guardian who signed),
// whatever part of the record is scrolled to.
#include <string>
#include <vector>

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// "Metal allergy, Latex allergy: penicillin": the flags raised on the form's allergies page, by
// their staff labels, with a typed allergy's words for those who see answers; empty when none
// was reported. `reported` is false when the record's form has no allergies page.
struct AllergyLine {
  bool asked = false;
  std::vector<std::string> allergies;
};
AllergyLine record_allergies(const UiFrame& frame, const StaffState& state, const StaffContext& context);

// Draws the header band at the cursor, `width` wide; returns its height.
float draw_record_header(UiFrame& frame, const StaffState& state, const StaffContext& context, float width);

}  // namespace intake::ui
