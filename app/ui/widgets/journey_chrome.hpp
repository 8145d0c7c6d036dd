#pragma once
// The parts every journey screen shares: the title with "Step N of M", and the bottom bar
// with Back and Next.
#include <imgui.h>

#include <string>
#include <string_view>

#include "ui/ui_frame.hpp"

namespace intake::ui {

// "Step 2 of 7" in the frame's language.
std::string fmt_step(const UiFrame& frame, int number, int total);

void draw_step_header(UiFrame& frame, std::string_view title, std::string_view step_text);

float nav_bar_height(const UiMetrics& metrics);

struct NavActions {
  bool back = false;
  bool next = false;
};

// Back on the left (omitted when back_label is empty), Next on the right, docked to the bottom
// of the window. Next stays tappable even when something is missing (next_ready = false shows
// it in the quieter style): tapping it then explains what is missing, never a dead button.
// next_enabled = false disables Next outright (e.g. "I have read this" before the end of the
// consent); the caller then says beside it why. ImGui's last item afterwards is Next.
NavActions draw_nav_bar(UiFrame& frame, std::string_view back_label, std::string_view next_label,
                        bool next_ready = true, bool next_enabled = true);

// The height left for a screen's scrolling content between the cursor and the nav bar, less
// the keyboard while it is up.
float content_height_above_nav(UiFrame& frame, float keyboard_height);
// The size of a step's scrolled page from the cursor: the whole width, that height.
ImVec2 step_page_size(UiFrame& frame, float keyboard_height);

}  // namespace intake::ui
