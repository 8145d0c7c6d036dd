#pragma once
// A private Xvfb server for one test; it picks a free display number itself (-displayfd).
#include <memory>
#include <string>

#include "child_process.hpp"

namespace intake::testing {

class XvfbDisplay {
 public:
  XvfbDisplay(int width, int height);
  const std::string& display() const { return display_; }  // e.g. ":12"

 private:
  std::unique_ptr<ChildProcess> server_;
  std::string display_;
};

}  // namespace intake::testing
