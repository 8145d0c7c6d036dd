#include <catch2/catch_test_macros.hpp>

#include <signal.h>

#include <filesystem>
#include <thread>

#include "child_process.hpp"
#include "png_image.hpp"
#include "xvfb_display.hpp"

using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

fs::path fresh_temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / (name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

bool wait_for_file(const fs::path& path, ChildProcess& process, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(path)) return true;
    if (!process.running()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

}  // namespace

TEST_CASE("the real kiosk draws its welcome screen under Xvfb and exits cleanly on SIGTERM", "[e2e]") {
  XvfbDisplay display(1920, 1080);
  const fs::path dir = fresh_temp_dir("intake-e2e-welcome");
  const fs::path screenshot = dir / "welcome.png";
  ChildProcess kiosk(
      {INTAKE_KIOSK_BINARY, "--data-dir", (dir / "data").string(), "--screenshot", screenshot.string()},
      {"DISPLAY=" + display.display()}, (dir / "kiosk.log").string());

  INFO("waiting up to 30 s for the kiosk's first settled frame as " << screenshot << " (see kiosk.log)");
  REQUIRE(wait_for_file(screenshot, kiosk, std::chrono::seconds(30)));
  PngImage image = load_png(screenshot.string());
  REQUIRE(image.loaded());
  CHECK(image.width == 1920);
  CHECK(image.height == 1080);
  // Not blank: text and buttons in several colours over the background.
  CHECK(image.distinct_colors() > 20);
  CHECK(image.foreground_share() > 0.02);

  REQUIRE(kiosk.running());
  kiosk.signal(SIGTERM);
  auto status = kiosk.wait_for_exit(std::chrono::seconds(10));
  REQUIRE(status.has_value());
  CHECK(status->exited);
  CHECK(status->code == 0);
  fs::remove_all(dir);
}
