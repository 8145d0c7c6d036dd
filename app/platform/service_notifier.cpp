#include "platform/service_notifier.hpp"

#include <systemd/sd-daemon.h>

namespace intake {

ServiceNotifier::ServiceNotifier(const ServiceEnvironment& environment)
    : enabled_(!environment.notify_socket.empty()),
      watchdog_seconds_(double(environment.watchdog_usec) / 1e6) {}

void ServiceNotifier::ready() {
  if (!enabled_ || ready_sent_) return;
  sd_notify(0, "READY=1\nSTATUS=Showing the kiosk");
  ready_sent_ = true;
}

void ServiceNotifier::alive(double now) {
  if (!enabled_ || watchdog_seconds_ <= 0.0) return;
  if (last_ping_ >= 0.0 && now - last_ping_ < watchdog_seconds_ / 4.0) return;
  sd_notify(0, "WATCHDOG=1");
  last_ping_ = now;
}

void ServiceNotifier::stopping() {
  if (enabled_) sd_notify(0, "STOPPING=1");
}

double ServiceNotifier::longest_sleep() const {
  if (!enabled_ || watchdog_seconds_ <= 0.0) return -1.0;
  return watchdog_seconds_ / 4.0;
}

}  // namespace intake
