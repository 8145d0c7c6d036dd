// `records fhir ID [--out FILE]` and `records fhir --from DAY [--to DAY] --out DIR`: records as
// FHIR R4 transaction Bundles (fhir/record_bundle.hpp), through the same core call as the
// Export screen's FHIR button. Reading a record and its PDFs is audited, as for `records pdf`.
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/day_options.hpp"
#include "common/calendar_date.hpp"
#include "common/secure_memory.hpp"
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

int fail(CliContext& context, const Error& error) {
  context.err << "intake-kiosk: " << error.message << "\n";
  return error.code;
}

}  // namespace

int run_records_fhir_command(CliContext& context, const CommandArgs& args) {
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

  auto store = store::open_store(context.paths, context.clock);
  if (!store) return fail(context, store.error());
  auto options = fhir::load_fhir_options(*store);
  if (!options) return fail(context, options.error());
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);

  if (!record_id.empty() && out.empty()) {
    auto bundle = fhir::load_record_bundle(*store, record_id, &catalog, *options, context.actor, "stdout");
    if (!bundle) return fail(context, bundle.error());
    std::string text = bundle->dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    context.out << text << "\n";
    secure_wipe(text);
    return kExitOk;
  }
  if (!record_id.empty()) {
    auto written =
        fhir::write_record_bundle(*store, record_id, out, &catalog, *options, context.actor, false);
    if (!written) return fail(context, written.error());
    context.out << "wrote " << out << ": record " << record_id << " as a FHIR R4 transaction Bundle\n";
    return kExitOk;
  }
  const staff::UtcRange range = staff::local_days_in_utc(*from, to.value_or(*from));
  auto written = fhir::write_record_bundles_in_range(*store, range.from, range.before, out, &catalog,
                                                     *options, context.actor);
  if (!written) return fail(context, written.error());
  for (const auto& file : written->written) context.out << "wrote " << file.string() << "\n";
  context.out << fmt::format("wrote {} FHIR Bundles for {} to {}\n", written->written.size(), to_iso(*from),
                             to_iso(to.value_or(*from)));
  return kExitOk;
}

}  // namespace intake::cli
