#pragma once
// The kiosk window. This and glfw_window.cpp are the only places that know GLFW exists.
#include <memory>

#include "common/result.hpp"
#include "platform/kiosk_options.hpp"
#include "ui/key_input.hpp"
#include "ui/pointer_input.hpp"

namespace intake {

class KioskWindow {
 public:
  // Opens borderless fullscreen on the primary monitor, or windowed when options say so,
  // with an OpenGL 3.3 core context made current. Input is queued into pointer and keys.
  static Result<std::unique_ptr<KioskWindow>> open(const KioskOptions& options, ui::PointerInput& pointer,
                                                   ui::KeyInput& keys);
  ~KioskWindow();
  KioskWindow(const KioskWindow&) = delete;
  KioskWindow& operator=(const KioskWindow&) = delete;

  // timeout < 0 waits for input with no limit; 0 only polls. The process sleeps meanwhile.
  void wait_for_events(double timeout_seconds);
  void swap_buffers();
  int framebuffer_width() const;
  int framebuffer_height() const;
  double now() const;  // monotonic seconds

  // Patient mode: the window manager's close (Alt+F4) is refused.
  void set_close_allowed(bool allowed);
  bool close_requested() const;

  struct State;

 private:
  explicit KioskWindow(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Safe from any thread once GLFW is initialised; wakes wait_for_events.
void wake_kiosk_window_loop();

}  // namespace intake
