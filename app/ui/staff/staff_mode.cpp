#include "ui/staff/staff_mode.hpp"

#include <imgui.h>

#include <algorithm>

#include "store/settings.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"

namespace intake::ui {
namespace {

// Opens staff mode's own connection and decides between first run and sign-in.
void open_state(StaffState& state, const StaffModeOptions& options, const Clock& clock) {
  if (options.data_dir.empty()) {
    state.store_problem =
        Error{"This kiosk has no store, so staff mode is not available.", 1, "staff.no_store"};
    return;
  }
  auto store = store::open_store(options.data_dir, {options.credentials_dir}, clock);
  if (!store) {
    state.store_problem = store.error();
    return;
  }
  state.store.emplace(std::move(*store));
  auto admins = store::count_active_admins(*state.store);
  if (!admins) {
    state.store_problem = admins.error();
    state.store.reset();
    return;
  }
  if (auto order = store::get_setting(*state.store, "date_order"); order && *order)
    state.date_order = parse_date_order(**order).value_or(DateOrder::day_first);
  if (*admins == 0) {
    state.screen = StaffScreen::FirstAdmin;
    if (auto loaded = load_kiosk_settings(*state.store)) {  // what a CLI set up already
      const KioskSettings& settings = loaded->settings;
      if (settings.clinic_name != kDefaultClinicName) state.first_admin.clinic_name = settings.clinic_name;
      state.first_admin.clinic_address = settings.clinic_address;
      state.first_admin.clinic_phone = settings.clinic_phone;
      state.first_admin.clinic_out_of_hours_phone = settings.clinic_out_of_hours_phone;
    }
    return;
  }
  if (auto staff = store::list_staff(*state.store))
    for (const auto& member : *staff)
      if (!member.disabled) state.sign_in.staff_names.push_back(member.name);
}

bool touched_this_frame(const UiFrame& frame) {
  return !frame.pointer.frame_events().empty() || !ImGui::GetIO().InputQueueCharacters.empty();
}

}  // namespace

StaffMode::StaffMode(StaffModeOptions options, Clock clock, std::shared_ptr<const forms::FormCatalog> catalog,
                     std::filesystem::path fonts_dir)
    : options_(std::move(options)),
      clock_(std::move(clock)),
      catalog_(std::move(catalog)),
      fonts_dir_(std::move(fonts_dir)) {}

StaffMode::~StaffMode() { close(); }

bool StaffMode::active() const { return state_ != nullptr; }

void StaffMode::close() {
  if (state_) state_->wipe();
  state_.reset();
  press_started_ = -1.0;
}

void StaffMode::watch_welcome_press(UiFrame& frame, const std::string& clinic_name) {
  const ProbeText* name = nullptr;
  for (const auto& text : frame.probe.texts)
    if (text.text == clinic_name) name = &text;
  const PointerInput& pointer = frame.pointer;
  const bool on_name = name != nullptr && pointer.is_down() && pointer.x() >= name->rect.x0 &&
                       pointer.x() <= name->rect.x1 && pointer.y() >= name->rect.y0 &&
                       pointer.y() <= name->rect.y1;
  if (!on_name) {
    press_started_ = -1.0;
    return;
  }
  if (press_started_ < 0) press_started_ = frame.now;
  frame.animating = true;  // keep drawing while the finger is held, so the 3 s are noticed
  if (frame.now - press_started_ < options_.press_seconds) return;
  open(frame.now);
}

void StaffMode::open(double now) {
  press_started_ = -1.0;
  state_ = std::make_unique<StaffState>();
  state_->last_touch = now;
  state_->kiosk_problems = kiosk_problems_;
  open_state(*state_, options_, clock_);
}

std::optional<KioskSettings> StaffMode::take_saved_settings() {
  if (active()) return std::nullopt;
  std::optional<KioskSettings> saved = std::move(saved_settings_);
  saved_settings_.reset();
  return saved;
}

double StaffMode::seconds_until_idle(double now) const {
  if (!state_) return -1.0;
  double wait = state_->last_touch + options_.idle_seconds - now;
  // The queue's FHIR delivery line changes by itself (the worker sends): wake to read it again.
  if (state_->screen == StaffScreen::Queue && !state_->queue.delivery.text.empty())
    wait = std::min(wait, state_->queue.delivery.read_at + kDeliveryLineRefreshSeconds - now);
  return std::max(0.05, wait);
}

void StaffMode::draw(UiFrame& frame) {
  if (!state_) return;
  StaffState& state = *state_;
  if (touched_this_frame(frame)) state.last_touch = frame.now;
  if (frame.now - state.last_touch >= options_.idle_seconds) {
    close();  // idle: log off and wipe; Welcome shows from the next frame
    frame.animating = true;
    return;
  }
  const StaffContext context{catalog_.get(),           fonts_dir_,  clock_.today(),   &options_.textures,
                             options_.credentials_dir, clock_.zone, state.date_order, clock_.now(),
                             &options_.export_search};
  const StaffScreen before = state.screen;
  StaffAction action = StaffAction::none;
  state.focus.begin_frame();
  {
    ScopedFullscreenWindow window(
        "staff", ImVec2(frame.metrics.width, frame.metrics.height),
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
            ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ScopedProbePath path(frame, "staff");
    switch (state.screen) {
      case StaffScreen::SignIn: action = draw_staff_sign_in_screen(frame, state, context); break;
      case StaffScreen::FirstAdmin: action = draw_first_admin_screen(frame, state, context); break;
      case StaffScreen::Queue: action = draw_staff_queue_screen(frame, state, context); break;
      case StaffScreen::Record: action = draw_staff_record_screen(frame, state, context); break;
      case StaffScreen::Days: action = draw_staff_days_screen(frame, state, context); break;
      case StaffScreen::Export: action = draw_staff_export_screen(frame, state, context); break;
      case StaffScreen::Accounts: action = draw_staff_accounts_screen(frame, state, context); break;
      case StaffScreen::AddStaff: action = draw_add_staff_screen(frame, state, context); break;
      case StaffScreen::ResetPin: action = draw_reset_pin_screen(frame, state, context); break;
      case StaffScreen::Settings: action = draw_settings_screen(frame, state, context); break;
      case StaffScreen::FhirSettings: action = draw_fhir_settings_screen(frame, state, context); break;
    }
  }
  if (state.saved_settings) {
    // Staff mode's own time-out follows at once; patient mode takes them when staff mode closes.
    options_.idle_seconds = state.saved_settings->staff_idle_seconds;
    saved_settings_ = std::move(state.saved_settings);
    state.saved_settings.reset();
  }
  if (action == StaffAction::close) {
    close();
    frame.animating = true;
    return;
  }
  if (state.screen != before) state.focus.clear();
  if (draw_focus_keyboard(frame, state.focus, nullptr).changed && state.screen == StaffScreen::Queue) {
    state.queue.page = 0;
    state.queue.stale = true;
  }
}

}  // namespace intake::ui
