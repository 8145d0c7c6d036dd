// `print ID [--printer NAME]`: the patient's copy (what they saw and signed, with the aftercare
// and the clinic's contact; nothing meant for staff) to the clinic's printer through CUPS's lp, as staff
// mode's "Print patient copy" does. Without --printer, the `printer` setting, else the system's default
// printer. Audited.
#include <optional>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "forms/form_catalog.hpp"
#include "staff/patient_copy.hpp"
#include "store/store.hpp"

namespace intake::cli {

int run_print_command(CliContext& context, const CommandArgs& args) {
  std::string record_id;
  std::optional<std::string> printer;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--printer" && i + 1 < args.size()) {
      printer = args[++i];
    } else if (args[i].starts_with("--") || !record_id.empty()) {
      context.err << "usage: intake-kiosk print ID [--printer NAME]\n";
      return kExitUsage;
    } else {
      record_id = args[i];
    }
  }
  if (record_id.empty()) {
    context.err << "usage: intake-kiosk print ID [--printer NAME]\n";
    return kExitUsage;
  }
  auto store = store::open_store(context.paths, context.clock);
  if (!store) {
    context.err << "intake-kiosk: " << store.error().message << "\n";
    return store.error().code;
  }
  auto options = staff::clinic_print_options(*store);
  if (!options) {
    context.err << "intake-kiosk: " << options.error().message << "\n";
    return options.error().code;
  }
  if (printer) options->printer = *printer;
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  const staff::PatientCopySource source{catalog, context.paths.fonts_dir, context.paths.credentials_dir};
  if (Status printed = staff::print_patient_copy(*store, record_id, source, *options, context.actor);
      !printed) {
    context.err << "intake-kiosk: " << printed.error().message << "\n";
    return printed.error().code;
  }
  context.out << "sent the patient's copy of " << record_id << " to "
              << (options->printer.empty() ? std::string("the default printer") : options->printer) << "\n";
  return kExitOk;
}

}  // namespace intake::cli
