#include "xdotool_mirror.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "child_process.hpp"
#include "ui/ui_probe_lines.hpp"

namespace intake::testing {

namespace {
// How long the real kiosk may take to reach the twin's screen: llvmpipe on a loaded machine
// takes tens of milliseconds a frame, a screen change a few frames, saving a check-in a moment.
constexpr auto kScreenDeadline = std::chrono::seconds(30);
constexpr auto kAnswerDeadline = std::chrono::seconds(30);  // the first answer waits for start-up
}  // namespace

XdotoolMirror::XdotoolMirror(std::string display, HeadlessKiosk& twin, KioskProbe& kiosk)
    : state_(std::make_shared<State>(State{std::move(display), &twin, &kiosk})) {}

void XdotoolMirror::run(const std::vector<std::string>& arguments) const {
  std::vector<std::string> argv{"/usr/bin/xdotool"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  ChildProcess tool(argv, {"DISPLAY=" + state_->display}, "/dev/null");
  auto status = tool.wait_for_exit(std::chrono::seconds(10));
  if (!status || !status->exited || status->code != 0)
    throw std::runtime_error("xdotool failed: " + arguments.front());
}

void XdotoolMirror::sync(const std::string& what) const { wait_until_same("probe", what); }

void XdotoolMirror::sync_while_held(const std::string& what) const { wait_until_same("probe now", what); }

void XdotoolMirror::wait_until_same(const std::string& request, const std::string& what) const {
  const auto deadline = std::chrono::steady_clock::now() + kScreenDeadline;
  std::string difference;
  while (true) {
    const std::string twin = ui::probe_lines(state_->twin->kiosk().probe());
    const std::string real = state_->kiosk->ask(request, what, kAnswerDeadline);
    difference = probe_difference(real, twin);
    if (difference.empty()) break;
    if (std::chrono::steady_clock::now() >= deadline)
      throw std::runtime_error("the real kiosk did not show " + what + " as the twin does within " +
                               std::to_string(kScreenDeadline.count()) + " s; " + difference);
    // The kiosk answers after its next settled frame: a short pause keeps it from drawing flat out.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // The wait between the two is the real kiosk's, not the twin's: no gap to replay.
  state_->last_time = -1.0;
  if (const char* debug_dir = std::getenv("INTAKE_E2E_DEBUG_DIR")) {
    // For a person finding where the real kiosk and the twin parted: the screen at every sync.
    screenshot(std::string(debug_dir) + "/" + std::to_string(++state_->shots) + ".png", what);
  }
}

void XdotoolMirror::wait_for_frames_after_input(const std::string& what) const {
  // "probe now" is answered at the end of the frame that sees the request; that frame may have
  // polled its events just before the input arrived. The second answer comes from a frame that
  // began after the first was answered, so it has seen the input.
  for (int i = 0; i < 2; ++i) state_->kiosk->ask("probe now", what, kAnswerDeadline);
}

void XdotoolMirror::screenshot(const std::string& path, const std::string& what) const {
  state_->kiosk->ask("screenshot " + path, what, kAnswerDeadline);
}

void XdotoolMirror::operator()(const HeadlessKiosk::MirroredInput& input) {
  using Kind = HeadlessKiosk::MirroredInput::Kind;
  const std::string x = std::to_string(static_cast<int>(std::lround(input.x)));
  const std::string y = std::to_string(static_cast<int>(std::lround(input.y)));
  if (input.kind == Kind::Down || input.kind == Kind::Text) {
    // A new touch or text goes where the twin's screen says: first the real kiosk must be there.
    sync(input.kind == Kind::Down
             ? "the screen for touch " + std::to_string(++state_->touches) + " at (" + x + ", " + y + ")"
             : "the screen for typing '" + input.text + "'");
  } else if (state_->last_time >= 0) {
    // A lift must reach the kiosk in a later frame than the last move, or a loaded kiosk stamps
    // both with one time and measures a fling the twin never made (the page then coasts on
    // and every later tap misses). So the moves are seen first, then the twin's rest follows.
    if (input.kind == Kind::Up)
      wait_for_frames_after_input("the lift of touch " + std::to_string(state_->touches));
    // Within a gesture keep the twin's timing between events.
    const double gap = std::clamp(input.time - state_->last_time, 0.0, 1.0);
    std::this_thread::sleep_for(std::chrono::duration<double>(gap));
  }
  state_->last_time = input.time;
  switch (input.kind) {
    case Kind::Down:
      run({"mousemove", x, y, "mousedown", "1"});
      // The press must be drawn before the first move arrives, as in the twin, so the scroll
      // view starts the drag from where the finger landed.
      wait_for_frames_after_input("the press of touch " + std::to_string(state_->touches));
      break;
    case Kind::Move: run({"mousemove", x, y}); break;
    case Kind::Up: run({"mousemove", x, y, "mouseup", "1"}); break;
    case Kind::Text: run({"type", "--delay", "30", input.text}); break;
  }
}

}  // namespace intake::testing
