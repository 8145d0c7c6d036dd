#pragma once
// nlohmann::json keeps its strings in std::string: a parsed session or an answers object holds
// patient data in heap memory that outlives the request unless it is zeroed before it is freed.
#include <nlohmann/json_fwd.hpp>

namespace intake::submission {

// Zeroes every string (keys cannot be reached; they are form ids, never patient data) and
// every number in place, then makes `value` null.
void wipe_json(nlohmann::json& value);

}  // namespace intake::submission
