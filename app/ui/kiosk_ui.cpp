#include "ui/kiosk_ui.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>

#include "ui/journey_context.hpp"
#include "ui/journey_screen_ids.hpp"
#include "ui/screen_frame.hpp"
#include "ui/screens/journey_screens.hpp"
#include "ui/screens/welcome_screen.hpp"
#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// How often a frame looks for the result of work on another thread (a PIN check).
constexpr double kPollSeconds = 0.03;

KioskUi::KioskUi(KioskUiOptions options)
    : options_(std::move(options)),
      strings_(UiStrings::load_embedded()),
      journey_(std::make_unique<PatientJourney>()),
      staff_(
          std::make_unique<StaffMode>(options_.staff, options_.clock, options_.catalog, options_.fonts_dir)),
      read_aloud_(options_.speech) {
  if (options_.read_aloud) read_aloud_.set_on(true);
  std::erase_if(options_.languages, [&](const std::string& code) { return !strings_.has_language(code); });
  if (options_.languages.empty()) options_.languages = {"en"};
  language_ = options_.languages.front();
  update_kiosk_problems();
}

void KioskUi::update_kiosk_problems() {
  std::vector<std::string> problems;
  if (!submission_.problem().empty())
    problems.push_back("The last check-in could not be saved: " + submission_.problem());
  if (options_.catalog)
    for (const auto& error : options_.catalog->errors) problems.push_back(forms::format_diagnostic(error));
  staff_->set_kiosk_problems(std::move(problems));
}

KioskUi::~KioskUi() {
  // A submission still running holds a reference to the session: let it finish first.
  submission_.wait();
  journey_->wipe();
}

const forms::Form* KioskUi::form() const {
  if (!options_.catalog) return nullptr;
  const std::string& picked = journey_->session.form_id;
  return options_.catalog->find(picked.empty() ? options_.form_id : picked);
}

void KioskUi::apply_settings(const KioskSettings& settings) {
  options_.clinic_name = settings.clinic_name;
  options_.idle.inactivity_seconds = settings.patient_idle_seconds;
  options_.idle.countdown_seconds = settings.patient_warning_seconds;
  options_.idle.reading_inactivity_seconds = settings.patient_reading_idle_seconds;
  options_.paper_form_notice = settings.paper_form_notice;
  options_.staff.idle_seconds = settings.staff_idle_seconds;
  staff_->set_idle_seconds(settings.staff_idle_seconds);
  // Only languages this UI has; never none.
  std::vector<std::string> languages;
  for (const auto& code : settings.languages)
    if (strings_.has_language(code)) languages.push_back(code);
  if (languages.empty()) languages = {"en"};
  options_.languages = std::move(languages);
  // The first active form the catalog has (a clinic may list one that failed to load).
  if (!settings.active_forms.empty()) {
    options_.form_id = settings.active_forms.front();
    options_.active_forms.clear();
    for (const auto& id : settings.active_forms)
      if (options_.catalog && options_.catalog->find(id) != nullptr) options_.active_forms.push_back(id);
    if (!options_.active_forms.empty()) options_.form_id = options_.active_forms.front();
  }
  // Welcome starts in the clinic's first language, as after every check-in.
  if (journey_->step == JourneyStep::Welcome && !journey_holds_data()) language_ = options_.languages.front();
  if (std::find(options_.languages.begin(), options_.languages.end(), language_) == options_.languages.end())
    language_ = options_.languages.front();
  settler_.changed();
}

void KioskUi::set_language(const std::string& code) {
  if (std::find(options_.languages.begin(), options_.languages.end(), code) != options_.languages.end())
    language_ = code;
}

Result<bool> KioskUi::prepare_fonts(float width, float height) {
  UiMetrics wanted = metrics_for_window(width, height, text_size_);
  metrics_ = wanted;
  if (fonts_.body != nullptr && fonts_.built_for_scale == wanted.scale * wanted.text_scale) return false;
  ImGuiIO& io = ImGui::GetIO();
  auto fonts = build_font_set(*io.Fonts, options_.fonts_dir, wanted);
  if (!fonts) return fonts.error();
  fonts_ = *fonts;
  io.FontDefault = fonts_.body;
  theme::apply_imgui_style(ImGui::GetStyle(), wanted.scale);
  settler_.changed();
  return true;
}

FrameResult KioskUi::frame(float width, float height, double now) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = last_now_ < 0 ? 1.f / 60.f : static_cast<float>(std::max(now - last_now_, 1e-4));
  last_now_ = now;
  io.IniFilename = nullptr;  // nothing about the session is ever written to imgui.ini
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;

  const bool had_input = pointer_.has_pending() || keys_.has_pending();
  pointer_.begin_frame(io);
  keys_.begin_frame(io);
  const bool touched = !pointer_.frame_events().empty() || had_input;
  const bool was_asking = idle_.asking();
  update_timers(now, touched);
  if (!was_asking && idle_.asking()) read_aloud_.chime();
  poll_submission(now);

  probe_.clear();
  overlay_from_order_ = 0;
  ImGui::NewFrame();
  UiFrame frame{metrics_, fonts_, strings_, language_, probe_, pointer_, now};
  frame.keyboard_up = journey_->focus.covered_height(metrics_) > 0.f;
  const TextSize text_size_before = text_size_;
  const std::string language_before = language_;
  const JourneyStep step_before = journey_->step;
  draw_frame_contents(frame);
  ImGui::Render();

  FrameResult result;
  if (had_input || text_size_ != text_size_before || language_ != language_before ||
      journey_->step != step_before || pointer_.is_down())
    settler_.changed();
  if (frame.animating) settler_.animating();
  result.needs_another_frame = settler_.another_frame() || pointer_.has_pending() || keys_.has_pending();

  // Read aloud, once the picture is still. A finger lifted on no button is a tap on text: the
  // question there is read again.
  std::optional<ProbeRect> tap_on_text;
  for (const PointerEvent& event : pointer_.frame_events()) {
    if (event.kind != PointerKind::Up) continue;
    bool on_item = false;
    for (const auto& item : probe_.items)
      on_item |= item.visible && event.x >= item.rect.x0 && event.x <= item.rect.x1 &&
                 event.y >= item.rect.y0 && event.y <= item.rect.y1;
    if (!on_item) tap_on_text = ProbeRect{event.x, event.y, event.x, event.y};
  }
  if (!staff_->active())
    read_aloud_.after_frame(probe_, spoken_screen_key(), language_, strings_, !result.needs_another_frame,
                            touched, tap_on_text ? &*tap_on_text : nullptr, overlay_from_order_);
  else
    read_aloud_.stop();

  // Sleep until the next thing that happens by itself: a countdown tick or a time-out.
  if (journey_->step == JourneyStep::ThankYou && !idle_.asking()) {
    result.wake_after_seconds = std::max(0.05, journey_->step_started_at + options_.thank_you_seconds - now);
  } else {
    result.wake_after_seconds = idle_.wake_after(now, journey_holds_data(), idle_timings());
  }
  if (staff_->active()) result.wake_after_seconds = staff_->seconds_until_idle(now);  // idle log-off
  if (submission_.running()) frame.waiting = true;  // the check-in is still being saved
  if (frame.waiting) {
    result.waiting = true;
    result.wake_after_seconds =
        result.wake_after_seconds < 0 ? kPollSeconds : std::min(result.wake_after_seconds, kPollSeconds);
  }
  return result;
}

bool KioskUi::journey_holds_data() const {
  const PatientJourney& journey = *journey_;
  if (journey.step == JourneyStep::Submitting || journey.step == JourneyStep::FrontDesk) return false;
  return journey.step != JourneyStep::Welcome || !journey.session.patient.given_name.empty() ||
         !journey.session.patient.family_name.empty() || !journey.screens.about_you.birth_date.empty() ||
         !journey.session.answers.empty();
}

void KioskUi::update_timers(double now, bool touched) {
  if (!(touched && !idle_.asking()) && journey_->step == JourneyStep::ThankYou &&
      now - journey_->step_started_at >= options_.thank_you_seconds) {
    start_over(now);
    return;
  }
  if (idle_.update(now, touched, journey_holds_data(), idle_timings()) == IdleTimer::Outcome::time_out)
    start_over(now);
}

void KioskUi::start_over(double now) {
  if (submission_.running()) return;  // never while a submission reads the session
  journey_->wipe();
  journey_ = std::make_unique<PatientJourney>();
  journey_->step_started_at = now;
  idle_.restart(now);
  language_ = options_.languages.front();
  text_size_ = TextSize::normal;
  read_aloud_.set_on(options_.read_aloud);  // the next patient starts as the kiosk was set up
}

void KioskUi::start_submission(double now) {
  PatientJourney& journey = *journey_;
  if (journey.session.form_id.empty()) journey.session.form_id = options_.form_id;
  journey.session.language = language_;
  journey.step = JourneyStep::Submitting;
  journey.step_started_at = now;
  journey.focus.clear();
  // The session is not touched by the UI while the worker reads it (Submitting shows only a
  // spinner, and start_over waits for the result).
  submission_.start(options_.submit, journey.session);
}

void KioskUi::poll_submission(double now) {
  const std::string problem_before = submission_.problem();
  std::optional<Result<std::string>> outcome = submission_.poll();
  if (!outcome) return;
  PatientJourney& journey = *journey_;
  journey.step_started_at = now;
  if (*outcome) {
    journey.record_id = **outcome;
    journey.step = JourneyStep::ThankYou;
  } else {
    // Everything entered stays in memory for staff to retry; nothing is written in plaintext.
    // The reason (store and submission messages never repeat what the patient gave) is kept for
    // staff: logged now, shown on the queue after a staff sign-in.
    journey.step = JourneyStep::FrontDesk;
    options_.log("a check-in could not be saved (code " + std::to_string(outcome->error().code) +
                 "): " + submission_.problem());
  }
  if (submission_.problem() != problem_before || !*outcome) update_kiosk_problems();
}

void KioskUi::draw_frame_contents(UiFrame& frame) {
  if (staff_->active()) {  // staff mode covers patient mode entirely
    staff_->draw(frame);
    if (auto saved = staff_->take_saved_settings()) apply_settings(*saved);  // once it has closed
    return;
  }
  journey_->focus.begin_frame();
  const forms::Form* active_form = form();
  if (journey_->step == JourneyStep::Welcome || active_form == nullptr) {
    draw_welcome(frame);
  } else {
    draw_journey(frame, *active_form);
  }
  draw_focus_keyboard(frame, journey_->focus, &journey_->scroll);
  draw_overlays(frame);
}

void KioskUi::draw_overlays(UiFrame& frame) {
  NeedHelpState& help = journey_->screens.need_help;
  if (help.open && !idle_.asking()) {
    overlay_from_order_ = probe_.next_order;
    NeedHelpView view{options_.paper_form_notice, journey_holds_data()};
    if (draw_need_help_screen(frame, help, view).start_over) start_over(frame.now);
  }
  if (idle_.asking()) {
    overlay_from_order_ = probe_.next_order;
    if (draw_still_there_screen(frame, idle_.seconds_left(frame.now, idle_timings())))
      idle_.restart(frame.now);
  }
}

IdleTimings KioskUi::idle_timings() const {
  const JourneyStep step = journey_->step;
  const bool reading = step == JourneyStep::Consent || step == JourneyStep::Review ||
                       step == JourneyStep::Signature || step == JourneyStep::GuardianSignature;
  return options_.idle.on_step(reading);
}

ScreenChrome KioskUi::chrome() const {
  ScreenChrome chrome;
  chrome.offer_read_aloud = read_aloud_.available();
  chrome.read_aloud_on = read_aloud_.on();
  chrome.no_speaker = !read_aloud_.problem().empty();
  chrome.offer_help = journey_->step != JourneyStep::Submitting;
  return chrome;
}

void KioskUi::handle_chrome(const ScreenChrome& chrome) {
  if (chrome.text_size_tapped) text_size_ = next_text_size(text_size_);
  if (chrome.read_aloud_tapped) read_aloud_.set_on(!read_aloud_.on());
  if (chrome.repeat_tapped) read_aloud_.repeat();
  if (chrome.stop_tapped) read_aloud_.stop();
  if (chrome.volume_step != 0) read_aloud_.volume_step(chrome.volume_step);
  if (chrome.help_tapped) journey_->screens.need_help.open = true;
}

// What is on screen, for read aloud: a new key is a new screen (read from the top).
std::string KioskUi::spoken_screen_key() const {
  std::string key = journey_screen_id(journey_->step);
  if (journey_->step == JourneyStep::Questions) key += "/" + std::to_string(journey_->screens.questions.page);
  if (idle_.asking())
    key += "/still_there";
  else if (journey_->screens.need_help.open)
    key += journey_->screens.need_help.confirming ? "/start_over" : "/need_help";
  return key;
}

void KioskUi::draw_welcome(UiFrame& frame) {
  ScreenChrome chrome = this->chrome();
  {
    ScreenWindow window(frame, journey_screen_id(JourneyStep::Welcome), text_size_, chrome);
    WelcomeView view{options_.clinic_name, {}, options_.languages, language_};
    view.available = form() != nullptr;
    for (const std::string& id : options_.active_forms)
      if (const forms::Form* offered = options_.catalog ? options_.catalog->find(id) : nullptr)
        view.treatments.push_back(
            {id,
             forms::localized(offered->treatment.empty() ? offered->title : offered->treatment, language_)});
    WelcomeActions actions = draw_welcome_screen(frame, view, journey_->scroll, journey_->screens.welcome);
    staff_->watch_welcome_press(frame, options_.clinic_name);  // 3 s on the clinic's name
    if (!actions.choose_language.empty()) language_ = actions.choose_language;
    // Why check-in is unavailable (the form files' own file:line messages) is for staff: the
    // patient sees only "please see the front desk"; staff see the details after sign-in.
    if (actions.start && view.available) {
      journey_->session.form_id = actions.start_form.empty() ? options_.form_id : actions.start_form;
      JourneyContext context{*journey_, *form(), options_.clock.today(), options_.clock, options_.clinic_name};
      go_to_step(context, JourneyStep::AboutYou, frame.now);
    }
  }
  handle_chrome(chrome);
}

void KioskUi::draw_journey(UiFrame& frame, const forms::Form& form) {
  PatientJourney& journey = *journey_;
  JourneyContext context{journey, form, options_.clock.today(), options_.clock, options_.clinic_name};
  ScreenChrome chrome = this->chrome();
  bool submit = false;
  bool finish = false;
  bool retry = false;
  {
    ScreenWindow window(frame, journey_screen_id(journey.step), text_size_, chrome);
    switch (journey.step) {
      case JourneyStep::Welcome: break;
      case JourneyStep::AboutYou: draw_about_you_screen(frame, context); break;
      case JourneyStep::Guardian: draw_guardian_screen(frame, context); break;
      case JourneyStep::Questions: draw_questions_screen(frame, context); break;
      case JourneyStep::BeforeConsent: draw_before_consent_screen(frame, context); break;
      case JourneyStep::Consent: draw_consent_screen(frame, context); break;
      case JourneyStep::Review: draw_review_screen(frame, context); break;
      case JourneyStep::Signature:
      case JourneyStep::GuardianSignature: submit = draw_signature_screen(frame, context); break;
      case JourneyStep::Submitting: draw_submitting_screen(frame, context); break;
      case JourneyStep::ThankYou: finish = draw_thank_you_screen(frame, context); break;
      case JourneyStep::FrontDesk: {
        const FrontDeskActions actions = draw_front_desk_screen(frame, context);
        retry = actions.retry;
        if (actions.staff) staff_->open(frame.now);
        break;
      }
    }
  }
  handle_chrome(chrome);
  if (submit || retry) start_submission(frame.now);
  if (finish) start_over(frame.now);
}

}  // namespace intake::ui
