#pragma once
// Where forms, fonts and the data directory are, resolved once at start-up.
#include <filesystem>
#include <optional>
#include <string>

namespace intake {

// What the process environment says about these paths, as main read it (cli/host_environment);
// an empty string is a variable that is not set.
struct PathEnvironment {
  std::string forms_dir;        // $INTAKE_KIOSK_FORMS
  std::string fonts_dir;        // $INTAKE_KIOSK_FONTS
  std::string data_dir;         // $INTAKE_KIOSK_DATA
  std::string xdg_data_home;    // $XDG_DATA_HOME
  std::string home;             // $HOME
  std::string credentials_dir;  // $CREDENTIALS_DIRECTORY
};

struct ResourcePaths {
  std::filesystem::path forms_dir;
  std::filesystem::path fonts_dir;
  std::filesystem::path data_dir;
  std::filesystem::path credentials_dir;  // $CREDENTIALS_DIRECTORY (systemd); empty when unset
};

// forms: --forms-dir, else $INTAKE_KIOSK_FORMS, else <exe>/../share/intake-kiosk/forms when
// installed, else the source tree's forms/. Fonts: $INTAKE_KIOSK_FONTS, else fonts-noto-core's
// directory when installed, else the source tree's fonts/.
// data: --data-dir, else $INTAKE_KIOSK_DATA, else $XDG_DATA_HOME/intake-kiosk, else
// ~/.local/share/intake-kiosk.
ResourcePaths resolve_resource_paths(const std::optional<std::filesystem::path>& forms_option,
                                     const std::optional<std::filesystem::path>& data_option,
                                     const PathEnvironment& environment);

}  // namespace intake
