#pragma once
// Calendar days as staff read them: "Sat 21/11/2026", and a range of days in one line
// ("Today", "Yesterday", "Last 7 days" or "14/11/2026 – 21/11/2026").
#include <string>

#include "common/calendar_date.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

std::string day_text(const UiFrame& frame, const CalendarDate& day);  // "Sat 21/11/2026"
std::string days_text(const UiFrame& frame, const CalendarDate& first, const CalendarDate& last,
                      const CalendarDate& today);

}  // namespace intake::ui
