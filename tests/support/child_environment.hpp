#pragma once
// Runs part of a test in a forked child with environment variables of its own (TMPDIR, say),
// so the test process's environment is never changed: tests run side by side in one process
// and libraries read some variables once. The child reports what went wrong as lines on a
// pipe and exits with work's return value; the test asserts on both in the parent.
// Catch2 assertions inside `work` would be lost with the child: report lines instead.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace intake::test {

using EnvironmentVars = std::vector<std::pair<std::string, std::string>>;
using ReportLine = std::function<void(std::string_view)>;

struct ChildRun {
  int exit_code = -1;              // work's return value; -1: the child died of a signal
  std::vector<std::string> lines;  // what the child reported, one entry a line
  std::string joined() const;      // the lines, newline-separated, for INFO()
};

// fork() with a pipe from the child to the parent: in the child pid is 0 and fd the pipe's
// write end, in the parent pid is the child's and fd the read end. Throws when either fails.
struct PipedFork {
  int pid = -1;
  int fd = -1;
};
PipedFork fork_with_pipe();

// Everything written to fd until its last writer closes it, split into complete lines (a torn
// last line, without its newline, is left out).
std::vector<std::string> read_lines_until_closed(int fd);

// Throws when the child cannot be started; an exception thrown by work exits the child with 99.
ChildRun run_in_child(const EnvironmentVars& environment, const std::function<int(const ReportLine&)>& work);

}  // namespace intake::test
