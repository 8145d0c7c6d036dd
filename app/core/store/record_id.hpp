#pragma once
// Record ids look like "R-20261121-7F3K9Q": the UTC creation date, then six random
// Crockford base-32 characters (no I, L, O or U, so staff can read one aloud or type it
// from the printed PDF without confusing 1/I or 0/O). 2^30 ids per day.
#include <string>
#include <string_view>

namespace intake::store {

// date: "YYYY-MM-DD..." (the first ten characters are used).
std::string make_record_id(std::string_view date);
bool is_valid_record_id(std::string_view id);

}  // namespace intake::store
