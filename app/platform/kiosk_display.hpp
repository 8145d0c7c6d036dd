#pragma once
// What both kiosk apps (check-in and out-of-order) draw with: an ImGui context, the fullscreen
// window with its input and the OpenGL renderer, and the font step every frame starts with.
// Set up here once, so the two apps cannot drift apart.
#include <imgui.h>

#include <iosfwd>
#include <memory>
#include <optional>

#include "common/result.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/glfw_window.hpp"

namespace intake {

// The process's ImGui context, for as long as the app runs.
class ImGuiContextOwner {
 public:
  ImGuiContextOwner() { ImGui::CreateContext(); }
  ~ImGuiContextOwner() { ImGui::DestroyContext(); }
  ImGuiContextOwner(const ImGuiContextOwner&) = delete;
  ImGuiContextOwner& operator=(const ImGuiContextOwner&) = delete;
};

// The renderer is declared last: it goes first, while its GL context (the window's) still exists.
struct KioskDisplay {
  std::unique_ptr<KioskWindow> window;
  GlRenderer renderer;
};

// Opens the window (input queued into pointer and keys) and its renderer. When either fails it
// says why on err and returns nullopt: there is no display to show anything on.
std::optional<KioskDisplay> open_kiosk_display(const KioskOptions& options, ui::PointerInput& pointer,
                                               ui::KeyInput& keys, std::ostream& err);

// Takes what the UI's prepare_fonts() said for this frame and puts a rebuilt font atlas on the
// graphics card. False, with the reason on err, when either step failed: the app cannot draw.
bool fonts_ready(const Result<bool>& fonts_changed, GlRenderer& renderer, std::ostream& err);

}  // namespace intake
