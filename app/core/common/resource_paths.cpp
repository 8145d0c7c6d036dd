#include "common/resource_paths.hpp"

#include <system_error>

#include "intake/build_paths.hpp"

namespace intake {
namespace fs = std::filesystem;

namespace {

std::optional<fs::path> env_path(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return fs::path(value);
}

fs::path installed_share_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path().parent_path() / "share" / "intake-kiosk";
}

fs::path first_existing(const std::optional<fs::path>& option, const std::string& from_environment,
                        const char* share_subdir, const char* source_dir) {
  if (option) return *option;
  if (auto from_env = env_path(from_environment)) return *from_env;
  std::error_code ec;
  fs::path installed = installed_share_dir() / share_subdir;
  if (!installed.empty() && fs::is_directory(installed, ec)) return installed;
  return fs::path(source_dir);
}

// Installed, the fonts are fonts-noto-core's own files; from a build tree, the copies in fonts/.
fs::path fonts_dir(const PathEnvironment& environment) {
  if (auto from_env = env_path(environment.fonts_dir)) return *from_env;
  std::error_code ec;
  const fs::path share = installed_share_dir();
  if (!share.empty() && fs::is_directory(share, ec)) return fs::path(INTAKE_SYSTEM_FONTS_DIR);
  return fs::path(INTAKE_SOURCE_FONTS_DIR);
}

fs::path default_data_dir(const PathEnvironment& environment) {
  if (auto from_env = env_path(environment.data_dir)) return *from_env;
  if (auto xdg = env_path(environment.xdg_data_home)) return *xdg / "intake-kiosk";
  if (auto home = env_path(environment.home)) return *home / ".local" / "share" / "intake-kiosk";
  return fs::path("/var/lib/intake-kiosk");
}

}  // namespace

ResourcePaths resolve_resource_paths(const std::optional<fs::path>& forms_option,
                                     const std::optional<fs::path>& data_option,
                                     const PathEnvironment& environment) {
  ResourcePaths paths;
  paths.forms_dir = first_existing(forms_option, environment.forms_dir, "forms", INTAKE_SOURCE_FORMS_DIR);
  paths.fonts_dir = fonts_dir(environment);
  paths.data_dir = data_option ? *data_option : default_data_dir(environment);
  if (auto credentials = env_path(environment.credentials_dir)) paths.credentials_dir = *credentials;
  return paths;
}

}  // namespace intake
