// Settings (admins only): the clinic's name on the on-screen keyboard, the three
// time-outs with big - / + buttons (nothing typed, bounds from the core), the languages offered
// and the forms patients may fill in as toggles. Save goes through save_kiosk_settings, which
// checks everything again and audits each change; patient mode takes the saved settings when
// staff mode closes (StaffMode hands them to KioskUi).
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "forms/form.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "staff/staff_accounts.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

SettingsChoices choices_of(const UiFrame& frame, const StaffContext& context) {
  SettingsChoices choices;
  choices.languages = frame.strings.languages();
  if (context.catalog != nullptr)
    for (const auto& form : context.catalog->forms) choices.forms.push_back(form->id);
  return choices;
}

void load_draft(StaffState& state) {
  state.settings.problems.clear();
  auto loaded = load_kiosk_settings(*state.store);
  if (!loaded) {
    state.admin.message = loaded.error().message;
    return;
  }
  state.settings.draft = loaded->settings;
  state.settings.stored = loaded->settings;
  state.settings.problems = loaded->problems;
}

bool unsaved(const StaffState& state) {
  return state.settings.draft && state.settings.stored &&
         kiosk_setting_values(*state.settings.draft) != kiosk_setting_values(*state.settings.stored);
}

// "90 seconds", "2 minutes", "2 min 30 s".
std::string duration_words(UiFrame& frame, int seconds) {
  if (seconds < 60) return fmt::format(fmt::runtime(frame.t("staff.settings.seconds")), seconds);
  if (seconds % 60 == 0)
    return seconds == 60 ? frame.t("staff.settings.one_minute")
                         : fmt::format(fmt::runtime(frame.t("staff.settings.minutes")), seconds / 60);
  return fmt::format(fmt::runtime(frame.t("staff.settings.minutes_seconds")), seconds / 60, seconds % 60);
}

// A big - or + button. The sign is drawn as bars: the fonts have no minus sign glyph, and a
// hyphen is too small to read as one.
bool sign_button(UiFrame& frame, std::string_view id, bool plus, ImVec2 size, bool enabled) {
  const UiMetrics& m = frame.metrics;
  ButtonOptions options;
  options.enabled = enabled;
  const bool tapped = touch_button(frame, id, "", size, options);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
  const float half = m.tx(20.f), thick = m.tx(3.5f);
  const ImU32 colour = enabled ? theme::kText : theme::kDisabledText;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(centre.x - half, centre.y - thick), ImVec2(centre.x + half, centre.y + thick),
                      colour);
  if (plus)
    draw->AddRectFilled(ImVec2(centre.x - thick, centre.y - half), ImVec2(centre.x + thick, centre.y + half),
                        colour);
  return tapped;
}

// A label, a line saying what it does, then [-] value [+]. The buttons stop at the bounds.
void seconds_stepper(UiFrame& frame, std::string_view id, std::string_view label, std::string_view help,
                     double& value, SecondsBounds bounds, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, id);
  text_block(frame, label, frame.fonts.body_bold, theme::kText, width);
  text_block(frame, help, frame.fonts.small, theme::kMutedText, width);
  int seconds = std::clamp(static_cast<int>(std::lround(value)), bounds.minimum, bounds.maximum);
  const ImVec2 button(m.tx(120.f), m.tx(84.f));
  const float gap = m.px(16.f);
  if (sign_button(frame, "minus", false, button, seconds > bounds.minimum))
    seconds = std::max(bounds.minimum, seconds - bounds.step);
  ImGui::SameLine(0, gap);
  // The value between the buttons; drawn first, so the row's last item is the box itself.
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float value_width = std::max(m.tx(300.f), width - 2 * button.x - 2 * gap);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + value_width, at.y + button.y), theme::kSurface, m.px(12.f));
  draw->AddRect(at, ImVec2(at.x + value_width, at.y + button.y), theme::kBorder, m.px(12.f), 0, m.px(1.5f));
  const std::string shown = duration_words(frame, seconds);
  const ImVec2 size =
      frame.fonts.heading->CalcTextSizeA(frame.fonts.heading->FontSize, FLT_MAX, 0.f, shown.c_str());
  text_at(frame, ImVec2(at.x + (value_width - size.x) * 0.5f, at.y + (button.y - size.y) * 0.5f), shown,
          frame.fonts.heading, theme::kText);
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(ImVec2(value_width, button.y));
  ImGui::SameLine(0, gap);
  if (sign_button(frame, "plus", true, button, seconds < bounds.maximum))
    seconds = std::min(bounds.maximum, seconds + bounds.step);
  value = seconds;
  ImGui::Dummy(ImVec2(0, m.px(6.f)));
}

// One toggle per choice, side by side; refuses (with the core's sentence) to turn off the last.
void choice_toggles(UiFrame& frame, StaffState& state, std::string_view id, const std::string& key,
                    const std::vector<std::pair<std::string, std::string>>& choices,
                    std::vector<std::string>& on, const SettingsChoices& all, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, id);
  const float gap = m.px(20.f);
  const std::size_t per_row = 2;
  const float toggle_width = (width - gap * (per_row - 1)) / per_row;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i % per_row != 0) ImGui::SameLine(0, gap);
    const auto& [code, label] = choices[i];
    const auto found = std::find(on.begin(), on.end(), code);
    ButtonOptions options;
    options.kind = ButtonKind::Choice;
    options.checkbox = true;
    options.selected = found != on.end();
    if (!touch_button(frame, code, label, ImVec2(toggle_width, m.tx(84.f)), options)) continue;
    state.admin.notice.clear();
    state.admin.message.clear();
    if (found == on.end()) {
      on.push_back(code);
    } else if (on.size() == 1) {
      // The core refuses an empty list; say so in the screen's language.
      if (!check_kiosk_setting(key, "", all).empty())
        state.admin.message =
            frame.t(key == "languages" ? "staff.settings.one_language" : "staff.settings.one_form");
    } else {
      on.erase(found);
    }
  }
  ImGui::Dummy(ImVec2(0, m.px(10.f)));
}

void save(UiFrame& frame, StaffState& state, const StaffContext& context) {
  state.admin.message.clear();
  state.admin.notice.clear();
  state.focus.clear();
  auto changed = save_kiosk_settings(*state.store, *state.settings.draft, choices_of(frame, context),
                                     staff::staff_actor(*state.member));
  if (!changed) {
    state.admin.message = error_text(frame, changed.error());
    return;
  }
  if (*changed == 0) {
    state.admin.notice = frame.t("staff.settings.nothing_changed");
    return;
  }
  load_draft(state);  // what the store now holds, as patient mode will read it
  if (state.settings.draft) state.saved_settings = state.settings.draft;
  state.admin.notice = frame.t("staff.settings.saved");
}

}  // namespace

StaffAction draw_settings_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "settings");
  if (!state.settings.draft && state.admin.message.empty()) load_draft(state);
  const bool back =
      admin_title_row(frame, frame.t("staff.settings.title"), "back", frame.t("staff.admin.back"));
  if (back && (!unsaved(state) || state.settings.leave_armed)) {
    state.close_admin();
    state.settings.draft.reset();
    state.settings.stored.reset();
    state.admin.notice.clear();
    state.screen = StaffScreen::Queue;
    state.queue.stale = true;
    return StaffAction::none;
  }
  if (back) {
    state.settings.leave_armed = true;
    state.admin.notice.clear();
    state.admin.message = frame.t("staff.settings.unsaved_leave");
  }
  if (!state.settings.draft) {  // the store could not be read: say why, offer only Back
    admin_outcome(frame, state.admin);
    return StaffAction::none;
  }
  for (const auto& problem : state.settings.problems) muted_text(frame, problem);
  KioskSettings& draft = *state.settings.draft;
  const SettingsChoices all = choices_of(frame, context);
  const float gap = m.px(80.f);
  const float column = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  const ImVec2 top = ImGui::GetCursorPos();

  {
    ScopedGroup group;
    staff_text_input(frame, state, "clinic_name", frame.t("staff.settings.clinic_name"), draft.clinic_name,
                     column);
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    text_block(frame, frame.t("staff.settings.languages"), frame.fonts.body_bold, theme::kText, column);
    text_block(frame, frame.t("staff.settings.languages_help"), frame.fonts.small, theme::kMutedText, column);
    std::vector<std::pair<std::string, std::string>> languages;
    for (const auto& code : all.languages)
      languages.emplace_back(code, frame.strings.get(code, "language.name"));
    choice_toggles(frame, state, "languages", "languages", languages, draft.languages, all, column);
    text_block(frame, frame.t("staff.settings.forms"), frame.fonts.body_bold, theme::kText, column);
    std::vector<std::pair<std::string, std::string>> forms;
    if (context.catalog != nullptr)
      for (const auto& form : context.catalog->forms)
        forms.emplace_back(form->id, forms::localized(form->title, frame.language));
    choice_toggles(frame, state, "forms", "active_forms", forms, draft.active_forms, all, column);
    // Save under the left column (the right one is the taller).
    ImGui::Dummy(ImVec2(0, m.px(8.f)));
    ButtonOptions options;
    options.kind = ButtonKind::Primary;
    if (touch_button(frame, "save", frame.t("staff.settings.save"),
                     ImVec2(column, admin_primary_height(frame)), options))
      save(frame, state, context);
    if (unsaved(state) && state.admin.message.empty()) muted_text(frame, frame.t("staff.settings.unsaved"));
    // The FHIR server has a screen of its own (its own Save, a secret typed there).
    ImGui::Dummy(ImVec2(0, m.px(20.f)));
    if (touch_button(frame, "fhir_server", frame.t("staff.settings.fhir_open"),
                     ImVec2(column, admin_button_height(frame)))) {
      state.focus.clear();
      go_to_admin_screen(state, StaffScreen::FhirSettings);
    }
  }

  ImGui::SetCursorPos(ImVec2(top.x + column + gap, top.y));
  {
    ScopedGroup group;
    const double before_idle = draft.patient_idle_seconds, before_warning = draft.patient_warning_seconds,
                 before_staff = draft.staff_idle_seconds;
    seconds_stepper(frame, "patient_idle", frame.t("staff.settings.patient_idle"),
                    frame.t("staff.settings.patient_idle_help"), draft.patient_idle_seconds,
                    kPatientIdleBounds, column);
    seconds_stepper(frame, "patient_warning", frame.t("staff.settings.patient_warning"),
                    frame.t("staff.settings.patient_warning_help"), draft.patient_warning_seconds,
                    kPatientWarningBounds, column);
    seconds_stepper(frame, "staff_idle", frame.t("staff.settings.staff_idle"),
                    frame.t("staff.settings.staff_idle_help"), draft.staff_idle_seconds, kStaffIdleBounds,
                    column);
    if (draft.patient_idle_seconds != before_idle || draft.patient_warning_seconds != before_warning ||
        draft.staff_idle_seconds != before_staff) {
      state.admin.notice.clear();
      state.settings.leave_armed = false;
    }
    // The outcome of Save (or why not) under the right column, which reaches the window's edge.
    admin_outcome(frame, state.admin);
  }
  return StaffAction::none;
}

}  // namespace intake::ui
