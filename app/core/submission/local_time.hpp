#pragma once
// The check of recorded times, through the one date and time module (common/date_time.hpp).
#include <string>
#include <string_view>

#include "common/date_time.hpp"
#include "session/intake_session.hpp"

namespace intake::submission {

// What the PDF and the store accept as a signing/initialling time (parse_offset_time).
inline bool is_timestamp_with_offset(std::string_view text) { return parse_offset_time(text).has_value(); }

}  // namespace intake::submission
