#pragma once
// One record: identity and flags, answers, consent, reviews, the signed document, and a review.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "staff/record_answers.hpp"
#include "store/record_types.hpp"
#include "store/visit_history.hpp"
#include "ui/staff/record_document_state.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/signature_pad.hpp"

#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

// The open record and everything typed about it.
struct RecordState {
  std::optional<store::Record> open;  // the record shown; none: back to the queue
  std::vector<staff::StaffAnswerLine> answers;
  std::optional<store::VisitHistory> history;  // the person's earlier visits
  std::string problem;
  ScrollState scroll;
  std::optional<intake::ReviewDecision> decision;
  std::string note;
  std::map<std::string, std::string> reasons;  // flag code -> why go ahead despite it
  bool reasons_tried = false;                  // Save was refused for a missing reason: mark the fields
  ScrollState review_scroll;                   // the review's choices, reasons and note
  // Frames left to scroll the reasons asked for (or the first one missing) into view: the view's
  // height can change as it happens (a notice above), so it is checked again the next frame.
  int reveal_reasons = 0;
  float review_fixed_height = 0.f;  // the pad and buttons below them, as last drawn
  SignaturePadState countersignature;
  RecordDocumentState document;  // "Signed document": page textures (record_document_view.cpp)
  void close();                  // wipes it all and releases every page texture
};

// One record: identity, flags, answers, review and export.
StaffAction draw_staff_record_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
