#include "common/calendar_date.hpp"

#include <cstdio>
#include <ctime>

namespace intake {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (year < 0 || month < 0 || day < 0 || !is_valid_date(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::string to_iso(const CalendarDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic.
std::int64_t to_day_number(const CalendarDate& date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (date.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate from_day_number(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CalendarDate{year, month, day};
}

CalendarDate add_days(const CalendarDate& date, std::int64_t days) {
  return from_day_number(to_day_number(date) + days);
}

CalendarDate add_months(const CalendarDate& date, int months) {
  const std::int64_t index = static_cast<std::int64_t>(date.year) * 12 + (date.month - 1) + months;
  // Floor division so that negative month offsets land in the right year.
  std::int64_t year = index / 12, month0 = index % 12;
  if (month0 < 0) {
    month0 += 12;
    --year;
  }
  CalendarDate result{static_cast<int>(year), static_cast<int>(month0 + 1), date.day};
  const int last = days_in_month(result.year, result.month);
  if (result.day > last) result.day = last;
  return result;
}

int age_on(const CalendarDate& birth, const CalendarDate& on) {
  int years = on.year - birth.year;
  int birthday_month = birth.month, birthday_day = birth.day;
  if (birth.month == 2 && birth.day == 29 && !is_leap_year(on.year)) {
    birthday_month = 3;  // the law in most places, and the domain file: 1 March in common years
    birthday_day = 1;
  }
  if (on.month < birthday_month || (on.month == birthday_month && on.day < birthday_day)) --years;
  return years;
}

}  // namespace intake
