#include "platform/termination_signals.hpp"

#include <pthread.h>
#include <signal.h>

namespace intake {

namespace {

sigset_t termination_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGUSR1);  // used only to wake the waiter at shutdown
  return set;
}

}  // namespace

TerminationSignals::TerminationSignals(std::function<void()> wake_event_loop)
    : wake_(std::move(wake_event_loop)) {
  sigset_t set = termination_set();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  waiter_ = std::thread([this, set] {
    int signal_number = 0;
    while (sigwait(&set, &signal_number) == 0) {
      if (closing_.load()) return;
      if (signal_number == SIGUSR1) continue;
      requested_.store(true);
      wake_();
      return;
    }
  });
}

TerminationSignals::~TerminationSignals() {
  closing_.store(true);
  if (!requested_.load()) pthread_kill(waiter_.native_handle(), SIGUSR1);
  waiter_.join();
}

}  // namespace intake
