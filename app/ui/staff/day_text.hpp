#pragma once
// Calendar days as staff read them: "Sat 21 Nov 2026" ("Sat Nov 21, 2026" month first), and a
// range of days in one line ("Today, Sat 21 Nov 2026" or "Sat 14 Nov 2026 – Sat 21 Nov 2026").
#include <string>

#include "common/calendar_date.hpp"
#include "common/date_time.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

std::string day_text(const UiFrame& frame, DateOrder order, const CalendarDate& day);  // "Sat 21 Nov 2026"
std::string days_text(const UiFrame& frame, DateOrder order, const CalendarDate& first,
                      const CalendarDate& last, const CalendarDate& today);

}  // namespace intake::ui
