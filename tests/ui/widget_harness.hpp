#pragma once
// Draws one widget alone in a headless ImGui context, for component tests: every frame calls
// the given function inside a fullscreen window with a UiFrame, as a screen would.
#include <functional>
#include <string_view>

#include "ui/font_set.hpp"
#include "ui/pointer_input.hpp"
#include "ui/ui_metrics.hpp"
#include "ui/ui_probe.hpp"
#include "ui/ui_strings.hpp"

struct ImGuiContext;

namespace intake::ui {
struct UiFrame;
}

namespace intake::testing {

class WidgetHarness {
 public:
  using DrawFn = std::function<void(ui::UiFrame&)>;
  explicit WidgetHarness(float width = 1920.f, float height = 1080.f,
                         ui::TextSize text_size = ui::TextSize::normal, std::string language = "en");
  ~WidgetHarness();
  WidgetHarness(const WidgetHarness&) = delete;
  WidgetHarness& operator=(const WidgetHarness&) = delete;

  // One frame, 1/60 s after the last; returns whether a widget asked for another frame.
  bool frame(const DrawFn& draw);
  // Frames until no widget animates (at most max_frames); returns how many were drawn.
  int settle(const DrawFn& draw, int max_frames = 600);
  void advance_clock(double seconds) { now_ += seconds; }

  void touch_down(float x, float y) { pointer_.push({ui::PointerKind::Down, x, y, now_}); }
  void touch_move(float x, float y) { pointer_.push({ui::PointerKind::Move, x, y, now_}); }
  void touch_up(float x, float y) { pointer_.push({ui::PointerKind::Up, x, y, now_}); }
  // Press and release on the centre of the item with this label or ID path, drawing frames.
  bool tap(std::string_view label_or_path, const DrawFn& draw);
  // Press and release at (x, y), two frames each, whatever is there (a disabled button, say).
  void press_and_release(float x, float y, const DrawFn& draw);
  // The item with this label or ID path in the last frame; fails the test when there is none.
  const ui::ProbeItem& item(std::string_view label_or_path) const;

  // The box around every vertex drawn in exactly `color` in the last frame (empty: nothing was):
  // what was painted where, for the fills and rules a probe does not record.
  ui::ProbeRect painted_bounds(unsigned color) const;

  const ui::UiProbe& probe() const { return probe_; }
  const ui::UiMetrics& metrics() const { return metrics_; }
  double now() const { return now_; }

 private:
  ImGuiContext* context_ = nullptr;
  ui::UiStrings strings_;
  ui::UiMetrics metrics_;
  ui::FontSet fonts_;
  ui::PointerInput pointer_;
  ui::UiProbe probe_;
  std::string language_;
  double now_ = 500.0;
  double last_frame_ = -1.0;
};

}  // namespace intake::testing
