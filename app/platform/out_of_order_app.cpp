#include "platform/out_of_order_app.hpp"

#include <imgui.h>

#include <ostream>

#include "platform/kiosk_display.hpp"
#include "platform/png_capture.hpp"
#include "platform/termination_signals.hpp"
#include "ui/out_of_order_screen.hpp"

namespace intake {

namespace {

constexpr int kExitNoDisplay = 3;
constexpr int kExitFailure = 1;

}  // namespace

int run_out_of_order_app(const ResourcePaths& paths, const KioskOptions& options,
                         const ServiceEnvironment& service, std::ostream& err) {
  TerminationSignals signals(&wake_kiosk_window_loop);
  ImGuiContextOwner imgui_context;
  ui::OutOfOrderScreen screen(paths.fonts_dir);
  ServiceNotifier notifier(service);
  ui::PointerInput pointer;  // touches are taken and ignored: there is nothing to tap
  ui::KeyInput keys;
  std::optional<KioskDisplay> display = open_kiosk_display(options, pointer, keys, err);
  if (!display) return kExitNoDisplay;
  KioskWindow& window = *display->window;
  window.set_close_allowed(false);
  err << "intake-kiosk: showing the out-of-order screen\n";
  int frames = 0;
  bool screenshot_taken = false;
  while (!signals.requested()) {
    const int width = window.framebuffer_width();
    const int height = window.framebuffer_height();
    if (width > 0 && height > 0) {
      if (!fonts_ready(screen.prepare_fonts(float(width), float(height)), display->renderer, err))
        return kExitFailure;
      // Taken and dropped, so touches do not pile up in the queues.
      pointer.begin_frame(ImGui::GetIO());
      keys.begin_frame(ImGui::GetIO());
      screen.frame(float(width), float(height));
      display->renderer.render(width, height);
      ++frames;
      if (options.screenshot_path && !screenshot_taken && frames >= 3) {
        auto written = write_framebuffer_png(*options.screenshot_path, width, height);
        if (!written) err << "intake-kiosk: " << written.error().message << "\n";
        screenshot_taken = true;
        if (options.exit_after_screenshot) break;
      }
      window.swap_buffers();
      notifier.ready();
    }
    // A few frames to settle (and for a screenshot), then only when something happens.
    window.wait_for_events(frames < 3 ? 0.0 : 1.0);
  }
  notifier.stopping();
  return 0;
}

}  // namespace intake
