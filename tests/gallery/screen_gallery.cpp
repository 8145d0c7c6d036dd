// Walks the patient journey by taps, as the UI tests do (the layout test's own walk), and renders
// every screen it stops at with the kiosk's own OpenGL renderer into PNGs: at 1920x1080,
// 1280x800 and 1080x1920, English and Spanish, text at 100%, 150% and 200%.
// GALLERY_SIZES=200 (or "100 150") renders only those text sizes, GALLERY_WINDOWS=1080x1920 only
// those screens.
#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "journey_steps.hpp"
#include "kiosk/kiosk_backend.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/gl_textures.hpp"
#include "platform/glfw_window.hpp"
#include "platform/png_capture.hpp"
#include "screen_walk.hpp"
#include "staff_steps.hpp"
#include "store/fhir_outbox.hpp"
#include "store/record_read.hpp"
#include "store/settings.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;

namespace {

struct Gallery {
  fs::path dir;
  std::string prefix;
  int width;
  int height;
  std::optional<GlRenderer> renderer;
  std::string capture_to;
  int shots = 0;
  GlTextures* textures = nullptr;  // the staff walk's pictures (PDF pages) on the GPU

  void after_frame(bool fonts_changed) {
    if (!renderer) {
      auto created = GlRenderer::create();
      REQUIRE(created.ok());
      renderer.emplace(std::move(created).value());
      fonts_changed = true;
    }
    if (fonts_changed) REQUIRE(renderer->upload_fonts());
    if (!capture_to.empty()) {
      renderer->render(width, height);
      REQUIRE(write_framebuffer_png(capture_to, width, height).ok());
      capture_to.clear();
      ++shots;
    }
    if (textures) textures->after_render();
  }

  void shot(HeadlessKiosk& kiosk, const std::string& name) {
    kiosk.settle();
    capture_to = (dir / (prefix + "_" + name + ".png")).string();
    kiosk.step();
  }
};

}  // namespace

TEST_CASE("screen gallery", "[gallery][patient]") {
  const char* out = std::getenv("GALLERY_DIR");
  const fs::path dir = out ? out : "gallery";
  fs::create_directories(dir);
  const char* only_sizes = std::getenv("GALLERY_SIZES");
  const char* only_windows = std::getenv("GALLERY_WINDOWS");  // e.g. "1920x1080 1080x1920"
  for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    const std::string window_name = std::to_string(width) + "x" + std::to_string(height);
    if (only_windows && std::string(only_windows).find(window_name) == std::string::npos) continue;
    for (const std::string language : {"en", "es"}) {
      for (ui::TextSize text_size : ui::kTextSizes) {
        const std::string percent = std::to_string(ui::text_size_percent(text_size));
        if (only_sizes && std::string(only_sizes).find(percent) == std::string::npos) continue;
        KioskOptions window_options;
        window_options.windowed = true;
        window_options.window_width = width;
        window_options.window_height = height;
        ui::PointerInput unused_pointer;
        ui::KeyInput unused_keys;
        auto window = KioskWindow::open(window_options, unused_pointer, unused_keys);
        INFO((window.ok() ? std::string() : window.error().message));
        REQUIRE(window.ok());
        Gallery gallery{dir,
                        std::to_string(width) + "x" + std::to_string(height) + "_" + language + "_" + percent,
                        width,
                        height,
                        std::nullopt,
                        {},
                        0};
        // A real store in a scratch folder, so the walk ends on the thank-you screen.
        const fs::path data_dir = dir / ("data-" + gallery.prefix);
        ui::KioskUiOptions options = default_test_options();
        KioskBackend backend =
            open_kiosk_backend(ResourcePaths{INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, data_dir},
                               options.clock, options.catalog);
        options.submit = backend.submit_function();
        WalkOptions walk_options{language, text_size, false};
        const AtScreen shot = [&](HeadlessKiosk& kiosk, const std::string& name) {
          gallery.shot(kiosk, name);
        };
        for (auto walk : {&walk_patient_screens, &walk_minor_and_inactivity}) {
          HeadlessKiosk kiosk(options, float(width), float(height),
                              [&](bool fonts_changed) { gallery.after_frame(fonts_changed); });
          // The renderer must go before the kiosk's ImGui context, even when a step fails.
          struct RendererReset {
            Gallery& gallery;
            ~RendererReset() { gallery.renderer.reset(); }
          } reset{gallery};
          walk(kiosk, walk_options, shot);
        }
        CHECK(gallery.shots > 20);
        fs::remove_all(data_dir);
      }
    }
  }
}

// Welcome when the clinic offers two treatments, and the RF form's own page, in both languages
// and both orientations.
TEST_CASE("screen gallery: choosing the treatment", "[.gallery][.gallery_treatments]") {
  const char* out = std::getenv("GALLERY_DIR");
  const fs::path dir = out ? out : "gallery";
  fs::create_directories(dir);
  for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
    for (const std::string language : {"en", "es"}) {
      KioskOptions window_options;
      window_options.windowed = true;
      window_options.window_width = width;
      window_options.window_height = height;
      ui::PointerInput unused_pointer;
      ui::KeyInput unused_keys;
      auto window = KioskWindow::open(window_options, unused_pointer, unused_keys);
      REQUIRE(window.ok());
      Gallery gallery{dir,
                      std::to_string(width) + "x" + std::to_string(height) + "_" + language,
                      width,
                      height,
                      std::nullopt,
                      {},
                      0};
      ui::KioskUiOptions options = default_test_options();
      options.active_forms = {"microneedling", "rf-microneedling"};
      HeadlessKiosk kiosk(options, float(width), float(height),
                          [&](bool fonts_changed) { gallery.after_frame(fonts_changed); });
      struct RendererReset {
        Gallery& gallery;
        ~RendererReset() { gallery.renderer.reset(); }
      } reset{gallery};
      kiosk.settle();
      if (language != "en") REQUIRE(kiosk.tap("language_" + language));
      gallery.shot(kiosk, "01_welcome_treatments");
      REQUIRE(kiosk.tap("welcome/treatment_rf-microneedling"));
      fill_about_you(kiosk, {});
      for (int page = 0; page < 20 && kiosk.kiosk().step() == ui::JourneyStep::Questions; ++page) {
        if (kiosk.find("q_implanted_device/no") != nullptr || kiosk.shows("Implants and devices") ||
            kiosk.shows("Implantes y aparatos")) {
          gallery.shot(kiosk, "12_rf_implants_page");
          break;
        }
        if (page == 2) gallery.shot(kiosk, "11_skin_page_with_sun_reaction");
        answer_page_with_no(kiosk);
      }
      CHECK(gallery.shots == 3);
    }
  }
}

namespace {

// Staff mode's screens at 1920x1080 over a real store with three check-ins (stop, review,
// none): first run, sign-in, queue, the record view of a practitioner (review filled in) and
// of front desk, the saved review and an export.
void walk_staff_screens(Gallery& gallery, StaffKiosk& setup, const std::string& language) {
  HeadlessKiosk& kiosk = setup.kiosk;
  if (language != "en") REQUIRE(kiosk.tap("language_" + language));
  setup.check_in("Elena", "Sanz");
  const std::string rosa = setup.check_in_with("Rosa", "Gil", {"cold_sore_history", "latex_allergy"});
  setup.check_in("Inés", "Mora", "", 3);  // an earlier visit this week: today's is "Returning, visit 2"
  setup.check_in("Inés", "Mora", "pregnant");
  // Two Carmens today, told apart by their dates of birth; one with more flags than a row holds.
  setup.check_in_with("Carmen", "Ruiz", {"breastfeeding"}, 0, "1985-02-03");
  setup.check_in_with(
      "Carmen", "Soler",
      {"pregnant", "metal_allergy", "anesthetic_allergy", "latex_allergy", "cold_sore_history"}, 0,
      "1979-11-30");
  const auto stick = setup.plug_in_stick("KINGSTON");
  *setup.clock_ahead = std::chrono::minutes(25);  // the morning has gone on: time waiting
  for (const char* family : {"Ortega", "Navarro", "Castro", "Iglesias"})
    setup.check_in("Carmen", family, "", 3);  // earlier this week: a full page over several days
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.tap("staff/sign_in/names/Lucía Prat"));
  REQUIRE(kiosk.tap("pin/key_2"));
  REQUIRE(kiosk.tap("pin/key_4"));
  gallery.shot(kiosk, "s01_sign_in");
  REQUIRE(kiosk.tap("pin/key_6"));
  enter_pin(kiosk, "8");
  gallery.shot(kiosk, "s02_queue");
  REQUIRE(kiosk.tap("Inés Mora"));
  gallery.shot(kiosk, "s03_record");
  for (int i = 0; i < 8 && !kiosk.shows("Are you pregnant") && !kiosk.shows("embarazada"); ++i)
    kiosk.drag(500, 900, 500, 600);
  gallery.shot(kiosk, "s03b_flagged_answer");
  for (int i = 0; i < 8; ++i) kiosk.drag(500, 300, 500, 900);
  REQUIRE(kiosk.tap("record/review/not_treated"));
  REQUIRE(scroll_review_to(kiosk, "record/review/note"));
  REQUIRE(kiosk.tap("record/review/note"));
  kiosk.type("Rebook after pregnancy.");
  gallery.shot(kiosk, "s04_review_note_keyboard");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  countersign(kiosk);
  gallery.shot(kiosk, "s05_review_signed");
  REQUIRE(kiosk.tap("record/review/save_review"));
  for (int i = 0; i < 12; ++i) kiosk.drag(500, 900, 500, 450);  // to the consent and signature
  gallery.shot(kiosk, "s06_review_saved");
  // The stored PDF as signed (version 1), then the review's version at its last (review) page.
  REQUIRE(kiosk.tap("record/document/show_document"));
  gallery.shot(kiosk, "s06b_document_signed");
  REQUIRE(kiosk.tap("record/document/version_2"));
  for (int i = 0; i < 25; ++i) kiosk.drag(600, 950, 600, 350);
  gallery.shot(kiosk, "s06c_document_review_page");
  REQUIRE(kiosk.tap("record/document/show_details"));
  REQUIRE(kiosk.tap("record/export"));
  gallery.shot(kiosk, "s07a_export_where");  // the stick found plugged in, chosen
  REQUIRE(kiosk.tap("export/export"));
  gallery.shot(kiosk, "s07_exported");
  REQUIRE(kiosk.tap("export/back"));
  REQUIRE(kiosk.tap("record/print_copy"));  // no print scheduler here: the message shows
  gallery.shot(kiosk, "s07c_print_refused");
  REQUIRE(kiosk.tap("record/back"));
  // Clearing a record with flags: a reason for each, refused without them.
  REQUIRE(kiosk.tap("Rosa Gil"));
  gallery.shot(kiosk, "s40_record_header");
  REQUIRE(kiosk.tap("record/review/cleared"));
  gallery.shot(kiosk, "s41_review_reasons");
  countersign(kiosk);
  REQUIRE(kiosk.tap("record/review/save_review"));
  gallery.shot(kiosk, "s42_review_reasons_refused");
  REQUIRE(give_reasons(kiosk, language == "es" ? "Sin herpes desde hace años; aciclovir preventivo."
                                               : "No cold sore for years; antiviral cover given.") == 2);
  gallery.shot(kiosk, "s43_review_reasons_given");
  REQUIRE(kiosk.tap("record/review/save_review"));
  gallery.shot(kiosk, "s44_review_cleared_saved");
  if (auto pdf = store::read_record_pdf(setup.store, rosa, 2, store::PdfAccess::view, "gallery")) {
    std::ofstream out(gallery.dir / (gallery.prefix + "_review_v2.pdf"), std::ios::binary);
    out.write(reinterpret_cast<const char*>(pdf->bytes.data()),
              static_cast<std::streamsize>(pdf->bytes.size()));
  }
  REQUIRE(kiosk.tap("record/back"));
  gallery.shot(kiosk, "s45_queue_after_reviews");
  REQUIRE(kiosk.tap("queue/days/choose"));
  REQUIRE(kiosk.tap("days/preset/last_7"));
  gallery.shot(kiosk, "s30_choose_days");
  REQUIRE(kiosk.tap("days/show"));
  gallery.shot(kiosk, "s31_queue_last_7_days");
  REQUIRE(kiosk.tap("queue/days/export"));
  gallery.shot(kiosk, "s32_export_days");
  REQUIRE(kiosk.tap("export/back"));
  REQUIRE(kiosk.tap("queue/search"));
  kiosk.type("ros");
  gallery.shot(kiosk, "s08_search");
  REQUIRE(kiosk.tap("queue/sign_out"));
  sign_in(kiosk, "Tomás Vidal", "1357");
  REQUIRE(kiosk.tap("Inés Mora"));
  gallery.shot(kiosk, "s09_front_desk_record");
}

// The admin screens (staff accounts, settings), after walk_staff_screens (front desk signed in):
// the admin's queue, staff accounts with a locked account, adding staff (keyboard, role, PIN),
// the refusal to disable oneself, a new PIN, settings (keyboard, changed, saved) and Welcome
// with the new name after staff mode closed.
void walk_admin_screens(Gallery& gallery, StaffKiosk& setup) {
  HeadlessKiosk& kiosk = setup.kiosk;
  REQUIRE(kiosk.tap("record/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));
  for (int i = 0; i < 5; ++i) REQUIRE_FALSE(store::verify_staff_pin(setup.store, "Tomás Vidal", "0000"));
  setup.add_staff("Ana Ferrer", store::StaffRole::front_desk,
                  "1470");  // with Iván, seven accounts: two pages
  setup.add_staff("Pablo Ortiz", store::StaffRole::practitioner, "8520");
  // A FHIR server that stopped answering ten minutes ago: the queue's delivery line.
  REQUIRE(store::set_settings(setup.store, {{"fhir_server_url", "https://fhir.example-clinic.com/fhir/R4"}},
                              "gallery"));
  if (auto next = store::next_fhir_delivery(setup.store); next && *next)
    REQUIRE(store::mark_fhir_failed(setup.store, (*next)->seq, "The FHIR server did not answer.",
                                    std::chrono::system_clock::now() - std::chrono::minutes(10)));
  sign_in(kiosk, "Marta Ruiz", "9753");
  gallery.shot(kiosk, "s10_queue_admin");
  REQUIRE(kiosk.tap("queue/staff_accounts"));
  gallery.shot(kiosk, "s11_accounts");
  REQUIRE(kiosk.tap("accounts/add_staff"));
  REQUIRE(kiosk.tap("add_staff/name"));
  kiosk.type("Iván Llorente");
  gallery.shot(kiosk, "s12_add_staff_keyboard");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("add_staff/role/practitioner"));
  gallery.shot(kiosk, "s13_add_staff_role");
  REQUIRE(kiosk.tap("add_staff/next"));
  enter_pin(kiosk, "3691");
  REQUIRE(kiosk.tap("pin/key_3"));
  REQUIRE(kiosk.tap("pin/key_6"));
  gallery.shot(kiosk, "s14_add_staff_pin_again");
  REQUIRE(kiosk.tap("pin/key_9"));
  enter_pin(kiosk, "1");
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/disable"));
  gallery.shot(kiosk, "s15_accounts_refused");
  REQUIRE(kiosk.tap("accounts/rows/Lucía Prat/disable"));
  gallery.shot(kiosk, "s16a_accounts_disable_question");
  REQUIRE(kiosk.tap("accounts/rows/Lucía Prat/confirm_disable"));
  gallery.shot(kiosk, "s16_accounts_disabled");
  REQUIRE(kiosk.tap("accounts/next_page"));
  gallery.shot(kiosk, "s16b_accounts_page2");
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/reset_pin"));
  enter_pin(kiosk, "2580");
  gallery.shot(kiosk, "s17_new_pin_again");
  enter_pin(kiosk, "2580");
  gallery.shot(kiosk, "s18_accounts_pin_reset");
  REQUIRE(kiosk.tap("accounts/back"));
  REQUIRE(kiosk.tap("queue/settings"));
  gallery.shot(kiosk, "s19_settings");
  REQUIRE(kiosk.tap("settings/clinic_name"));
  for (int i = 0; i < 19; ++i) REQUIRE(kiosk.tap("keyboard/key_backspace"));
  kiosk.type("Clínica Dermoestética del Puerto");
  gallery.shot(kiosk, "s20_settings_keyboard");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("settings/staff_idle/plus"));
  REQUIRE(kiosk.tap("settings/patient_idle/minus"));
  gallery.shot(kiosk, "s21_settings_changed");
  REQUIRE(kiosk.tap("settings/save"));
  gallery.shot(kiosk, "s22_settings_saved");
  REQUIRE(kiosk.tap("settings/fhir_server"));
  gallery.shot(kiosk, "s22b_fhir_server");
  REQUIRE(kiosk.tap("fhir_settings/back"));
  REQUIRE(kiosk.tap("settings/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));
  gallery.shot(kiosk, "s23_welcome_renamed");
}

}  // namespace

// Hidden ("[.staff]"), so the plain command renders the patient screens and "[staff]" these.
TEST_CASE("staff screen gallery", "[.staff][gallery]") {
  const char* out = std::getenv("GALLERY_DIR");
  const fs::path dir = out ? out : "gallery";
  fs::create_directories(dir);
  for (const std::string language : {"en", "es"}) {
    KioskOptions window_options;
    window_options.windowed = true;
    window_options.window_width = 1920;
    window_options.window_height = 1080;
    ui::PointerInput unused_pointer;
    ui::KeyInput unused_keys;
    auto window = KioskWindow::open(window_options, unused_pointer, unused_keys);
    REQUIRE(window.ok());
    Gallery gallery{dir, "staff_1920x1080_" + language, 1920, 1080, std::nullopt, {}, 0};
    const auto draw = [&](bool fonts_changed) { gallery.after_frame(fonts_changed); };
    struct RendererReset {
      Gallery& gallery;
      ~RendererReset() { gallery.renderer.reset(); }
    };
    {
      StaffKiosk first_run(120.0, /*with_admin=*/false, draw);  // no accounts yet
      RendererReset reset{gallery};
      if (language != "en") REQUIRE(first_run.kiosk.tap("language_" + language));
      hold_clinic_name(first_run.kiosk, 3.2);
      gallery.shot(first_run.kiosk, "s00_first_admin");
      REQUIRE(first_run.kiosk.tap("first_admin/next"));
      gallery.shot(first_run.kiosk, "s00a_first_admin_needed");
      REQUIRE(first_run.kiosk.tap("first_admin/clinic_name"));
      first_run.kiosk.type("Harbour Skin Studio");
      REQUIRE(first_run.kiosk.tap("first_admin/clinic_address"));
      first_run.kiosk.type("1 Quay Street, Bristol BS1 4DJ");
      REQUIRE(first_run.kiosk.tap("first_admin/clinic_phone"));
      first_run.kiosk.type("0117 555 0100");
      REQUIRE(first_run.kiosk.tap("first_admin/clinic_out_of_hours_phone"));
      first_run.kiosk.type("07700 900123");
      gallery.shot(first_run.kiosk, "s00b_first_admin_clinic_keyboard");
      REQUIRE(first_run.kiosk.tap("keyboard/key_done"));
      REQUIRE(first_run.kiosk.tap("first_admin/next"));
      gallery.shot(first_run.kiosk, "s00c_first_admin_name");
    }
    // The record's PDF pages become real GL textures; they go before the window's GL context
    // (the reset below runs first).
    GlTextures textures;
    gallery.textures = &textures;
    StaffKiosk setup(120.0, /*with_admin=*/true, draw, textures.source());
    struct TexturesReset {
      Gallery& gallery;
      ~TexturesReset() {
        gallery.textures->release_all();
        gallery.textures = nullptr;
      }
    } textures_reset{gallery};
    RendererReset reset{gallery};
    walk_staff_screens(gallery, setup, language);
    walk_admin_screens(gallery, setup);
    CHECK(gallery.shots >= 24);
  }
}

// A check-in that cannot be saved: the patient's front-desk screen, then the reason on the
// staff queue after a sign-in from its staff button.
TEST_CASE("front desk gallery", "[.gallery][front_desk]") {
  const char* out = std::getenv("GALLERY_DIR");
  const fs::path dir = out ? out : "gallery";
  fs::create_directories(dir);
  KioskOptions window_options;
  window_options.windowed = true;
  window_options.window_width = 1920;
  window_options.window_height = 1080;
  ui::PointerInput unused_pointer;
  ui::KeyInput unused_keys;
  auto window = KioskWindow::open(window_options, unused_pointer, unused_keys);
  REQUIRE(window.ok());
  Gallery gallery{dir, "front_desk_1920x1080_en", 1920, 1080, std::nullopt, {}, 0};
  submission::test::TempDir tmp;
  const Clock clock = intake::test::test_day_clock();
  store::Store store = submission::test::open_store_or_fail(tmp / "data", clock);
  REQUIRE(store::add_staff(store, "Marta Ruiz", store::StaffRole::admin, "9753", "test"));
  ui::KioskUiOptions options = staff_options(tmp / "data", 120.0, {}, clock);
  options.submit = [](const IntakeSession&) {
    return Result<std::string>(Error{"The disk holding the store is full, so nothing was saved.", 17});
  };
  HeadlessKiosk kiosk(options, 1920.f, 1080.f,
                      [&](bool fonts_changed) { gallery.after_frame(fonts_changed); });
  struct RendererReset {
    Gallery& gallery;
    ~RendererReset() { gallery.renderer.reset(); }
  } reset{gallery};
  kiosk.settle();
  REQUIRE(kiosk.tap("welcome/start"));
  fill_about_you(kiosk, {});
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk, true);
  continue_from_review(kiosk);
  sign_on_pad(kiosk);
  REQUIRE(kiosk.tap("signature/next"));
  gallery.shot(kiosk, "f01_front_desk");
  REQUIRE(kiosk.tap("front_desk/staff"));
  kiosk.settle();
  REQUIRE(kiosk.tap("staff/sign_in/names/Marta Ruiz"));
  enter_pin(kiosk, "9753");
  gallery.shot(kiosk, "f02_queue_with_reason");
  CHECK(gallery.shots == 2);
}
