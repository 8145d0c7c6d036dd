// The finger-driven scroll view: drags scroll without tapping, taps still tap, flings coast and
// settle, and the view knows when its end has been shown.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <string>
#include <tuple>

#include "ui/ui_frame.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/touch_button.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

// Twenty tall buttons in a 500 px view: about 2,400 px of content.
struct ListScreen {
  ScrollState state;
  int clicked = -1;
  int items = 20;
  bool show_progress = false;

  void draw(UiFrame& frame) {
    {
      ScrollView view(frame, "list", state, ImVec2(frame.metrics.px(800.f), frame.metrics.px(500.f)));
      for (int i = 0; i < items; ++i)
        if (touch_button(frame, "item_" + std::to_string(i), "Item " + std::to_string(i),
                         ImVec2(frame.metrics.px(700.f), frame.metrics.px(96.f))))
          clicked = i;
    }
    if (show_progress) draw_scroll_progress(frame, state, ImVec2(frame.metrics.px(800.f), 0.f));
  }
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) { draw(frame); };
  }
};

// A finger drag from (x, y) by dy, one move per frame, without releasing.
void drag_without_release(WidgetHarness& ui, const WidgetHarness::DrawFn& draw, float x, float y, float dy,
                          int steps) {
  ui.touch_down(x, y);
  ui.frame(draw);
  for (int i = 1; i <= steps; ++i) {
    ui.touch_move(x, y + dy * static_cast<float>(i) / static_cast<float>(steps));
    ui.frame(draw);
  }
}

}  // namespace

TEST_CASE("dragging scrolls the content 1:1 and never taps the button the drag started on", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_2");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  const float lower_top = ui.probe().find_item("item_4")->rect.y0;

  drag_without_release(ui, draw, x, y, -300.f, 10);
  // The first 30 px move passes the slop; from there the content follows the finger exactly.
  CHECK(screen.state.dragging);
  CHECK(screen.state.offset == 270.f);
  const ProbeItem* moved = ui.probe().find_item("item_4");
  REQUIRE(moved != nullptr);
  CHECK(moved->rect.y0 == lower_top - 270.f);

  ui.touch_up(x, y - 300.f);
  ui.settle(draw);
  CHECK(screen.clicked == -1);
  CHECK(screen.state.offset > 270.f);
}

TEST_CASE("a drag that comes back to its button before release still does not tap it", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_1");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  ui.touch_down(x, y);
  ui.frame(draw);
  ui.touch_move(x, y - 80.f);
  ui.frame(draw);
  ui.touch_move(x, y);
  ui.frame(draw);
  ui.touch_up(x, y);
  ui.settle(draw);
  CHECK(screen.clicked == -1);
}

TEST_CASE("a tap without movement on a button inside the view taps it", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  REQUIRE(ui.tap("item_1", draw));
  CHECK(screen.clicked == 1);
  CHECK(screen.state.offset == 0.f);
}

TEST_CASE("a small wobble within the slop is still a tap", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_3");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  ui.touch_down(x, y);
  ui.frame(draw);
  ui.touch_move(x + 4.f, y - 6.f);
  ui.frame(draw);
  ui.touch_up(x + 4.f, y - 6.f);
  ui.settle(draw);
  CHECK(screen.clicked == 3);
  CHECK(screen.state.offset == 0.f);
}

TEST_CASE("a fling keeps scrolling after release and then settles", "[ui][scroll][kinetic]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_3");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  drag_without_release(ui, draw, x, y, -200.f, 5);  // 40 px a frame: 2,400 px/s
  ui.touch_up(x, y - 200.f);
  ui.frame(draw);
  const float at_release = screen.state.offset;
  CHECK(screen.state.velocity > 1000.f);

  ui.frame(draw);
  CHECK(screen.state.offset > at_release);  // coasting, no finger on the glass
  const int frames = ui.settle(draw);
  CHECK(frames < 300);  // settles within five seconds of frames
  CHECK(screen.state.velocity == 0.f);
  CHECK(screen.state.offset > at_release + 300.f);
  CHECK(screen.state.offset <= screen.state.max_offset());
  CHECK(screen.clicked == -1);
  // Settled means settled: more frames move nothing.
  const float settled = screen.state.offset;
  CHECK_FALSE(ui.frame(draw));
  CHECK(screen.state.offset == settled);
}

TEST_CASE("a fling towards the end stops at the end", "[ui][scroll][kinetic]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_3");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  for (int flick = 0; flick < 3; ++flick) {
    drag_without_release(ui, draw, x, y, -350.f, 3);  // very fast
    ui.touch_up(x, y - 350.f);
    ui.frame(draw);
  }
  CHECK(ui.settle(draw) < 300);
  CHECK(screen.state.offset == screen.state.max_offset());
  CHECK(screen.state.velocity == 0.f);
  CHECK(screen.state.reached_end);
}

TEST_CASE("a finger that stops before lifting does not fling", "[ui][scroll][kinetic]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_3");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  drag_without_release(ui, draw, x, y, -200.f, 5);
  for (int i = 0; i < 12; ++i) ui.frame(draw);  // 200 ms holding still
  const float held = screen.state.offset;
  ui.touch_up(x, y - 200.f);
  ui.settle(draw);
  CHECK(screen.state.offset == held);
}

TEST_CASE("a finger landing on a coasting view stops it and taps nothing", "[ui][scroll][kinetic]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_3");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();
  drag_without_release(ui, draw, x, y, -200.f, 5);
  ui.touch_up(x, y - 200.f);
  ui.frame(draw);
  ui.frame(draw);
  REQUIRE(screen.state.velocity != 0.f);
  ui.touch_down(x, y);
  ui.frame(draw);
  const float caught = screen.state.offset;
  ui.touch_up(x, y);
  ui.settle(draw);
  CHECK(screen.state.velocity == 0.f);
  CHECK(screen.state.offset == caught);
  CHECK(screen.clicked == -1);
}

TEST_CASE("reached_end is set only once the bottom of the content has been on screen", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  CHECK_FALSE(screen.state.reached_end);
  CHECK(screen.state.content_height > screen.state.view_height);
  const ProbeItem* item = ui.probe().find_item("item_2");
  REQUIRE(item != nullptr);
  const float x = item->rect.center_x(), y = item->rect.center_y();

  // Slow drags (no fling) of 300 px until the end: reached only on the last one.
  int drags = 0;
  while (screen.state.offset < screen.state.max_offset() && drags < 20) {
    CHECK_FALSE(screen.state.reached_end);
    drag_without_release(ui, draw, x, y, -300.f, 10);
    for (int i = 0; i < 10; ++i) ui.frame(draw);
    ui.touch_up(x, y - 300.f);
    ui.settle(draw);
    ++drags;
  }
  CHECK(screen.state.reached_end);
  CHECK(screen.state.offset == screen.state.max_offset());
  CHECK(ui.probe().find_item("item_19")->visible);

  // Going back up keeps it: the end has been read.
  drag_without_release(ui, draw, x, y, 300.f, 10);
  ui.touch_up(x, y + 300.f);
  ui.settle(draw);
  CHECK(screen.state.offset < screen.state.max_offset());
  CHECK(screen.state.reached_end);
}

TEST_CASE("content that fits the view counts as read at once", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  screen.items = 2;
  auto draw = screen.fn();
  ui.frame(draw);
  CHECK(screen.state.reached_end);
  CHECK(screen.state.progress() == 1.f);
}

TEST_CASE("scroll_to_reveal brings a range into view", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  CHECK_FALSE(ui.probe().find_item("item_10")->visible);
  const float row = 96.f + 24.f;  // button and item spacing at 1080p
  scroll_to_reveal(screen.state, 10 * row, 10 * row + 96.f);
  ui.frame(draw);
  const ProbeItem* item = ui.probe().find_item("item_10");
  CHECK(item->visible);
  CHECK(item->rect.height() == 96.f);  // wholly visible, not clipped
}

TEST_CASE("the progress bar says how much has been read, in the patient's language",
          "[ui][scroll][strings]") {
  for (const auto& [language, start, end] :
       {std::tuple{"en", "0% read", "100% read"}, std::tuple{"es", "0 % leído", "100 % leído"}}) {
    INFO(language);
    WidgetHarness ui(1920.f, 1080.f, intake::ui::TextSize::normal, language);
    ListScreen screen;
    screen.show_progress = true;
    auto draw = screen.fn();
    ui.settle(draw);
    CHECK(ui.probe().shows_text(start));
    screen.state.offset = screen.state.max_offset() * 0.5f;
    ui.frame(draw);
    CHECK(ui.probe().shows_text(language == std::string("en") ? "50% read" : "50 % leído"));
    scroll_to_reveal(screen.state, screen.state.content_height - 1.f, screen.state.content_height);
    ui.frame(draw);
    ui.frame(draw);
    CHECK(ui.probe().shows_text(end));
  }
}

TEST_CASE("the mouse wheel at the front desk scrolls the view under the pointer", "[ui][scroll]") {
  WidgetHarness ui;
  ListScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem* item = ui.probe().find_item("item_1");
  REQUIRE(item != nullptr);
  // A mouse hovering (a move without a press) and two wheel notches towards the reader.
  ui.touch_move(item->rect.center_x(), item->rect.center_y());
  ImGui::GetIO().MouseWheel = -2.f;
  ui.frame(draw);
  CHECK(screen.state.offset == 240.f);
  CHECK(screen.clicked == -1);
  // Outside the view the wheel does nothing to it.
  ui.touch_move(1700.f, 900.f);
  ImGui::GetIO().MouseWheel = 3.f;
  ui.frame(draw);
  CHECK(screen.state.offset == 240.f);
}
