// Prints the kiosk's time to first settled frame, peak memory, and CPU use while idle, so later
// changes can be compared. Not a test: it passes or fails nothing.
#include <unistd.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "child_process.hpp"
#include "xvfb_display.hpp"

using namespace intake::testing;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

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

}  // namespace

int main(int argc, char** argv) {
  const int idle_seconds = argc > 1 ? std::atoi(argv[1]) : 10;
  XvfbDisplay display(1920, 1080);
  const fs::path dir = fs::temp_directory_path() / ("intake-bench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path shot = dir / "first.png";

  const auto started = Clock::now();
  ChildProcess kiosk({INTAKE_KIOSK_BINARY, "--data-dir", (dir / "data").string(), "--screenshot",
                      shot.string()},
                     {"DISPLAY=" + display.display()}, (dir / "kiosk.log").string());
  while (!fs::exists(shot) && kiosk.running() &&
         Clock::now() - started < std::chrono::seconds(60))
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  const double first_frame_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  if (!fs::exists(shot)) {
    std::printf("kiosk did not draw a frame; see %s\n", (dir / "kiosk.log").c_str());
    return 1;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // let it go idle
  const double cpu_before = cpu_seconds(kiosk.pid());
  const auto idle_start = Clock::now();
  std::this_thread::sleep_for(std::chrono::seconds(idle_seconds));
  const double cpu_used = cpu_seconds(kiosk.pid()) - cpu_before;
  const double wall = std::chrono::duration<double>(Clock::now() - idle_start).count();

  std::printf("kiosk startup (1920x1080, Xvfb + Mesa llvmpipe)\n");
  std::printf("  time to first settled frame (PNG written): %.0f ms\n", first_frame_ms);
  std::printf("  peak RSS: %.1f MiB (current %.1f MiB)\n", status_kib(kiosk.pid(), "VmHWM") / 1024.0,
              status_kib(kiosk.pid(), "VmRSS") / 1024.0);
  std::printf("  idle CPU over %.0f s: %.3f s of CPU = %.2f%% of one core\n", wall, cpu_used,
              100.0 * cpu_used / wall);
  kiosk.signal(SIGTERM);
  kiosk.wait_for_exit(std::chrono::seconds(10));
  fs::remove_all(dir);
  return 0;
}
