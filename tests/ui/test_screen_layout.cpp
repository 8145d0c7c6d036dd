// Every patient screen (and the Need help and "Are you still there?" overlays) at every text size,
// in landscape and portrait, in English and Spanish: no text leaves its box or the screen, no
// button's label is cut off or split mid-word, and every page that holds more than it shows has a
// scroll bar. The screens are reached by taps, through the same walk the screen gallery takes.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <utility>
#include <vector>

#include "layout_check.hpp"
#include "screen_walk.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

struct Size {
  float width, height;
};

// Every problem on every screen of both walks, "screen: problem" per line.
std::vector<std::string> walk_and_check(Size size, const std::string& language, ui::TextSize text_size) {
  std::vector<std::string> problems;
  const AtScreen check = [&](HeadlessKiosk& kiosk, const std::string& screen) {
    for (const std::string& problem : layout_problems_scrolled_through(kiosk))
      problems.push_back(screen + ": " + problem);
  };
  WalkOptions options;
  options.language = language;
  options.text_size = text_size;
  {
    ui::KioskUiOptions kiosk_options = default_test_options();
    kiosk_options.submit = [](const IntakeSession&) { return Result<std::string>(std::string("record-1")); };
    HeadlessKiosk kiosk(kiosk_options, size.width, size.height);
    walk_patient_screens(kiosk, options, check);
  }
  {
    HeadlessKiosk kiosk(default_test_options(), size.width, size.height);
    walk_minor_and_inactivity(kiosk, options, check);
  }
  return problems;
}

void check_every_screen(Size size, ui::TextSize text_size) {
  for (const std::string language : {"en", "es"}) {
    const std::vector<std::string> problems = walk_and_check(size, language, text_size);
    std::string listed;
    for (const auto& problem : problems) listed += "  " + problem + "\n";
    INFO(size.width << "x" << size.height << ", " << language << ", text " << ui::text_size_percent(text_size)
                    << "%: " << problems.size() << " layout problems\n"
                    << listed);
    CHECK(problems.empty());
  }
}

constexpr Size kLandscape{1920.f, 1080.f};
constexpr Size kSmallLandscape{1280.f, 800.f};
constexpr Size kPortrait{1080.f, 1920.f};

}  // namespace

TEST_CASE("nothing is cut off at 100% text, 1920x1080", "[ui][layout]") {
  check_every_screen(kLandscape, ui::TextSize::normal);
}
TEST_CASE("nothing is cut off at 100% text, 1280x800", "[ui][layout]") {
  check_every_screen(kSmallLandscape, ui::TextSize::normal);
}
TEST_CASE("nothing is cut off at 100% text, 1080x1920", "[ui][layout]") {
  check_every_screen(kPortrait, ui::TextSize::normal);
}
TEST_CASE("nothing is cut off at 150% text, 1920x1080", "[ui][layout]") {
  check_every_screen(kLandscape, ui::TextSize::large);
}
TEST_CASE("nothing is cut off at 150% text, 1280x800", "[ui][layout]") {
  check_every_screen(kSmallLandscape, ui::TextSize::large);
}
TEST_CASE("nothing is cut off at 150% text, 1080x1920", "[ui][layout]") {
  check_every_screen(kPortrait, ui::TextSize::large);
}
TEST_CASE("nothing is cut off at 200% text, 1920x1080", "[ui][layout]") {
  check_every_screen(kLandscape, ui::TextSize::largest);
}
TEST_CASE("nothing is cut off at 200% text, 1280x800", "[ui][layout]") {
  check_every_screen(kSmallLandscape, ui::TextSize::largest);
}
TEST_CASE("nothing is cut off at 200% text, 1080x1920", "[ui][layout]") {
  check_every_screen(kPortrait, ui::TextSize::largest);
}
