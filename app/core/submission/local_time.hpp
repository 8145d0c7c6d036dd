#pragma once
// Local times as the PDF prints them: ISO 8601 with the offset, and the kiosk's IANA zone name
// beside it, so "10:42" can never be read in the wrong zone.
#include <chrono>
#include <string>
#include <string_view>

#include "session/intake_session.hpp"

namespace intake::submission {

// "2026-11-21T13:36:43+01:00": the session's one implementation, used here too.
using intake::local_iso_timestamp;

// The local zone's IANA name ("Europe/Madrid"): $TZ when it names a zone, else /etc/timezone,
// else the /etc/localtime link target; "" when none of these says.
std::string local_time_zone_name();

// "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+HH:MM"/"-HH:MM" (fractions of a second allowed),
// with a real date and time: what the PDF and the store accept as a signing/initialling time.
bool is_timestamp_with_offset(std::string_view text);

}  // namespace intake::submission
