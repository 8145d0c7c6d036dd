#pragma once
// Store times are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ": they sort as text, so an index on
// them serves date ranges, and they read the same in the sqlcipher shell.
#include <chrono>
#include <string>

namespace intake::store {

std::string utc_timestamp(std::chrono::system_clock::time_point when);
// Parses what utc_timestamp writes; false when `text` is not in that form.
bool parse_utc_timestamp(const std::string& text, std::chrono::system_clock::time_point& when);

}  // namespace intake::store
