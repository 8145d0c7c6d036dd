#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "common/resource_paths.hpp"

namespace intake {

// Runs the touchscreen kiosk until SIGTERM/SIGINT. Returns the process exit code.
int run_kiosk_app(const ResourcePaths& paths, const std::vector<std::string>& args,
                  std::ostream& err);

}  // namespace intake
