#pragma once
// Sends the headless twin's synthetic touches and text to the real kiosk window on an Xvfb
// display with xdotool, at the twin's pace, so the real binary gets the same input.
#include <string>

#include "headless_kiosk.hpp"

namespace intake::testing {

class XdotoolMirror {
 public:
  explicit XdotoolMirror(std::string display) : display_(std::move(display)) {}
  void operator()(const HeadlessKiosk::MirroredInput& input);

 private:
  void run(const std::vector<std::string>& arguments);

  std::string display_;
  double last_time_ = -1.0;
  int shots_ = 0;
};

}  // namespace intake::testing
