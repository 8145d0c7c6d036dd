// `forms fhir FORM_ID [--out FILE]`: a form as a FHIR R4 Questionnaire (fhir/questionnaire.hpp).
// Conditions FHIR's enableWhen cannot express are listed on stderr, one line each.
#include <ostream>

#include "cli/cli_context.hpp"
#include "fhir/questionnaire.hpp"
#include "forms/form_catalog.hpp"
#include "store/atomic_file.hpp"
#include "store/store.hpp"

namespace intake::cli {

int run_forms_fhir_command(CliContext& context, const CommandArgs& args) {
  std::string form_id, out;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--out" && i + 1 < args.size()) {
      out = args[++i];
    } else if (args[i].starts_with("--") || !form_id.empty()) {
      form_id.clear();
      break;
    } else {
      form_id = args[i];
    }
  }
  if (form_id.empty()) {
    context.err << "usage: intake-kiosk forms fhir FORM_ID [--out FILE]\n";
    return kExitUsage;
  }
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  const forms::Form* form = catalog.find(form_id);
  if (!form) {
    context.err << "intake-kiosk: there is no valid form " << form_id << " in "
                << context.paths.forms_dir.string() << " (intake-kiosk forms check lists the problems).\n";
    return kExitFailure;
  }
  // The canonical URLs follow the clinic's fhir_system_base when a store is there to say it.
  fhir::FhirOptions options;
  if (std::filesystem::exists(context.paths.data_dir / store::kStoreFileName)) {
    auto store = store::open_store(context.paths, context.clock);
    if (!store) {
      context.err << "intake-kiosk: " << store.error().message << "\n";
      return store.error().code;
    }
    auto loaded = fhir::load_fhir_options(*store);
    if (!loaded) {
      context.err << "intake-kiosk: " << loaded.error().message << "\n";
      return loaded.error().code;
    }
    options = *loaded;
  }
  const fhir::QuestionnaireExport exported = fhir::form_questionnaire(*form, options);
  for (const std::string& note : exported.notes) context.err << "note: " << note << "\n";
  std::string text =
      exported.questionnaire.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  if (out.empty()) {
    context.out << text;
    return kExitOk;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  if (auto st = store::write_file_atomically(out, {bytes, text.size()}, 0644, store::ExistingFile::replace);
      !st) {
    context.err << "intake-kiosk: " << st.error().message << "\n";
    return st.error().code;
  }
  context.out << "wrote " << out << ": form " << form->id << " version " << form->version
              << " as a FHIR R4 Questionnaire\n";
  return kExitOk;
}

}  // namespace intake::cli
