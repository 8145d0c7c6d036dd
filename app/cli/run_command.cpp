#include "cli/run_command.hpp"

#include <ostream>

#include "cli/command_table.hpp"

namespace intake::cli {

void print_usage(std::ostream& out) {
  out << "usage: intake-kiosk [--data-dir DIR] [--forms-dir DIR] [COMMAND ...]\n"
         "Without a command, starts the kiosk (options: --windowed WxH, --screenshot FILE,\n"
         "--exit-after-screenshot, --language CODE, --larger-text, --text-size 100|150|200, --probe-fd FD, "
         "--read-aloud,\n"
         "--speech-out DIR).\n"
         "Commands:\n";
  for (const Command& command : all_commands())
    out << "  " << command.usage << "\n      " << command.summary << "\n";
}

int run_command(const CommandLine& line, CliContext& context) {
  const Command* command = find_command(*line.command);
  if (command == nullptr) {
    context.err << "intake-kiosk: unknown command '" << *line.command << "'\n";
    return kExitUsage;
  }
  return command->run(context, line.args);
}

}  // namespace intake::cli
