#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "headless_kiosk.hpp"
#include "ui/ui_metrics.hpp"

using namespace intake;
using intake::testing::HeadlessKiosk;

TEST_CASE("welcome shows the configured clinic name and a start button", "[ui][welcome]") {
  HeadlessKiosk kiosk;
  kiosk.settle();
  CHECK(kiosk.shows("Harbour Skin Studio"));
  const ui::ProbeItem* start = kiosk.find("Start check-in");
  REQUIRE(start != nullptr);
  CHECK(start->enabled);
  CHECK(start->id_path == "welcome/start");
}

TEST_CASE("tapping Español switches every welcome text to Spanish", "[ui][welcome][language]") {
  HeadlessKiosk kiosk;
  REQUIRE(kiosk.tap("Español"));
  CHECK(kiosk.kiosk().language() == "es");
  CHECK(kiosk.shows("Empezar el registro"));
  CHECK_FALSE(kiosk.shows("Start check-in"));
  REQUIRE(kiosk.tap("English"));
  CHECK(kiosk.shows("Start check-in"));
}

TEST_CASE("the text size steps through 150% and 200% and back to 100%", "[ui][welcome]") {
  HeadlessKiosk kiosk;
  kiosk.settle();
  auto start_text_px = [&] { return kiosk.find("welcome/start")->layout.text_px; };
  const float normal = start_text_px();
  CHECK(kiosk.shows("Text size 100%"));
  REQUIRE(kiosk.tap("welcome/text_size"));
  CHECK(kiosk.kiosk().text_size() == ui::TextSize::large);
  CHECK(kiosk.shows("Text size 150%"));
  CHECK(start_text_px() == Catch::Approx(normal * 1.5f).margin(0.5));
  REQUIRE(kiosk.tap("welcome/text_size"));
  CHECK(kiosk.kiosk().text_size() == ui::TextSize::largest);
  CHECK(start_text_px() == Catch::Approx(normal * 2.f).margin(0.5));
  REQUIRE(kiosk.tap("welcome/text_size"));
  CHECK(kiosk.kiosk().text_size() == ui::TextSize::normal);
  CHECK(start_text_px() == Catch::Approx(normal).margin(0.5));
}

TEST_CASE("a drag that starts on a button does not tap it", "[ui][touch]") {
  HeadlessKiosk kiosk;
  kiosk.settle();
  const ui::ProbeItem* spanish = kiosk.find("Español");
  REQUIRE(spanish != nullptr);
  const float x = spanish->rect.center_x(), y = spanish->rect.center_y();
  kiosk.drag(x, y, x, y + 400.f);
  kiosk.settle();
  CHECK(kiosk.kiosk().language() == "en");
}

TEST_CASE("a tap whose press and release arrive between two frames still counts", "[ui][touch]") {
  HeadlessKiosk kiosk;
  kiosk.settle();
  const ui::ProbeItem* spanish = kiosk.find("Español");
  REQUIRE(spanish != nullptr);
  kiosk.touch_down(spanish->rect.center_x(), spanish->rect.center_y());
  kiosk.touch_up(spanish->rect.center_x(), spanish->rect.center_y());
  kiosk.settle();
  CHECK(kiosk.kiosk().language() == "es");
}

TEST_CASE("welcome fits and keeps touch targets large at every supported size", "[ui][welcome][layout]") {
  auto [width, height] =
      GENERATE(std::pair{1920.f, 1080.f}, std::pair{1080.f, 1920.f}, std::pair{1280.f, 800.f});
  auto size = GENERATE(ui::TextSize::normal, ui::TextSize::large, ui::TextSize::largest);
  HeadlessKiosk kiosk(intake::testing::default_test_options(), width, height);
  kiosk.kiosk().set_text_size(size);
  kiosk.settle();
  const float scale = ui::metrics_for_window(width, height).scale;
  REQUIRE(!kiosk.kiosk().probe().items.empty());
  for (const auto& item : kiosk.kiosk().probe().items) {
    INFO(item.id_path << " at " << width << "x" << height << " text " << ui::text_size_percent(size) << "%");
    // The whole button (part of it may be scrolled out of view when the text is large).
    CHECK(item.layout.box.height() >= ui::kMinTouchTargetPx * scale - 0.5f);
    CHECK(item.rect.x0 >= 0.f);
    CHECK(item.rect.y0 >= 0.f);
    CHECK(item.rect.x1 <= width);
    CHECK(item.rect.y1 <= height);
  }
  for (const auto& text : kiosk.kiosk().probe().texts) {
    INFO(text.text);
    CHECK(text.rect.x1 <= width + 0.5f);
    CHECK(text.rect.y1 <= height + 0.5f);
  }
}

namespace {

ui::KioskUiOptions two_treatments() {
  ui::KioskUiOptions options = intake::testing::default_test_options();
  options.active_forms = {"microneedling", "rf-microneedling"};
  return options;
}

}  // namespace

TEST_CASE("with two treatments on, Welcome asks what the patient is here for", "[ui][welcome][treatments]") {
  HeadlessKiosk kiosk(two_treatments());
  kiosk.settle();
  CHECK(kiosk.shows("What are you here for today?"));
  CHECK(kiosk.find("Start check-in") == nullptr);
  const ui::ProbeItem* plain = kiosk.find("Micro-needling");
  const ui::ProbeItem* rf = kiosk.find("Radio-frequency micro-needling");
  REQUIRE(plain != nullptr);
  REQUIRE(rf != nullptr);
  CHECK(rf->id_path == "welcome/treatment_rf-microneedling");
  // As big a target as "Start check-in" is in the one-form kiosk.
  HeadlessKiosk single;
  single.settle();
  CHECK(rf->rect.height() >= single.find("welcome/start")->rect.height() * 0.8f);

  REQUIRE(kiosk.tap("Radio-frequency micro-needling"));
  CHECK(kiosk.kiosk().step() == ui::JourneyStep::AboutYou);
  REQUIRE(kiosk.kiosk().form() != nullptr);
  CHECK(kiosk.kiosk().form()->id == "rf-microneedling");
  CHECK(kiosk.kiosk().journey().session.form_id == "rf-microneedling");
}

TEST_CASE("the treatment names follow the language", "[ui][welcome][treatments][language]") {
  HeadlessKiosk kiosk(two_treatments());
  REQUIRE(kiosk.tap("Español"));
  CHECK(kiosk.shows("¿A qué viene hoy?"));
  REQUIRE(kiosk.find("Micropunción con radiofrecuencia") != nullptr);
  REQUIRE(kiosk.tap("Micropunción"));
  CHECK(kiosk.kiosk().form()->id == "microneedling");
}

TEST_CASE("settings with one active form keep the single Start button", "[ui][welcome][treatments]") {
  HeadlessKiosk kiosk(two_treatments());
  KioskSettings settings;
  settings.active_forms = {"rf-microneedling"};
  kiosk.kiosk().apply_settings(settings);
  kiosk.settle();
  CHECK_FALSE(kiosk.shows("What are you here for today?"));
  REQUIRE(kiosk.tap("Start check-in"));
  CHECK(kiosk.kiosk().form()->id == "rf-microneedling");
  // Two again through the settings, as an admin's change applies.
  settings.active_forms = {"microneedling", "rf-microneedling", "no-such-form"};
  HeadlessKiosk again;
  again.kiosk().apply_settings(settings);
  again.settle();
  CHECK(again.shows("What are you here for today?"));
  CHECK(again.find("welcome/treatment_no-such-form") == nullptr);
}
