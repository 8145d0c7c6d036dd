// The tappable text field: what it shows, and that a tap on its box is reported.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include "ui/ui_frame.hpp"
#include "ui/widgets/text_field.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct FieldScreen {
  TextFieldView view;
  int taps = 0;
  std::string value;
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      TextFieldView shown = view;
      shown.value = value;
      if (text_field(frame, "given_name", shown, frame.metrics.px(700.f))) ++taps;
    };
  }
};

}  // namespace

TEST_CASE("a tap on the text field's box is reported", "[ui][text_field]") {
  WidgetHarness ui;
  FieldScreen screen;
  screen.view.label = "First name";
  screen.view.placeholder = "Tap to type";
  auto draw = screen.fn();
  ui.settle(draw);
  const ProbeItem& field = ui.item("First name");
  CHECK(field.id_path == "given_name");
  CHECK(field.rect.height() >= kMinTouchTargetPx * ui.metrics().scale);
  CHECK(field.rect.width() == 700.f);
  REQUIRE(ui.tap("given_name", draw));
  CHECK(screen.taps == 1);
}

TEST_CASE("the text field shows the placeholder when empty and the value when typed", "[ui][text_field]") {
  WidgetHarness ui;
  FieldScreen screen;
  screen.view.label = "First name";
  screen.view.placeholder = "Tap to type";
  auto draw = screen.fn();
  ui.frame(draw);
  CHECK(ui.probe().shows_text("Tap to type"));
  screen.value = "Zoë";
  ui.frame(draw);
  CHECK(ui.probe().shows_text("Zoë"));
  CHECK_FALSE(ui.probe().shows_text("Tap to type"));
}

TEST_CASE("the focused field is marked selected in the probe", "[ui][text_field]") {
  WidgetHarness ui;
  FieldScreen screen;
  screen.view.label = "First name";
  auto draw = screen.fn();
  ui.frame(draw);
  CHECK_FALSE(ui.probe().find_item("given_name")->selected);
  screen.view.focused = true;
  ui.frame(draw);
  CHECK(ui.probe().find_item("given_name")->selected);
}

TEST_CASE("an optional field says so and a note is shown in words beneath", "[ui][text_field]") {
  for (const auto& [language, optional] : {std::pair{"en", "(optional)"}, std::pair{"es", "(opcional)"}}) {
    WidgetHarness ui(1920.f, 1080.f, intake::ui::TextSize::normal, language);
    FieldScreen screen;
    screen.view.label = "E-mail";
    screen.view.optional = true;
    screen.view.note = "Please check the address.";
    auto draw = screen.fn();
    ui.frame(draw);
    CHECK(ui.probe().shows_text(optional));
    CHECK(ui.probe().shows_text("Please check the address."));
    // The note sits under the box, not beside or over it.
    const ProbeItem& box = ui.item("E-mail");
    for (const ProbeText& text : ui.probe().texts)
      if (text.text == "Please check the address.") CHECK(text.rect.y0 >= box.rect.y1);
  }
}
