#pragma once
// The record view's left column: tabs "Details" / "Signed document", and under the
// second the stored PDF exactly as kept, page by page, with a switch between its versions (1 =
// as the patient signed it, then each review). Pages are drawn from the stored bytes
// (staff::render_record_pages, audited as a view) only when staff open the tab, at the width
// of the column, and kept as textures until the record closes. Front desk sees no tabs: the PDF
// holds the answers, which are for practitioners.
#include <imgui.h>

#include "ui/staff/staff_state.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// Draws the tabs at the cursor (nothing for front desk) and returns the size left below them
// for the details or the document.
ImVec2 draw_record_column_tabs(UiFrame& frame, StaffState& state, ImVec2 size);
// The version switch and the pages, in `size` at the cursor. Call while state.document.open.
void draw_record_document(UiFrame& frame, StaffState& state, const StaffContext& context, ImVec2 size);

}  // namespace intake::ui
