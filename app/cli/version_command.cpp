#include <ostream>

#include "cli/cli_context.hpp"
#include "intake/build_paths.hpp"

namespace intake::cli {

int run_version_command(CliContext& context, const CommandArgs&) {
  context.out << "intake-kiosk " << INTAKE_VERSION << "\n";
  return kExitOk;
}

}  // namespace intake::cli
