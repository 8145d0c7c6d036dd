#include <catch2/catch_test_macros.hpp>

#include "common/calendar_date.hpp"
#include "test_clock.hpp"

using intake::CalendarDate;

namespace {
CalendarDate d(const char* iso) { return intake::parse_calendar_date(iso).value(); }
}  // namespace

TEST_CASE("parse_calendar_date accepts only real dates written YYYY-MM-DD", "[calendar_date]") {
  CHECK(intake::parse_calendar_date("2024-02-29") == CalendarDate{2024, 2, 29});
  CHECK(intake::parse_calendar_date("0001-01-01") == CalendarDate{1, 1, 1});
  CHECK(intake::parse_calendar_date("9999-12-31") == CalendarDate{9999, 12, 31});
  for (const char* bad :
       {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "2024-01-1",
        " 2024-01-01", "2024-01-01 ", "2024/01/01", "0000-01-01", "2024-01-0a", "+024-01-01", "", "20240101"})
    CHECK_FALSE(intake::parse_calendar_date(bad).has_value());
  CHECK(intake::parse_calendar_date("2000-02-29").has_value());  // divisible by 400: leap
}

TEST_CASE("to_iso pads to four-digit years and two-digit months and days", "[calendar_date]") {
  CHECK(intake::to_iso(CalendarDate{987, 3, 4}) == "0987-03-04");
  CHECK(intake::to_iso(d("2026-11-21")) == "2026-11-21");
}

TEST_CASE("day numbers round-trip across centuries", "[calendar_date]") {
  CHECK(intake::to_day_number(d("1970-01-01")) == 0);
  CHECK(intake::to_day_number(d("2000-03-01")) == 11017);
  for (std::int64_t n = -800000; n < 800000; n += 997)
    CHECK(intake::to_day_number(intake::from_day_number(n)) == n);
}

TEST_CASE("add_days crosses months, years and leap days", "[calendar_date]") {
  CHECK(intake::add_days(d("2024-02-28"), 1) == d("2024-02-29"));
  CHECK(intake::add_days(d("2023-02-28"), 1) == d("2023-03-01"));
  CHECK(intake::add_days(d("2024-12-31"), 1) == d("2025-01-01"));
  CHECK(intake::add_days(d("2025-01-01"), -1) == d("2024-12-31"));
  CHECK(intake::add_days(d("2025-03-01"), -14) == d("2025-02-15"));
}

TEST_CASE("add_months clamps to the last day of the target month", "[calendar_date]") {
  CHECK(intake::add_months(d("2025-08-31"), -6) == d("2025-02-28"));
  CHECK(intake::add_months(d("2024-08-31"), -6) == d("2024-02-29"));
  CHECK(intake::add_months(d("2025-03-31"), -1) == d("2025-02-28"));
  CHECK(intake::add_months(d("2025-05-31"), 1) == d("2025-06-30"));
  CHECK(intake::add_months(d("2025-01-15"), -1) == d("2024-12-15"));
  CHECK(intake::add_months(d("2025-01-15"), -13) == d("2023-12-15"));
  CHECK(intake::add_months(d("2025-11-30"), 2) == d("2026-01-30"));
  CHECK(intake::add_months(d("2025-06-15"), 0) == d("2025-06-15"));
  CHECK(intake::add_months(d("2024-02-29"), 12) == d("2025-02-28"));
}

TEST_CASE("age_on counts completed years and the birthday itself", "[calendar_date]") {
  CHECK(intake::age_on(d("2008-06-15"), d("2026-06-14")) == 17);
  CHECK(intake::age_on(d("2008-06-15"), d("2026-06-15")) == 18);
  CHECK(intake::age_on(d("2008-06-15"), d("2026-12-31")) == 18);
  CHECK(intake::age_on(d("2008-06-15"), d("2008-06-15")) == 0);
  CHECK(intake::age_on(d("2008-06-15"), d("2008-06-14")) == -1);
}

TEST_CASE("a 29 February birthday falls on 1 March in common years", "[calendar_date]") {
  // Born 2008-02-29: 18th birthday in 2026 (common year) is 1 March.
  CHECK(intake::age_on(d("2008-02-29"), d("2026-02-28")) == 17);
  CHECK(intake::age_on(d("2008-02-29"), d("2026-03-01")) == 18);
  // In a leap year the birthday is 29 February itself.
  CHECK(intake::age_on(d("2004-02-29"), d("2022-02-28")) == 17);
  CHECK(intake::age_on(d("2004-02-29"), d("2022-03-01")) == 18);
  CHECK(intake::age_on(d("2006-02-28"), d("2024-02-28")) == 18);
  CHECK(intake::age_on(d("2008-02-29"), d("2027-02-28")) == 18);
  CHECK(intake::age_on(d("2008-02-29"), d("2027-03-01")) == 19);
  CHECK(intake::age_on(d("2008-02-29"), d("2028-02-29")) == 20);
}

TEST_CASE("dates compare in calendar order", "[calendar_date]") {
  CHECK(d("2024-01-31") < d("2024-02-01"));
  CHECK(d("2023-12-31") < d("2024-01-01"));
  CHECK(d("2024-02-01") > d("2024-01-31"));
  CHECK(d("2024-02-01") == CalendarDate{2024, 2, 1});
  CHECK(d("2024-02-01") != d("2024-02-02"));
}

TEST_CASE("the system clock's today is a real date", "[calendar_date]") {
  const CalendarDate today = intake::test::machine_clock().today();
  CHECK(intake::is_valid_date(today.year, today.month, today.day));
  CHECK(today.year >= 2024);
}
