// Staff accounts (admins only): every account with its role and whether it can sign in;
// disable / enable, and the ways to "Add staff" (add_staff_screen.cpp) and to a new PIN
// (reset_pin_screen.cpp). The rules (who may, never the last enabled admin, never oneself) are
// the core's (staff/staff_accounts).
#include "ui/staff/staff_accounts_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "staff/staff_accounts.hpp"
#include "store/store_error.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

constexpr std::int64_t kAccountsPageSize = 5;  // with the title and a message, fits 1080 px

void load_accounts(StaffState& state) {
  state.accounts.stale = false;
  auto accounts = store::list_staff(*state.store);
  if (!accounts) {
    state.admin.message = accounts.error().message;
    return;
  }
  state.accounts.list = std::move(*accounts);
  const std::int64_t pages = std::max<std::int64_t>(
      1, (static_cast<std::int64_t>(state.accounts.list.size()) + kAccountsPageSize - 1) / kAccountsPageSize);
  state.accounts.page = std::clamp<std::int64_t>(state.accounts.page, 0, pages - 1);
}

// Disables or enables `member` through the core, saying what happened or why not.
void change_disabled(UiFrame& frame, StaffState& state, const store::StaffMember& member, bool disable) {
  const bool you = state.member && member.id == state.member->id;
  auto done = staff::set_account_disabled(*state.store, *state.member, member.id, disable);
  if (done) {
    state.admin.notice = fmt::format(
        fmt::runtime(frame.t(disable ? "staff.accounts.disabled_done" : "staff.accounts.enabled_done")),
        member.name);
  } else if (done.error().message == store::last_admin_message(member.name)) {
    state.admin.message = fmt::format(fmt::runtime(frame.t("staff.accounts.last_admin")), member.name);
  } else if (done.error().code == store::kExitStaffDenied && you) {
    state.admin.message = frame.t("staff.accounts.not_yourself");
  } else {
    state.admin.message = error_text(frame, done.error());
  }
  state.accounts.stale = true;
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

  const float button_height = admin_button_height(frame);
  const float gap = m.px(20.f);
  const float toggle_width = m.tx(260.f), pin_width = m.tx(260.f);
  const float status_x = at.x + width * 0.36f;
  const ImVec2 buttons(at.x + width - pad - toggle_width - gap - pin_width,
                       at.y + (height - button_height) * 0.5f);
  if (state.accounts.confirm_disable == member.id && !member.disabled) {
    // Disable was tapped: the row asks, with what it means, and "Keep" / "Yes, disable".
    draw->AddRectFilled(ImVec2(status_x - m.px(16.f), at.y + m.px(6.f)),
                        ImVec2(buttons.x - gap, at.y + height - m.px(6.f)), theme::kAttentionFill, m.px(8.f));
    text_at(frame, ImVec2(status_x, at.y + m.px(10.f)),
            fmt::format(fmt::runtime(frame.t("staff.accounts.disable_question")), member.name),
            frame.fonts.body_bold, theme::kAttention);
    text_at(frame, ImVec2(status_x, at.y + height * 0.5f + m.px(4.f)),
            frame.t("staff.accounts.disable_means"), frame.fonts.small, theme::kAttention);
    ImGui::SetCursorScreenPos(buttons);
    if (touch_button(frame, "keep", frame.t("staff.accounts.keep"), ImVec2(pin_width, button_height)))
      state.accounts.confirm_disable = 0;
    ImGui::SameLine(0, gap);
    ButtonOptions yes;
    yes.kind = ButtonKind::Primary;
    if (touch_button(frame, "confirm_disable", frame.t("staff.accounts.confirm_disable"),
                     ImVec2(toggle_width, button_height), yes)) {
      state.accounts.confirm_disable = 0;
      change_disabled(frame, state, member, true);
    }
    ImGui::SetCursorScreenPos(after);
    return;
  }

  const bool locked = staff::is_locked(member, state.store->clock().now());
  const std::string status = frame.t(member.disabled ? "staff.accounts.disabled"
                                     : locked        ? "staff.accounts.locked"
                                                     : "staff.accounts.enabled");
  text_at(frame, ImVec2(status_x, at.y + (height - frame.fonts.body_bold->FontSize) * 0.5f), status,
          frame.fonts.body_bold, member.disabled || locked ? theme::kAttention : theme::kPrimary);

  ImGui::SetCursorScreenPos(buttons);
  if (touch_button(frame, "reset_pin", frame.t("staff.accounts.reset_pin"),
                   ImVec2(pin_width, button_height))) {
    go_to_admin_screen(state, StaffScreen::ResetPin);
    state.reset_pin.account_id = member.id;
    state.reset_pin.account_name = member.name;
    state.reset_pin.pins.step = 1;
    state.admin.notice.clear();
  }
  ImGui::SameLine(0, gap);
  const bool disable = !member.disabled;
  if (touch_button(frame, disable ? "disable" : "enable",
                   frame.t(disable ? "staff.accounts.disable" : "staff.accounts.enable"),
                   ImVec2(toggle_width, button_height))) {
    state.admin.message.clear();
    state.admin.notice.clear();
    if (disable && !you)
      state.accounts.confirm_disable = member.id;  // asks first (one's own is refused at once)
    else
      change_disabled(frame, state, member, disable);
  }
  ImGui::SetCursorScreenPos(after);
}

}  // namespace

StaffAction draw_staff_accounts_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "accounts");
  if (state.accounts.stale) load_accounts(state);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 top = ImGui::GetCursorPos();
  const bool back =
      admin_title_row(frame, frame.t("staff.accounts.title"), "back", frame.t("staff.admin.back"));
  const ImVec2 below_title = ImGui::GetCursorPos();
  // "Add staff" on the title row, left of Back, so the list has the height for a page.
  ImGui::SetCursorPos(ImVec2(top.x + width - m.tx(300.f) - m.px(24.f) - m.tx(360.f), top.y));
  ButtonOptions add_options;
  add_options.kind = ButtonKind::Primary;
  const bool add = touch_button(frame, "add_staff", frame.t("staff.accounts.add"),
                                ImVec2(m.tx(360.f), admin_button_height(frame)), add_options);
  ImGui::SetCursorPos(below_title);
  if (add) {
    go_to_admin_screen(state, StaffScreen::AddStaff);
    state.admin.notice.clear();
    return StaffAction::none;
  }
  ImGui::Dummy(ImVec2(0, m.px(8.f)));
  admin_outcome(frame, state.admin);
  text_block(frame, fmt::format(fmt::runtime(frame.t("staff.accounts.count")), state.accounts.list.size()),
             frame.fonts.small, theme::kMutedText);
  {
    ScopedId rows(frame, "rows");
    const std::size_t first = static_cast<std::size_t>(state.accounts.page * kAccountsPageSize);
    // A copy: a tap reloads the list (accounts_stale) only on the next frame, but be safe.
    const std::vector<store::StaffMember> shown(
        state.accounts.list.begin() +
            static_cast<std::ptrdiff_t>(std::min(first, state.accounts.list.size())),
        state.accounts.list.begin() +
            static_cast<std::ptrdiff_t>(std::min(first + kAccountsPageSize, state.accounts.list.size())));
    for (const auto& member : shown) {
      if (state.screen != StaffScreen::Accounts) break;  // a row's button moved on
      account_row(frame, state, member, width);
    }
  }
  const std::int64_t pages = std::max<std::int64_t>(
      1, (static_cast<std::int64_t>(state.accounts.list.size()) + kAccountsPageSize - 1) / kAccountsPageSize);
  if (pages > 1 && state.screen == StaffScreen::Accounts) {
    ImGui::Dummy(ImVec2(0, m.px(4.f)));
    ButtonOptions options;
    options.enabled = state.accounts.page > 0;
    if (touch_button(frame, "previous_page", frame.t("staff.queue.previous"),
                     ImVec2(m.tx(300.f), admin_button_height(frame)), options))
      --state.accounts.page;
    ImGui::SameLine(0, m.px(24.f));
    text_block(frame, fmt::format(fmt::runtime(frame.t("staff.queue.page")), state.accounts.page + 1, pages),
               frame.fonts.body, theme::kText, m.tx(300.f));
    ImGui::SameLine(0, m.px(24.f));
    options.enabled = state.accounts.page + 1 < pages;
    if (touch_button(frame, "next_page", frame.t("staff.queue.next"),
                     ImVec2(m.tx(300.f), admin_button_height(frame)), options))
      ++state.accounts.page;
  }
  if (back) {
    go_to_admin_screen(state, StaffScreen::Queue);
    state.admin.notice.clear();
    state.queue.stale = true;
  }
  return StaffAction::none;
}

}  // namespace intake::ui
