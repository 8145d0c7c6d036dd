// Prints the kiosk's time to first settled frame, peak memory, and CPU use while idle, so later
// changes can be compared; and its proportional set size (PSS) at each text size beside a bare
// Dear ImGui + GLFW window's on the same display (the target: at most 1.5 times the bare
// window). Not a test: it passes or fails nothing.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "child_process.hpp"
#include "xvfb_display.hpp"

using namespace intake::testing;
namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

double cpu_seconds(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  std::istringstream fields(line.substr(line.rfind(')') + 2));
  std::string field;
  unsigned long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14) utime = std::stoul(field);
    if (i == 15) stime = std::stoul(field);
  }
  return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

long status_kib(pid_t pid, const std::string& key) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
  return -1;
}

// Proportional set size: shared library pages count once across the processes that map them.
long pss_kib(pid_t pid) {
  std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
  std::string line;
  while (std::getline(rollup, line))
    if (line.rfind("Pss:", 0) == 0) return std::stol(line.substr(4));
  return -1;
}

bool wait_for_file(const fs::path& file, ChildProcess& process) {
  const auto started = SteadyClock::now();
  while (!fs::exists(file) && process.running() && SteadyClock::now() - started < std::chrono::seconds(60))
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return fs::exists(file);
}

// Started, settled (first frame drawn plus a moment to go idle), measured, stopped.
long settled_pss_kib(const std::vector<std::string>& argv, const fs::path& ready, const std::string& display,
                     const fs::path& log) {
  ChildProcess process(argv, {"DISPLAY=" + display}, log.string());
  if (!wait_for_file(ready, process)) return -1;
  std::this_thread::sleep_for(std::chrono::milliseconds(800));
  const long pss = pss_kib(process.pid());
  process.signal(SIGTERM);
  process.wait_for_exit(std::chrono::seconds(10));
  return pss;
}

void print_memory(const std::string& kiosk_binary, const XvfbDisplay& display, const fs::path& dir) {
  const fs::path bare_ready = dir / "bare.ready";
  const long bare = settled_pss_kib({BARE_WINDOW_BINARY, bare_ready.string()}, bare_ready, display.display(),
                                    dir / "bare.log");
  std::printf("memory (PSS once settled; target: at most 1.5 x the bare window)\n");
  if (bare <= 0) {
    std::printf("  the bare ImGui window did not start; see %s\n", (dir / "bare.log").c_str());
    return;
  }
  std::printf("  bare Dear ImGui + GLFW window: %.1f MiB\n", bare / 1024.0);
  // Each text size the bar offers; the kiosk builds its font atlas for the size in use only.
  const std::vector<std::pair<std::string, std::vector<std::string>>> sizes = {
      {"100%", {}}, {"150%", {"--text-size", "150"}}, {"200%", {"--text-size", "200"}}};
  for (const auto& [label, extra] : sizes) {
    const fs::path shot = dir / ("pss-" + label.substr(0, 3) + ".png");
    std::vector<std::string> argv = {kiosk_binary, "--data-dir", (dir / "data").string(), "--screenshot",
                                     shot.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    const long kiosk = settled_pss_kib(argv, shot, display.display(), dir / "kiosk-pss.log");
    if (kiosk <= 0) {
      std::printf("  kiosk, text %s: did not draw; see %s\n", label.c_str(), (dir / "kiosk-pss.log").c_str());
      continue;
    }
    std::printf("  kiosk, text %-5s %.1f MiB = %.2f x the bare window\n", (label + ":").c_str(),
                kiosk / 1024.0, double(kiosk) / double(bare));
  }
}

}  // namespace

int main(int argc, char** argv) {
  // bench_kiosk_startup [IDLE_SECONDS [KIOSK_BINARY]]: another binary, e.g. an older build to compare.
  const int idle_seconds = argc > 1 ? std::atoi(argv[1]) : 10;
  const std::string kiosk_binary = argc > 2 ? argv[2] : INTAKE_KIOSK_BINARY;
  XvfbDisplay display(1920, 1080);
  const fs::path dir = fs::temp_directory_path() / ("intake-bench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path shot = dir / "first.png";

  const auto started = SteadyClock::now();
  ChildProcess kiosk({kiosk_binary, "--data-dir", (dir / "data").string(), "--screenshot", shot.string()},
                     {"DISPLAY=" + display.display()}, (dir / "kiosk.log").string());
  while (!fs::exists(shot) && kiosk.running() && SteadyClock::now() - started < std::chrono::seconds(60))
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  const double first_frame_ms =
      std::chrono::duration<double, std::milli>(SteadyClock::now() - started).count();
  if (!fs::exists(shot)) {
    std::printf("kiosk did not draw a frame; see %s\n", (dir / "kiosk.log").c_str());
    return 1;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // let it go idle
  const double cpu_before = cpu_seconds(kiosk.pid());
  const auto idle_start = SteadyClock::now();
  std::this_thread::sleep_for(std::chrono::seconds(idle_seconds));
  const double cpu_used = cpu_seconds(kiosk.pid()) - cpu_before;
  const double wall = std::chrono::duration<double>(SteadyClock::now() - idle_start).count();

  std::printf("kiosk startup (1920x1080, Xvfb + Mesa llvmpipe)\n");
  std::printf("  time to first settled frame (PNG written): %.0f ms\n", first_frame_ms);
  std::printf("  peak RSS: %.1f MiB (current %.1f MiB)\n", status_kib(kiosk.pid(), "VmHWM") / 1024.0,
              status_kib(kiosk.pid(), "VmRSS") / 1024.0);
  std::printf("  idle CPU over %.0f s: %.3f s of CPU = %.2f%% of one core\n", wall, cpu_used,
              100.0 * cpu_used / wall);
  kiosk.signal(SIGTERM);
  kiosk.wait_for_exit(std::chrono::seconds(10));
  print_memory(kiosk_binary, display, dir);
  fs::remove_all(dir);
  return 0;
}
