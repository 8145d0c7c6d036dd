#pragma once
// Store times are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ": they sort as text, so an index on
// them serves date ranges, and they read the same in the sqlcipher shell. Written and parsed by
// the one date and time module (common/date_time.hpp); these keep the store's own spelling.
#include <chrono>
#include <string>

#include "common/date_time.hpp"

namespace intake::store {

inline std::string utc_timestamp(std::chrono::system_clock::time_point when) {
  return intake::utc_timestamp(std::chrono::floor<std::chrono::milliseconds>(when));
}
// Parses what utc_timestamp writes; false when `text` is not in that form.
inline bool parse_utc_timestamp(const std::string& text, std::chrono::system_clock::time_point& when) {
  const auto parsed = intake::parse_utc_timestamp(text);
  if (!parsed) return false;
  when = std::chrono::time_point_cast<std::chrono::system_clock::duration>(*parsed);
  return true;
}

}  // namespace intake::store
