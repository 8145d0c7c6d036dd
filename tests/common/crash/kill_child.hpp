#pragma once
// The crash tests' harness: run work in a forked child that reports each finished step as one
// line on a pipe (one write() per line, after the step is durable), SIGKILL it after a delay,
// and keep only the complete lines. A line the parent reads is a step the child finished.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace intake::testing {

struct KilledChild {
  std::vector<std::string> lines;  // complete lines only: a torn last line was never reported
  bool killed = false;             // died of our SIGKILL (not an early exit of its own)
};

// `work` runs in the child and must never return (it loops until killed, or _exit()s).
KilledChild run_until_killed(const std::function<void(int write_fd)>& work, std::chrono::milliseconds delay);

}  // namespace intake::testing
