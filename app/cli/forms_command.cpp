// `intake-kiosk forms check [DIR]`: loads every form under DIR (default: the resolved forms
// directory) with the same loader the kiosk uses and prints every problem as file:line:col.
#include <ostream>

#include "cli/cli_context.hpp"
#include "forms/form_catalog.hpp"

namespace intake::cli {

int run_forms_fhir_command(CliContext& context, const CommandArgs& args);  // forms_fhir_command.cpp

int run_forms_command(CliContext& context, const CommandArgs& args) {
  if (!args.empty() && args[0] == "fhir") return run_forms_fhir_command(context, args);
  if (args.empty() || args[0] != "check" || args.size() > 2) {
    context.err << "usage: intake-kiosk forms check [DIR]\n"
                   "       intake-kiosk forms fhir FORM_ID [--out FILE]\n";
    return kExitUsage;
  }
  const std::filesystem::path directory =
      args.size() == 2 ? std::filesystem::path(args[1]) : context.paths.forms_dir;
  const forms::FormCatalog catalog = forms::load_form_catalog(directory);
  for (const forms::Diagnostic& diagnostic : catalog.errors)
    context.err << forms::format_diagnostic(diagnostic) << "\n";
  for (const auto& form : catalog.forms) {
    context.out << "ok: " << form->id << " version " << form->version << ", " << form->questions.size()
                << " questions, " << form->rules.size() << " rules, languages";
    for (const std::string& language : form->languages) context.out << ' ' << language;
    context.out << "\n";
  }
  if (!catalog.ok()) {
    context.err << catalog.errors.size() << (catalog.errors.size() == 1 ? " problem" : " problems")
                << " found in " << directory.string() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace intake::cli
