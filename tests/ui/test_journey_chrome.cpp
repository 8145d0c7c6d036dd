// The journey chrome alone: "Step N of M" in the patient's language above the title (one line
// with large text while the keyboard is up), and the nav bar docked to the bottom with Back on
// the left and Next on the right, Next tappable unless disabled outright, and the content
// height that stays above the bar and the keyboard.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/touch_button.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct NavScreen {
  std::string back = "Back";
  std::string next = "Next";
  bool next_ready = true;
  bool next_enabled = true;
  int backs = 0, nexts = 0;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      const NavActions actions = draw_nav_bar(frame, back, next, next_ready, next_enabled);
      backs += actions.back;
      nexts += actions.next;
    };
  }
};

struct HeaderScreen {
  bool keyboard_up = false;
  std::string step;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      frame.keyboard_up = keyboard_up;
      step = fmt_step(frame, 2, 7);
      draw_step_header(frame, "About you", step);
    };
  }
};

// Back and Next of the last frame; fails the test unless both are there.
struct NavButtons {
  const ProbeItem& back;
  const ProbeItem& next;
};
NavButtons nav_buttons(const WidgetHarness& ui) { return {ui.item("back"), ui.item("next")}; }

const ProbeText* find_text(const UiProbe& probe, std::string_view text) {
  for (const ProbeText& each : probe.texts)
    if (each.text == text) return &each;
  return nullptr;
}

}  // namespace

TEST_CASE("the step header says Step N of M in the patient's language above the title",
          "[ui][journey_chrome]") {
  for (const auto& [language, step] : {std::pair{"en", "Step 2 of 7"}, std::pair{"es", "Paso 2 de 7"}}) {
    INFO(language);
    WidgetHarness ui(1920.f, 1080.f, TextSize::normal, language);
    HeaderScreen screen;
    auto draw = screen.fn();
    ui.frame(draw);
    CHECK(screen.step == step);
    const ProbeText* step_text = find_text(ui.probe(), step);
    const ProbeText* title = find_text(ui.probe(), "About you");
    REQUIRE(step_text != nullptr);
    REQUIRE(title != nullptr);
    CHECK(step_text->rect.y1 <= title->rect.y0);
    CHECK(title->layout.text_px > step_text->layout.text_px);      // the title in the heading font
    const ProbeRect primary = ui.painted_bounds(theme::kPrimary);  // the step, in the primary colour
    CHECK_FALSE(primary.empty());
    CHECK(primary.inside(step_text->rect, 2.f));
  }
}

TEST_CASE("with large text and the keyboard up, the step and title share one line", "[ui][journey_chrome]") {
  WidgetHarness large(1920.f, 1080.f, TextSize::large);
  HeaderScreen screen;
  screen.keyboard_up = true;
  auto draw = screen.fn();
  large.frame(draw);
  CHECK(large.probe().shows_text("Step 2 of 7 · About you"));
  CHECK(find_text(large.probe(), "About you") == nullptr);

  // At normal size the keyboard leaves room for both.
  WidgetHarness normal;
  normal.frame(draw);
  CHECK(find_text(normal.probe(), "About you") != nullptr);
  CHECK(find_text(normal.probe(), "Step 2 of 7") != nullptr);
  // Without the keyboard, large text keeps both too.
  screen.keyboard_up = false;
  large.frame(draw);
  CHECK(find_text(large.probe(), "About you") != nullptr);
}

TEST_CASE("the nav bar docks Back left and Next right at the bottom, and reports each tap once",
          "[ui][journey_chrome]") {
  WidgetHarness ui;
  NavScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  const auto& [back, next] = nav_buttons(ui);
  CHECK(back.label == "Back");
  CHECK(next.label == "Next");
  const ImVec2 padding = ImGui::GetStyle().WindowPadding;
  const UiMetrics& m = ui.metrics();
  CHECK(back.rect.x0 == Catch::Approx(padding.x));
  CHECK(next.rect.x1 == Catch::Approx(m.width - padding.x));
  CHECK(back.rect.y1 == Catch::Approx(m.height - padding.y));
  CHECK(next.rect.y1 == Catch::Approx(m.height - padding.y));
  CHECK(back.rect.width() == Catch::Approx(next.rect.width()));
  CHECK(back.rect.height() >= kMinTouchTargetPx * m.scale);
  // The bar and its rule fit in the height the screens leave for it.
  const ProbeRect rule = ui.painted_bounds(theme::kDisabledFill);
  REQUIRE_FALSE(rule.empty());
  CHECK(rule.y1 < back.rect.y0);
  // The screens' scrolling content stops above it.
  CHECK(rule.y0 >= m.height - nav_bar_height(m) - m.px(12.f));
  CHECK(rule.width() >= m.width - 2.f);

  REQUIRE(ui.tap("Next", draw));
  CHECK(screen.nexts == 1);
  CHECK(screen.backs == 0);
  REQUIRE(ui.tap("Back", draw));
  CHECK(screen.backs == 1);
  CHECK(screen.nexts == 1);
}

TEST_CASE("without a Back label the nav bar has Next alone", "[ui][journey_chrome]") {
  WidgetHarness ui;
  NavScreen screen;
  screen.back.clear();
  auto draw = screen.fn();
  ui.settle(draw);
  CHECK(ui.probe().find_item("back") == nullptr);
  const ProbeItem& next = ui.item("next");
  CHECK(next.rect.x1 == Catch::Approx(ui.metrics().width - ImGui::GetStyle().WindowPadding.x));
}

TEST_CASE("Next not ready is still tappable; Next disabled is not", "[ui][journey_chrome]") {
  WidgetHarness ui;
  NavScreen screen;
  screen.next_ready = false;  // something missing: the tap explains what
  auto draw = screen.fn();
  ui.settle(draw);
  CHECK(ui.item("next").enabled);
  REQUIRE(ui.tap("next", draw));
  CHECK(screen.nexts == 1);

  screen.next_enabled = false;  // e.g. before the end of the consent
  ui.settle(draw);
  const ProbeItem& next = ui.item("next");
  CHECK_FALSE(next.enabled);
  CHECK_FALSE(ui.tap("next", draw));
  ui.press_and_release(next.rect.center_x(), next.rect.center_y(), draw);
  CHECK(screen.nexts == 1);
  CHECK(ui.item("back").enabled);
}

TEST_CASE("a long Next label takes the room Back does not need, at large text too", "[ui][journey_chrome]") {
  for (TextSize size : kTextSizes) {
    INFO(text_size_percent(size));
    WidgetHarness ui(1080.f, 1920.f, size);
    NavScreen screen;
    screen.next = "Yes, send my answers to the clinic";
    auto draw = screen.fn();
    ui.settle(draw);
    const auto& [back, next] = nav_buttons(ui);
    CHECK(back.rect.x1 < next.rect.x0);  // side by side, never overlapping
    CHECK(next.rect.x1 <= ui.metrics().width);
    CHECK(back.rect.y0 == Catch::Approx(next.rect.y0));
    CHECK_FALSE(next.layout.broken_word);
    CHECK_FALSE(back.layout.broken_word);
    CHECK(next.layout.words.inside(next.rect));  // a label that must wrap makes its button taller
    CHECK(back.layout.words.inside(back.rect));
    if (size == TextSize::normal) CHECK(next.layout.words.height() < 1.5f * next.layout.text_px);  // one line
    if (size != TextSize::normal) CHECK(next.rect.width() > back.rect.width());
  }
}

TEST_CASE("the content height stops above the nav bar, and above the keyboard while it is up",
          "[ui][journey_chrome]") {
  WidgetHarness ui;
  float top = 0.f, without = 0.f, small_keyboard = 0.f, big_keyboard = 0.f, huge_keyboard = 0.f;
  auto draw = [&](UiFrame& frame) {
    ImGui::Dummy(ImVec2(10.f, 200.f));
    top = ImGui::GetCursorPosY();
    const float bar = nav_bar_height(frame.metrics);
    without = content_height_above_nav(frame, 0.f);
    small_keyboard = content_height_above_nav(frame, bar * 0.5f);  // hidden behind the bar
    big_keyboard = content_height_above_nav(frame, bar + 300.f);
    huge_keyboard = content_height_above_nav(frame, 5000.f);
  };
  ui.frame(draw);
  const UiMetrics& m = ui.metrics();
  CHECK(top + without == Catch::Approx(m.height - nav_bar_height(m) - m.px(12.f)));
  CHECK(small_keyboard == Catch::Approx(without));
  CHECK(big_keyboard == Catch::Approx(without - 300.f));
  CHECK(huge_keyboard == Catch::Approx(m.px(120.f)));  // never less than a usable strip
}
