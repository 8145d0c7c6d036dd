// The on-screen keyboard: typing names with accents by tapping, the special layouts, limits,
// and keys big enough for fingers on every supported screen.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <string>
#include <tuple>
#include <vector>

#include "ui/ui_frame.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/touch_button.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

struct KeyboardScreen {
  KeyboardState state;
  KeyboardLayout layout = KeyboardLayout::Letters;
  std::string text;
  std::size_t max_length = 60;
  int done = 0;
  int changes = 0;

  KeyboardScreen() { state.visible = true; }
  WidgetHarness::DrawFn fn() {
    return [this](UiFrame& frame) {
      const KeyboardResult result = draw_onscreen_keyboard(frame, state, layout, text, max_length);
      if (result.done) ++done;
      if (result.changed) ++changes;
    };
  }
};

// Taps each key by its probe path ("keyboard/key_<id>").
void tap_keys(WidgetHarness& ui, const WidgetHarness::DrawFn& draw, const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    INFO("key " << key);
    REQUIRE(ui.tap("keyboard/key_" + key, draw));
  }
}

// The text a fresh keyboard types for these taps.
std::string typed_by_tapping(const std::vector<std::string>& keys) {
  WidgetHarness ui;
  KeyboardScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  tap_keys(ui, draw, keys);
  return screen.text;
}

std::vector<std::string> keyboard_items(const WidgetHarness& ui) {
  std::vector<std::string> ids;
  for (const ProbeItem& item : ui.probe().items)
    if (item.id_path.starts_with("keyboard/")) ids.push_back(item.id_path);
  return ids;
}

bool has_key(const WidgetHarness& ui, const std::string& id) {
  for (const ProbeItem& item : ui.probe().items)
    if (item.id_path == "keyboard/key_" + id) return true;
  return false;
}

}  // namespace

TEST_CASE("the keyboard types José Núñez with shift and the accents page", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  // Capital at the start and after the space without touching shift.
  tap_keys(
      ui, draw,
      {"J", "o", "s", "accents", "é", "space", "accents", "N", "accents", "ú", "ñ", "accents", "e", "z"});
  CHECK(screen.text == "José Núñez");
  CHECK(screen.changes == 10);
}

TEST_CASE("the main letters page types Muñoz and Peña without the accents page", "[ui][keyboard]") {
  CHECK(typed_by_tapping({"M", "u", "ñ", "o", "z", "space", "P", "e", "ñ", "a"}) == "Muñoz Peña");
}

TEST_CASE("the keyboard types Zoë Łukasiewicz, with a capital on the accents page", "[ui][keyboard]") {
  CHECK(typed_by_tapping({"Z", "o", "accents", "ë", "space", "Ł", "accents", "u", "k", "a", "s", "i", "e",
                          "w", "i", "c", "z"}) == "Zoë Łukasiewicz");
}

TEST_CASE("shift can be turned on for one letter and off again", "[ui][keyboard]") {
  // Shift off for a lower-case particle; a capital comes back after a space and a hyphen.
  CHECK(typed_by_tapping({"shift", "d", "e", "space", "shift",   "l", "a",       "space", "C", "r",
                          "u",     "z", "-", "L",     "accents", "ó", "accents", "p",     "e", "z"}) ==
        "de la Cruz-López");
}

TEST_CASE("backspace removes a whole multi-byte character", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  screen.text = "Łuk\xC3\xB1";  // "Łukñ"
  screen.state.shift = false;
  auto draw = screen.fn();
  ui.settle(draw);
  tap_keys(ui, draw, {"backspace"});
  CHECK(screen.text == "Łuk");
  tap_keys(ui, draw, {"backspace", "backspace", "backspace"});
  CHECK(screen.text.empty());
  CHECK(screen.state.shift);  // an emptied name field starts with a capital again
  tap_keys(ui, draw, {"backspace"});
  CHECK(screen.text.empty());
}

TEST_CASE("UTF-8 helpers count and erase code points, accents together with their letter",
          "[ui][keyboard][utf8]") {
  std::string text = "Zoë Ł";
  CHECK(count_characters(text) == 5);
  erase_last_character(text);
  CHECK(text == "Zoë ");
  std::string decomposed = "Noe\xCC\x88";  // e + combining diaeresis
  erase_last_character(decomposed);
  CHECK(decomposed == "No");
  std::string vietnamese = "Nguy\xE1\xBB\x85n";  // Nguyễn
  CHECK(count_characters(vietnamese) == 6);
  erase_last_character(vietnamese);
  erase_last_character(vietnamese);
  CHECK(vietnamese == "Nguy");
}

TEST_CASE("the keyboard never types beyond max_length characters", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  screen.max_length = 3;
  auto draw = screen.fn();
  ui.settle(draw);
  tap_keys(ui, draw, {"A", "n", "accents", "á", "ñ", "accents", "b"});
  CHECK(screen.text == "Aná");
  CHECK(count_characters(screen.text) == 3);
}

TEST_CASE("Done is reported once per tap", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  auto draw = screen.fn();
  ui.settle(draw);
  tap_keys(ui, draw, {"done"});
  CHECK(screen.done == 1);
  CHECK(screen.text.empty());
}

TEST_CASE("the numeric, phone and e-mail layouts have their keys", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  auto draw = screen.fn();

  screen.layout = KeyboardLayout::Numeric;
  ui.settle(draw);
  for (const char* key : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "backspace", "done"})
    CHECK(has_key(ui, key));
  CHECK_FALSE(has_key(ui, "a"));
  CHECK_FALSE(has_key(ui, "space"));
  tap_keys(ui, draw, {"1", "9", "9", "0", "backspace"});
  CHECK(screen.text == "199");

  screen.layout = KeyboardLayout::Phone;
  screen.text.clear();
  ui.settle(draw);
  for (const char* key : {"0", "9", "+", "-", "space", "backspace", "done"}) CHECK(has_key(ui, key));
  tap_keys(ui, draw, {"+", "3", "4", "space", "6", "-", "1"});
  CHECK(screen.text == "+34 6-1");

  screen.layout = KeyboardLayout::Email;
  screen.text.clear();
  ui.settle(draw);
  for (const char* key : {"@", ".", "-", "_", ".com", "0", "9", "q", "m", "backspace", "done"})
    CHECK(has_key(ui, key));
  CHECK_FALSE(has_key(ui, "shift"));
  CHECK_FALSE(has_key(ui, "A"));  // addresses are typed lower case
  tap_keys(ui, draw, {"a", "n", "a", "_", "1", "@", "m", "a", "i", "l", ".com"});
  CHECK(screen.text == "ana_1@mail.com");
}

TEST_CASE("the keyboard slides up over about 0.2 s and asks for frames while it moves", "[ui][keyboard]") {
  WidgetHarness ui;
  KeyboardScreen screen;
  screen.state.visible = false;
  auto draw = screen.fn();
  CHECK_FALSE(ui.frame(draw));
  CHECK(keyboard_items(ui).empty());
  screen.state.visible = true;
  const int frames = ui.settle(draw);
  CHECK(frames >= 10);  // 0.2 s at 60 frames a second
  CHECK(frames <= 16);
  CHECK(screen.state.slide == 1.f);
  const ProbeItem* done = ui.probe().find_item("keyboard/key_done");
  REQUIRE(done != nullptr);
  CHECK(done->rect.y1 <= ui.metrics().height);
  CHECK(done->rect.y1 > ui.metrics().height - keyboard_height(ui.metrics(), KeyboardLayout::Letters));

  CHECK(keyboard_covered_height(ui.metrics(), KeyboardLayout::Letters, screen.state) ==
        keyboard_height(ui.metrics(), KeyboardLayout::Letters));
  // Half way through sliding away the keyboard still covers the part of the screen it is on.
  screen.state.visible = false;
  for (int i = 0; i < 6; ++i) ui.frame(draw);
  const float covered = keyboard_covered_height(ui.metrics(), KeyboardLayout::Letters, screen.state);
  CHECK(covered > 0.f);
  CHECK(covered < keyboard_height(ui.metrics(), KeyboardLayout::Letters));
  CHECK(ui.probe().find_item("keyboard/key_done")->rect.y0 >= ui.metrics().height - covered);
  CHECK(ui.settle(draw) >= 4);
  CHECK(screen.state.slide == 0.f);
  CHECK(keyboard_items(ui).empty());
}

TEST_CASE("every key is at least 64 px tall at 1080p scale and on screen, at every screen size",
          "[ui][keyboard][touch]") {
  for (const auto& [width, height] :
       {std::pair{1920.f, 1080.f}, std::pair{1080.f, 1920.f}, std::pair{1280.f, 800.f}})
    for (TextSize larger : kTextSizes) {
      for (KeyboardLayout layout :
           {KeyboardLayout::Letters, KeyboardLayout::Numeric, KeyboardLayout::Phone, KeyboardLayout::Email}) {
        for (bool accents : {false, true}) {
          if (accents && layout != KeyboardLayout::Letters) continue;
          INFO(width << "x" << height << " text " << text_size_percent(larger) << "% layout "
                     << static_cast<int>(layout) << " accents " << accents);
          WidgetHarness ui(width, height, larger);
          KeyboardScreen screen;
          screen.layout = layout;
          screen.state.accents = accents;
          auto draw = screen.fn();
          ui.settle(draw);
          const float min_size = kMinTouchTargetPx * ui.metrics().scale;
          int keys = 0;
          for (const ProbeItem& item : ui.probe().items) {
            if (!item.id_path.starts_with("keyboard/")) continue;
            INFO(item.id_path);
            ++keys;
            CHECK(item.visible);
            CHECK(item.rect.height() >= min_size);
            CHECK(item.rect.width() >= min_size);
            CHECK(item.rect.x0 >= 0.f);
            CHECK(item.rect.y0 >= 0.f);
            CHECK(item.rect.x1 <= width);
            CHECK(item.rect.y1 <= height);
          }
          CHECK(keys >= 12);
          // The keyboard leaves most of the screen for the field being edited.
          CHECK(keyboard_height(ui.metrics(), layout) <= height * 0.5f);
        }
      }
    }
}

TEST_CASE("a key tapped while a scroll drag is under way types nothing", "[ui][keyboard][scroll]") {
  // The keyboard lies over the lower part of a scroll view: a press on a key belongs to the
  // keyboard, never to the view under it, and a drag of the view never types.
  WidgetHarness ui;
  KeyboardScreen screen;
  ScrollState scroll;
  auto draw = [&](UiFrame& frame) {
    {
      ScrollView view(frame, "content", scroll, ImVec2(frame.metrics.px(1600.f), 0.f));
      for (int i = 0; i < 30; ++i)
        touch_button(frame, "row_" + std::to_string(i), "Row " + std::to_string(i),
                     ImVec2(frame.metrics.px(1500.f), frame.metrics.px(96.f)));
    }
    screen.fn()(frame);
  };
  ui.settle(draw);
  const ProbeItem* key = ui.probe().find_item("keyboard/key_Q");  // shift is on at the start
  REQUIRE(key != nullptr);
  const float x = key->rect.center_x(), y = key->rect.center_y();
  // A drag starting on a key: the view under the keyboard does not scroll.
  ui.touch_down(x, y);
  ui.frame(draw);
  ui.touch_move(x, y - 200.f);
  ui.frame(draw);
  ui.touch_up(x, y - 200.f);
  ui.settle(draw);
  CHECK(scroll.offset == 0.f);
  CHECK(screen.text.empty());
  // A tap on a key types and leaves the view alone.
  tap_keys(ui, draw, {"Q"});
  CHECK(screen.text == "Q");
  CHECK(scroll.offset == 0.f);
  // Tapping the screen behind brings its window forward, yet the keyboard stays on top.
  REQUIRE(ui.tap("row_0", draw));
  const ProbeItem* u = ui.probe().find_item("keyboard/key_u");
  REQUIRE(u != nullptr);
  const ProbeItem* row = nullptr;
  for (const ProbeItem& item : ui.probe().items)
    if (item.id_path.starts_with("row_") && item.visible && item.rect.y0 <= u->rect.center_y() &&
        item.rect.y1 >= u->rect.center_y())
      row = &item;
  REQUIRE(row != nullptr);  // a row lies under the key
  tap_keys(ui, draw, {"u"});
  CHECK(screen.text == "Qu");
}

TEST_CASE("prepare_keyboard_for capitalises an empty name field and never an e-mail", "[ui][keyboard]") {
  KeyboardState state;
  state.accents = true;
  prepare_keyboard_for(state, KeyboardLayout::Letters, "");
  CHECK(state.shift);
  CHECK_FALSE(state.accents);
  prepare_keyboard_for(state, KeyboardLayout::Letters, "Ana");
  CHECK_FALSE(state.shift);
  prepare_keyboard_for(state, KeyboardLayout::Letters, "Ana ");
  CHECK(state.shift);
  prepare_keyboard_for(state, KeyboardLayout::Email, "");
  CHECK_FALSE(state.shift);
}
