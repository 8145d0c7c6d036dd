#pragma once
// The whole kiosk UI, independent of any window system: the host (GLFW platform, or the
// headless test driver) owns the ImGui context and the renderer, queues pointer and key input,
// and calls prepare_fonts() then frame() for every frame it draws.
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "ui/font_set.hpp"
#include "ui/key_input.hpp"
#include "ui/pointer_input.hpp"
#include "ui/ui_metrics.hpp"
#include "ui/ui_probe.hpp"
#include "ui/ui_strings.hpp"

namespace intake::ui {

struct KioskUiOptions {
  std::filesystem::path fonts_dir;
  std::string clinic_name = "Our Clinic";
  std::vector<std::string> languages = {"en", "es"};
};

enum class Screen { Welcome };

struct FrameResult {
  // The host keeps drawing while this is true (animations, pending input); otherwise it may
  // sleep until input arrives or wake_after_seconds pass (countdowns).
  bool needs_another_frame = false;
  double wake_after_seconds = -1.0;  // < 0: no timer, sleep until input
};

class KioskUi {
 public:
  explicit KioskUi(KioskUiOptions options);

  PointerInput& pointer() { return pointer_; }
  KeyInput& keys() { return keys_; }

  // Rebuilds the current ImGui context's font atlas when the window size or "Larger text"
  // changed. Returns true when it did, so the host uploads the atlas texture again.
  Result<bool> prepare_fonts(float width, float height);

  // One ImGui frame: NewFrame, every screen, Render. The draw data is ImGui::GetDrawData().
  FrameResult frame(float width, float height, double now);

  void set_language(const std::string& code);
  void set_larger_text(bool on) { larger_text_ = on; }

  const UiProbe& probe() const { return probe_; }
  Screen screen() const { return screen_; }
  const std::string& language() const { return language_; }
  bool larger_text() const { return larger_text_; }

 private:
  void draw_current_screen(struct UiFrame& frame);

  KioskUiOptions options_;
  UiStrings strings_;
  PointerInput pointer_;
  KeyInput keys_;
  UiProbe probe_;
  UiMetrics metrics_;
  FontSet fonts_;
  Screen screen_ = Screen::Welcome;
  std::string language_ = "en";
  bool larger_text_ = false;
  double last_now_ = -1.0;
  int settle_frames_ = 3;  // ImGui needs a few frames after any change to reach a still image
};

}  // namespace intake::ui
