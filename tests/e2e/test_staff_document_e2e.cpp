// The real intake-kiosk binary shows a record's signed document with real OpenGL textures:
// staff mode opened by synthetic touches under Xvfb, as a headless twin over a copy of the same
// store says where to touch (see test_checkin_e2e.cpp). The screen's first page must be the
// pixels poppler drew (the twin keeps its copy in memory), and the kiosk must still exit cleanly
// on SIGTERM with the pages on screen (the textures go before the GL context).
#include <catch2/catch_test_macros.hpp>

#include <signal.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "child_process.hpp"
#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "kiosk_probe.hpp"
#include "png_image.hpp"
#include "staff_steps.hpp"
#include "store/staff.hpp"
#include "test_clock.hpp"
#include "xdotool_mirror.hpp"
#include "xvfb_display.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

// Mean absolute difference per channel between the screenshot at (x, y) and the top `rows`
// rows of the page picture.
double difference_at(const PngImage& screen, const RgbaImage& page, int x, int y, int rows) {
  if (x < 0 || y < 0 || x + page.width > screen.width || y + rows > screen.height || rows > page.height)
    return std::numeric_limits<double>::max();
  double sum = 0;
  for (int row = 0; row < rows; ++row)
    for (int column = 0; column < page.width; ++column)
      for (int channel = 0; channel < 3; ++channel) {
        const auto a =
            screen.rgba[((static_cast<std::size_t>(y + row) * screen.width) + x + column) * 4 + channel];
        const auto b = page.pixels[((static_cast<std::size_t>(row) * page.width) + column) * 4 + channel];
        sum += std::abs(int(a) - int(b));
      }
  return sum / (static_cast<double>(rows) * page.width * 3);
}

}  // namespace

TEST_CASE("the real kiosk shows the stored pages of a record with OpenGL", "[e2e][staff][document]") {
  const fs::path dir = fs::temp_directory_path() / ("intake-e2e-document-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  // One store with staff and a check-in (real submission path); the twin gets a copy.
  const fs::path real_data = dir / "kiosk-data";
  const fs::path twin_data = dir / "twin-data";
  {
    store::Store store = submission::test::open_store_or_fail(real_data);
    REQUIRE(store::add_staff(store, "Marta Ruiz", store::StaffRole::admin, "9753", "test"));
    REQUIRE(store::add_staff(store, "Lucia Prat", store::StaffRole::practitioner, "2468", "test"));
    auto json = submission::test::complete_session("en", "Ines", "Mora");
    json["answers"]["pregnant"] = true;
    auto session = submission::session_from_json(submission::test::shipped_forms(), json);
    REQUIRE(session);
    submission::SubmitOptions options;
    options.actor = "test";
    options.visit_date = intake::test::machine_clock().today();
    options.time_zone = "Europe/Madrid";
    REQUIRE(submission::submit_session(store, submission::test::shipped_forms(),
                                       submission::test::source_fonts(), *session, options));
    session->wipe();
  }
  fs::copy(real_data, twin_data, fs::copy_options::recursive);

  XvfbDisplay display(1920, 1080);
  KioskProbe probe;
  ChildProcess kiosk({INTAKE_KIOSK_BINARY, "--data-dir", real_data.string(), "--forms-dir",
                      INTAKE_SOURCE_FORMS_DIR, "--probe-fd", probe.kiosk_fd_argument()},
                     {"DISPLAY=" + display.display(), "INTAKE_KIOSK_FONTS=" INTAKE_SOURCE_FONTS_DIR},
                     (dir / "kiosk.log").string(), probe.kiosk_fd());
  probe.close_kiosk_end();

  {
    // The real kiosk's clock and zone, so the twin's queue shows the same day.
    ui::KioskUiOptions options = staff_options(twin_data, 120.0, {}, intake::test::machine_clock());
    options.clinic_name = submission::kDefaultClinicName;  // what the real kiosk's store says
    HeadlessKiosk twin(options, 1920.f, 1080.f);
    twin.settle();
    XdotoolMirror mirror(display.display(), twin, probe);
    twin.set_input_mirror(mirror);
    mirror.sync("the welcome screen (the window mapped and drawn)");

    // Hold the clinic's name for 3 s on both: the twin by its test clock, the real kiosk by its
    // own, which opens staff sign-in while the finger is still down.
    const ui::ProbeText* name = nullptr;
    for (const auto& text : twin.kiosk().probe().texts)
      if (text.text == submission::kDefaultClinicName) name = &text;
    REQUIRE(name != nullptr);
    const float x = name->rect.center_x(), y = name->rect.center_y();
    twin.touch_down(x, y);
    twin.advance(3.2, 10.0);
    mirror.sync_while_held("staff sign-in after holding the clinic's name");
    twin.touch_up(x, y);
    twin.settle();
    REQUIRE(twin.kiosk().staff_mode_active());
    REQUIRE(twin.tap("staff/sign_in/names/Lucia Prat"));
    enter_pin(twin, "2468");
    REQUIRE(twin.tap("Ines Mora"));
    REQUIRE(twin.tap("record/document/show_document"));
    REQUIRE(twin.textures().count() >= 2);

    mirror.sync("the record's signed document with its pages drawn");
    const fs::path shot = dir / "document.png";
    mirror.screenshot(shot.string(), "a screenshot of the signed document");
    const PngImage screen = load_png(shot.string());
    REQUIRE(screen.loaded());

    // The first page sits below its "Page 1 of N" label, at the column's left edge: find the
    // best match near there and compare its top part (on screen) with poppler's picture.
    const RgbaImage& first_page = twin.textures().live.begin()->second;
    const ui::ProbeText* label = nullptr;
    for (const auto& text : twin.kiosk().probe().texts)
      if (text.text.rfind("Page 1 of ", 0) == 0) label = &text;
    REQUIRE(label != nullptr);
    const int rows = 300;
    double best = std::numeric_limits<double>::max();
    for (int dy = 0; dy <= 80; ++dy)
      for (int dx = -3; dx <= 3; ++dx)
        best = std::min(best, difference_at(screen, first_page, int(label->rect.x0) + dx,
                                            int(label->rect.y1) + dy, rows));
    INFO("best mean difference " << best);
    CHECK(best < 6.0);
  }

  // SIGTERM with the pages on screen: the textures go first, then the window; a clean exit.
  REQUIRE(kiosk.running());
  kiosk.signal(SIGTERM);
  auto status = kiosk.wait_for_exit(std::chrono::seconds(15));
  REQUIRE(status.has_value());
  CHECK(status->exited);
  CHECK(status->code == 0);
  fs::remove_all(dir);
}
