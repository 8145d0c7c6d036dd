#include "xvfb_display.hpp"

#include <poll.h>
#include <unistd.h>

#include <stdexcept>

namespace intake::testing {

XvfbDisplay::XvfbDisplay(int width, int height) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  server_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{"/usr/bin/Xvfb", "-displayfd", std::to_string(fds[1]), "-screen", "0", screen,
                               "-nolisten", "tcp", "-noreset"},
      std::vector<std::string>{}, "/dev/null", fds[1]);
  close(fds[1]);
  // Xvfb writes its display number once it accepts connections.
  std::string number;
  pollfd waiting{fds[0], POLLIN, 0};
  while (poll(&waiting, 1, 15000) > 0) {
    char buffer[16];
    ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n <= 0) break;
    number.append(buffer, static_cast<std::size_t>(n));
    if (number.find('\n') != std::string::npos) break;
  }
  close(fds[0]);
  while (!number.empty() && (number.back() == '\n' || number.back() == ' ')) number.pop_back();
  if (number.empty()) throw std::runtime_error("Xvfb did not start");
  display_ = ":" + number;
}

}  // namespace intake::testing
