#include "cli/day_options.hpp"

#include <ostream>

namespace intake::cli {

DayOption read_day_option(CliContext& context, const CommandArgs& args, std::size_t& i,
                          std::optional<CalendarDate>& from, std::optional<CalendarDate>& to) {
  if ((args[i] != "--from" && args[i] != "--to") || i + 1 >= args.size()) return DayOption::not_a_day_option;
  auto day = parse_calendar_date(args[i + 1]);
  if (!day) {
    context.err << "intake-kiosk: " << args[i + 1] << " is not a date (YYYY-MM-DD).\n";
    return DayOption::bad_date;
  }
  (args[i] == "--from" ? from : to) = *day;
  ++i;
  return DayOption::read;
}

}  // namespace intake::cli
