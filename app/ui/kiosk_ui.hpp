#pragma once
// The whole kiosk UI, independent of any window system: the host (GLFW platform, or the
// headless test driver) owns the ImGui context and the renderer, queues pointer and key input,
// and calls prepare_fonts() then frame() for every frame it draws.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "common/clinic_defaults.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "session/intake_session.hpp"
#include "ui/font_set.hpp"
#include "ui/frame_settler.hpp"
#include "ui/idle_timer.hpp"
#include "ui/key_input.hpp"
#include "ui/patient_journey.hpp"
#include "ui/pending_submission.hpp"
#include "ui/pointer_input.hpp"
#include "ui/read_aloud.hpp"
#include "ui/screen_frame.hpp"
#include "ui/staff/staff_mode.hpp"
#include "ui/ui_metrics.hpp"
#include "ui/ui_probe.hpp"
#include "ui/ui_strings.hpp"

namespace intake::ui {

struct KioskUiOptions {
  std::filesystem::path fonts_dir;
  std::string clinic_name = kDefaultClinicName;
  std::vector<std::string> languages = {"en", "es"};
  std::shared_ptr<const forms::FormCatalog> catalog;  // loaded once at start-up
  std::string form_id = "microneedling";              // the form patients fill in
  // Every form the clinic turned on that loaded; with two or more, Welcome asks which
  // treatment the patient is here for. Empty: only form_id.
  std::vector<std::string> active_forms;
  SubmitFunction submit;
  // "Now" and the clinic's zone (main's system clock; a test clock in tests): today's date, the
  // times initials and signatures record, and staff mode's day all come from this one clock.
  Clock clock;
  IdleTimings idle;                 // "Are you still there?" and how long it waits
  double thank_you_seconds = 20.0;  // the thank-you screen returns to Welcome by itself
  StaffModeOptions staff;           // staff mode: its store directory and idle time
  // Read aloud: the engine (a speaker, or files for --speech-out); none: no switch is offered.
  std::shared_ptr<speech::SpeechEngine> speech;
  bool read_aloud = false;        // start with read aloud on (--read-aloud)
  bool paper_form_notice = true;  // "Need help?" mentions the clinic's paper form
  // Where staff-facing details go (the journal on a deployed kiosk): never patient data.
  std::function<void(const std::string&)> log = [](const std::string&) {};
};

struct FrameResult {
  // The host keeps drawing while this is true (animations, pending input); otherwise it may
  // sleep until input arrives or wake_after_seconds pass (countdowns).
  bool needs_another_frame = false;
  double wake_after_seconds = -1.0;  // < 0: no timer, sleep until input
  // Work on another thread (a PIN check, saving a check-in) is not done yet: wake_after_seconds is short, so
  // its result is seen promptly without drawing flat out.
  bool waiting = false;
};

class KioskUi {
 public:
  explicit KioskUi(KioskUiOptions options);
  ~KioskUi();

  PointerInput& pointer() { return pointer_; }
  KeyInput& keys() { return keys_; }

  // Rebuilds the current ImGui context's font atlas when the window size or the text size
  // changed. Returns true when it did, so the host uploads the atlas texture again.
  Result<bool> prepare_fonts(float width, float height);

  // One ImGui frame: NewFrame, every screen, Render. The draw data is ImGui::GetDrawData().
  FrameResult frame(float width, float height, double now);

  // The clinic's settings (load_kiosk_settings): its name, the languages offered, the time-outs
  // and the form patients fill in. Called once at start and again whenever an admin saved
  // settings in staff mode and staff mode has closed, so they apply without a restart.
  void apply_settings(const KioskSettings& settings);
  const std::string& clinic_name() const { return options_.clinic_name; }

  void set_language(const std::string& code);
  void set_text_size(TextSize size) { text_size_ = size; }

  const UiProbe& probe() const { return probe_; }
  JourneyStep step() const { return journey_->step; }
  const PatientJourney& journey() const { return *journey_; }
  const std::string& language() const { return language_; }
  TextSize text_size() const { return text_size_; }
  bool still_there_showing() const { return idle_.asking(); }
  bool need_help_showing() const { return journey_->screens.need_help.open; }
  const ReadAloud& read_aloud() const { return read_aloud_; }
  void set_read_aloud(bool on) { read_aloud_.set_on(on); }
  bool staff_mode_active() const { return staff_->active(); }
  // The form this patient fills in (the one they picked, else the clinic's first), or nullptr
  // when it could not be loaded (staff see why).
  const forms::Form* form() const;

 private:
  void draw_frame_contents(struct UiFrame& frame);
  void draw_welcome(UiFrame& frame);
  void draw_journey(UiFrame& frame, const forms::Form& form);
  void update_timers(double now, bool touched);
  void start_submission(double now);
  void poll_submission(double now);
  void start_over(double now);  // wipes the journey and returns to Welcome
  bool journey_holds_data() const;
  void update_kiosk_problems();      // hands staff mode what its queue should tell staff
  IdleTimings idle_timings() const;  // longer on reading steps
  ScreenChrome chrome() const;       // what the bar on top of the screen offers
  void handle_chrome(const ScreenChrome& chrome);
  void draw_overlays(UiFrame& frame);
  std::string spoken_screen_key() const;

  KioskUiOptions options_;
  UiStrings strings_;
  PointerInput pointer_;
  KeyInput keys_;
  UiProbe probe_;
  UiMetrics metrics_;
  FontSet fonts_;
  std::unique_ptr<PatientJourney> journey_;
  std::string language_ = "en";
  TextSize text_size_ = TextSize::normal;
  double last_now_ = -1.0;
  IdleTimer idle_;
  FrameSettler settler_;
  PendingSubmission submission_;      // declared after journey_: destroyed (and waited for) first
  std::unique_ptr<StaffMode> staff_;  // staff mode: draws instead of patient mode while active
  ReadAloud read_aloud_;
  int overlay_from_order_ = 0;  // the probe order where an overlay (help, still there) began; 0: none
};

}  // namespace intake::ui
