// intake-kiosk: with a command, a CLI over the core; without one, the touchscreen kiosk.
#include <sys/resource.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/cli_actor.hpp"
#include "cli/command_line.hpp"
#include "cli/host_environment.hpp"
#include "cli/run_command.hpp"
#include "common/resource_paths.hpp"
#if INTAKE_HAS_KIOSK_UI
#include "platform/kiosk_app.hpp"
#endif

int main(int argc, char** argv) {
  using namespace intake;
  // A core dump would hold whatever patient data was in memory: never write one.
  const rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  std::vector<std::string> words(argv + 1, argv + argc);
  cli::CommandLine line = cli::parse_command_line(words);
  if (!line.error.empty()) {
    std::cerr << "intake-kiosk: " << line.error << "\n";
    return cli::kExitUsage;
  }
  if (line.help) {
    cli::print_usage(std::cout);
    return cli::kExitOk;
  }
  // The only reads of the environment and the clock: everything below gets them as values.
  const cli::HostEnvironment host = cli::read_host_environment();
  cli::CliContext context{resolve_resource_paths(line.forms_dir, line.data_dir, host.paths),
                          std::cin,
                          std::cout,
                          std::cerr,
                          cli::system_clock_in_zone(host.tz),
                          cli::cli_actor(host.user),
                          cli::configured_time_zone_name(host.tz).value_or("")};
  if (line.command) return cli::run_command(line, context);
#if INTAKE_HAS_KIOSK_UI
  // systemd's notify socket and watchdog period (Type=notify, WatchdogSec= in the unit).
  const ServiceEnvironment service{host.notify_socket, host.watchdog_usec};
  return run_kiosk_app(context.paths, context.clock, line.args, service, std::cerr);
#else
  std::cerr << "intake-kiosk: this build has no kiosk screen; run with --help for commands\n";
  return cli::kExitUsage;
#endif
}
