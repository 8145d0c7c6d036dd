#pragma once
// "Need help?" over whatever screen shows: someone from the front desk will come; the answers
// are kept while the patient waits (for the usual idle time); "Go back to my answers" closes
// it; "Start over" asks once more, then wipes everything. The clinic may also mention its
// paper form here.
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct NeedHelpState {
  bool open = false;
  bool confirming = false;  // "Start over?" is being asked
  void wipe() { *this = {}; }
};

struct NeedHelpView {
  bool paper_form_notice = true;  // the clinic setting paper_form_notice
  bool holds_answers = true;      // offer "Start over" only when there is something to delete
};

struct NeedHelpActions {
  bool start_over = false;  // confirmed: wipe the check-in
};

// Draws nothing when the state is closed.
NeedHelpActions draw_need_help_screen(UiFrame& frame, NeedHelpState& state, const NeedHelpView& view);

}  // namespace intake::ui
