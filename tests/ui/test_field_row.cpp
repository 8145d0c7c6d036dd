// The field row alone: a tap on it raises the keyboard for it, the keyboard then types into
// its value and Done moves to the next row; a note beside it scrolls into view once after
// Next; the date row is three numeric boxes with the date in words beneath.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <string>
#include <tuple>

#include "ui/keyboard_focus.hpp"
#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/field_row.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

// Two name rows and a date row, with the one keyboard focus drawn after them as a screen does.
struct FormScreen {
  KeyboardFocus focus;
  ScrollState scroll;
  bool reveal_problem = false;
  std::string given, family;
  DateDraft birth;
  std::string family_note;  // "" for none
  std::string birth_note;
  float space_above = 0.f;  // room drawn above the rows, to move them down the content
  float row_width = 0.f;    // the width left for a row
  float family_top = 0.f;   // where the family-name row began and ended, in content coordinates
  float family_bottom = 0.f;
  float date_bottom = 0.f;  // where the date row (and its note) ended
  std::string tap_to_type;  // the placeholder the frame's language gives
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      tap_to_type = frame.t("field.tap_to_type");
      focus.begin_frame();
      if (space_above > 0.f) ImGui::Dummy(ImVec2(10.f, space_above));
      const FieldHost host{focus, scroll, reveal_problem};
      row_width = ImGui::GetContentRegionAvail().x;
      field_row(frame, host, {"given_name", "First name", KeyboardLayout::Letters, 40}, given);
      family_top = ImGui::GetCursorPosY();
      field_row(frame, host, {"family_name", "Last name", KeyboardLayout::Letters, 40, family_note, true},
                family);
      family_bottom = ImGui::GetCursorPosY();
      date_row(frame, host, "birth", "Date of birth", birth, birth_note);
      date_bottom = ImGui::GetCursorPosY();
      draw_focus_keyboard(frame, focus, &scroll);
    };
  }
};

// A harness drawing the form screen, for TEST_CASE_METHOD.
struct FormTest {
  WidgetHarness ui;
  FormScreen screen;
  WidgetHarness::DrawFn draw = screen.fn();
};

const EditableField* registered(const KeyboardFocus& focus, const std::string& id) {
  for (const EditableField& field : focus.fields)
    if (field.id == id) return &field;
  return nullptr;
}

}  // namespace

TEST_CASE_METHOD(FormTest, "a field row shows its label and the tap-to-type hint, and registers its value",
                 "[ui][field_row]") {
  ui.settle(draw);
  const ProbeItem& given = ui.item("First name");
  CHECK(given.id_path == "given_name");
  CHECK(given.field);
  CHECK_FALSE(given.selected);
  CHECK(ui.probe().shows_text("Tap here to type"));
  CHECK(screen.tap_to_type == "Tap here to type");
  // The row spans the width it was given: the whole row when none was.
  CHECK(given.rect.width() == Catch::Approx(screen.row_width));
  // Each row registers its own value, layout and limit with the focus, in drawing order.
  REQUIRE(screen.focus.fields.size() == 5);
  CHECK(screen.focus.fields[0].id == "given_name");
  CHECK(screen.focus.fields[0].text == &screen.given);
  CHECK(screen.focus.fields[0].max_length == 40);
  CHECK(screen.focus.fields[0].content_y1 > screen.focus.fields[0].content_y0);
  CHECK(screen.focus.fields[1].id == "family_name");
  CHECK(screen.focus.fields[1].content_y0 >= screen.focus.fields[0].content_y1);
  // Nothing is focused until a row is tapped: no keyboard.
  CHECK(screen.focus.focused.empty());
  CHECK(ui.probe().find_item("keyboard/key_done") == nullptr);
}

TEST_CASE_METHOD(FormTest, "a tap on a field row focuses it; the keyboard types into it and Done moves on",
                 "[ui][field_row]") {
  ui.settle(draw);
  REQUIRE(ui.tap("given_name", draw));
  CHECK(screen.focus.focused == "given_name");
  ui.settle(draw);  // the keyboard slides in
  CHECK(ui.probe().find_item("given_name")->selected);
  CHECK_FALSE(ui.probe().find_item("family_name")->selected);
  REQUIRE(ui.tap("keyboard/key_A", draw));  // a capital at the start of a name
  REQUIRE(ui.tap("keyboard/key_n", draw));
  REQUIRE(ui.tap("keyboard/key_a", draw));
  CHECK(screen.given == "Ana");
  CHECK(screen.family.empty());
  CHECK(ui.probe().shows_text("Ana"));
  REQUIRE(ui.tap("keyboard/key_done", draw));
  CHECK(screen.focus.focused == "family_name");
  // The keyboard now types into the last name, and starts it with a capital as it did the first.
  ui.frame(draw);
  REQUIRE(ui.tap("keyboard/key_R", draw));
  REQUIRE(ui.tap("keyboard/key_o", draw));
  CHECK(screen.family == "Ro");
  CHECK(screen.given == "Ana");
}

TEST_CASE_METHOD(FormTest, "an optional field row says so, and its note is shown in words beneath it",
                 "[ui][field_row]") {
  screen.family_note = "Please type your last name.";
  ui.settle(draw);
  CHECK(ui.probe().shows_text("(optional)"));
  REQUIRE(ui.probe().shows_text("Please type your last name."));
  const ProbeItem& family = ui.item("family_name");
  for (const ProbeText& text : ui.probe().texts)
    if (text.text == "Please type your last name.") CHECK(text.rect.y0 >= family.rect.y1 - 1.f);
}

TEST_CASE_METHOD(FormTest,
                 "a field row's note scrolls into view once after Next, and only a row with a note does",
                 "[ui][field_row]") {
  screen.space_above = 1500.f;
  screen.scroll.view_height = 400.f;
  ui.frame(draw);
  CHECK(screen.scroll.offset == 0.f);  // no Next yet: nothing moves

  screen.reveal_problem = true;  // Next was tapped with the last name missing ...
  ui.frame(draw);
  CHECK(screen.scroll.offset == 0.f);  // ... but no row has a note: still nothing moves
  CHECK(screen.reveal_problem);

  screen.family_note = "Please type your last name.";
  ui.frame(draw);
  CHECK_FALSE(screen.reveal_problem);  // once
  // The row with the note comes into view with a little of what is above it.
  CHECK(screen.scroll.offset > 0.f);
  CHECK(screen.scroll.offset <= screen.family_top - ui.metrics().px(80.f));
  CHECK(screen.scroll.offset + screen.scroll.view_height >= screen.family_bottom);
  screen.scroll.offset = 0.f;
  ui.frame(draw);
  CHECK(screen.scroll.offset == 0.f);  // not again until the next Next
}

TEST_CASE("the date row is three numeric boxes and says the date in words", "[ui][field_row]") {
  for (const auto& [language, day, in_words] : {std::tuple{"en", "Day", "That is: 10 May 1990"},
                                                std::tuple{"es", "Día", "Es decir: 10 de mayo de 1990"}}) {
    INFO(language);
    WidgetHarness ui(1920.f, 1080.f, TextSize::normal, language);
    FormScreen screen;
    auto draw = screen.fn();
    ui.settle(draw);
    const ProbeItem* d = ui.probe().find_item("birth_day");
    const ProbeItem* m = ui.probe().find_item("birth_month");
    const ProbeItem* y = ui.probe().find_item("birth_year");
    REQUIRE(d != nullptr);
    REQUIRE(m != nullptr);
    REQUIRE(y != nullptr);
    CHECK(d->label == day);
    // Day, month and year side by side on one line, the year the widest.
    CHECK(d->rect.x1 < m->rect.x0);
    CHECK(m->rect.x1 < y->rect.x0);
    CHECK(d->rect.y0 == Catch::Approx(m->rect.y0));
    CHECK(m->rect.y0 == Catch::Approx(y->rect.y0));
    CHECK(y->rect.width() > d->rect.width());
    for (const char* id : {"birth_day", "birth_month", "birth_year"}) {
      const EditableField* field = registered(screen.focus, id);
      REQUIRE(field != nullptr);
      CHECK(field->layout == KeyboardLayout::Numeric);
    }
    CHECK(registered(screen.focus, "birth_day")->max_length == 2);
    CHECK(registered(screen.focus, "birth_month")->max_length == 2);
    CHECK(registered(screen.focus, "birth_year")->max_length == 4);
    CHECK_FALSE(ui.probe().shows_text(in_words));

    screen.birth = {"10", "5", "1990"};
    ui.frame(draw);
    CHECK(ui.probe().shows_text(in_words));
    screen.birth = {"31", "2", "1990"};  // no such day: no date in words
    ui.frame(draw);
    CHECK_FALSE(ui.probe().shows_text(language == std::string("en") ? "That is:" : "Es decir:"));
  }
}

TEST_CASE_METHOD(FormTest, "the date row's note is an attention note that scrolls into view after Next",
                 "[ui][field_row]") {
  screen.birth_note = "Please type your date of birth.";
  ui.frame(draw);
  REQUIRE(ui.probe().shows_text("Please type your date of birth."));
  const ProbeRect box = ui.painted_bounds(theme::kAttentionFill);  // boxed beneath the three boxes
  CHECK_FALSE(box.empty());
  CHECK(box.y0 >= ui.item("birth_year").rect.y1);

  screen.space_above = 1500.f;  // now far down a page, off screen
  screen.scroll.view_height = 400.f;
  screen.reveal_problem = true;
  ui.frame(draw);
  CHECK_FALSE(screen.reveal_problem);
  // The note and the boxes it is about come into view.
  CHECK(screen.scroll.offset > 0.f);
  CHECK(screen.scroll.offset <= screen.family_bottom);
  CHECK(screen.scroll.offset + screen.scroll.view_height >= screen.date_bottom);
}
