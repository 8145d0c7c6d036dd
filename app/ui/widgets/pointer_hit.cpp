#include "ui/widgets/pointer_hit.hpp"

#include <imgui_internal.h>

namespace intake::ui {

bool is_same_or_child_window(const ImGuiWindow* inner, const ImGuiWindow* outer) {
  for (const ImGuiWindow* w = inner; w != nullptr; w = w->ParentWindow)
    if (w == outer) return true;
  return false;
}

namespace {
ImGuiID drag_claim_key() { return ImHashStr("intake/drag_claimed"); }
}  // namespace

void claim_drags(bool claimed) { ImGui::GetCurrentWindow()->StateStorage.SetBool(drag_claim_key(), claimed); }

bool drags_claimed(const ImGuiWindow* window) {
  return window != nullptr && window->StateStorage.GetBool(drag_claim_key(), false);
}

bool point_reaches_window(const ImGuiWindow* window, ImVec2 p) {
  if (window == nullptr) return false;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  // g.Windows is in display order (children after their parent) after every EndFrame; the
  // windows shown last frame are the ones the finger aimed at. WasActive also leaves out
  // ImGui's implicit "Debug" window, which is never drawn.
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    const ImGuiWindow* candidate = g.Windows[i];
    if (!candidate->WasActive || candidate->Hidden) continue;
    if (candidate->Flags & ImGuiWindowFlags_NoMouseInputs) continue;
    if (!candidate->OuterRectClipped.Contains(p)) continue;
    return is_same_or_child_window(candidate, window);
  }
  return false;
}

}  // namespace intake::ui
