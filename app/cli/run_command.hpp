#pragma once
#include "cli/cli_context.hpp"
#include "cli/command_line.hpp"

namespace intake::cli {

// Runs line.command (which must be set) and returns its exit code.
int run_command(const CommandLine& line, CliContext& context);
void print_usage(std::ostream& out);

}  // namespace intake::cli
