#pragma once
// The kiosk's own command-line options (after the global --data-dir / --forms-dir).
#include <optional>
#include <string>
#include <vector>

namespace intake {

struct KioskOptions {
  bool windowed = false;  // default: borderless fullscreen on the primary monitor
  int window_width = 1280;
  int window_height = 800;
  std::optional<std::string> screenshot_path;  // write a PNG once the UI has settled
  bool exit_after_screenshot = false;
  int text_size_percent = 100;          // --text-size 100|150|200 (--larger-text: 150)
  std::optional<std::string> language;  // start in this language, e.g. "es"
  int probe_fd = -1;          // --probe-fd: answer "what is on screen" requests here (probe_channel.hpp)
  bool out_of_order = false;  // draw only "out of order, please see the front desk"
  bool read_aloud = false;    // --read-aloud: start with read aloud on
  // --speech-out DIR: each utterance as DIR/NNN.wav and NNN.txt instead of the speaker.
  std::optional<std::string> speech_out;
};

// Returns an error message (empty on success).
std::string parse_kiosk_options(const std::vector<std::string>& args, KioskOptions& options);

}  // namespace intake
