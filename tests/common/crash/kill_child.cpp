#include "kill_child.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "child_environment.hpp"

namespace intake::testing {

KilledChild run_until_killed(const std::function<void(int write_fd)>& work, std::chrono::milliseconds delay) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    ::close(fds[0]);
    work(fds[1]);
    ::_exit(90);  // work must not return: make it visible as "not killed"
  }
  ::close(fds[1]);
  ::usleep(static_cast<useconds_t>(delay.count() * 1000));
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  KilledChild result;
  result.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  result.lines = intake::test::read_lines_until_closed(fds[0]);
  ::close(fds[0]);
  return result;
}

}  // namespace intake::testing
