#pragma once
// The practitioner's review beside the record: the decision, a short reason for each STOP or
// REVIEW flag when going ahead despite it, a note, the countersignature and Save; once
// reviewed, what was decided, by whom, when and why.
#include <vector>

#include "store/record_types.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// The record's flags a decision to go ahead must give a reason for (STOP and REVIEW).
std::vector<const store::RecordFlag*> flags_needing_reasons(const store::Record& record);

// Draws the panel at the cursor, `width` wide and `height` tall.
void draw_review_panel(UiFrame& frame, StaffState& state, const StaffContext& context, float width,
                       float height);

}  // namespace intake::ui
