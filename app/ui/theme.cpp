#include "ui/theme.hpp"

namespace intake::ui::theme {

void apply_imgui_style(ImGuiStyle& style, float scale) {
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  auto color = [](ImU32 packed) { return ImGui::ColorConvertU32ToFloat4(packed); };
  // The renderer clears every frame to kBackground, so full-screen windows and scroll views
  // paint nothing of their own: each such layer would be another full-screen fill, which a
  // kiosk without a GPU (software OpenGL) pays for on every frame. A window drawn over another
  // (the keyboard) sets its own background.
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.f, 0.f, 0.f, 0.f);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0.f, 0.f, 0.f, 0.f);
  style.Colors[ImGuiCol_Text] = color(kText);
  style.Colors[ImGuiCol_TextDisabled] = color(kDisabledText);
  style.Colors[ImGuiCol_Border] = color(kBorder);
  style.Colors[ImGuiCol_FrameBg] = color(kSurface);
  style.Colors[ImGuiCol_ScrollbarBg] = color(kBackground);
  style.WindowBorderSize = 0.f;
  style.WindowRounding = 0.f;
  style.FrameRounding = 14.f;
  style.FrameBorderSize = 2.f;
  style.DisabledAlpha = 1.f;  // disabled widgets draw their own readable colours
  style.ItemSpacing = ImVec2(24.f, 24.f);
  style.WindowPadding = ImVec2(48.f, 32.f);
  style.FramePadding = ImVec2(28.f, 18.f);
  style.ScrollbarSize = 28.f;
  style.ScaleAllSizes(scale);
}

}  // namespace intake::ui::theme
