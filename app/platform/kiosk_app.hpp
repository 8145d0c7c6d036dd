#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"
#include "platform/service_notifier.hpp"

namespace intake {

// Runs the touchscreen kiosk until SIGTERM/SIGINT (or, with --out-of-order, only the
// out-of-order screen). Returns the process exit code. service: from main's environment.
// `clock` is main's (cli/host_environment.hpp): the store, staff mode and the screens all use it.
int run_kiosk_app(const ResourcePaths& paths, const Clock& clock, const std::vector<std::string>& args,
                  const ServiceEnvironment& service, std::ostream& err);

}  // namespace intake
