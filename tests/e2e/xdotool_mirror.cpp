#include "xdotool_mirror.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "child_process.hpp"

namespace intake::testing {

namespace {
// After a lift or typed text, the real kiosk needs a moment to draw the result and finish
// any animation (the keyboard slides up in 0.2 s) before the next touch lands on it; on a
// busy machine llvmpipe takes tens of milliseconds a frame, hence the generous margin.
constexpr auto kSettle = std::chrono::milliseconds(800);
}  // namespace

void XdotoolMirror::run(const std::vector<std::string>& arguments) {
  std::vector<std::string> argv{"/usr/bin/xdotool"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  ChildProcess tool(argv, {"DISPLAY=" + display_}, "/dev/null");
  auto status = tool.wait_for_exit(std::chrono::seconds(10));
  if (!status || !status->exited || status->code != 0)
    throw std::runtime_error("xdotool failed: " + arguments.front());
}

void XdotoolMirror::operator()(const HeadlessKiosk::MirroredInput& input) {
  using Kind = HeadlessKiosk::MirroredInput::Kind;
  // Keep the twin's timing between touches (a drag's speed decides whether it flings).
  if (last_time_ >= 0 && input.kind != Kind::Down) {
    const double gap = std::clamp(input.time - last_time_, 0.0, 1.0);
    std::this_thread::sleep_for(std::chrono::duration<double>(gap));
  }
  last_time_ = input.time;
  const std::string x = std::to_string(static_cast<int>(std::lround(input.x)));
  const std::string y = std::to_string(static_cast<int>(std::lround(input.y)));
  switch (input.kind) {
    case Kind::Down: run({"mousemove", x, y, "mousedown", "1"}); break;
    case Kind::Move: run({"mousemove", x, y}); break;
    case Kind::Up:
      run({"mousemove", x, y, "mouseup", "1"});
      std::this_thread::sleep_for(kSettle);
      if (const char* debug_dir = std::getenv("INTAKE_E2E_DEBUG_DIR")) {
        // For a person finding where the real kiosk and the twin parted: the screen after
        // every lift.
        ChildProcess grab({"/usr/bin/import", "-window", "root",
                           std::string(debug_dir) + "/" + std::to_string(++shots_) + ".png"},
                          {"DISPLAY=" + display_});
        grab.wait_for_exit(std::chrono::seconds(20));
      }
      break;
    case Kind::Text:
      run({"type", "--delay", "30", input.text});
      std::this_thread::sleep_for(kSettle);
      break;
  }
}

}  // namespace intake::testing
