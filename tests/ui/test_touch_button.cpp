// The touch button alone: a tap is reported once, on release over it; a press that slides off
// or a disabled button reports nothing; the probe says what it is and whether it is on.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include "ui/ui_frame.hpp"
#include "ui/widgets/touch_button.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct ButtonScreen {
  ButtonOptions options;
  int taps = 0;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      if (touch_button(frame, "start", "Start check-in",
                       ImVec2(frame.metrics.px(600.f), frame.metrics.px(120.f)), options))
        ++taps;
    };
  }
};

}  // namespace

TEST_CASE("a tap on the touch button is reported once, on release", "[ui][touch_button]") {
  WidgetHarness ui;
  ButtonScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& button = ui.item("Start check-in");
  CHECK(button.id_path == "start");
  CHECK(button.enabled);
  CHECK_FALSE(button.choice);
  CHECK(button.rect.height() >= kMinTouchTargetPx * ui.metrics().scale);

  const float x = button.rect.center_x(), y = button.rect.center_y();
  ui.touch_down(x, y);
  ui.frame(draw);
  ui.frame(draw);
  CHECK(screen.taps == 0);  // pressing is not yet a tap
  ui.touch_up(x, y);
  ui.frame(draw);
  ui.frame(draw);
  CHECK(screen.taps == 1);
}

TEST_CASE("a press that slides off the touch button is no tap", "[ui][touch_button]") {
  WidgetHarness ui;
  ButtonScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& button = ui.item("start");
  const float x = button.rect.center_x(), y = button.rect.center_y();
  ui.touch_down(x, y);
  ui.frame(draw);
  ui.touch_move(x, y + 600.f);
  ui.frame(draw);
  ui.touch_up(x, y + 600.f);
  ui.frame(draw);
  ui.frame(draw);
  CHECK(screen.taps == 0);
}

TEST_CASE("a disabled touch button says so and ignores taps", "[ui][touch_button]") {
  WidgetHarness ui;
  ButtonScreen screen;
  screen.options.enabled = false;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& button = ui.item("start");
  CHECK_FALSE(button.enabled);
  ui.press_and_release(button.rect.center_x(), button.rect.center_y(), draw);
  CHECK(screen.taps == 0);
}

TEST_CASE("a selected choice button is a selected choice in the probe", "[ui][touch_button]") {
  WidgetHarness ui;
  ButtonScreen screen;
  screen.options.kind = ButtonKind::Choice;
  screen.options.selected = true;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& button = ui.item("start");
  CHECK(button.selected);
  CHECK(button.choice);
}
