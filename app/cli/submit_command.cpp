// `intake-kiosk submit SESSION.json` (or `-` for stdin): stores a whole patient session through
// the same submit_session() the kiosk's Submit button uses, and prints the new record id.
// Refusals and failures go to stderr as one sentence, with a distinct exit code
// (submission/submission_error.hpp 30-49, store/store_error.hpp 10-29).
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <istream>
#include <iterator>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "forms/form_catalog.hpp"
#include "pdf/consent_pdf.hpp"
#include "store/store.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"
#include "submission/submit_session.hpp"

namespace intake::cli {
namespace {

constexpr const char* kUsage =
    "usage: intake-kiosk submit SESSION.json   (or - to read the session from stdin)\n";

Result<int> submit_command(CliContext& context, const CommandArgs& args) {
  if (args.size() != 1 || (args[0].starts_with("-") && args[0] != "-")) {
    context.err << kUsage;
    return kExitUsage;
  }
  std::string text;
  if (args[0] == "-") {
    text.assign(std::istreambuf_iterator<char>(context.in), std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(args[0], std::ios::binary);
    if (!file) {
      context.err << "intake-kiosk submit: cannot read " << args[0] << "\n";
      return kExitFailure;
    }
    text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }

  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  Result<IntakeSession> session =
      submission::session_from_json_text(catalog, text, context.clock.offset_now());
  secure_wipe(text);
  if (!session) {
    if (session.error().code == submission::kExitUnknownForm)
      for (const forms::Diagnostic& diagnostic : catalog.errors)
        context.err << forms::format_diagnostic(diagnostic) << "\n";
    return session.error();
  }

  auto store = store::open_store(context.paths, context.clock);
  if (!store) {
    session->wipe();
    return store.error();
  }
  submission::SubmitOptions options;
  options.actor = context.actor;
  options.credentials_dir = context.paths.credentials_dir;
  Result<std::string> id = submission::submit_session(
      *store, catalog, pdf::noto_sans_fonts(context.paths.fonts_dir), *session, options);
  session->wipe();
  if (!id) return id.error();
  context.out << *id << "\n";
  return kExitOk;
}

}  // namespace

int run_submit_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, submit_command(context, args), "intake-kiosk submit");
}

}  // namespace intake::cli
