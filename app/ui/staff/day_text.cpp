#include "ui/staff/day_text.hpp"

namespace intake::ui {

std::string day_text(const UiFrame& frame, DateOrder order, const CalendarDate& day) {
  const std::int64_t days = to_day_number(day);
  const int monday_first = static_cast<int>(((days + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
  return frame.t("staff.weekday." + std::to_string(monday_first)) + " " +
         readable_date(day, DateStyle{frame.language, order});
}

std::string days_text(const UiFrame& frame, DateOrder order, const CalendarDate& first,
                      const CalendarDate& last, const CalendarDate& today) {
  if (first == last) {
    if (first == today) return frame.t("staff.days.today") + ", " + day_text(frame, order, first);
    if (first == add_days(today, -1))
      return frame.t("staff.days.yesterday") + ", " + day_text(frame, order, first);
    return day_text(frame, order, first);
  }
  return day_text(frame, order, first) + " – " + day_text(frame, order, last);
}

}  // namespace intake::ui
