#pragma once
// `--from DAY` / `--to DAY` for the commands that take a range of the clinic's days (export,
// records fhir): one reading and one message for a day that is not a date.
#include <cstddef>
#include <optional>

#include "cli/cli_context.hpp"
#include "common/calendar_date.hpp"

namespace intake::cli {

enum class DayOption { not_a_day_option, read, bad_date };

// When args[i] is --from or --to with a value after it, reads that day into `from` or `to` and
// moves i onto the value. bad_date has already told the user what is wrong.
DayOption read_day_option(CliContext& context, const CommandArgs& args, std::size_t& i,
                          std::optional<CalendarDate>& from, std::optional<CalendarDate>& to);

}  // namespace intake::cli
