// The signature pad: every pointer event becomes a point, in the pad's own coordinates; strokes
// start only on the pad; a real signature passes the same check the submission uses.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <cmath>

#include "session/signature_check.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/signature_pad.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct PadScreen {
  SignaturePadState state;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      ImGui::Dummy(ImVec2(10.f, 40.f));  // the pad does not start at the window's corner
      draw_signature_pad(frame, "pad", state, ImVec2(900.f, 300.f), "Sign here with your finger");
    };
  }
};

ProbeRect pad_rect(const WidgetHarness& ui) {
  const ProbeItem* pad = ui.probe().find_item("pad");
  REQUIRE(pad != nullptr);
  return pad->rect;
}

}  // namespace

TEST_CASE("the pad records every pointer event of a frame, not one point per frame", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);
  ui.touch_down(pad.x0 + 100.f, pad.y0 + 150.f);
  ui.frame(draw);
  for (int i = 1; i <= 10; ++i) ui.touch_move(pad.x0 + 100.f + 20.f * i, pad.y0 + 150.f + (i % 2) * 30.f);
  ui.frame(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  CHECK(screen.state.drawing.strokes[0].size() == 11);  // the press and all ten moves
  CHECK(screen.state.stroke_open);
  ui.touch_up(pad.x0 + 330.f, pad.y0 + 150.f);
  ui.frame(draw);
  CHECK_FALSE(screen.state.stroke_open);
  CHECK(screen.state.drawing.strokes[0].size() == 12);
}

TEST_CASE("points are relative to the pad with times from the first point", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);
  CHECK(screen.state.drawing.width == 900.f);
  CHECK(screen.state.drawing.height == 300.f);
  ui.touch_down(pad.x0 + 10.f, pad.y0 + 20.f);
  ui.frame(draw);
  ui.frame(draw);
  ui.touch_move(pad.x0 + 50.f, pad.y0 + 60.f);
  ui.frame(draw);
  ui.touch_up(pad.x0 + 50.f, pad.y0 + 60.f);
  ui.frame(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  const auto& stroke = screen.state.drawing.strokes[0];
  REQUIRE(stroke.size() == 2);  // the release where the finger already was adds nothing
  CHECK(stroke[0].x == 10.f);
  CHECK(stroke[0].y == 20.f);
  CHECK(stroke[0].t_ms == 0);
  CHECK(stroke[1].x == 50.f);
  CHECK(stroke[1].y == 60.f);
  CHECK(stroke[1].t_ms == 33);  // two frames of 1/60 s later
}

TEST_CASE("a stroke that runs off the pad is clamped to its edge and ends on release", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);
  ui.touch_down(pad.x0 + 800.f, pad.y0 + 100.f);
  ui.frame(draw);
  ui.touch_move(pad.x0 + 1000.f, pad.y0 - 50.f);
  ui.frame(draw);
  ui.touch_up(pad.x0 + 1100.f, pad.y0 - 80.f);
  ui.frame(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  const auto& stroke = screen.state.drawing.strokes[0];
  REQUIRE(stroke.size() == 2);  // the two off-pad points clamp to the same corner
  CHECK(stroke[1].x == 900.f);
  CHECK(stroke[1].y == 0.f);
  CHECK_FALSE(screen.state.stroke_open);
  // The next press outside starts nothing.
  ui.touch_move(pad.x0 + 300.f, pad.y0 + 100.f);
  ui.frame(draw);
  CHECK(screen.state.drawing.strokes.size() == 1);
  CHECK(screen.state.drawing.strokes[0].size() == 2);
}

TEST_CASE("a stroke that starts outside the pad is ignored even when it crosses it", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);
  ui.touch_down(pad.x0 + 100.f, pad.y0 - 20.f);
  ui.frame(draw);
  for (int i = 1; i <= 5; ++i) ui.touch_move(pad.x0 + 100.f + 40.f * i, pad.y0 + 40.f * i);
  ui.frame(draw);
  ui.touch_up(pad.x0 + 300.f, pad.y0 + 200.f);
  ui.frame(draw);
  CHECK(screen.state.drawing.empty());
}

TEST_CASE("clear empties the pad and a new drawing starts its clock again", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);
  ui.touch_down(pad.x0 + 100.f, pad.y0 + 100.f);
  ui.touch_move(pad.x0 + 200.f, pad.y0 + 120.f);
  ui.touch_up(pad.x0 + 200.f, pad.y0 + 120.f);
  ui.settle(draw);
  REQUIRE_FALSE(screen.state.drawing.empty());
  CHECK_FALSE(ui.probe().shows_text("Sign here with your finger"));
  clear_signature(screen.state);
  CHECK(screen.state.drawing.empty());
  CHECK(screen.state.started_at < 0.0);
  ui.frame(draw);
  CHECK(ui.probe().shows_text("Sign here with your finger"));
  ui.advance_clock(5.0);
  ui.touch_down(pad.x0 + 300.f, pad.y0 + 100.f);
  ui.frame(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  CHECK(screen.state.drawing.strokes[0][0].t_ms == 0);
}

TEST_CASE("a zig-zag drawn on the pad passes the signature check and a dot does not", "[ui][signature]") {
  WidgetHarness ui;
  PadScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeRect pad = pad_rect(ui);

  // A dot: press and release in one place.
  ui.touch_down(pad.x0 + 450.f, pad.y0 + 150.f);
  ui.touch_up(pad.x0 + 450.f, pad.y0 + 150.f);
  ui.settle(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  CHECK_FALSE(intake::check_signature(screen.state.drawing).ok());
  clear_signature(screen.state);

  // A zig-zag across half the pad, several moves per frame.
  ui.touch_down(pad.x0 + 150.f, pad.y0 + 200.f);
  ui.frame(draw);
  for (int i = 1; i <= 24; ++i) {
    ui.touch_move(pad.x0 + 150.f + 20.f * i, pad.y0 + (i % 2 ? 110.f : 200.f));
    if (i % 3 == 0) ui.frame(draw);
  }
  ui.touch_up(pad.x0 + 630.f, pad.y0 + 200.f);
  ui.settle(draw);
  REQUIRE(screen.state.drawing.strokes.size() == 1);
  CHECK(screen.state.drawing.strokes[0].size() == 25);
  const auto checked = intake::check_signature(screen.state.drawing);
  INFO((checked.ok() ? std::string() : checked.error().message));
  CHECK(checked.ok());
}

TEST_CASE("signing on a pad inside a scroll view draws and never scrolls the view",
          "[ui][signature][scroll]") {
  WidgetHarness ui;
  SignaturePadState pad_state;
  ScrollState scroll;
  auto draw = [&](UiFrame& frame) {
    ScrollView view(frame, "content", scroll, ImVec2(1000.f, 600.f));
    ImGui::Dummy(ImVec2(10.f, 100.f));
    draw_signature_pad(frame, "pad", pad_state, ImVec2(900.f, 300.f), "Sign here");
    ImGui::Dummy(ImVec2(10.f, 900.f));  // more content below: the view can scroll
  };
  ui.settle(draw);
  REQUIRE(scroll.max_offset() > 0.f);
  const ProbeRect pad = pad_rect(ui);
  ui.touch_down(pad.x0 + 200.f, pad.y0 + 250.f);
  ui.frame(draw);
  for (int i = 1; i <= 8; ++i) {
    ui.touch_move(pad.x0 + 200.f + 30.f * i, pad.y0 + 250.f - 25.f * i);  // up and right
    ui.frame(draw);
  }
  ui.touch_up(pad.x0 + 440.f, pad.y0 + 50.f);
  ui.settle(draw);
  CHECK(scroll.offset == 0.f);
  REQUIRE(pad_state.drawing.strokes.size() == 1);
  CHECK(pad_state.drawing.strokes[0].size() == 9);
  // A drag beside the pad still scrolls.
  ui.touch_down(pad.x0 + 950.f, pad.y0 + 250.f);
  ui.frame(draw);
  ui.touch_move(pad.x0 + 950.f, pad.y0 + 100.f);
  ui.frame(draw);
  ui.touch_up(pad.x0 + 950.f, pad.y0 + 100.f);
  ui.settle(draw);
  CHECK(scroll.offset > 0.f);
}
