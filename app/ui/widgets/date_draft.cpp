#include "ui/widgets/date_draft.hpp"

#include <charconv>

#include "common/secure_memory.hpp"

namespace intake::ui {

void DateDraft::wipe() {
  secure_wipe(day);
  secure_wipe(month);
  secure_wipe(year);
}

std::optional<CalendarDate> draft_date(const DateDraft& draft) {
  auto number = [](const std::string& text) -> std::optional<int> {
    int value = 0;
    if (text.empty()) return std::nullopt;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
  };
  auto day = number(draft.day), month = number(draft.month), year = number(draft.year);
  if (!day || !month || !year || draft.year.size() != 4) return std::nullopt;
  if (!is_valid_date(*year, *month, *day)) return std::nullopt;
  return CalendarDate{*year, *month, *day};
}

}  // namespace intake::ui
