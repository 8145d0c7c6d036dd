#pragma once
// The one place the process environment and the system clock are read. main reads them once
// at start-up and passes what it found down as values (ResourcePaths, Clock, the CLI's actor,
// the service settings); nothing below main reads them again.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"

namespace intake::cli {

struct HostEnvironment {
  PathEnvironment paths;            // INTAKE_KIOSK_*, XDG_DATA_HOME, HOME, CREDENTIALS_DIRECTORY
  std::string tz;                   // $TZ as given (may be empty, a zone name or a POSIX rule)
  std::string user;                 // $USER: who runs a command from a shell
  std::string notify_socket;        // $NOTIFY_SOCKET; empty: not started by systemd
  std::uint64_t watchdog_usec = 0;  // $WATCHDOG_USEC; 0: no watchdog
};

HostEnvironment read_host_environment();

// The machine's zone name: `tz_variable` ($TZ) when it names a zone, else /etc/timezone, else
// the /etc/localtime link target; nullopt when none of these says.
std::optional<std::string> configured_time_zone_name(std::string_view tz_variable);
// The same, "UTC" when none says.
std::string system_time_zone_name(std::string_view tz_variable);

// The system clock, in the machine's zone (configured_time_zone_name(tz), else UTC; a zone the
// tz database lacks is UTC too, and the records then say UTC).
Clock system_clock_in_zone(const std::string& tz);

}  // namespace intake::cli
