#include "ui/kiosk_ui.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "ui/journey_context.hpp"
#include "ui/screen_frame.hpp"
#include "ui/screens/journey_screens.hpp"
#include "ui/screens/welcome_screen.hpp"
#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

// How often a frame looks for the result of work on another thread (a PIN check).
constexpr double kPollSeconds = 0.03;

KioskUi::KioskUi(KioskUiOptions options)
    : options_(std::move(options)),
      strings_(UiStrings::load_embedded()),
      journey_(std::make_unique<PatientJourney>()),
      staff_(std::make_unique<StaffMode>(options_.staff, options_.catalog, options_.fonts_dir)) {
  std::erase_if(options_.languages, [&](const std::string& code) { return !strings_.has_language(code); });
  if (options_.languages.empty()) options_.languages = {"en"};
  language_ = options_.languages.front();
  update_kiosk_problems();
}

void KioskUi::update_kiosk_problems() {
  std::vector<std::string> problems;
  if (!submit_problem_.empty()) problems.push_back("The last check-in could not be saved: " + submit_problem_);
  if (options_.catalog)
    for (const auto& error : options_.catalog->errors) problems.push_back(forms::format_diagnostic(error));
  staff_->set_kiosk_problems(std::move(problems));
}

KioskUi::~KioskUi() {
  // A submission still running holds a reference to the session: let it finish first.
  if (journey_->submitting.valid()) journey_->submitting.wait();
  journey_->wipe();
}

const forms::Form* KioskUi::form() const {
  if (!options_.catalog) return nullptr;
  const std::string& picked = journey_->session.form_id;
  return options_.catalog->find(picked.empty() ? options_.form_id : picked);
}

void KioskUi::apply_settings(const KioskSettings& settings) {
  options_.clinic_name = settings.clinic_name;
  options_.inactivity_seconds = settings.patient_idle_seconds;
  options_.countdown_seconds = settings.patient_warning_seconds;
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
  settle_frames_ = 3;
}

void KioskUi::set_language(const std::string& code) {
  if (std::find(options_.languages.begin(), options_.languages.end(), code) !=
      options_.languages.end())
    language_ = code;
}

Result<bool> KioskUi::prepare_fonts(float width, float height) {
  UiMetrics wanted = metrics_for_window(width, height, larger_text_);
  metrics_ = wanted;
  if (fonts_.body != nullptr && fonts_.built_for_scale == wanted.scale * wanted.text_scale)
    return false;
  ImGuiIO& io = ImGui::GetIO();
  auto fonts = build_font_set(*io.Fonts, options_.fonts_dir, wanted);
  if (!fonts) return fonts.error();
  fonts_ = *fonts;
  io.FontDefault = fonts_.body;
  theme::apply_imgui_style(ImGui::GetStyle(), wanted.scale);
  settle_frames_ = 3;
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
  update_inactivity(now, !pointer_.frame_events().empty() || had_input);
  poll_submission(now);

  probe_.clear();
  ImGui::NewFrame();
  UiFrame frame{metrics_, fonts_, strings_, language_, probe_, pointer_, now};
  const bool larger_before = larger_text_;
  const std::string language_before = language_;
  const JourneyStep step_before = journey_->step;
  draw_frame_contents(frame);
  ImGui::Render();

  FrameResult result;
  if (had_input || larger_text_ != larger_before || language_ != language_before ||
      journey_->step != step_before || pointer_.is_down())
    settle_frames_ = 3;
  if (frame.animating) settle_frames_ = std::max(settle_frames_, 1);
  result.needs_another_frame = settle_frames_ > 0 || pointer_.has_pending() || keys_.has_pending();
  if (settle_frames_ > 0) --settle_frames_;

  // Sleep until the next thing that happens by itself: a countdown tick or a time-out.
  if (still_there_since_ >= 0) {
    result.wake_after_seconds = 1.0 - std::fmod(now - still_there_since_, 1.0);
  } else if (journey_->step == JourneyStep::ThankYou) {
    result.wake_after_seconds =
        std::max(0.05, journey_->step_started_at + options_.thank_you_seconds - now);
  } else if (journey_holds_data()) {
    result.wake_after_seconds = std::max(0.05, last_activity_ + options_.inactivity_seconds - now);
  }
  if (staff_->active()) result.wake_after_seconds = staff_->seconds_until_idle(now);  // idle log-off
  if (journey_->submitting.valid()) frame.waiting = true;  // the check-in is still being saved
  if (frame.waiting) {
    result.waiting = true;
    result.wake_after_seconds = result.wake_after_seconds < 0 ? kPollSeconds : std::min(result.wake_after_seconds, kPollSeconds);
  }
  return result;
}

bool KioskUi::journey_holds_data() const {
  const PatientJourney& journey = *journey_;
  if (journey.step == JourneyStep::Submitting || journey.step == JourneyStep::FrontDesk) return false;
  return journey.step != JourneyStep::Welcome || !journey.session.patient.given_name.empty() ||
         !journey.session.patient.family_name.empty() || !journey.birth_date.empty() ||
         !journey.session.answers.empty();
}

void KioskUi::update_inactivity(double now, bool touched) {
  // While "Are you still there?" shows, only its button answers it (the overlay takes every
  // touch), so a stray touch cannot keep another person's data on screen.
  if (touched && still_there_since_ < 0) {
    last_activity_ = now;
    return;
  }
  if (journey_->step == JourneyStep::ThankYou &&
      now - journey_->step_started_at >= options_.thank_you_seconds) {
    start_over(now);
    return;
  }
  if (!journey_holds_data()) {
    still_there_since_ = -1.0;
    return;
  }
  if (still_there_since_ < 0 && now - last_activity_ >= options_.inactivity_seconds)
    still_there_since_ = now;
  if (still_there_since_ >= 0 && now - still_there_since_ >= options_.countdown_seconds)
    start_over(now);
}

void KioskUi::start_over(double now) {
  if (journey_->submitting.valid()) return;  // never while a submission reads the session
  journey_->wipe();
  journey_ = std::make_unique<PatientJourney>();
  journey_->step_started_at = now;
  still_there_since_ = -1.0;
  last_activity_ = now;
  language_ = options_.languages.front();
  larger_text_ = false;
}

void KioskUi::start_submission(double now) {
  PatientJourney& journey = *journey_;
  if (journey.session.form_id.empty()) journey.session.form_id = options_.form_id;
  journey.session.language = language_;
  journey.step = JourneyStep::Submitting;
  journey.step_started_at = now;
  journey.focused_field.clear();
  journey.keyboard.visible = false;
  if (!options_.submit) {
    journey.submitting = std::async(std::launch::deferred, [] {
      return Result<std::string>(Error{"This kiosk has no store to save check-ins to."});
    });
    return;
  }
  // The session is not touched by the UI while the worker reads it (Submitting shows only a
  // spinner, and start_over waits for the result).
  journey.submitting = std::async(std::launch::async, options_.submit, std::cref(journey.session));
}

void KioskUi::poll_submission(double now) {
  PatientJourney& journey = *journey_;
  if (!journey.submitting.valid()) return;
  if (journey.submitting.wait_for(std::chrono::seconds(0)) == std::future_status::deferred)
    journey.submitting.wait();
  else if (journey.submitting.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return;
  Result<std::string> outcome = journey.submitting.get();
  journey.step_started_at = now;
  if (outcome) {
    journey.record_id = *outcome;
    journey.step = JourneyStep::ThankYou;
    if (!submit_problem_.empty()) {
      submit_problem_.clear();
      update_kiosk_problems();
    }
  } else {
    // Everything entered stays in memory for staff to retry; nothing is written in plaintext.
    // The reason (store and submission messages never repeat what the patient gave) is kept for
    // staff: logged now, shown on the queue after a staff sign-in.
    journey.step = JourneyStep::FrontDesk;
    submit_problem_ = outcome.error().message;
    options_.log("a check-in could not be saved (code " + std::to_string(outcome.error().code) +
                 "): " + submit_problem_);
    update_kiosk_problems();
  }
}

void KioskUi::draw_frame_contents(UiFrame& frame) {
  if (staff_->active()) {  // staff mode covers patient mode entirely (issue 7)
    staff_->draw(frame);
    if (auto saved = staff_->take_saved_settings()) apply_settings(*saved);  // once it has closed
    return;
  }
  const forms::Form* active_form = form();
  if (journey_->step == JourneyStep::Welcome || active_form == nullptr) {
    draw_welcome(frame);
  } else {
    draw_journey(frame, *active_form);
  }
  draw_keyboard(frame);
  if (still_there_since_ >= 0) draw_still_there(frame);
}

void KioskUi::draw_welcome(UiFrame& frame) {
  ScreenChrome chrome;
  {
    ScreenWindow window(frame, "welcome", larger_text_, chrome);
    WelcomeView view{options_.clinic_name, {}, options_.languages, language_};
    view.available = form() != nullptr;
    for (const std::string& id : options_.active_forms)
      if (const forms::Form* offered = options_.catalog ? options_.catalog->find(id) : nullptr)
        view.treatments.push_back({id, forms::localized(offered->treatment.empty() ? offered->title : offered->treatment, language_)});
    WelcomeActions actions = draw_welcome_screen(frame, view);
    staff_->watch_welcome_press(frame, options_.clinic_name);  // 3 s on the clinic's name
    if (!actions.choose_language.empty()) language_ = actions.choose_language;
    // Why check-in is unavailable (the form files' own file:line messages) is for staff: the
    // patient sees only "please see the front desk"; staff see the details after sign-in.
    if (actions.start && view.available) {
      journey_->session.form_id = actions.start_form.empty() ? options_.form_id : actions.start_form;
      JourneyContext context{*journey_, *form(), options_.today()};
      go_to_step(context, JourneyStep::AboutYou, frame.now);
    }
  }
  if (chrome.larger_text_tapped) larger_text_ = !larger_text_;
}

void KioskUi::draw_journey(UiFrame& frame, const forms::Form& form) {
  PatientJourney& journey = *journey_;
  JourneyContext context{journey, form, options_.today()};
  journey.fields.clear();
  ScreenChrome chrome;
  bool submit = false;
  bool finish = false;
  bool retry = false;
  {
    static constexpr const char* kScreenIds[] = {
        "welcome", "about_you", "guardian", "questions", "before_consent", "consent",
        "review", "signature", "guardian_signature", "submitting", "thank_you", "front_desk"};
    ScreenWindow window(frame, kScreenIds[static_cast<int>(journey.step)], larger_text_, chrome);
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
  if (chrome.larger_text_tapped) larger_text_ = !larger_text_;
  if (submit || retry) start_submission(frame.now);
  if (finish) start_over(frame.now);
}

void KioskUi::draw_keyboard(UiFrame& frame) {
  PatientJourney& journey = *journey_;
  EditableField* focused = nullptr;
  for (auto& field : journey.fields)
    if (field.id == journey.focused_field) focused = &field;
  if (focused == nullptr) {
    journey.focused_field.clear();
    journey.keyboard.visible = false;
  } else {
    journey.keyboard_layout = focused->layout;
    if (journey.revealed_field != focused->id) {
      // Keep the field being edited above the keyboard.
      scroll_to_reveal(journey.scroll, focused->content_y0 - metrics_.px(60.f),
                       focused->content_y1 + metrics_.px(20.f));
      journey.revealed_field = focused->id;
    }
  }
  if (focused == nullptr) journey.revealed_field.clear();
  if (!journey.keyboard.visible && journey.keyboard.slide <= 0.f) return;
  std::string idle;  // what a keyboard sliding away edits: nothing
  std::string& target = focused ? *focused->text : idle;
  const KeyboardResult result = draw_onscreen_keyboard(
      frame, journey.keyboard, journey.keyboard_layout, target, focused ? focused->max_length : 0);
  if (result.done && focused) {
    // Done moves to the next field on the screen, or closes the keyboard after the last.
    auto it = std::find_if(journey.fields.begin(), journey.fields.end(),
                           [&](const EditableField& field) { return field.id == focused->id; });
    if (it != journey.fields.end() && std::next(it) != journey.fields.end()) {
      journey.focused_field = std::next(it)->id;
    } else {
      journey.focused_field.clear();
      journey.keyboard.visible = false;
    }
  }
}

void KioskUi::draw_still_there(UiFrame& frame) {
  const UiMetrics& m = frame.metrics;
  const int seconds_left = std::max(
      0, static_cast<int>(std::ceil(options_.countdown_seconds - (frame.now - still_there_since_))));
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(m.width, m.height));
  ImGui::SetNextWindowBgAlpha(0.f);
  ImGui::SetNextWindowFocus();  // above the screen and the keyboard, and takes every touch
  ImGui::Begin("still_there", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  frame.id_stack.emplace_back("still_there");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(0, 0), ImVec2(m.width, m.height), IM_COL32(20, 30, 35, 170));
  const float width = std::min(m.width - m.px(80.f), m.tx(1000.f));
  const float height = m.tx(440.f);
  const ImVec2 panel((m.width - width) * 0.5f, (m.height - height) * 0.5f);
  draw->AddRectFilled(panel, ImVec2(panel.x + width, panel.y + height), theme::kSurface, m.px(24.f));
  ImGui::SetCursorPos(ImVec2(panel.x + m.px(48.f), panel.y + m.px(48.f)));
  ImGui::BeginGroup();
  const float inner = width - m.px(96.f);
  centered_text(frame, frame.t("still_there.title"), frame.fonts.title, theme::kPrimary, inner);
  centered_text(frame,
                format_text(frame.t("still_there.line"), {{"seconds", std::to_string(seconds_left)}}),
                frame.fonts.body, theme::kText, inner);
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  ButtonOptions options;
  options.kind = ButtonKind::Primary;
  options.font = frame.fonts.heading;
  if (touch_button(frame, "im_here", frame.t("still_there.here"), ImVec2(inner, m.tx(130.f)), options)) {
    still_there_since_ = -1.0;
    last_activity_ = frame.now;
  }
  ImGui::EndGroup();
  frame.id_stack.pop_back();
  ImGui::End();
}

}  // namespace intake::ui
