#pragma once
// Sends the headless twin's synthetic touches and text to the real kiosk window on an Xvfb
// display with xdotool, so the real binary gets the same input. Before each new touch or text it
// waits (with a deadline) until the real kiosk shows what the twin shows, asking the kiosk over
// its probe socket: no fixed pauses. Within a gesture it keeps the twin's pace (a drag's speed
// decides whether it flings).
#include <memory>
#include <string>

#include "headless_kiosk.hpp"
#include "kiosk_probe.hpp"

namespace intake::testing {

class XdotoolMirror {
 public:
  // Copies share one state, so the test can keep a copy for sync() after handing one to the twin.
  XdotoolMirror(std::string display, HeadlessKiosk& twin, KioskProbe& kiosk);
  void operator()(const HeadlessKiosk::MirroredInput& input);

  // Waits until the real kiosk shows the twin's current screen; throws naming `what` (and the
  // first difference) when it has not within the deadline.
  void sync(const std::string& what) const;
  // The same while a finger is held down (the kiosk never settles then): compares every frame.
  void sync_while_held(const std::string& what) const;
  // The real kiosk's settled screen as a PNG (after sync(), it is the twin's screen too).
  void screenshot(const std::string& path, const std::string& what) const;

 private:
  struct State {
    std::string display;
    HeadlessKiosk* twin;
    KioskProbe* kiosk;
    double last_time = -1.0;
    int touches = 0;
    int shots = 0;
  };
  void run(const std::vector<std::string>& arguments) const;
  void wait_until_same(const std::string& request, const std::string& what) const;
  // Returns once the real kiosk has drawn a frame that saw the input just sent.
  void wait_for_frames_after_input(const std::string& what) const;
  std::shared_ptr<State> state_;
};

}  // namespace intake::testing
