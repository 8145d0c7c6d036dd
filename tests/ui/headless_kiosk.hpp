#pragma once
// Drives the real kiosk screens with synthetic touches in a headless ImGui context: tap a widget
// by its visible label or ID path, drag, type, press keys, read what is on screen, step frames
// and move a test clock forward (for time-outs and kinetic scrolling).
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "memory_textures.hpp"
#include "ui/kiosk_ui.hpp"

struct ImGuiContext;

namespace intake::testing {

ui::KioskUiOptions default_test_options();

class HeadlessKiosk {
 public:
  // Called after every frame with whether the font atlas was rebuilt; the screen gallery uses
  // it to render the frame with OpenGL. Tests leave it empty.
  using AfterFrame = std::function<void(bool fonts_changed)>;
  // Receives every synthetic input as it is given, with the test clock's time, so an
  // end-to-end test can send the same touches to the real binary (see tests/e2e).
  struct MirroredInput {
    enum class Kind { Down, Move, Up, Text } kind = Kind::Move;
    float x = 0.f, y = 0.f;
    std::string text;
    double time = 0.0;
  };
  using InputMirror = std::function<void(const MirroredInput&)>;
  void set_input_mirror(InputMirror mirror) { mirror_ = std::move(mirror); }

  // Pictures the screens upload go to textures() (kept in memory) unless options.staff.textures
  // already holds a source (the screen gallery's OpenGL one).
  explicit HeadlessKiosk(ui::KioskUiOptions options = default_test_options(), float width = 1920.f,
                         float height = 1080.f, AfterFrame after_frame = {});
  ~HeadlessKiosk();
  HeadlessKiosk(const HeadlessKiosk&) = delete;
  HeadlessKiosk& operator=(const HeadlessKiosk&) = delete;

  ui::KioskUi& kiosk() { return kiosk_; }
  // What the screens uploaded and have not released, and what the last frame drew of it.
  const MemoryTextures& textures() const { return *textures_; }
  float width() const { return width_; }
  float height() const { return height_; }
  float width_scale() const { return width_ / 1920.f; }
  double now() const { return now_; }

  // One frame per step, each 1/60 s later on the test clock.
  void step(int frames = 1);
  // Steps until the UI stops asking for frames (at most max_frames).
  void settle(int max_frames = 240);
  // Moves the test clock forward by seconds, drawing frames at the given rate.
  void advance(double seconds, double frames_per_second = 10.0);
  void resize(float width, float height);

  void touch_down(float x, float y);
  void touch_move(float x, float y);
  void touch_up(float x, float y);
  // Taps the centre of the visible, enabled widget whose label or ID path matches.
  // Returns false (and taps nothing) when there is no such widget on screen.
  bool tap(std::string_view label_or_path);
  // A finger drag from one point to another over duration seconds in steps frames. The finger
  // then rests for `hold` seconds before it lifts, so there is no fling (0: lift at once).
  void drag(float x0, float y0, float x1, float y1, double duration = 0.3, int steps = 12,
            double hold = 0.25);
  void type(std::string_view utf8);
  void press(ui::Key key);

  const ui::ProbeItem* find(std::string_view label_or_path) const;
  std::string screen_text() const;
  // Every widget on screen with its path and rectangle, for failure messages.
  std::string describe_items() const;
  bool shows(std::string_view text) const;

 private:
  void one_frame(double seconds);

  ImGuiContext* context_ = nullptr;
  std::shared_ptr<MemoryTextures> textures_ = std::make_shared<MemoryTextures>();  // before kiosk_
  ui::KioskUi kiosk_;
  AfterFrame after_frame_;
  InputMirror mirror_;
  float width_;
  float height_;
  double now_ = 1000.0;
  ui::FrameResult last_result_;
};

}  // namespace intake::testing
