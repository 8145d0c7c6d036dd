#pragma once
// ISO 8601 timestamps with offset ("2026-11-21T10:42:13+01:00"), as the store writes them, for
// the PDF CreationDate and for printing times unambiguously (always with their offset).
#include <optional>
#include <string>
#include <string_view>

namespace intake::pdf {

struct Timestamp {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC; "Z" is 0
};

std::optional<Timestamp> parse_timestamp(std::string_view iso);

// "2026-11-21 10:42 UTC+01:00 (Europe/Madrid)"; text that does not parse is returned unchanged.
std::string display_timestamp(std::string_view iso, std::string_view zone = {});

}  // namespace intake::pdf
