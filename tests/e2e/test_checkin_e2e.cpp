// The real intake-kiosk binary on a private Xvfb display completes a whole check-in by
// synthetic touches and typing. A headless twin of the same screens (same size, fonts and
// form) says where each widget is; every touch given to the twin is sent to the real window
// with xdotool, so the two go through the same screens together. Before each touch the test
// waits until the real kiosk shows what the twin shows (it asks over the kiosk's probe socket).
#include <catch2/catch_test_macros.hpp>

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "child_process.hpp"
#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "journey_steps.hpp"
#include "kiosk/kiosk_backend.hpp"
#include "kiosk_probe.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"
#include "submission/submit_session.hpp"
#include "test_clock.hpp"
#include "xdotool_mirror.hpp"
#include "xvfb_display.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

TEST_CASE("the real kiosk completes a check-in by synthetic touches under Xvfb", "[e2e][journey]") {
  const fs::path dir = fs::temp_directory_path() / ("intake-e2e-checkin-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  XvfbDisplay display(1920, 1080);
  KioskProbe probe;
  ChildProcess kiosk({INTAKE_KIOSK_BINARY, "--data-dir", (dir / "kiosk-data").string(), "--forms-dir",
                      INTAKE_SOURCE_FORMS_DIR, "--probe-fd", probe.kiosk_fd_argument()},
                     {"DISPLAY=" + display.display(), "INTAKE_KIOSK_FONTS=" INTAKE_SOURCE_FONTS_DIR},
                     (dir / "kiosk.log").string(), probe.kiosk_fd());
  probe.close_kiosk_end();

  {
    // The twin: the same screens over a store of its own, in step with the real kiosk.
    // The twin keeps the real kiosk's clock and zone, so both show the same day.
    ui::KioskUiOptions options = default_test_options();
    options.clock = intake::test::machine_clock();
    KioskBackend twin_backend =
        open_kiosk_backend(ResourcePaths{INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, dir / "twin-data"},
                           options.clock, options.catalog);
    options.clinic_name = submission::kDefaultClinicName;  // what a fresh store's kiosk shows
    options.submit = twin_backend.submit_function();
    HeadlessKiosk twin(options, 1920.f, 1080.f);
    twin.settle();
    XdotoolMirror mirror(display.display(), twin, probe);
    twin.set_input_mirror(mirror);
    mirror.sync("the welcome screen (the window mapped and drawn)");

    REQUIRE(twin.tap("welcome/start"));
    PatientDetails details;
    details.given_name = "Ana";
    details.family_name = "Diaz";
    fill_about_you(twin, details);
    answer_questionnaire_with_no(twin);
    read_and_initial_consent(twin);
    continue_from_review(twin);
    sign_on_pad(twin);
    REQUIRE(twin.tap("signature/next"));  // settling waits for the twin's check-in to be saved
    REQUIRE(twin.kiosk().step() == ui::JourneyStep::ThankYou);
    // The thank-you screen comes once the check-in is saved.
    mirror.sync("the thank-you screen (the check-in saved)");
    if (const char* debug = std::getenv("INTAKE_E2E_DEBUG_SHOT"))
      mirror.screenshot(debug, "the thank-you screen");
  }

  // The real kiosk saved the check-in in its own encrypted store.
  REQUIRE(kiosk.running());
  kiosk.signal(SIGTERM);
  auto status = kiosk.wait_for_exit(std::chrono::seconds(15));
  REQUIRE(status.has_value());
  CHECK(status->exited);
  CHECK(status->code == 0);
  auto store = store::open_store(dir / "kiosk-data", {}, intake::test::real_clock());
  REQUIRE(store.ok());
  auto records = store::list_records(*store, {});
  REQUIRE(records.ok());
  REQUIRE(records->size() == 1);
  CHECK((*records)[0].given_name == "Ana");
  CHECK((*records)[0].family_name == "Diaz");
  fs::remove_all(dir);
}
