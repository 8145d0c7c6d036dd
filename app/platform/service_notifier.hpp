#pragma once
// Tells systemd (Type=notify, WatchdogSec=) that the kiosk is up and its render loop alive, via
// libsystemd's sd_notify. Off unless main found NOTIFY_SOCKET in the environment. The kiosk runs
// under cage, so it is not the unit's main process: WATCHDOG_PID (cage's pid) is ignored and the
// unit says NotifyAccess=all.
#include <cstdint>
#include <string>

namespace intake {

struct ServiceEnvironment {
  std::string notify_socket;        // $NOTIFY_SOCKET; empty: not started by systemd
  std::uint64_t watchdog_usec = 0;  // $WATCHDOG_USEC; 0: no watchdog
};

class ServiceNotifier {
 public:
  explicit ServiceNotifier(const ServiceEnvironment& environment);
  void ready();            // READY=1, once the first frame is on the screen
  void alive(double now);  // WATCHDOG=1, sent at most every quarter of the watchdog interval
  void stopping();         // STOPPING=1 on a clean exit
  // How long the idle loop may sleep before it must ping again; < 0: no limit.
  double longest_sleep() const;

 private:
  bool enabled_ = false;
  double watchdog_seconds_ = 0.0;
  double last_ping_ = -1.0;
  bool ready_sent_ = false;
};

// The shorter of two waits where a negative one means "no limit".
inline double shorter_wait(double a, double b) {
  if (a < 0) return b;
  if (b < 0) return a;
  return a < b ? a : b;
}

}  // namespace intake
