#include "ui/probe_layout.hpp"

#include <imgui_internal.h>

namespace intake::ui {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// ImGui also ends a word after these (imgui_draw.cpp, CalcWordWrapPositionA).
bool is_break_punctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '"';
}

}  // namespace

ProbeRect probe_rect(ImVec2 min, ImVec2 max) { return {min.x, min.y, max.x, max.y}; }

ProbeLayout layout_in_current_window(ImVec2 box_min, ImVec2 box_max) {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  ProbeLayout layout;
  layout.box = probe_rect(box_min, box_max);
  layout.container = probe_rect(window->ContentRegionRect.Min, window->ContentRegionRect.Max);
  // A scroll view's content region runs as far as its content; what it shows is its inner rect.
  layout.scrolls = (window->Flags & ImGuiWindowFlags_ChildWindow) != 0;
  if (layout.scrolls) {
    layout.container.y0 = window->InnerRect.Min.y;
    layout.container.y1 = window->InnerRect.Max.y;
  }
  layout.text_px = ImGui::GetFontSize();
  return layout;
}

bool splits_a_word(const ImFont* font, std::string_view text, float wrap_width) {
  if (text.empty() || wrap_width <= 0.f) return false;
  const char* s = text.data();
  const char* const end = text.data() + text.size();
  while (s < end) {
    const char* line_end = font->CalcWordWrapPositionA(1.f, s, end, wrap_width);
    if (line_end == s) ++line_end;  // ImGui draws at least one character per line
    // A line that ends where the next word starts without a space or a punctuation mark
    // between them ended inside a word.
    if (line_end < end && !is_space(*line_end) && !is_space(line_end[-1]) &&
        !is_break_punctuation(line_end[-1]))
      return true;
    s = line_end;
    while (s < end && is_space(*s)) {
      if (*s == '\n') {
        ++s;
        break;
      }
      ++s;
    }
  }
  return false;
}

}  // namespace intake::ui
