#include "kill_child.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace intake::testing {
namespace {

std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

}  // namespace

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
  const std::string text = read_all(fds[0]);
  ::close(fds[0]);
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    result.lines.push_back(text.substr(start, end - start));
  return result;
}

}  // namespace intake::testing
