// `export FOLDER [--record ID | --from DAY [--to DAY]]`: the signed PDFs with their SHA-256
// manifests into a folder, as staff mode's Export screen does (the same core calls), e.g. from
// a nightly timer to the clinic's archive share. Days are the clinic's local calendar days;
// without a choice, today. Records already exported there are skipped and counted.
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "cli/day_options.hpp"
#include "common/calendar_date.hpp"
#include "common/try.hpp"
#include "staff/record_export.hpp"
#include "staff/staff_queue.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk export FOLDER [--record ID | --from YYYY-MM-DD [--to YYYY-MM-DD]]\n";
  return kExitUsage;
}

Result<int> export_command(CliContext& context, const CommandArgs& args) {
  std::string folder, record_id;
  std::optional<CalendarDate> from, to;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--record" && has_value) {
      record_id = args[++i];
    } else if (const DayOption day = read_day_option(context, args, i, from, to);
               day != DayOption::not_a_day_option) {
      if (day == DayOption::bad_date) return kExitUsage;
    } else if (args[i].starts_with("--") || !folder.empty()) {
      return usage(context);
    } else {
      folder = args[i];
    }
  }
  if (folder.empty() || (!record_id.empty() && (from || to)) || (to && !from)) return usage(context);

  auto store = TRY(store::open_store(context.paths, context.clock));
  if (!record_id.empty()) {
    auto exported = TRY(staff::export_record_pdfs(store, record_id, folder, context.actor));
    for (const auto& file : exported.files) context.out << file.sha256 << "  " << file.file_name << "\n";
    context.out << "wrote " << exported.manifest.string() << "\n";
    return kExitOk;
  }
  const CalendarDate today = context.clock.today();
  const CalendarDate first = from.value_or(today), last = to.value_or(from ? *from : today);
  if (last < first) {
    context.err << "intake-kiosk: --to is before --from.\n";
    return kExitUsage;
  }
  const staff::UtcRange range = staff::local_days_in_utc(first, last);
  auto exported = TRY(staff::export_records_in_range(store, range.from, range.before, folder, context.actor));
  for (const auto& record : exported.exported) context.out << "wrote " << record.manifest.string() << "\n";
  context.out << fmt::format("exported {} records from {} to {}; {} were already there\n",
                             exported.exported.size(), to_iso(first), to_iso(last), exported.already_there);
  return kExitOk;
}

}  // namespace

int run_export_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, export_command(context, args));
}

}  // namespace intake::cli
