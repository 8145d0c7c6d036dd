#pragma once
// The one place times are parsed, stored and written for people. Three forms exist:
// - the store's UTC text "2026-12-01T13:20:59.000Z" (sorts as text; an index serves ranges);
// - a local time with its offset "2026-12-01T14:20:59+01:00" (what a record says it was signed);
// - what a person reads: "Tue 1 Dec 2026, 14:20 CET" / "mar 1 dic 2026, 14:20 CET", always
//   in the clinic's zone, with the zone's own abbreviation for the offset shown.
// The zone and the clock are parameters: nothing here reads the environment or the time.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "common/calendar_date.hpp"
#include "common/time_zone.hpp"

namespace intake {

using SysMillis = std::chrono::sys_time<std::chrono::milliseconds>;

// --- store form --------------------------------------------------------------------------
std::string utc_timestamp(SysMillis when);  // "2026-12-01T13:20:59.000Z"
// Exactly what utc_timestamp writes (a real date and time); nullopt otherwise.
std::optional<SysMillis> parse_utc_timestamp(std::string_view text);

// --- local time with offset (ISO 8601) ---------------------------------------------------
struct OffsetTime {
  std::chrono::sys_seconds instant;
  std::chrono::minutes offset{0};  // east of UTC, as written
};
// "YYYY-MM-DDTHH:MM:SS" with optional fraction, then "Z" or "+HH:MM"/"-HH:MM"; a real date and
// time. Without an offset a time is ambiguous, so it is refused.
std::optional<OffsetTime> parse_offset_time(std::string_view text);
// What the PDF and the store accept as a signing or initialling time.
inline bool is_timestamp_with_offset(std::string_view text) { return parse_offset_time(text).has_value(); }
// "2026-12-01T14:20:59+01:00" in `zone` (seconds kept, fractions dropped).
std::string offset_timestamp(std::chrono::sys_seconds when, const TimeZone& zone);

// --- calendar days in a zone ---------------------------------------------------------------
CalendarDate local_date(std::chrono::sys_seconds when, const TimeZone& zone);
// The instant a local day begins (a day of a DST change is 23 or 25 hours long).
std::chrono::sys_seconds local_day_start(const CalendarDate& day, const TimeZone& zone);

// --- what people read ----------------------------------------------------------------------
enum class DateOrder { day_first, month_first };  // "1 Dec 2026" / "Dec 1, 2026"
struct DateStyle {
  std::string language = "en";  // month and weekday names: en, es (others read English)
  DateOrder order = DateOrder::day_first;
};
// "day_first" / "month_first" (the clinic's date_order setting); nullopt for anything else.
std::optional<DateOrder> parse_date_order(std::string_view text);
std::string_view date_order_text(DateOrder order);

// "Tue 1 Dec 2026, 14:20 CET" ("Tue Dec 1, 2026, 14:20 EST" month first).
std::string readable_date_time(std::chrono::sys_seconds when, const TimeZone& zone, const DateStyle& style);
// "Tue 1 Dec, 14:20": the same without the year or zone (lists of today's and this year's times).
std::string readable_day_time(std::chrono::sys_seconds when, const TimeZone& zone, const DateStyle& style);
// "14:20"
std::string readable_clock(std::chrono::sys_seconds when, const TimeZone& zone);
// "1 Dec 1990" / "Dec 1, 1990" (dates of birth, visit dates).
std::string readable_date(const CalendarDate& date, const DateStyle& style);
// A time recorded with its offset, read in that offset: the zone's abbreviation when `zone`
// agrees with the offset at that instant ("CET"), else the offset itself ("UTC+01:00"), so the
// name and the offset shown can never disagree. Text that does not parse comes back as is.
std::string readable_offset_time(std::string_view iso, const TimeZone& zone, const DateStyle& style);
// The store's UTC text read in `zone`; "" when it does not parse.
std::string readable_stored_time(std::string_view utc_text, const TimeZone& zone, const DateStyle& style);

}  // namespace intake
