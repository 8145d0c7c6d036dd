#include "child_environment.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <stdexcept>

namespace intake::test {
namespace {

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

PipedFork fork_with_pipe() {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  ::close(child == 0 ? fds[0] : fds[1]);
  return {child, child == 0 ? fds[1] : fds[0]};
}

std::vector<std::string> read_lines_until_closed(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  return lines;
}

std::string ChildRun::joined() const {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

ChildRun run_in_child(const EnvironmentVars& environment, const std::function<int(const ReportLine&)>& work) {
  const PipedFork child = fork_with_pipe();
  if (child.pid == 0) {
    // The child's own environment: the parent's is untouched.
    for (const auto& [name, value] : environment) ::setenv(name.c_str(), value.c_str(), 1);
    const ReportLine report = [fd = child.fd](std::string_view line) {
      write_all(fd, std::string(line) + "\n");
    };
    int code = 99;
    try {
      code = work(report);
    } catch (const std::exception& e) {
      report(std::string("exception: ") + e.what());
    } catch (...) {
      report("exception");
    }
    ::close(child.fd);
    ::_exit(code);  // no atexit handlers, no Catch2 summary from the child
  }
  ChildRun run;
  run.lines = read_lines_until_closed(child.fd);
  ::close(child.fd);
  int status = 0;
  ::waitpid(child.pid, &status, 0);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace intake::test
