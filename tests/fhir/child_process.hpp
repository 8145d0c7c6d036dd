#pragma once
// A child process for the delivery tests (the Node FHIR server and proxy, the kiosk binary):
// started with posix_spawn, its stdout read line by line with a deadline (never a fixed
// sleep), SIGKILLed and reaped by the destructor if it is still running.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace intake::fhir::test {

class ChildProcess {
 public:
  explicit ChildProcess(const std::vector<std::string>& argv);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // The next stdout line, or nullopt when the deadline passes or the child closed stdout.
  std::optional<std::string> read_line(std::chrono::milliseconds timeout);
  // Waits for a line that starts with `prefix`; returns the rest of it.
  std::optional<std::string> wait_for(const std::string& prefix, std::chrono::milliseconds timeout);
  void kill_now();                                                  // SIGKILL and reap
  void send_signal(int signal_number);                              // e.g. SIGTERM; reap with wait_exit
  std::optional<int> wait_exit(std::chrono::milliseconds timeout);  // exit code; nullopt if still running
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  std::string buffer_;
  bool reaped_ = false;
};

// "node <tools>/server.js ..." and friends: the port from its "listening PORT" line.
struct NodeService {
  ChildProcess process;
  int port = 0;
  explicit NodeService(const std::vector<std::string>& argv);
};

}  // namespace intake::fhir::test
