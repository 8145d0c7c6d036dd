// Staff accounts (issue 7 item 2, admins only): every account with its role and whether it can
// sign in; disable / enable, a new PIN typed twice on the sign-in screen's PIN pad, and "Add
// staff" (name on the on-screen keyboard, role as three big buttons, PIN twice). The rules
// (who may, never the last enabled admin, never oneself) are the core's (staff/staff_accounts).
#include <imgui.h>
#include <fmt/format.h>

#include <algorithm>

#include "staff/staff_accounts.hpp"
#include "store/store_error.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

constexpr std::int64_t kAccountsPageSize = 5;  // with the title and a message, fits 1080 px

void go_to(StaffState& state, StaffScreen screen) {
  state.close_admin();
  state.screen = screen;
}

void load_accounts(StaffState& state) {
  state.accounts_stale = false;
  auto accounts = store::list_staff(*state.store);
  if (!accounts) {
    state.admin_message = accounts.error().message;
    return;
  }
  state.accounts = std::move(*accounts);
  const std::int64_t pages =
      std::max<std::int64_t>(1, (static_cast<std::int64_t>(state.accounts.size()) + kAccountsPageSize - 1) / kAccountsPageSize);
  state.accounts_page = std::clamp<std::int64_t>(state.accounts_page, 0, pages - 1);
}

std::string role_word(UiFrame& frame, store::StaffRole role) {
  return frame.t(std::string("staff.role.") + store::to_string(role));
}

// One account: name and role, whether it can sign in, then its two buttons.
void account_row(UiFrame& frame, StaffState& state, const store::StaffMember& member, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, member.name);
  const float height = m.tx(96.f);  // five rows, a message and the page buttons fit 1080 px
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::kSurface, m.px(12.f));
  draw->AddRect(at, ImVec2(at.x + width, at.y + height), theme::kBorder, m.px(12.f), 0, m.px(1.5f));

  const float pad = m.px(28.f);
  const bool you = state.member && member.id == state.member->id;
  const std::string name = you ? member.name + "  " + frame.t("staff.accounts.you") : member.name;
  text_at(frame, ImVec2(at.x + pad, at.y + m.px(10.f)), name, frame.fonts.body_bold, theme::kText);
  text_at(frame, ImVec2(at.x + pad, at.y + height * 0.5f + m.px(4.f)), role_word(frame, member.role),
          frame.fonts.small, theme::kMutedText);

  const bool locked = staff::is_locked(member);
  const std::string status = frame.t(member.disabled ? "staff.accounts.disabled"
                                     : locked        ? "staff.accounts.locked"
                                                     : "staff.accounts.enabled");
  text_at(frame, ImVec2(at.x + width * 0.36f, at.y + (height - frame.fonts.body_bold->FontSize) * 0.5f), status,
          frame.fonts.body_bold, member.disabled || locked ? theme::kAttention : theme::kPrimary);

  const float button_height = admin_button_height(frame);
  const float gap = m.px(20.f);
  const float toggle_width = m.tx(260.f), pin_width = m.tx(260.f);
  ImGui::SetCursorScreenPos(
      ImVec2(at.x + width - pad - toggle_width - gap - pin_width, at.y + (height - button_height) * 0.5f));
  if (touch_button(frame, "reset_pin", frame.t("staff.accounts.reset_pin"), ImVec2(pin_width, button_height))) {
    go_to(state, StaffScreen::ResetPin);
    state.account_id = member.id;
    state.account_name = member.name;
    state.new_pin_step = 1;
    state.admin_notice.clear();
  }
  ImGui::SameLine(0, gap);
  const bool disable = !member.disabled;
  if (touch_button(frame, disable ? "disable" : "enable",
                   frame.t(disable ? "staff.accounts.disable" : "staff.accounts.enable"),
                   ImVec2(toggle_width, button_height))) {
    state.admin_message.clear();
    state.admin_notice.clear();
    auto done = staff::set_account_disabled(*state.store, *state.member, member.id, disable);
    if (done) {
      state.admin_notice = fmt::format(
          fmt::runtime(frame.t(disable ? "staff.accounts.disabled_done" : "staff.accounts.enabled_done")),
          member.name);
    } else if (done.error().message == store::last_admin_message(member.name)) {
      state.admin_message = fmt::format(fmt::runtime(frame.t("staff.accounts.last_admin")), member.name);
    } else if (done.error().code == store::kExitStaffDenied && you) {
      state.admin_message = frame.t("staff.accounts.not_yourself");
    } else {
      state.admin_message = done.error().message;
    }
    state.accounts_stale = true;
  }
  ImGui::SetCursorScreenPos(after);
}

// The PIN step of Add staff and of a new PIN: the pad, then the same PIN again. Returns true
// when the second PIN was entered (new_pin_first and new_pin hold both).
bool pin_twice(UiFrame& frame, StaffState& state, std::string_view first_prompt, float width) {
  body_text(frame, state.new_pin_step == 1 ? first_prompt : frame.t("staff.add.pin_again"));
  if (!pin_pad(frame, state.new_pin, width)) return false;
  state.admin_message.clear();
  if (state.new_pin_step == 1) {
    state.new_pin_first = state.new_pin;
    secure_wipe(state.new_pin);
    state.new_pin_step = 2;
    return false;
  }
  return true;
}

// The core's refusals staff meet here, in the screen's language (the core words them in
// English); anything else (a store failure) as the core wrote it.
std::string refusal_text(UiFrame& frame, const Error& error, bool pins_differ, const std::string& name) {
  if (pins_differ) return frame.t("staff.accounts.pins_differ");
  if (error.code == store::kExitAlreadyExists)
    return fmt::format(fmt::runtime(frame.t("staff.accounts.name_taken")), name);
  return error.message;
}

void forget_pins(StaffState& state) {
  secure_wipe(state.new_pin);
  secure_wipe(state.new_pin_first);
}

}  // namespace

void draw_admin_buttons(UiFrame& frame, StaffState& state, ImVec2 right_end) {
  if (!state.member) return;
  const UiMetrics& m = frame.metrics;
  const bool accounts = store::staff_may(state.member->role, store::StaffPermission::manage_staff);
  const bool settings = store::staff_may(state.member->role, store::StaffPermission::change_settings);
  if (!accounts && !settings) return;
  const float width = m.tx(300.f), gap = m.px(20.f);
  const ImVec2 keep = ImGui::GetCursorPos();
  float x = right_end.x - (accounts && settings ? 2 * width + gap : width);
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  if (accounts) {
    ImGui::SetCursorPos(ImVec2(x, right_end.y));
    if (touch_button(frame, "staff_accounts", frame.t("staff.admin.accounts"), ImVec2(width, admin_button_height(frame)),
                     options)) {
      go_to(state, StaffScreen::Accounts);
      state.accounts_stale = true;
      state.admin_notice.clear();
    }
    x += width + gap;
  }
  if (settings) {
    ImGui::SetCursorPos(ImVec2(x, right_end.y));
    if (touch_button(frame, "settings", frame.t("staff.admin.settings"), ImVec2(width, admin_button_height(frame)),
                     options)) {
      go_to(state, StaffScreen::Settings);
      state.settings_draft.reset();  // loaded afresh from the store
      state.admin_notice.clear();
    }
  }
  ImGui::SetCursorPos(keep);
}

StaffAction draw_staff_accounts_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "accounts");
  if (state.accounts_stale) load_accounts(state);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 top = ImGui::GetCursorPos();
  const bool back = admin_title_row(frame, frame.t("staff.accounts.title"), "back", frame.t("staff.admin.back"));
  const ImVec2 below_title = ImGui::GetCursorPos();
  // "Add staff" on the title row, left of Back, so the list has the height for a page.
  ImGui::SetCursorPos(ImVec2(top.x + width - m.tx(300.f) - m.px(24.f) - m.tx(360.f), top.y));
  ButtonOptions add_options;
  add_options.kind = ButtonKind::Primary;
  const bool add = touch_button(frame, "add_staff", frame.t("staff.accounts.add"),
                                ImVec2(m.tx(360.f), admin_button_height(frame)), add_options);
  ImGui::SetCursorPos(below_title);
  if (add) {
    go_to(state, StaffScreen::AddStaff);
    state.admin_notice.clear();
    return StaffAction::none;
  }
  ImGui::Dummy(ImVec2(0, m.px(8.f)));
  admin_outcome(frame, state);
  text_block(frame, fmt::format(fmt::runtime(frame.t("staff.accounts.count")), state.accounts.size()),
             frame.fonts.small, theme::kMutedText);
  {
    ScopedId rows(frame, "rows");
    const std::size_t first = static_cast<std::size_t>(state.accounts_page * kAccountsPageSize);
    // A copy: a tap reloads the list (accounts_stale) only on the next frame, but be safe.
    const std::vector<store::StaffMember> shown(
        state.accounts.begin() + static_cast<std::ptrdiff_t>(std::min(first, state.accounts.size())),
        state.accounts.begin() + static_cast<std::ptrdiff_t>(std::min(first + kAccountsPageSize, state.accounts.size())));
    for (const auto& member : shown) {
      if (state.screen != StaffScreen::Accounts) break;  // a row's button moved on
      account_row(frame, state, member, width);
    }
  }
  const std::int64_t pages = std::max<std::int64_t>(
      1, (static_cast<std::int64_t>(state.accounts.size()) + kAccountsPageSize - 1) / kAccountsPageSize);
  if (pages > 1 && state.screen == StaffScreen::Accounts) {
    ImGui::Dummy(ImVec2(0, m.px(4.f)));
    ButtonOptions options;
    options.enabled = state.accounts_page > 0;
    if (touch_button(frame, "previous_page", frame.t("staff.queue.previous"), ImVec2(m.tx(300.f), admin_button_height(frame)),
                     options))
      --state.accounts_page;
    ImGui::SameLine(0, m.px(24.f));
    text_block(frame, fmt::format(fmt::runtime(frame.t("staff.queue.page")), state.accounts_page + 1, pages),
               frame.fonts.body, theme::kText, m.tx(300.f));
    ImGui::SameLine(0, m.px(24.f));
    options.enabled = state.accounts_page + 1 < pages;
    if (touch_button(frame, "next_page", frame.t("staff.queue.next"), ImVec2(m.tx(300.f), admin_button_height(frame)),
                     options))
      ++state.accounts_page;
  }
  if (back) {
    go_to(state, StaffScreen::Queue);
    state.admin_notice.clear();
    state.queue_stale = true;
  }
  return StaffAction::none;
}

StaffAction draw_add_staff_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "add_staff");
  const bool cancel = admin_title_row(frame, frame.t("staff.add.title"), "cancel", frame.t("staff.cancel"));
  const float column = std::min(m.tx(720.f), (ImGui::GetContentRegionAvail().x - m.px(80.f)) * 0.5f);
  if (state.new_pin_step == 0) {
    const ImVec2 top = ImGui::GetCursorPos();
    ImGui::BeginGroup();
    staff_text_input(frame, state, "name", frame.t("staff.add.name"), state.new_name, column);
    admin_outcome(frame, state);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(top.x + column + m.px(80.f), top.y));
    ImGui::BeginGroup();
    text_block(frame, frame.t("staff.add.role"), frame.fonts.body_bold, theme::kText);
    {
      ScopedId roles(frame, "role");
      for (store::StaffRole role :
           {store::StaffRole::front_desk, store::StaffRole::practitioner, store::StaffRole::admin}) {
        const std::string key = std::string("staff.add.role.") + store::to_string(role);
        ButtonOptions options;
        options.kind = ButtonKind::Choice;
        options.selected = state.new_role == role;
        options.font = frame.fonts.heading;
        if (touch_button(frame, store::to_string(role), frame.t(key), ImVec2(column, m.tx(100.f)), options))
          state.new_role = role;
        text_block(frame, frame.t(key + "_does"), frame.fonts.small, theme::kMutedText, column);
        ImGui::Dummy(ImVec2(0, m.px(6.f)));
      }
    }
    ImGui::Dummy(ImVec2(0, m.px(10.f)));
    ButtonOptions next;
    next.kind = ButtonKind::Primary;
    next.enabled = state.new_name.find_first_not_of(' ') != std::string::npos && state.new_role.has_value();
    if (touch_button(frame, "next", frame.t("nav.next"), ImVec2(column, admin_primary_height(frame)), next)) {
      state.new_pin_step = 1;
      state.admin_message.clear();
      state.focused_field.clear();
      state.keyboard.visible = false;
    }
    ImGui::EndGroup();
  } else {
    const std::string who = state.new_name + " (" + role_word(frame, *state.new_role) + ")";
    text_block(frame, who, frame.fonts.body_bold, theme::kText);
    const bool entered = pin_twice(
        frame, state, fmt::format(fmt::runtime(frame.t("staff.add.pin")), state.new_name), column);
    if (entered) {
      auto added = staff::add_account(*state.store, *state.member, state.new_name, *state.new_role,
                                      state.new_pin_first, state.new_pin);
      const bool pins_differ = state.new_pin_first != state.new_pin;
      forget_pins(state);
      if (added) {
        const std::string notice = fmt::format(fmt::runtime(frame.t("staff.accounts.added")), state.new_name,
                                               role_word(frame, *state.new_role));
        go_to(state, StaffScreen::Accounts);
        state.admin_notice = notice;
        state.accounts_stale = true;
        return StaffAction::none;
      }
      // A PIN typed differently asks for the PIN again; anything else (a name taken) is about
      // the name, so it goes back to the name with the reason shown there.
      state.admin_message = refusal_text(frame, added.error(), pins_differ, state.new_name);
      state.new_pin_step = pins_differ ? 1 : 0;
    }
    admin_outcome(frame, state);
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    ButtonOptions back;
    back.font = frame.fonts.body_bold;
    if (touch_button(frame, "back", frame.t("staff.add.back"), ImVec2(m.tx(300.f), admin_button_height(frame)), back)) {
      forget_pins(state);
      state.new_pin_step = 0;
      state.admin_message.clear();
    }
  }
  if (cancel) {
    go_to(state, StaffScreen::Accounts);
    state.accounts_stale = true;
  }
  return StaffAction::none;
}

StaffAction draw_reset_pin_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "reset_pin");
  const bool cancel = admin_title_row(frame, fmt::format(fmt::runtime(frame.t("staff.reset.title")), state.account_name),
                                      "cancel", frame.t("staff.cancel"));
  body_text(frame, frame.t("staff.reset.intro"));
  const float column = std::min(m.tx(720.f), ImGui::GetContentRegionAvail().x);
  if (pin_twice(frame, state, frame.t("staff.reset.pin"), column)) {
    auto done = staff::reset_account_pin(*state.store, *state.member, state.account_id, state.new_pin_first,
                                         state.new_pin);
    const bool pins_differ = state.new_pin_first != state.new_pin;
    forget_pins(state);
    if (done) {
      const std::string notice = fmt::format(fmt::runtime(frame.t("staff.accounts.pin_done")), state.account_name);
      go_to(state, StaffScreen::Accounts);
      state.admin_notice = notice;
      state.accounts_stale = true;
      return StaffAction::none;
    }
    state.admin_message = refusal_text(frame, done.error(), pins_differ, state.account_name);
    state.new_pin_step = 1;
  }
  admin_outcome(frame, state);
  if (cancel) {
    go_to(state, StaffScreen::Accounts);
    state.accounts_stale = true;
  }
  return StaffAction::none;
}

std::string* admin_focused_value(StaffState& state) {
  if (state.screen == StaffScreen::AddStaff && state.focused_field == "name") return &state.new_name;
  if (state.screen == StaffScreen::Settings && state.focused_field == "clinic_name" && state.settings_draft)
    return &state.settings_draft->clinic_name;
  return nullptr;
}

}  // namespace intake::ui
