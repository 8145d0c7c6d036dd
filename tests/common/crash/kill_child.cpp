#include "kill_child.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child_environment.hpp"

namespace intake::testing {

KilledChild run_until_killed(const std::function<void(int write_fd)>& work, std::chrono::milliseconds delay) {
  const intake::test::PipedFork child = intake::test::fork_with_pipe();
  if (child.pid == 0) {
    work(child.fd);
    ::_exit(90);  // work must not return: make it visible as "not killed"
  }
  ::usleep(static_cast<useconds_t>(delay.count() * 1000));
  ::kill(child.pid, SIGKILL);
  int status = 0;
  ::waitpid(child.pid, &status, 0);
  KilledChild result;
  result.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  result.lines = intake::test::read_lines_until_closed(child.fd);
  ::close(child.fd);
  return result;
}

}  // namespace intake::testing
