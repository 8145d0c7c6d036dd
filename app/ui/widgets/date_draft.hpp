#pragma once
// A date typed on the numeric keypad as day / month / year, before it is a real date.
#include <optional>
#include <string>

#include "common/calendar_date.hpp"

namespace intake::ui {

struct DateDraft {
  std::string day, month, year;
  bool empty() const { return day.empty() && month.empty() && year.empty(); }
  void wipe();
};

// The date typed, when it is a real date (a four-digit year, and a day the month has).
std::optional<CalendarDate> draft_date(const DateDraft& draft);

}  // namespace intake::ui
