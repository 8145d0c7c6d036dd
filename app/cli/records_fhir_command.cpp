// `records fhir ID [--out FILE]` and `records fhir --from DAY [--to DAY] --out DIR`: records as
// FHIR R4 transaction Bundles (fhir/record_bundle.hpp), through the same core call as the
// Export screen's FHIR button. Reading a record and its PDFs is audited, as for `records pdf`.
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "cli/day_options.hpp"
#include "common/calendar_date.hpp"
#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "fhir/record_fhir_export.hpp"
#include "forms/form_catalog.hpp"
#include "staff/staff_queue.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk records fhir ID [--out FILE]\n"
                 "       intake-kiosk records fhir --from YYYY-MM-DD [--to YYYY-MM-DD] --out DIR\n";
  return kExitUsage;
}

Result<int> records_fhir_command(CliContext& context, const CommandArgs& args) {
  std::string record_id, out;
  std::optional<CalendarDate> from, to;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--out" && has_value) {
      out = args[++i];
    } else if (const DayOption day = read_day_option(context, args, i, from, to);
               day != DayOption::not_a_day_option) {
      if (day == DayOption::bad_date) return kExitUsage;
    } else if (args[i].starts_with("--") || !record_id.empty()) {
      return usage(context);
    } else {
      record_id = args[i];
    }
  }
  if (record_id.empty() == !from || (to && !from) || (from && out.empty())) return usage(context);
  if (from && to && *to < *from) {
    context.err << "intake-kiosk: --to is before --from.\n";
    return kExitUsage;
  }

  auto store = TRY(store::open_store(context.paths, context.clock));
  auto options = TRY(fhir::load_fhir_options(store));
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);

  if (!record_id.empty() && out.empty()) {
    auto bundle = TRY(fhir::load_record_bundle(store, record_id, &catalog, options, context.actor, "stdout"));
    std::string text = bundle.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    context.out << text << "\n";
    secure_wipe(text);
    return kExitOk;
  }
  if (!record_id.empty()) {
    TRY(fhir::write_record_bundle(store, record_id, out, &catalog, options, context.actor, false));
    context.out << "wrote " << out << ": record " << record_id << " as a FHIR R4 transaction Bundle\n";
    return kExitOk;
  }
  const staff::UtcRange range = staff::local_days_in_utc(*from, to.value_or(*from));
  auto written = TRY(fhir::write_record_bundles_in_range(store, range.from, range.before, out, &catalog,
                                                         options, context.actor));
  for (const auto& file : written.written) context.out << "wrote " << file.string() << "\n";
  context.out << fmt::format("wrote {} FHIR Bundles for {} to {}\n", written.written.size(), to_iso(*from),
                             to_iso(to.value_or(*from)));
  return kExitOk;
}

}  // namespace

int run_records_fhir_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, records_fhir_command(context, args));
}

}  // namespace intake::cli
