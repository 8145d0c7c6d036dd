#pragma once
// Calendar dates without a time of day: dates of birth, visit dates, "last dose" answers.
// Every date rule of the forms (age, "less than N months before the visit") works on these,
// never on time points, so a patient's answer can't shift by a time zone.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace intake {

struct CalendarDate {
  int year = 1970;  // 1..9999 for anything produced by parse_calendar_date
  int month = 1;    // 1..12
  int day = 1;      // 1..days_in_month(year, month)

  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid_date(int year, int month, int day);

// Strict "YYYY-MM-DD": exactly ten characters, years 0001-9999, and a real date (no 2023-02-29).
std::optional<CalendarDate> parse_calendar_date(std::string_view text);
std::string to_iso(const CalendarDate& date);  // "YYYY-MM-DD"

// Days since 1970-01-01 (negative before), and back. Used for day arithmetic.
std::int64_t to_day_number(const CalendarDate& date);
CalendarDate from_day_number(std::int64_t days);

CalendarDate add_days(const CalendarDate& date, std::int64_t days);
// Calendar months, negative too. The day clamps to the target month's last day:
// add_months(2025-08-31, -6) == 2025-02-28, add_months(2024-08-31, -6) == 2024-02-29.
CalendarDate add_months(const CalendarDate& date, int months);

// Completed years on `on`; the birthday itself counts. A 29 February birthday falls on
// 1 March in common years. Negative when `on` is before the birth.
int age_on(const CalendarDate& birth, const CalendarDate& on);

}  // namespace intake
