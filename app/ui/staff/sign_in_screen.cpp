// Staff sign-in and the first admin: a name, then a PIN on a big numeric pad.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <future>

#include "staff/first_admin.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

void signed_in(StaffState& state, store::StaffMember member) {
  state.member = std::move(member);
  state.screen = StaffScreen::Queue;
  state.queue_stale = true;
  secure_wipe(state.pin);
  secure_wipe(state.first_pin);
  state.message.clear();
  state.focused_field.clear();
  state.keyboard.visible = false;
}

bool cancel_button(UiFrame& frame) {
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  return touch_button(frame, "cancel", frame.t("staff.cancel"), ImVec2(frame.metrics.tx(300.f), frame.metrics.tx(84.f)),
                      options);
}

void message_line(UiFrame& frame, const StaffState& state) {
  if (!state.message.empty()) attention_note(frame, state.message);
}

// Argon2id takes 0.1-0.5 s: it runs on a worker so the screen keeps answering meanwhile.
void start_pin_check(StaffState& state) {
  auto check = store::begin_pin_check(*state.store, state.name);
  if (!check) {
    state.message = check.error().message;
    secure_wipe(state.pin);
    return;
  }
  state.pin_checking = std::async(std::launch::async, [check = std::move(*check), pin = state.pin]() mutable {
    store::check_pin_hash(check, pin);
    secure_wipe(pin);
    return std::move(check);
  });
  secure_wipe(state.pin);
  state.message.clear();
}

// Returns true while the worker is still checking.
bool poll_pin_check(UiFrame& frame, StaffState& state) {
  if (!state.pin_checking.valid()) return false;
  if (state.pin_checking.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    frame.waiting = true;
    return true;
  }
  store::PinCheck check = state.pin_checking.get();
  frame.animating = true;  // the next frame shows the outcome (the queue, or why not)
  auto member = store::finish_pin_check(*state.store, check);
  if (member) signed_in(state, std::move(*member));
  else state.message = member.error().message;
  return false;
}

}  // namespace

StaffAction draw_staff_sign_in_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "sign_in");
  heading(frame, frame.t("staff.sign_in.title"));
  if (!state.store) {
    attention_note(frame, state.store_problem);
    return cancel_button(frame) ? StaffAction::close : StaffAction::none;
  }
  const bool checking = poll_pin_check(frame, state);
  if (state.screen != StaffScreen::SignIn) return StaffAction::none;  // signed in just now
  const float column = std::min(m.tx(720.f), (ImGui::GetContentRegionAvail().x - m.px(80.f)) * 0.5f);
  const ImVec2 top = ImGui::GetCursorPos();

  ImGui::BeginGroup();
  body_text(frame, frame.t("staff.sign_in.who"));
  {
    ScopedId names(frame, "names");
    for (const std::string& name : state.staff_names) {
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = name == state.name;
      if (touch_button(frame, name, name, ImVec2(column, m.tx(84.f)), options)) {
        state.name = name;
        state.message.clear();
      }
    }
  }
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  staff_text_input(frame, state, "name", frame.t("staff.sign_in.type_name"), state.name, column);
  ImGui::EndGroup();

  ImGui::SetCursorPos(ImVec2(top.x + column + m.px(80.f), top.y));
  ImGui::BeginGroup();
  body_text(frame, frame.t("staff.sign_in.pin"));
  const bool ok = pin_pad(frame, state.pin, column) && !checking;
  if (checking) muted_text(frame, frame.t("staff.sign_in.checking"));
  message_line(frame, state);
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  const bool cancel = cancel_button(frame);
  ImGui::EndGroup();

  if (ok) {
    state.focused_field.clear();
    state.keyboard.visible = false;
    if (state.name.empty()) {
      state.message = frame.t("staff.sign_in.choose_name");
    } else {
      start_pin_check(state);
    }
  }
  return cancel ? StaffAction::close : StaffAction::none;
}

StaffAction draw_first_admin_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "first_admin");
  heading(frame, frame.t("staff.first_admin.title"));
  body_text(frame, frame.t("staff.first_admin.intro"));
  const float column = std::min(m.tx(720.f), ImGui::GetContentRegionAvail().x);
  bool cancel = false;
  if (state.first_admin_step == 0) {
    staff_text_input(frame, state, "name", frame.t("staff.first_admin.name"), state.name, column);
    message_line(frame, state);
    ButtonOptions options;
    options.kind = ButtonKind::Primary;
    options.enabled = state.name.find_first_not_of(' ') != std::string::npos;
    if (touch_button(frame, "next", frame.t("nav.next"), ImVec2(column, m.tx(100.f)), options)) {
      state.first_admin_step = 1;
      state.message.clear();
      state.focused_field.clear();
      state.keyboard.visible = false;
    }
  } else {
    body_text(frame, frame.t(state.first_admin_step == 1 ? "staff.first_admin.pin" : "staff.first_admin.pin_again"));
    if (pin_pad(frame, state.pin, column)) {
      if (state.first_admin_step == 1) {
        state.first_pin = state.pin;
        secure_wipe(state.pin);
        state.first_admin_step = 2;
        state.message.clear();
      } else {
        auto admin = staff::create_first_admin(*state.store, state.name, state.first_pin, state.pin);
        if (admin) {
          signed_in(state, std::move(*admin));
        } else {
          state.message = admin.error().message;
          secure_wipe(state.pin);
          secure_wipe(state.first_pin);
          state.first_admin_step = 1;
        }
      }
    }
    message_line(frame, state);
  }
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  cancel = cancel_button(frame);
  return cancel ? StaffAction::close : StaffAction::none;
}

}  // namespace intake::ui
