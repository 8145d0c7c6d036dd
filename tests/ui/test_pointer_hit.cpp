// Pointer hits alone: a touch reaches the topmost window under it as the patient saw the last
// frame (a child window counts as its parent; a window that takes no touches, or is gone, does
// not), and a drag claimed inside a window is seen by that window only, until released.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/ui_frame.hpp"
#include "ui/widgets/pointer_hit.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

// The harness's fullscreen window with a child panel at its top left, and optionally a window
// over the lower half of the screen (as the on-screen keyboard is).
struct HitScreen {
  bool overlay = true;
  ImGuiWindowFlags overlay_flags = ImGuiWindowFlags_NoDecoration;
  ImGuiWindow* screen = nullptr;
  ImGuiWindow* panel = nullptr;
  ImGuiWindow* keyboard = nullptr;
  ImVec2 probe_point{};  // where the test asks about
  bool reaches_screen = false, reaches_panel = false, reaches_keyboard = false;
  bool claim = false;  // the panel claims the gesture this frame
  bool screen_claimed = false, panel_claimed = false;

  WidgetHarness::DrawFn fn() {
    return [this](UiFrame&) {
      screen = ImGui::GetCurrentWindow();
      reaches_screen = point_reaches_window(screen, probe_point);
      ImGui::SetCursorPos(ImVec2(100.f, 100.f));
      {
        ScopedChild child("panel", ImVec2(400.f, 300.f), false, 0);
        panel = ImGui::GetCurrentWindow();
        reaches_panel = point_reaches_window(panel, probe_point);
        claim_drags(claim);
      }
      panel_claimed = drags_claimed(panel);
      screen_claimed = drags_claimed(screen);
      if (overlay) {
        ImGui::SetNextWindowPos(ImVec2(0.f, 540.f));
        ImGui::SetNextWindowSize(ImVec2(1920.f, 540.f));
        ScopedWindow window("keyboard", nullptr, overlay_flags);
        keyboard = ImGui::GetCurrentWindow();
      }
      reaches_keyboard = point_reaches_window(keyboard, probe_point);
    };
  }
};

// A harness drawing the hit screen, for TEST_CASE_METHOD.
struct HitTest {
  WidgetHarness ui;
  HitScreen hit;
  WidgetHarness::DrawFn draw = hit.fn();
  // Draws a frame so the windows exist, then one that asks about `point`.
  void ask_about(ImVec2 point) {
    ui.frame(draw);
    hit.probe_point = point;
    ui.frame(draw);
  }
};

}  // namespace

TEST_CASE_METHOD(HitTest, "a touch on the window drawn above reaches it, not the screen beneath",
                 "[ui][pointer_hit]") {
  ask_about(ImVec2(960.f, 800.f));  // on the keyboard
  CHECK(hit.reaches_keyboard);
  CHECK_FALSE(hit.reaches_screen);
  CHECK_FALSE(hit.reaches_panel);

  hit.probe_point = ImVec2(960.f, 300.f);  // above it, on the screen
  ui.frame(draw);
  CHECK(hit.reaches_screen);
  CHECK_FALSE(hit.reaches_keyboard);
  CHECK_FALSE(hit.reaches_panel);
}

TEST_CASE_METHOD(HitTest, "a touch on a child window reaches it and the window that holds it",
                 "[ui][pointer_hit]") {
  ask_about(ImVec2(200.f, 200.f));  // inside the panel
  CHECK(hit.reaches_panel);
  CHECK(hit.reaches_screen);
  CHECK_FALSE(hit.reaches_keyboard);
  CHECK(is_same_or_child_window(hit.panel, hit.screen));
  CHECK(is_same_or_child_window(hit.screen, hit.screen));
  CHECK_FALSE(is_same_or_child_window(hit.screen, hit.panel));
  CHECK_FALSE(is_same_or_child_window(hit.keyboard, hit.screen));
  CHECK_FALSE(point_reaches_window(nullptr, ImVec2(200.f, 200.f)));
}

TEST_CASE_METHOD(HitTest, "a window that takes no touches lets them through to the window beneath",
                 "[ui][pointer_hit]") {
  hit.overlay_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMouseInputs;
  ask_about(ImVec2(960.f, 800.f));
  CHECK(hit.reaches_screen);
  CHECK_FALSE(hit.reaches_keyboard);
}

TEST_CASE_METHOD(HitTest, "a window goes on taking touches for the frame after it was last drawn, then not",
                 "[ui][pointer_hit]") {
  ask_about(ImVec2(960.f, 800.f));
  REQUIRE_FALSE(hit.reaches_screen);
  hit.overlay = false;  // the keyboard has gone, but the patient aimed at the last frame
  ui.frame(draw);
  CHECK_FALSE(hit.reaches_screen);
  ui.frame(draw);
  CHECK(hit.reaches_screen);
}

TEST_CASE_METHOD(HitTest, "a drag claimed inside a window is seen by that window only, until released",
                 "[ui][pointer_hit]") {
  ui.frame(draw);
  CHECK_FALSE(hit.panel_claimed);
  hit.claim = true;  // the finger went down on the signature pad inside the panel
  ui.frame(draw);
  CHECK(hit.panel_claimed);
  CHECK_FALSE(hit.screen_claimed);
  ui.frame(draw);
  CHECK(hit.panel_claimed);  // held while the finger stays down
  hit.claim = false;
  ui.frame(draw);
  CHECK_FALSE(hit.panel_claimed);
  CHECK_FALSE(drags_claimed(nullptr));
}
