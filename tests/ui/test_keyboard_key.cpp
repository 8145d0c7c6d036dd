// One key of the on-screen keyboard alone: a tap is reported on release, the probe names an icon
// key in words, and the key is at least a finger wide.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include "ui/ui_frame.hpp"
#include "ui/widgets/keyboard_key.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct KeyScreen {
  KeyFace face;
  int taps = 0;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      if (keyboard_key(frame, "key_a", face, ImVec2(frame.metrics.px(96.f), frame.metrics.px(96.f)))) ++taps;
    };
  }
};

}  // namespace

TEST_CASE("a tap on a keyboard key is reported once, on release", "[ui][keyboard_key]") {
  WidgetHarness ui;
  KeyScreen screen;
  screen.face.shown = "a";
  screen.face.probe_label = "a";
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& key = ui.item("key_a");
  CHECK(key.label == "a");
  CHECK(key.rect.width() >= kMinTouchTargetPx * ui.metrics().scale);
  const float x = key.rect.center_x(), y = key.rect.center_y();
  ui.touch_down(x, y);
  ui.frame(draw);
  CHECK(screen.taps == 0);
  ui.touch_up(x, y);
  ui.frame(draw);
  ui.frame(draw);
  CHECK(screen.taps == 1);
}

TEST_CASE("an icon key is named in words in the probe", "[ui][keyboard_key]") {
  WidgetHarness ui;
  KeyScreen screen;
  screen.face.probe_label = "Delete";
  screen.face.look = KeyLook::Function;
  screen.face.icon = KeyIcon::Backspace;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& key = ui.item("Delete");
  CHECK(key.id_path == "key_a");
  REQUIRE(ui.tap("Delete", draw));
  CHECK(screen.taps == 1);
}
