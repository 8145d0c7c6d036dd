// Staff sign-in: a name (picked or typed), then a PIN on a big numeric pad.
#include "ui/staff/sign_in_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <future>

#include "common/secure_memory.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

// Argon2id takes 0.1-0.5 s: it runs on a worker so the screen keeps answering meanwhile.
void start_pin_check(const UiFrame& frame, StaffState& state) {
  SignInState& sign_in = state.sign_in;
  auto check = store::begin_pin_check(*state.store, sign_in.name);
  if (!check) {
    sign_in.message = error_text(frame, check.error());
    secure_wipe(sign_in.pin);
    return;
  }
  sign_in.pin_checking =
      std::async(std::launch::async, [check = std::move(*check), pin = sign_in.pin]() mutable {
        store::check_pin_hash(check, pin);
        secure_wipe(pin);
        return std::move(check);
      });
  secure_wipe(sign_in.pin);
  sign_in.message.clear();
}

// Returns true while the worker is still checking.
bool poll_pin_check(UiFrame& frame, StaffState& state) {
  SignInState& sign_in = state.sign_in;
  if (!sign_in.pin_checking.valid()) return false;
  if (sign_in.pin_checking.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    frame.waiting = true;
    return true;
  }
  store::PinCheck check = sign_in.pin_checking.get();
  frame.animating = true;  // the next frame shows the outcome (the queue, or why not)
  auto member = store::finish_pin_check(*state.store, check);
  if (member)
    state.signed_in(std::move(*member));
  else
    sign_in.message = error_text(frame, member.error());
  return false;
}

}  // namespace

void SignInState::wipe() {
  if (pin_checking.valid()) {  // let the worker finish, then drop its result unused
    store::PinCheck check = pin_checking.get();
    secure_wipe(check.pin_hash);
  }
  secure_wipe(name);
  secure_wipe(pin);
  secure_wipe(message);
  for (auto& staff_name : staff_names) secure_wipe(staff_name);
  staff_names.clear();
}

StaffAction draw_staff_sign_in_screen(UiFrame& frame, StaffState& state, const StaffContext&) {
  const UiMetrics& m = frame.metrics;
  SignInState& sign_in = state.sign_in;
  ScopedId scope(frame, "sign_in");
  heading(frame, frame.t("staff.sign_in.title"));
  if (!state.store) {
    if (state.store_problem) attention_note(frame, error_text(frame, *state.store_problem));
    return staff_cancel_button(frame) ? StaffAction::close : StaffAction::none;
  }
  const bool checking = poll_pin_check(frame, state);
  if (state.screen != StaffScreen::SignIn) return StaffAction::none;  // signed in just now
  const float column = std::min(m.tx(720.f), (ImGui::GetContentRegionAvail().x - m.px(80.f)) * 0.5f);
  const ImVec2 top = ImGui::GetCursorPos();

  {
    ScopedGroup group;
    body_text(frame, frame.t("staff.sign_in.who"));
    {
      ScopedId names(frame, "names");
      for (const std::string& name : sign_in.staff_names) {
        ButtonOptions options;
        options.kind = ButtonKind::Choice;
        options.selected = name == sign_in.name;
        if (touch_button(frame, name, name, ImVec2(column, m.tx(84.f)), options)) {
          sign_in.name = name;
          sign_in.message.clear();
        }
      }
    }
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    staff_text_input(frame, state, "name", frame.t("staff.sign_in.type_name"), sign_in.name, column);
  }

  ImGui::SetCursorPos(ImVec2(top.x + column + m.px(80.f), top.y));
  bool ok = false;
  bool cancel = false;
  {
    ScopedGroup group;
    body_text(frame, frame.t("staff.sign_in.pin"));
    ok = pin_pad(frame, sign_in.pin, column) && !checking;
    if (checking) muted_text(frame, frame.t("staff.sign_in.checking"));
    if (!sign_in.message.empty()) attention_note(frame, sign_in.message);
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    cancel = staff_cancel_button(frame);
  }

  if (ok) {
    state.focus.clear();
    if (sign_in.name.empty()) {
      sign_in.message = frame.t("staff.sign_in.choose_name");
    } else {
      start_pin_check(frame, state);
    }
  }
  return cancel ? StaffAction::close : StaffAction::none;
}

}  // namespace intake::ui
