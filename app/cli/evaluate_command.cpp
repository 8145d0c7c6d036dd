// `intake-kiosk evaluate FORM_ID ANSWERS.json [--as-of YYYY-MM-DD] [--last-treatment YYYY-MM-DD]
// [--language xx]`: runs the same evaluator as the kiosk and the submission path and prints its
// result as JSON. --last-treatment stands in for the store's visit history (the date of the
// person's last treated check-in), so the interval rule can be checked without a store.
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_context.hpp"
#include "common/calendar_date.hpp"
#include "common/secure_memory.hpp"
#include "forms/answers.hpp"
#include "forms/evaluation.hpp"
#include "forms/form_catalog.hpp"
#include "submission/untrusted_json.hpp"

namespace intake::cli {
namespace {

constexpr const char* kUsage =
    "usage: intake-kiosk evaluate FORM_ID ANSWERS.json [--as-of YYYY-MM-DD] [--last-treatment YYYY-MM-DD] "
    "[--language xx]\n";

}  // namespace

int run_evaluate_command(CliContext& context, const CommandArgs& args) {
  std::vector<std::string> positional;
  std::optional<CalendarDate> as_of, last_treatment;
  std::string language;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--as-of" || args[i] == "--language" || args[i] == "--last-treatment") {
      if (i + 1 >= args.size()) {
        context.err << args[i] << " needs a value\n" << kUsage;
        return kExitUsage;
      }
      if (args[i] == "--language") {
        language = args[++i];
        continue;
      }
      const std::string& option = args[i];
      auto& target = option == "--as-of" ? as_of : last_treatment;
      target = parse_calendar_date(args[++i]);
      if (!target) {
        context.err << option << " needs a real date written YYYY-MM-DD\n";
        return kExitUsage;
      }
    } else if (args[i].starts_with("--")) {
      context.err << "unknown option " << args[i] << "\n" << kUsage;
      return kExitUsage;
    } else {
      positional.push_back(args[i]);
    }
  }
  if (positional.size() != 2) {
    context.err << kUsage;
    return kExitUsage;
  }

  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  const forms::Form* form = catalog.find(positional[0]);
  if (!form) {
    for (const forms::Diagnostic& diagnostic : catalog.errors)
      context.err << forms::format_diagnostic(diagnostic) << "\n";
    context.err << "no valid form '" << positional[0] << "' in " << context.paths.forms_dir.string() << "\n";
    return kExitFailure;
  }
  if (language.empty()) language = form->languages.front();
  if (!form->has_language(language)) {
    context.err << "form '" << form->id << "' has no language '" << language << "'\n";
    return kExitUsage;
  }

  std::ifstream file(positional[1], std::ios::binary);
  if (!file) {
    context.err << "cannot read " << positional[1] << "\n";
    return kExitFailure;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  std::string text = buffer.str();
  auto untrusted = submission::parse_untrusted_json(text, "The answers file", kExitFailure);
  secure_wipe(text);  // answers are health data: don't leave a copy in freed memory
  if (!untrusted) {
    context.err << positional[1] << ": " << untrusted.error().message << "\n";
    return kExitFailure;
  }
  nlohmann::json& answers_json = *untrusted;
  auto parsed = forms::answers_from_json(*form, answers_json);
  if (!parsed) {
    context.err << positional[1] << ": " << parsed.error().message << "\n";
    return kExitFailure;
  }
  const CalendarDate visit_date = as_of ? *as_of : context.clock.today();
  const forms::Evaluation evaluation =
      forms::evaluate(*form, {parsed->answers, parsed->date_of_birth, visit_date, language, last_treatment});
  nlohmann::json out = forms::evaluation_to_json(evaluation);
  out["form"] = form->id;
  out["form_version"] = form->version;
  out["visit_date"] = to_iso(visit_date);
  if (last_treatment) out["last_treatment_date"] = to_iso(*last_treatment);
  context.out << out.dump(2) << "\n";
  return kExitOk;
}

}  // namespace intake::cli
