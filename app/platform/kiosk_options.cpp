#include "platform/kiosk_options.hpp"

#include <cstdio>

namespace intake {

std::string parse_kiosk_options(const std::vector<std::string>& args, KioskOptions& options) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    const bool has_value = i + 1 < args.size();
    if (word == "--windowed") {
      if (!has_value) return "--windowed needs a size such as 1280x800";
      int w = 0, h = 0;
      char tail = 0;
      if (std::sscanf(args[++i].c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 320 || h < 320 || w > 16384 ||
          h > 16384)
        return "--windowed needs a size such as 1280x800, got '" + args[i] + "'";
      options.windowed = true;
      options.window_width = w;
      options.window_height = h;
    } else if (word == "--screenshot") {
      if (!has_value) return "--screenshot needs a PNG file name";
      options.screenshot_path = args[++i];
    } else if (word == "--exit-after-screenshot") {
      options.exit_after_screenshot = true;
    } else if (word == "--out-of-order") {
      options.out_of_order = true;
    } else if (word == "--read-aloud") {
      options.read_aloud = true;
    } else if (word == "--speech-out") {
      if (!has_value) return "--speech-out needs a folder for the spoken screens (NNN.wav and NNN.txt)";
      options.speech_out = args[++i];
    } else if (word == "--larger-text") {
      options.text_size_percent = 150;
    } else if (word == "--text-size") {
      const std::string value = has_value ? args[++i] : "";
      if (value != "100" && value != "150" && value != "200")
        return "--text-size needs 100, 150 or 200 (percent), got '" + value + "'";
      options.text_size_percent = std::stoi(value);
    } else if (word == "--probe-fd") {
      int fd = -1;
      char tail = 0;
      if (!has_value || std::sscanf(args[i + 1].c_str(), "%d%c", &fd, &tail) != 1 || fd < 3)
        return "--probe-fd needs an open file descriptor number (3 or more)";
      options.probe_fd = fd;
      ++i;
    } else if (word == "--language") {
      if (!has_value) return "--language needs a code such as en or es";
      options.language = args[++i];
    } else {
      return "unknown option '" + word + "' (see --help)";
    }
  }
  if (options.exit_after_screenshot && !options.screenshot_path)
    return "--exit-after-screenshot needs --screenshot FILE";
  return {};
}

}  // namespace intake
