#pragma once
// The delivery state in words for staff and the shell:
//   "3 waiting to send; last sent 14:02; server unreachable since 13:40"
// Times are the clinic's local time (the caller passes the offset it formats with).
#include <functional>
#include <string>

#include "store/fhir_outbox.hpp"

namespace intake::fhir {

// `local_time` turns a stored UTC timestamp into the clinic's "HH:MM" (or a date and time
// when not today); the CLI and the staff screen pass the same function.
std::string delivery_summary(bool enabled, const store::OutboxStatus& status,
                             const std::function<std::string(const std::string&)>& local_time);

}  // namespace intake::fhir
