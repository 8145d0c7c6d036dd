#pragma once
// The kiosk's zone name and the check of recorded times, through the one date and time module
// (common/date_time.hpp).
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/date_time.hpp"
#include "session/intake_session.hpp"

namespace intake::submission {

// "2026-11-21T13:36:43+01:00": the session's one implementation, used here too.
using intake::local_iso_timestamp;

// The local zone's IANA name ("Europe/Madrid"): $TZ when it names a zone, else /etc/timezone,
// else the /etc/localtime link target; "UTC" when none of these says.
inline std::string local_time_zone_name() {
  const char* tz = std::getenv("TZ");
  return system_time_zone_name(tz != nullptr ? tz : "");
}

// What the PDF and the store accept as a signing/initialling time (parse_offset_time).
inline bool is_timestamp_with_offset(std::string_view text) { return parse_offset_time(text).has_value(); }

}  // namespace intake::submission
