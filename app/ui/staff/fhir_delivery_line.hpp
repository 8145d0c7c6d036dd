#pragma once
// The queue's FHIR delivery line ("FHIR server: 3 waiting to send; last sent 14:02; server
// unreachable since 13:40") in the staff member's language; empty when sending is off. The
// delivery worker sends on its own thread, so the line is read again every couple of seconds
// while the queue is shown, not only when the page is. No patient data.
#include <string>

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct DeliveryLineState {
  std::string text;
  double read_at = -1.0;  // frame.now of the last read; < 0: read at the next frame
};

// How often the line is read again while it is on screen (a settings read and a COUNT).
inline constexpr double kDeliveryLineRefreshSeconds = 2.0;

// Reads the line again when it is due (or `now` when forced), and asks for a frame when the
// next read is due so an idle screen still changes.
void refresh_delivery_line(UiFrame& frame, StaffState& state, const StaffContext& context, bool now);

}  // namespace intake::ui
