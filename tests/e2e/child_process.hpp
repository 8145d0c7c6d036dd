#pragma once
// A child process started with fork/exec, killed and reaped when the owner goes away.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace intake::testing {

struct ExitStatus {
  bool exited = false;  // false: killed by a signal
  int code = -1;        // exit code, or the signal number
};

class ChildProcess {
 public:
  // extra_env entries are "NAME=value", added to this process's environment.
  // stdout/stderr go to the files given (empty: inherit).
  ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env,
               const std::string& output_file = {}, int pass_fd = -1);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void signal(int signal_number);
  std::optional<ExitStatus> wait_for_exit(std::chrono::milliseconds timeout);
  bool running();

 private:
  pid_t pid_ = -1;
  std::optional<ExitStatus> status_;
};

}  // namespace intake::testing
