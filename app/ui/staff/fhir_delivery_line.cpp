#include "ui/staff/fhir_delivery_line.hpp"

#include <fmt/format.h>

#include "fhir/fhir_server.hpp"
#include "staff/staff_queue.hpp"
#include "store/fhir_outbox.hpp"
#include "ui/staff/day_text.hpp"
#include "ui/staff/staff_state.hpp"

namespace intake::ui {
namespace {

// A refusal in the staff member's language; a store failure with no text of its own says so in
// it too, with the store's sentence after it (what IT needs).
std::string problem_text(UiFrame& frame, const Error& error) {
  if (!error.key.empty()) return frame.t(error.key);
  return fmt::format(fmt::runtime(frame.t("staff.fhir.status_unreadable")), error.message);
}

// Times local, "HH:MM" today and the date before that.
std::string read_line(UiFrame& frame, StaffState& state, const StaffContext& context) {
  auto server = fhir::load_server_config(*state.store, context.credentials_dir);
  if (!server) return problem_text(frame, server.error());
  // Off: a clinic without a FHIR server hears nothing about it (`fhir status` still counts the rows kept).
  if (!server->enabled()) return std::string();
  auto status = store::fhir_outbox_status(*state.store);
  if (!status) return problem_text(frame, status.error());
  auto when = [&](const std::string& utc) {
    const std::string day = staff::local_date_time(utc, context.zone);
    return day.starts_with(to_iso(context.today)) ? staff::local_clock_time(utc, context.zone) : day;
  };
  std::string line = status->waiting == 0
                         ? frame.t("staff.fhir.all_sent")
                         : fmt::format(fmt::runtime(frame.t("staff.fhir.waiting")), status->waiting);
  if (status->last_delivered_at)
    line +=
        "; " + fmt::format(fmt::runtime(frame.t("staff.fhir.last_sent")), when(*status->last_delivered_at));
  if (status->failing_since)
    line += "; " + fmt::format(fmt::runtime(frame.t("staff.fhir.unreachable")), when(*status->failing_since));
  return line;
}

}  // namespace

void refresh_delivery_line(UiFrame& frame, StaffState& state, const StaffContext& context, bool now) {
  DeliveryLineState& line = state.queue.delivery;
  if (now || line.read_at < 0 || frame.now - line.read_at >= kDeliveryLineRefreshSeconds) {
    line.text = read_line(frame, state, context);
    line.read_at = frame.now;
  }
}

}  // namespace intake::ui
