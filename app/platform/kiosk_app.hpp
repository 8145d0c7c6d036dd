#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "common/resource_paths.hpp"
#include "platform/service_notifier.hpp"

namespace intake {

// Runs the touchscreen kiosk until SIGTERM/SIGINT (or, with --out-of-order, only the
// out-of-order screen). Returns the process exit code. service: from main's environment.
int run_kiosk_app(const ResourcePaths& paths, const std::vector<std::string>& args,
                  const ServiceEnvironment& service, std::ostream& err);

}  // namespace intake
