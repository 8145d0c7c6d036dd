// The real intake-kiosk binary on a private Xvfb display completes a whole check-in by
// synthetic touches and typing. A headless twin of the same screens (same size, fonts and
// form) says where each widget is; every touch given to the twin is sent to the real window
// with xdotool, so the two go through the same screens together.
#include <catch2/catch_test_macros.hpp>

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "child_process.hpp"
#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "journey_steps.hpp"
#include "kiosk/kiosk_backend.hpp"
#include "png_image.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"
#include "submission/submit_session.hpp"
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
  const fs::path shot = dir / "started.png";
  ChildProcess kiosk({INTAKE_KIOSK_BINARY, "--data-dir", (dir / "kiosk-data").string(),
                      "--forms-dir", INTAKE_SOURCE_FORMS_DIR, "--screenshot", shot.string()},
                     {"DISPLAY=" + display.display(), "INTAKE_KIOSK_FONTS=" INTAKE_SOURCE_FONTS_DIR},
                     (dir / "kiosk.log").string());
  for (int i = 0; i < 300 && !fs::exists(shot) && kiosk.running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  REQUIRE(fs::exists(shot));

  {
    // The twin: the same screens over a store of its own, in step with the real kiosk.
    KioskBackend twin_backend = open_kiosk_backend(
        ResourcePaths{INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, dir / "twin-data"},
        default_test_options().catalog);
    ui::KioskUiOptions options = default_test_options();
    options.clinic_name = submission::kDefaultClinicName;  // what a fresh store's kiosk shows
    options.today = [] { return today_local(); };
    options.submit = twin_backend.submit_function();
    HeadlessKiosk twin(options, 1920.f, 1080.f);
    twin.settle();
    twin.set_input_mirror(XdotoolMirror(display.display()));

    REQUIRE(twin.tap("welcome/start"));
    PatientDetails details;
    details.given_name = "Ana";
    details.family_name = "Diaz";
    fill_about_you(twin, details);
    answer_questionnaire_with_no(twin);
    read_and_initial_consent(twin);
    certify_review(twin);
    sign_on_pad(twin);
    REQUIRE(twin.tap("signature/next"));  // settling waits for the twin's check-in to be saved
    REQUIRE(twin.kiosk().step() == ui::JourneyStep::ThankYou);
  }

  // The real kiosk saved the check-in in its own encrypted store.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  if (const char* debug = std::getenv("INTAKE_E2E_DEBUG_SHOT")) {
    ChildProcess grab({"/usr/bin/import", "-window", "root", debug}, {"DISPLAY=" + display.display()});
    grab.wait_for_exit(std::chrono::seconds(20));
  }
  REQUIRE(kiosk.running());
  kiosk.signal(SIGTERM);
  auto status = kiosk.wait_for_exit(std::chrono::seconds(15));
  REQUIRE(status.has_value());
  CHECK(status->exited);
  CHECK(status->code == 0);
  auto store = store::open_store(dir / "kiosk-data");
  REQUIRE(store.ok());
  auto records = store::list_records(*store, {});
  REQUIRE(records.ok());
  REQUIRE(records->size() == 1);
  CHECK((*records)[0].given_name == "Ana");
  CHECK((*records)[0].family_name == "Diaz");
  fs::remove_all(dir);
}
