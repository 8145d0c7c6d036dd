#pragma once
// Which window a touch lands on, per pointer event. ImGui decides hovering once per frame from
// the last pointer position; widgets that consume every event of a frame (scroll drags, the
// signature pad) must ask for each event's own position, and must not react to a touch that
// lands on a window drawn above them (the on-screen keyboard).
#include <imgui.h>

struct ImGuiWindow;

namespace intake::ui {

// True when the topmost window under p (as the user saw the last frame) is `window` or one of
// its child windows.
bool point_reaches_window(const ImGuiWindow* window, ImVec2 p);

// A widget that takes finger drags for itself (the signature pad) calls this every frame with
// whether the finger is down on it; a scroll view around it then leaves that gesture alone.
void claim_drags(bool claimed);
// Whether something inside `window` claimed the current gesture (as of the last claim_drags).
bool drags_claimed(const ImGuiWindow* window);

// True when `inner` is `outer` or nested inside it.
bool is_same_or_child_window(const ImGuiWindow* inner, const ImGuiWindow* outer);

}  // namespace intake::ui
