#pragma once
// The queue: today's check-ins (or a search's results), stop flags first, a page at a time.
#include <cstdint>
#include <string>
#include <vector>

#include "staff/staff_queue.hpp"
#include "store/record_types.hpp"

#include "ui/staff/fhir_delivery_line.hpp"
#include "ui/staff/staff_action.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffState;
struct StaffContext;

struct QueueState {
  staff::QueueFilter filter;
  std::int64_t page = 0;
  std::int64_t page_size = 7;  // rows that fit the screen; the queue screen sets it
  std::int64_t total = 0;
  std::vector<store::RecordSummary> rows;
  std::vector<int> row_visits;  // each row's visit number (visit_history.hpp); 1 = first visit
  bool stale = true;            // read the page again before drawing it
  std::string problem;
  DeliveryLineState delivery;  // the FHIR delivery line, read with the page and every 2 s
  void wipe();                 // the names and dates of birth on the page, and the search typed
};

StaffAction draw_staff_queue_screen(UiFrame& frame, StaffState& state, const StaffContext& context);

}  // namespace intake::ui
