#pragma once
// The test's end of the real kiosk's --probe-fd socket (app/platform/probe_channel.hpp): ask
// what the kiosk shows once it has settled, and wait for a given screen instead of sleeping.
#include <chrono>
#include <string>

namespace intake::testing {

class KioskProbe {
 public:
  KioskProbe();  // a socket pair: one end for the test, one for the kiosk
  ~KioskProbe();
  KioskProbe(const KioskProbe&) = delete;
  KioskProbe& operator=(const KioskProbe&) = delete;

  // Give the kiosk this descriptor: ChildProcess's pass_fd and "--probe-fd" with its number.
  int kiosk_fd() const { return kiosk_fd_; }
  std::string kiosk_fd_argument() const { return std::to_string(kiosk_fd_); }
  // Once the kiosk has started: the test keeps only its own end.
  void close_kiosk_end();

  // Sends "probe" (or "screenshot FILE") and returns the answer's probe lines. Throws, naming
  // `what` and the request, when the kiosk has not answered within `timeout`.
  std::string ask(const std::string& request, const std::string& what, std::chrono::milliseconds timeout);

 private:
  int test_fd_ = -1;
  int kiosk_fd_ = -1;
  std::string buffered_;
};

// Empty when the real kiosk's probe lines and the twin's describe the same screen: the same
// items in the same order, each enabled and selected alike, and every text the twin shows in a
// field (what was typed) shown too; numbers are not compared ("Initialled at 15:41" and "15:42"
// are the same screen), nor positions (see kiosk_probe.cpp). Otherwise the first difference.
std::string probe_difference(const std::string& real, const std::string& twin);

}  // namespace intake::testing
