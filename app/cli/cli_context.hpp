#pragma once
// What every CLI command gets: resolved paths, the three standard streams (tests pass string
// streams, main passes std::cin/cout/cerr), the clock and who is acting (main reads both from
// the host: cli/host_environment.hpp).
#include <iosfwd>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"

namespace intake::cli {

struct CliContext {
  ResourcePaths paths;
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  Clock clock;        // the store's times and "today"
  std::string actor;  // the audit trail's name for whoever runs the command (cli_actor)
  // The machine's zone as configured ($TZ, /etc/timezone, /etc/localtime), "" when nothing
  // says (clock.zone is then UTC): `doctor` reports it.
  std::string time_zone_setting;
};

// Process exit codes shared by all commands; the store adds its own distinct codes (>= 10).
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

using CommandArgs = std::vector<std::string>;
using CommandFn = int (*)(CliContext& context, const CommandArgs& args);

struct Command {
  const char* name;     // first word after the global options, e.g. "forms"
  const char* usage;    // e.g. "forms check [DIR]"
  const char* summary;  // one line for --help
  CommandFn run;
};

}  // namespace intake::cli
