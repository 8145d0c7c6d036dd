#include "fhir/delivery_status.hpp"

namespace intake::fhir {

std::string delivery_summary(bool enabled, const store::OutboxStatus& status,
                             const std::function<std::string(const std::string&)>& local_time) {
  if (!enabled)
    return status.waiting == 0 ? "Sending to a FHIR server is off."
                               : "Sending to a FHIR server is off; " + std::to_string(status.waiting) +
                                     " kept to send once it is set up.";
  std::string text =
      status.waiting == 0 ? "Everything sent" : std::to_string(status.waiting) + " waiting to send";
  if (status.last_delivered_at) text += "; last sent " + local_time(*status.last_delivered_at);
  if (status.failing_since)
    text += "; server unreachable since " + local_time(*status.failing_since) +
            (status.last_error.empty() ? "" : " (" + status.last_error + ")");
  return text;
}

}  // namespace intake::fhir
