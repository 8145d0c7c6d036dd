#pragma once
// SIGTERM/SIGINT end the kiosk cleanly. The signals are blocked in every thread and taken by one
// waiting thread, which sets a flag and wakes the event loop: no work inside a signal handler.
#include <atomic>
#include <functional>
#include <thread>

namespace intake {

class TerminationSignals {
 public:
  // Must be constructed before any other thread starts, so all threads inherit the mask.
  explicit TerminationSignals(std::function<void()> wake_event_loop);
  ~TerminationSignals();
  TerminationSignals(const TerminationSignals&) = delete;
  TerminationSignals& operator=(const TerminationSignals&) = delete;

  bool requested() const { return requested_.load(); }

 private:
  std::atomic<bool> requested_{false};
  std::atomic<bool> closing_{false};
  std::function<void()> wake_;
  std::thread waiter_;
};

}  // namespace intake
