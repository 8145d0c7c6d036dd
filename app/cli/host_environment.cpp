#include "cli/host_environment.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "common/time_zone.hpp"
#include "submission/submit_session.hpp"

namespace intake::cli {

namespace {

std::string variable(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

}  // namespace

std::optional<std::string> configured_time_zone_name(std::string_view tz_variable) {
  if (!tz_variable.empty() && tz_variable.front() == ':') tz_variable.remove_prefix(1);
  if (looks_like_zone_name(tz_variable)) return std::string(tz_variable);
  if (std::ifstream file("/etc/timezone"); file) {
    std::string name;
    std::getline(file, name);
    if (looks_like_zone_name(name)) return name;
  }
  std::error_code error;
  const std::filesystem::path target = std::filesystem::read_symlink("/etc/localtime", error);
  if (!error) {
    const std::string text = target.string();
    const auto at = text.find("zoneinfo/");
    if (at != std::string::npos && looks_like_zone_name(text.substr(at + 9))) return text.substr(at + 9);
  }
  return std::nullopt;
}

std::string system_time_zone_name(std::string_view tz_variable) {
  return configured_time_zone_name(tz_variable).value_or("UTC");
}

HostEnvironment read_host_environment() {
  HostEnvironment environment;
  environment.paths.forms_dir = variable("INTAKE_KIOSK_FORMS");
  environment.paths.fonts_dir = variable("INTAKE_KIOSK_FONTS");
  environment.paths.data_dir = variable("INTAKE_KIOSK_DATA");
  environment.paths.xdg_data_home = variable("XDG_DATA_HOME");
  environment.paths.home = variable("HOME");
  environment.paths.credentials_dir = variable("CREDENTIALS_DIRECTORY");
  environment.tz = variable("TZ");
  environment.user = variable("USER");
  environment.notify_socket = variable("NOTIFY_SOCKET");
  if (const std::string usec = variable("WATCHDOG_USEC"); !usec.empty())
    environment.watchdog_usec = std::strtoull(usec.c_str(), nullptr, 10);
  return environment;
}

Clock system_clock_in_zone(const std::string& tz) {
  return Clock{[] { return std::chrono::system_clock::now(); },
               submission::record_time_zone(system_time_zone_name(tz))};
}

}  // namespace intake::cli
